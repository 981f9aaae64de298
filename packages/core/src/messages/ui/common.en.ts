/**
 * English words of every Linkwork component's shared words: headings, buttons, hints and announcements.
 * Keys start with `common.`; `common.cy.ts` must have exactly the same keys.
 * `{name}` marks a parameter.
 */
export const commonEn = {
  'common.error-prefix': 'Error',
  'common.continue': 'Continue',
  'common.back': 'Back',
  'common.change': 'Change',
  'common.optional': '(optional)',
  'common.yes': 'Yes',
  'common.no': 'No',
  'common.day': 'Day',
  'common.month': 'Month',
  'common.year': 'Year',
  'common.characters-remaining': 'You have {count} characters remaining',
  'common.characters-too-many': 'You have {count} characters too many',
  'common.print': 'Print this page',
} as const satisfies Record<`common.${string}`, string>;
