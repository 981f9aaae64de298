/**
 * The wording table for each supported locale. English is built in; Welsh
 * arrives with the rest of the Welsh catalogue (`loadLocale('cy')`), in the
 * same lazily loaded chunk, so pages in English never download it. Until then
 * Welsh schedules come out in English, exactly as Welsh messages do.
 */

import { isLocale, type Locale } from '../locale.js';
import type { ScheduleWording } from './wording.js';
import { en } from './wording.en.js';
import { loadedWordings } from './wording-registry.js';

/** The wording for a locale: English for anything unsupported or not loaded yet (see `loadLocale`). */
export function wordingFor(locale: Locale): ScheduleWording {
  return (isLocale(locale) && loadedWordings.get(locale)) || en;
}
