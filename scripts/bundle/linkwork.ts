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
 * It also exports what a page's own module needs to give the elements a
 * backend: `import { createOrukBackend } from '/linkwork/linkwork.js'`.
 * Welsh messages are a chunk of their own beside it, loaded only by Welsh pages.
 */
import '@linkwork/elements/define/lw-activity-picker.js';
import '@linkwork/elements/define/lw-consent-capture.js';
import '@linkwork/elements/define/lw-referral-form.js';

export { ActivityPicker, LwConsentCapture, ReferralForm, VERSION } from '@linkwork/elements';
export { createOrukBackend, createRestBackend, defaultTaxonomy, loadLocale } from '@linkwork/core';
