/**
 * The script-tag bundle, `dist/linkwork.js`: every Linkwork element defined,
 * with Lit and core inside, for pages that have no build step (a council
 * CMS, a static site):
 *
 * ```html
 * <script type="module" src="/linkwork/linkwork.js"></script>
 * <lw-activity-picker></lw-activity-picker>
 * ```
 *
 * The backends are modules of their own beside it (`linkwork-rest.js`,
 * `linkwork-oruk.js`), so a page downloads only the one it uses; they share
 * their code with this module, so nothing is loaded twice:
 * `import { createOrukBackend } from '/linkwork/linkwork-oruk.js'`.
 * Welsh messages are a chunk of their own beside it, loaded only by Welsh pages.
 */
import '@linkwork/elements/define/lw-activity-picker.js';
import '@linkwork/elements/define/lw-consent-capture.js';
import '@linkwork/elements/define/lw-referral-form.js';

export { ActivityPicker, LwConsentCapture, ReferralForm, VERSION } from '@linkwork/elements';
export { loadLocale } from '@linkwork/core';
