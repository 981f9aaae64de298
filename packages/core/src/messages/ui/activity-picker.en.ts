/**
 * English words of <lw-activity-picker>: headings, buttons, hints and announcements.
 * Keys start with `activity-picker.`; `activity-picker.cy.ts` must have exactly the same keys.
 * `{name}` marks a parameter.
 */
export const activityPickerEn = {} as const satisfies Record<`activity-picker.${string}`, string>;
