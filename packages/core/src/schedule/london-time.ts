/**
 * Civil dates and wall-clock times in Europe/London, and the instants they
 * name. Offsets come from `Intl.DateTimeFormat` with `timeZone:
 * 'Europe/London'`, which both browsers and Node ship, so the clock changes
 * (last Sunday of March and of October) follow the platform's time zone data
 * rather than a rule we would have to keep up to date.
 *
 * A civil date is held as a day number: whole days since 1970-01-01 in the
 * proleptic Gregorian calendar, which makes "the next day" and "the same
 * weekday a fortnight later" plain integer arithmetic.
 */

import type { Weekday } from '../model/activity.js';

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

/** Weekdays in ISO order, Monday first: the index is the ISO weekday minus one. */
export const WEEKDAYS: readonly Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/** A calendar date: `month` 1–12, `day` 1–31. */
export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** A civil date and the wall-clock time on it, as a clock in London shows it. */
export interface LondonWallTime extends CivilDate {
  /** 0–23. */
  readonly hour: number;
  readonly minute: number;
}

/** Day number (days since 1970-01-01) of a civil date. */
export function dayNumberOf(date: CivilDate): number {
  return Math.round(Date.UTC(date.year, date.month - 1, date.day) / MS_PER_DAY);
}

/** The civil date of a day number. */
export function civilDateOf(dayNumber: number): CivilDate {
  const utc = new Date(dayNumber * MS_PER_DAY);
  return { year: utc.getUTCFullYear(), month: utc.getUTCMonth() + 1, day: utc.getUTCDate() };
}

/** Weekday of a day number (1970-01-01 was a Thursday). */
export function weekdayOf(dayNumber: number): Weekday {
  return WEEKDAYS[(((dayNumber + 3) % 7) + 7) % 7] as Weekday;
}

/** Index (0 = Monday … 6 = Sunday) of a weekday. */
export function weekdayIndex(day: Weekday): number {
  return WEEKDAYS.indexOf(day);
}

/** Days in a month (`month` 1–12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Parses `YYYY-MM-DD` into a day number, or `undefined` when the text is not a
 * real calendar date (`2026-02-30`).
 */
export function parseCivilDate(text: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return dayNumberOf({ year, month, day });
}

/**
 * Parses a local time `HH:MM` (or `HH:MM:SS`, seconds ignored) into minutes
 * after midnight, or `undefined` when it is not a time of day.
 */
export function parseWallTime(text: string): number | undefined {
  const match = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(text.trim());
  if (!match) return undefined;
  const hour = Number(match[1]);
  const minute = Number(match[2]);
  const second = match[3] === undefined ? 0 : Number(match[3]);
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  return hour * 60 + minute;
}

let londonFormat: Intl.DateTimeFormat | undefined;

function londonParts(instant: number): LondonWallTime & { readonly second: number } {
  londonFormat ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    hourCycle: 'h23',
  });
  const fields: Record<string, number> = {};
  for (const part of londonFormat.formatToParts(instant)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  return {
    year: fields.year ?? NaN,
    month: fields.month ?? NaN,
    day: fields.day ?? NaN,
    // Some engines still write midnight as 24 despite h23.
    hour: (fields.hour ?? NaN) % 24,
    minute: fields.minute ?? NaN,
    second: fields.second ?? NaN,
  };
}

/** London's offset from UTC at an instant, in milliseconds (0 in winter, 3,600,000 in summer). */
export function londonOffsetAt(instant: number): number {
  const wall = londonParts(instant);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  // Sub-second precision is not in the parts: compare whole seconds.
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/** The date and wall-clock time a clock in London shows at an instant. */
export function londonWallTimeOf(instant: Date | number): LondonWallTime {
  const { year, month, day, hour, minute } = londonParts(+instant);
  return { year, month, day, hour, minute };
}

/** The London civil date (as a day number) of an instant. */
export function londonDayNumberOf(instant: Date | number): number {
  return dayNumberOf(londonWallTimeOf(instant));
}

/**
 * The instant at which London's clocks show `minutes` after midnight on a
 * civil date. Follows RFC 5545 §3.3.5 at the clock changes: a time that does
 * not exist (01:30 on the last Sunday of March) is read with the offset before
 * the change, so it lands an hour later on the clock (02:30 BST); a time that
 * happens twice (01:30 on the last Sunday of October) is the first of the two
 * (01:30 BST).
 */
export function londonInstantOf(dayNumber: number, minutes: number): Date {
  const naive = dayNumber * MS_PER_DAY + minutes * MS_PER_MINUTE;
  const before = londonOffsetAt(naive - MS_PER_DAY);
  const after = londonOffsetAt(naive + MS_PER_DAY);
  const candidates = [...new Set([before, after])]
    .map((offset) => naive - offset)
    .filter((instant) => naive - instant === londonOffsetAt(instant))
    .sort((a, b) => a - b);
  const first = candidates[0];
  return new Date(first ?? naive - before);
}
