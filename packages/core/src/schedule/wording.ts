/**
 * The shape of a language's wording for schedules, dates, times and
 * distances. Each supported locale has one file (`wording.en.ts`,
 * `wording.cy.ts`) that implements every member, so a language cannot miss a
 * key; the grammar (plurals, Welsh mutations, word order) lives with the words.
 */

import type { Weekday } from '../model/activity.js';
import type { CivilDate } from './london-time.js';

/** Twelve month names, January first. */
export type MonthNames = readonly [
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
];

/** Monthly `byDay` entries for one weekday: `1TH,3TH` is `{ day: 'TH', ordinals: [1, 3] }`. */
export interface OrdinalWeekday {
  readonly day: Weekday;
  /** ±1…±5, positives ascending then negatives from the second-to-last to the last. */
  readonly ordinals: readonly number[];
}

/** A schedule's parts, already worded where that depends on the rule. */
export interface ScheduleSentence {
  /** The days it runs on (`Tuesdays`, `Second Tuesday of the month`). */
  readonly days: string;
  /** Opening and closing, minutes after local midnight. */
  readonly opensAt?: number;
  readonly closesAt?: number;
  readonly validFrom?: CivilDate;
  readonly validTo?: CivilDate;
}

/** Everything one language needs to say when things happen. */
export interface ScheduleWording {
  /** Standalone weekday names, capitalised as at the start of a sentence. */
  readonly weekdays: Readonly<Record<Weekday, string>>;
  readonly months: MonthNames;
  /** `Today` / `Heddiw`. */
  readonly today: string;
  /** `Tomorrow` / `Yfory`. */
  readonly tomorrow: string;
  /** A wall-clock time, minutes after midnight: `10am`, `9:30am`, `midday`. */
  clock(minutes: number): string;
  /** `Thursday 26 November 2026`. */
  date(date: CivilDate, weekday: Weekday): string;
  /** `Tuesday 1 December`, with the year when `withYear`. */
  dayAndMonth(date: CivilDate, weekday: Weekday, withYear: boolean): string;
  /** A weekly rule's days, Monday first (never empty): `Tuesdays`, `Every other Thursday`. */
  weekly(days: readonly Weekday[], interval: number): string;
  /** A monthly rule by ordinal weekday, or `undefined` when it cannot be said. */
  monthlyByDay(groups: readonly OrdinalWeekday[], interval: number): string | undefined;
  /** A monthly rule by month day (ascending; `-1` is the last day), or `undefined`. */
  monthlyByDate(days: readonly number[], interval: number): string | undefined;
  /** The whole description: days, times, then the dates it runs between. */
  schedule(sentence: ScheduleSentence): string;
  /** A session: `Today, 2pm to 4pm`. Times are minutes after local midnight. */
  session(day: string, opensAt?: number, closesAt?: number): string;
  /** A distance in miles, already checked to be finite and not negative. */
  distance(miles: number): string;
}

/** Capitalises the first letter of a sentence. */
export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/**
 * Rounds a distance for display: one decimal place below 10 miles, whole
 * miles from there. Returns the rounded value and its digits (`0.4`, `1`,
 * `12`, `1,250`), or `undefined` for a distance under 0.05 miles, which
 * rounds to nothing.
 */
export function roundMiles(
  miles: number,
): { readonly value: number; readonly text: string } | undefined {
  const value = miles < 9.95 ? Math.round(miles * 10) / 10 : Math.round(miles);
  if (value === 0) return undefined;
  const [whole = '0', fraction] = String(value).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return { value, text: fraction === undefined ? grouped : `${grouped}.${fraction}` };
}

/** Finds runs: whether the weekdays are three or more consecutive days, Monday-first. */
export function consecutiveRun(days: readonly Weekday[], order: readonly Weekday[]): boolean {
  if (days.length < 3) return false;
  const indices = days.map((day) => order.indexOf(day));
  return indices.every((index, i) => i === 0 || index === (indices[i - 1] ?? NaN) + 1);
}
