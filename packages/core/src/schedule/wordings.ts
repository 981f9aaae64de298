/**
 * The wording table for each supported locale. Typed as a record over
 * `Locale`, so adding a locale without its wording does not compile.
 */

import { isLocale, type Locale } from '../locale.js';
import type { ScheduleWording } from './wording.js';
import { cy } from './wording.cy.js';
import { en } from './wording.en.js';

const WORDINGS: Readonly<Record<Locale, ScheduleWording>> = { en, cy };

/** The wording for a locale; anything unsupported gets English. */
export function wordingFor(locale: Locale): ScheduleWording {
  return isLocale(locale) ? WORDINGS[locale] : WORDINGS.en;
}
