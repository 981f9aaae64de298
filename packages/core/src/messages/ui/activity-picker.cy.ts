import type { activityPickerEn } from './activity-picker.en.js';

/** Welsh words of <lw-activity-picker>: exactly the keys of the English file. */
export const activityPickerCy: { readonly [K in keyof typeof activityPickerEn]: string } = {};
