/**
 * Dates, times, next sessions and distances in plain English and Welsh.
 * Dates and times are shown as a clock in London shows them, whatever the
 * time zone of the device.
 */

import type { Locale } from '../locale.js';
import { londonDayNumberOf, londonWallTimeOf, parseWallTime, weekdayOf } from './london-time.js';
import type { Occurrence } from './occurrences.js';
import { wordingFor } from './wordings.js';

function checkedInstant(date: Date, what: string): number {
  const ms = date.getTime();
  if (Number.isNaN(ms)) throw new RangeError(`${what}: not a valid date`);
  return ms;
}

function minutesOf(instant: Date): number {
  const { hour, minute } = londonWallTimeOf(instant);
  return hour * 60 + minute;
}

/**
 * A date in words, in London: `Thursday 26 November 2026` / `Dydd Iau 26
 * Tachwedd 2026`. Throws `RangeError` for an invalid `Date`.
 */
export function formatDate(date: Date, locale: Locale): string {
  checkedInstant(date, 'formatDate');
  const wall = londonWallTimeOf(date);
  return wordingFor(locale).date(wall, weekdayOf(londonDayNumberOf(date)));
}

/**
 * A time of day in words: `10am`, `2:30pm`, `midday`, `midnight` / `10yb`,
 * `2:30yp`, `canol dydd`, `hanner nos`. A `Date` is shown as London's clocks
 * show it; a string is a local `HH:MM` (or `HH:MM:SS`) wall time. Throws
 * `RangeError` for an invalid `Date` or a string that is not a time.
 */
export function formatTime(time: Date | string, locale: Locale): string {
  let minutes: number | undefined;
  if (typeof time === 'string') minutes = parseWallTime(time);
  else minutes = Number.isNaN(time.getTime()) ? undefined : minutesOf(time);
  if (minutes === undefined) throw new RangeError('formatTime: not a time of day');
  return wordingFor(locale).clock(minutes);
}

/**
 * When a session is, relative to `now` (both read in London): `Today, 2pm to
 * 4pm`, `Tomorrow, 10am`, `Tuesday 1 December, 10am to midday` (with the year
 * when it is not this year), and in Welsh `Heddiw, 2yp i 4yp`, `Yfory,
 * 10yb`, `Dydd Mawrth 1 Rhagfyr, 10yb i ganol dydd`. A session without an
 * end shows its start; one marked `timeUnknown` shows only the day. Throws
 * `RangeError` for an invalid `Date`.
 */
export function formatNextSession(occurrence: Occurrence, now: Date, locale: Locale): string {
  checkedInstant(occurrence.start, 'formatNextSession');
  checkedInstant(now, 'formatNextSession');
  const wording = wordingFor(locale);
  const day = londonDayNumberOf(occurrence.start);
  const today = londonDayNumberOf(now);
  let label: string;
  if (day === today) label = wording.today;
  else if (day === today + 1) label = wording.tomorrow;
  else {
    const date = londonWallTimeOf(occurrence.start);
    const withYear = date.year !== londonWallTimeOf(now).year;
    label = wording.dayAndMonth(date, weekdayOf(day), withYear);
  }
  if (occurrence.timeUnknown) return wording.session(label);
  const end =
    occurrence.end && !Number.isNaN(occurrence.end.getTime())
      ? minutesOf(occurrence.end)
      : undefined;
  return wording.session(label, minutesOf(occurrence.start), end);
}

/**
 * A distance in miles: one decimal place below 10 miles and whole miles from
 * there (`0.4 miles`, `1 mile`, `2.5 miles`, `12 miles`, `1,250 miles`), and
 * `less than 0.1 miles` for anything that would round to nothing. Welsh uses
 * `milltir`, mutated after one and two (`1 filltir`, `2 filltir`,
 * `0.4 milltir`, `12 milltir`). Throws `RangeError` for a negative or
 * non-finite distance.
 */
export function formatDistance(miles: number, locale: Locale): string {
  if (!Number.isFinite(miles) || miles < 0) throw new RangeError('formatDistance: not a distance');
  return wordingFor(locale).distance(miles);
}
