/**
 * Schedules in words: `Tuesdays, 10am to midday`, `Ail ddydd Mawrth y mis,
 * 7yp i 9yp`.
 */

import type { Locale } from '../locale.js';
import type { Schedule, Weekday } from '../model/activity.js';
import { civilDateOf, londonDayNumberOf, WEEKDAYS } from './london-time.js';
import { compileRule, type ScheduleRule } from './rule.js';
import { wordingFor } from './wordings.js';
import type { OrdinalWeekday, ScheduleWording } from './wording.js';

/** Options for `wordSchedule` and `describeSchedule`. */
export interface DescribeOptions {
  /**
   * When given, a `validFrom` on or before this day (in London) is left out:
   * `until 16 July 2027` rather than `from 14 September 2026 until 16 July
   * 2027` for a term that has already started.
   */
  readonly now?: Date;
}

function sortedDays(days: Iterable<Weekday>): Weekday[] {
  return [...new Set(days)].sort((a, b) => WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b));
}

/** Positives ascending, then negatives towards the end of the month (`-2`, `-1`). */
function ordinalOrder(a: number, b: number): number {
  const key = (n: number): number => (n > 0 ? n : 100 + n);
  return key(a) - key(b);
}

function daysWording(rule: ScheduleRule, wording: ScheduleWording): string | undefined {
  const withOrdinal = rule.byDay.filter(({ ordinal }) => ordinal !== undefined);
  if (rule.freq === 'WEEKLY')
    return wording.weekly(sortedDays(rule.byDay.map(({ day }) => day)), rule.interval);
  if (rule.byDay.length > 0 && rule.byMonthDay.length > 0) return undefined;
  if (rule.byMonthDay.length > 0) {
    return wording.monthlyByDate([...rule.byMonthDay].sort(ordinalOrder), rule.interval);
  }
  if (withOrdinal.length === 0) {
    // Every Tuesday of every month is every Tuesday; of every other month is not a weekly rule.
    return rule.interval === 1
      ? wording.weekly(sortedDays(rule.byDay.map(({ day }) => day)), 1)
      : undefined;
  }
  if (withOrdinal.length !== rule.byDay.length) return undefined;
  const groups: OrdinalWeekday[] = sortedDays(withOrdinal.map(({ day }) => day)).map((day) => ({
    day,
    ordinals: withOrdinal
      .filter((entry) => entry.day === day)
      .map(({ ordinal }) => ordinal ?? 0)
      .sort(ordinalOrder),
  }));
  return wording.monthlyByDay(groups, rule.interval);
}

/**
 * Words a schedule's rule in a language, with its times and the dates it runs
 * between, or `undefined` when the rule cannot be worded (it cannot be
 * computed, combines weekdays with month days, or uses ordinals beyond the
 * fifth or second-to-last). Never falls back to the directory's text: see
 * `describeSchedule` for that.
 *
 * English: `Tuesdays, 10am to midday`, `Monday to Friday, 9am to 5pm`,
 * `Every other Thursday, 2pm to 4pm`, `First and third Thursday of the month,
 * 2pm to 4pm`, `15th of each month, 2pm to 3:30pm`, `Mondays and Wednesdays,
 * 9:30am to midday, from 14 September 2026 until 16 July 2027`.
 * Welsh: `Dydd Mawrth, 10yb i ganol dydd`, `Bob yn ail ddydd Iau, 2yp i 4yp`,
 * `Dydd Mercher olaf y mis, 7yp i 9yp`, `Y 15fed o bob mis, 2yp i 3:30yp`.
 * Midday and midnight are words (`midday`, `canol dydd`), never `12pm`.
 */
export function wordSchedule(
  schedule: Schedule,
  locale: Locale,
  options: DescribeOptions = {},
): string | undefined {
  const rule = compileRule(schedule);
  if (!rule) return undefined;
  const wording = wordingFor(locale);
  const days = daysWording(rule, wording);
  if (days === undefined) return undefined;
  const today = options.now === undefined ? undefined : londonDayNumberOf(options.now);
  const showFrom = rule.validFrom !== undefined && (today === undefined || rule.validFrom > today);
  return wording.schedule({
    days,
    ...(rule.opensAt === undefined ? {} : { opensAt: rule.opensAt }),
    ...(rule.closesAt === undefined ? {} : { closesAt: rule.closesAt }),
    ...(showFrom && rule.validFrom !== undefined ? { validFrom: civilDateOf(rule.validFrom) } : {}),
    ...(rule.validTo === undefined ? {} : { validTo: civilDateOf(rule.validTo) }),
  });
}

/**
 * When a schedule happens, in words (see `wordSchedule`), falling back to
 * the directory's own `description` only when the rule cannot be worded;
 * `undefined` when there is neither. The fallback is untrusted directory
 * text, in whatever language the directory wrote it: render it as text.
 * Welsh wording comes with the Welsh catalogue: until `loadLocale('cy')` has
 * resolved, Welsh schedules are worded in English.
 */
export function describeSchedule(
  schedule: Schedule,
  locale: Locale,
  options: DescribeOptions = {},
): string | undefined {
  const worded = wordSchedule(schedule, locale, options);
  if (worded !== undefined) return worded;
  const fallback = schedule.description?.trim();
  return fallback ? fallback : undefined;
}
