import type { consentCaptureEn } from './consent-capture.en.js';

/** Welsh words of <lw-consent-capture>: exactly the keys of the English file. */
export const consentCaptureCy: { readonly [K in keyof typeof consentCaptureEn]: string } = {};
