/**
 * The schedule wordings loaded beyond English, by locale. A module of its own
 * so the message catalogue can register Welsh wording when `loadLocale('cy')`
 * resolves without pulling English schedule wording into pages that never
 * show a schedule (the referral form, consent capture).
 */

import type { Locale } from '../locale.js';
import type { ScheduleWording } from './wording.js';

export const loadedWordings = new Map<Locale, ScheduleWording>();
