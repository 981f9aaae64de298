// A page's own module that uses all three components, for .size-limit.js: bundled as a consumer
// would, so Lit, core and the elements' base are counted once.
import '@linkwork/elements/define/lw-activity-picker.js';
import '@linkwork/elements/define/lw-consent-capture.js';
import '@linkwork/elements/define/lw-referral-form.js';
