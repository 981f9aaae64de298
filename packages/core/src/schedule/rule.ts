/**
 * A `Schedule` checked and reduced to what the occurrence and wording code
 * needs: day numbers instead of date strings, minutes instead of `HH:MM`, and
 * the implicit parts of RFC 5545 made explicit (a weekly rule without `byDay`
 * runs on the weekday of `dtstart`).
 */

import type { Schedule, Weekday } from '../model/activity.js';
import { civilDateOf, parseCivilDate, parseWallTime, weekdayOf } from './london-time.js';

/** One `BYDAY` entry: a weekday with an optional ordinal (`2TU`, `-1WE`). */
export interface RuleDay {
  readonly day: Weekday;
  readonly ordinal?: number;
}

/** A schedule whose rule we can compute with. */
export interface ScheduleRule {
  readonly freq: 'WEEKLY' | 'MONTHLY';
  readonly interval: number;
  /** Weekly: the weekdays (never empty). Monthly: may be empty when `byMonthDay` is not. */
  readonly byDay: readonly RuleDay[];
  readonly byMonthDay: readonly number[];
  /** Day numbers; `dtstart` is the first possible occurrence. */
  readonly dtstart?: number;
  readonly validFrom?: number;
  readonly validTo?: number;
  /** Which week or month `interval` counts from (`dtstart`, else `validFrom`). */
  readonly anchor?: number;
  /** Minutes after local midnight. */
  readonly opensAt?: number;
  readonly closesAt?: number;
}

function optionalDate(text: string | undefined): number | undefined | null {
  if (text === undefined || text.trim() === '') return undefined;
  const parsed = parseCivilDate(text.trim());
  return parsed === undefined ? null : parsed;
}

function optionalTime(text: string | undefined): number | undefined | null {
  if (text === undefined || text.trim() === '') return undefined;
  const parsed = parseWallTime(text);
  return parsed === undefined ? null : parsed;
}

function validOrdinal(ordinal: number | undefined): boolean {
  return (
    ordinal === undefined || (Number.isInteger(ordinal) && ordinal !== 0 && Math.abs(ordinal) <= 5)
  );
}

function validMonthDay(day: number): boolean {
  return Number.isInteger(day) && day !== 0 && Math.abs(day) <= 31;
}

/**
 * Checks a schedule and turns it into a `ScheduleRule`, or `undefined` when
 * the rule cannot be computed: an unknown frequency, an interval that is not
 * a whole number of at least 1, a date or time that does not parse, ordinals
 * outside ±1…±5 or month days outside ±1…±31, a rule with nothing to say which
 * days it runs on, or an interval above 1 with neither `dtstart` nor
 * `validFrom` to count it from (which weeks of a fortnightly rule would be
 * a guess). Weekly rules ignore ordinals, as RFC 5545 requires.
 */
export function compileRule(schedule: Schedule): ScheduleRule | undefined {
  const { freq, interval } = schedule;
  if (freq !== 'WEEKLY' && freq !== 'MONTHLY') return undefined;
  if (!Number.isInteger(interval) || interval < 1) return undefined;
  const dtstart = optionalDate(schedule.dtstart);
  const validFrom = optionalDate(schedule.validFrom);
  const validTo = optionalDate(schedule.validTo);
  const opensAt = optionalTime(schedule.opensAt);
  const closesAt = optionalTime(schedule.closesAt);
  if (dtstart === null || validFrom === null || validTo === null) return undefined;
  if (opensAt === null || closesAt === null) return undefined;
  const anchor = dtstart ?? validFrom;
  if (interval > 1 && anchor === undefined) return undefined;

  let byDay: RuleDay[] = schedule.byDay.map(({ day, ordinal }) =>
    freq === 'WEEKLY' || ordinal === undefined ? { day } : { day, ordinal },
  );
  if (byDay.some(({ day, ordinal }) => !isWeekday(day) || !validOrdinal(ordinal))) {
    return undefined;
  }
  const byMonthDay = freq === 'MONTHLY' ? [...schedule.byMonthDay] : [];
  if (!byMonthDay.every(validMonthDay)) return undefined;

  if (freq === 'WEEKLY' && byDay.length === 0) {
    if (dtstart === undefined) return undefined;
    byDay = [{ day: weekdayOf(dtstart) }];
  }
  if (freq === 'MONTHLY' && byDay.length === 0 && byMonthDay.length === 0) {
    if (dtstart === undefined) return undefined;
    byMonthDay.push(civilDateOf(dtstart).day);
  }
  return {
    freq,
    interval,
    byDay: dedupeDays(byDay),
    byMonthDay: [...new Set(byMonthDay)],
    ...(dtstart === undefined ? {} : { dtstart }),
    ...(validFrom === undefined ? {} : { validFrom }),
    ...(validTo === undefined ? {} : { validTo }),
    ...(anchor === undefined ? {} : { anchor }),
    ...(opensAt === undefined ? {} : { opensAt }),
    ...(closesAt === undefined ? {} : { closesAt }),
  };
}

const WEEKDAY_SET: ReadonlySet<string> = new Set(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']);

function isWeekday(day: string): day is Weekday {
  return WEEKDAY_SET.has(day);
}

function dedupeDays(days: readonly RuleDay[]): RuleDay[] {
  const seen = new Set<string>();
  return days.filter(({ day, ordinal }) => {
    const key = `${ordinal ?? ''}${day}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
