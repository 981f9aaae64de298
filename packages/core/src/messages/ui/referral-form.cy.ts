import type { referralFormEn } from './referral-form.en.js';

/** Welsh words of <lw-referral-form>: exactly the keys of the English file. */
export const referralFormCy: { readonly [K in keyof typeof referralFormEn]: string } = {};
