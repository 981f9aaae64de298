import { define } from '../base/define.js';
import { ReferralForm } from '../referral-form/referral-form.js';

define('lw-referral-form', ReferralForm);

declare global {
  interface HTMLElementTagNameMap {
    'lw-referral-form': ReferralForm;
  }
}

export { ReferralForm };
