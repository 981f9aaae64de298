/**
 * English words of <lw-referral-form>: headings, buttons, hints and announcements.
 * Keys start with `referral-form.`; `referral-form.cy.ts` must have exactly the same keys.
 * `{name}` marks a parameter.
 */
export const referralFormEn = {} as const satisfies Record<`referral-form.${string}`, string>;
