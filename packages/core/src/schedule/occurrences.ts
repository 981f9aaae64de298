/**
 * When a schedule's sessions happen, as real instants: the rule is read in
 * London's wall-clock time, so a 10:00 session is 10:00 UTC in winter and
 * 09:00 UTC in summer.
 */

import type { TimeOfDay } from '../backend/backend.js';
import type { Activity, Schedule, Weekday } from '../model/activity.js';
import {
  civilDateOf,
  daysInMonth,
  londonDayNumberOf,
  londonInstantOf,
  parseWallTime,
  weekdayOf,
} from './london-time.js';
import { compileRule, type ScheduleRule } from './rule.js';

/** One session of a schedule. */
export interface Occurrence {
  readonly start: Date;
  /** Absent when the schedule gives no closing time (or closes when it opens). */
  readonly end?: Date;
  /**
   * True when the schedule gives no opening time: `start` is then the start
   * of the day in London and only the date is known.
   */
  readonly timeUnknown?: true;
}

/** The next session of an activity, with the schedule it comes from. */
export interface ActivitySession extends Occurrence {
  readonly schedule: Schedule;
}

/** How far ahead `nextOccurrence` looks, in days per unit of `interval`. */
const HORIZON_DAYS = 4 * 366;

function mondayOf(dayNumber: number): number {
  // Day 0 (1970-01-01) was a Thursday, so day -3 was a Monday.
  return dayNumber - ((((dayNumber + 3) % 7) + 7) % 7);
}

function monthIndex(dayNumber: number): number {
  const { year, month } = civilDateOf(dayNumber);
  return year * 12 + month - 1;
}

/** Whether the rule has a session on a London civil date (ignoring the time). */
function runsOnDate(rule: ScheduleRule, dayNumber: number): boolean {
  if (rule.validFrom !== undefined && dayNumber < rule.validFrom) return false;
  if (rule.validTo !== undefined && dayNumber > rule.validTo) return false;
  if (rule.dtstart !== undefined && dayNumber < rule.dtstart) return false;
  const weekday = weekdayOf(dayNumber);
  if (rule.freq === 'WEEKLY') {
    if (rule.interval > 1 && rule.anchor !== undefined) {
      const weeks = (mondayOf(dayNumber) - mondayOf(rule.anchor)) / 7;
      if (((weeks % rule.interval) + rule.interval) % rule.interval !== 0) return false;
    }
    return rule.byDay.some(({ day }) => day === weekday);
  }
  if (rule.interval > 1 && rule.anchor !== undefined) {
    const months = monthIndex(dayNumber) - monthIndex(rule.anchor);
    if (((months % rule.interval) + rule.interval) % rule.interval !== 0) return false;
  }
  const { year, month, day } = civilDateOf(dayNumber);
  const length = daysInMonth(year, month);
  const fromStart = Math.ceil(day / 7);
  const fromEnd = -(Math.floor((length - day) / 7) + 1);
  const dayMatches =
    rule.byDay.length === 0 ||
    rule.byDay.some(
      (entry) =>
        entry.day === weekday &&
        (entry.ordinal === undefined || entry.ordinal === fromStart || entry.ordinal === fromEnd),
    );
  const monthDayMatches =
    rule.byMonthDay.length === 0 ||
    rule.byMonthDay.some((wanted) => wanted === day || (wanted < 0 && length + wanted + 1 === day));
  return dayMatches && monthDayMatches;
}

function occurrenceOn(rule: ScheduleRule, dayNumber: number): Occurrence {
  if (rule.opensAt === undefined) {
    return { start: londonInstantOf(dayNumber, 0), timeUnknown: true };
  }
  const start = londonInstantOf(dayNumber, rule.opensAt);
  if (rule.closesAt === undefined || rule.closesAt === rule.opensAt) return { start };
  // A session that closes "before" it opens runs past midnight.
  const endDay = rule.closesAt < rule.opensAt ? dayNumber + 1 : dayNumber;
  return { start, end: londonInstantOf(endDay, rule.closesAt) };
}

/**
 * The first session that starts strictly after `after`, or `undefined` when
 * there is none: the schedule has ended (`validTo` or, for a rule that never
 * matches, nothing within four years per `interval`), or its rule cannot be
 * computed (see `compileRule`: for example a fortnightly rule with neither
 * `dtstart` nor `validFrom` to say which weeks).
 *
 * Dates and times are London wall-clock: `validFrom`/`validTo` are inclusive
 * London dates, `interval` counts weeks (Monday to Sunday, RFC 5545's default
 * `WKST`) or months from `dtstart` (else `validFrom`), ordinal weekdays count
 * from the start (`2TU`) or end (`-1WE`) of the month, and a month lacking a
 * month day (the 31st in April) or an ordinal (a fifth Tuesday) is skipped.
 * A schedule without `opensAt` yields the start of each day, marked
 * `timeUnknown`.
 */
export function nextOccurrence(schedule: Schedule, after: Date): Occurrence | undefined {
  const rule = compileRule(schedule);
  if (!rule) return undefined;
  const afterMs = after.getTime();
  if (Number.isNaN(afterMs)) return undefined;
  // The session that starts after `after` can be on the London day before
  // only if it ran past midnight; starting there is cheap and always right.
  let day = londonDayNumberOf(after) - 1;
  if (rule.validFrom !== undefined) day = Math.max(day, rule.validFrom);
  if (rule.dtstart !== undefined) day = Math.max(day, rule.dtstart);
  let last = day + HORIZON_DAYS * rule.interval;
  if (rule.validTo !== undefined) last = Math.min(last, rule.validTo);
  for (; day <= last; day++) {
    if (!runsOnDate(rule, day)) continue;
    const occurrence = occurrenceOn(rule, day);
    if (occurrence.start.getTime() > afterMs) return occurrence;
  }
  return undefined;
}

/**
 * Every session that starts at or after `from` and before `to` (a half-open
 * range), in order. Same rules as `nextOccurrence`; empty when `to` is not
 * after `from` or the rule cannot be computed.
 */
export function occurrencesBetween(schedule: Schedule, from: Date, to: Date): Occurrence[] {
  const rule = compileRule(schedule);
  const fromMs = from.getTime();
  const toMs = to.getTime();
  if (!rule || !(fromMs < toMs)) return [];
  let day = londonDayNumberOf(from) - 1;
  if (rule.validFrom !== undefined) day = Math.max(day, rule.validFrom);
  let last = londonDayNumberOf(to) + 1;
  if (rule.validTo !== undefined) last = Math.min(last, rule.validTo);
  const found: Occurrence[] = [];
  for (; day <= last; day++) {
    if (!runsOnDate(rule, day)) continue;
    const occurrence = occurrenceOn(rule, day);
    const start = occurrence.start.getTime();
    if (start >= fromMs && start < toMs) found.push(occurrence);
  }
  return found;
}

/**
 * The earliest session, over all of an activity's schedules, that starts
 * strictly after `now`, with the schedule it belongs to; ties go to the
 * schedule listed first. Only `active` activities have a next session: a
 * paused (`inactive`), temporarily closed or withdrawn (`defunct`) service
 * answers `undefined` whatever its schedules say, so that nobody is sent to a
 * session that will not happen.
 */
export function nextSessionOf(activity: Activity, now: Date): ActivitySession | undefined {
  if (activity.status !== 'active') return undefined;
  let best: ActivitySession | undefined;
  for (const schedule of activity.schedules) {
    const next = nextOccurrence(schedule, now);
    if (next && (!best || next.start.getTime() < best.start.getTime())) {
      best = { ...next, schedule };
    }
  }
  return best;
}

/**
 * Whether `now` falls within the schedule's validity: its London date is on
 * or after `validFrom` and on or before `validTo` (both inclusive; an absent
 * bound is open). A schedule whose dates do not parse is never current.
 * This says nothing about whether a session is on at that moment.
 */
export function isScheduleCurrent(schedule: Schedule, now: Date): boolean {
  const rule = compileRule(schedule);
  if (!rule || Number.isNaN(now.getTime())) return false;
  const today = londonDayNumberOf(now);
  if (rule.validFrom !== undefined && today < rule.validFrom) return false;
  if (rule.validTo !== undefined && today > rule.validTo) return false;
  return true;
}

/**
 * The part of the day a session starts in, from its local opening time
 * (`HH:MM` or `HH:MM:SS`): `morning` before 12:00, `afternoon` from 12:00 up to
 * but not including 17:00, `evening` from 17:00 until midnight. A session
 * opening at 12:00 is in the afternoon and one at 17:00 in the evening.
 * `undefined` when there is no opening time or it does not parse.
 */
export function timeOfDay(opensAt: string | undefined): TimeOfDay | undefined {
  if (opensAt === undefined) return undefined;
  const minutes = parseWallTime(opensAt);
  if (minutes === undefined) return undefined;
  if (minutes < 12 * 60) return 'morning';
  if (minutes < 17 * 60) return 'afternoon';
  return 'evening';
}

/**
 * Whether the schedule's rule names a weekday: a weekly rule's days (or, when
 * it has none, the weekday of `dtstart`), a monthly rule's `byDay` days with
 * any ordinal. A monthly-by-date rule (`15th of each month`) does not run on
 * a particular weekday and answers `false`. Validity dates are not considered
 * (see `isScheduleCurrent`); nor is a rule that cannot be computed.
 */
export function runsOn(schedule: Schedule, weekday: Weekday): boolean {
  const rule = compileRule(schedule);
  return rule !== undefined && rule.byDay.some(({ day }) => day === weekday);
}
