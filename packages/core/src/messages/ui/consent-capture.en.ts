/**
 * English words of <lw-consent-capture>: headings, buttons, hints and announcements.
 * Keys start with `consent-capture.`; `consent-capture.cy.ts` must have exactly the same keys.
 * `{name}` marks a parameter.
 */
export const consentCaptureEn = {} as const satisfies Record<`consent-capture.${string}`, string>;
