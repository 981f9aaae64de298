import { define } from '../base/define.js';
import { LwConsentCapture } from '../consent-capture/consent-capture.js';

define('lw-consent-capture', LwConsentCapture);

declare global {
  interface HTMLElementTagNameMap {
    'lw-consent-capture': LwConsentCapture;
  }
}

export { LwConsentCapture };
