import { fail, pass, type FieldCheck } from './check.js';

/** A day in the proleptic Gregorian calendar, with no time zone. */
export interface CalendarDate {
  readonly year: number;
  /** 1–12. */
  readonly month: number;
  /** 1–31. */
  readonly day: number;
}

/** The default minimum age of a patient, in whole years. */
export const DEFAULT_MINIMUM_AGE = 18;

/** The oldest a date of birth may be, in years before today. */
export const MAXIMUM_AGE = 120;

/** Why a date of birth was rejected, in the order the rules are checked. */
export type DateOfBirthCode =
  'required' | 'format' | 'invalid-date' | 'future' | 'too-old' | 'too-young';

/** Options for date of birth checks. */
export interface DateOfBirthOptions {
  /** The clock; today is its date in Europe/London. Defaults to the system clock. */
  readonly now?: () => Date;
  /** Whole years the person must have reached today. Defaults to {@link DEFAULT_MINIMUM_AGE}. */
  readonly minimumAge?: number;
}

/** Whether `year` is a Gregorian leap year. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The number of days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Whether year, month and day name a real calendar date (years 1–9999). */
export function isRealDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** Writes a calendar date as `YYYY-MM-DD`. */
export function formatIsoDate(date: CalendarDate): string {
  const pad = (n: number, width: number): string => String(n).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/**
 * Reads a `YYYY-MM-DD` date (after trimming). Blank → `required`; another
 * shape → `format`; a day that does not exist (`1961-02-29`) → `invalid-date`.
 */
export function parseIsoDate(
  raw: string,
): FieldCheck<CalendarDate, 'required' | 'format' | 'invalid-date'> {
  const value = raw.trim();
  if (value === '') return fail('required');
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return fail('format');
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isRealDate(date.year, date.month, date.day) ? pass(date) : fail('invalid-date');
}

/** -1, 0 or 1 as `a` is before, the same day as, or after `b`. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return Math.sign(a.year - b.year || a.month - b.month || a.day - b.day);
}

let londonDateFormat: Intl.DateTimeFormat | undefined;

/**
 * The calendar date it is in the UK (Europe/London) at `instant`: at
 * 00:30 BST on 1 July it is already 1 July here, though still 30 June in UTC.
 */
export function londonDate(instant: Date): CalendarDate {
  londonDateFormat ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  });
  const parts = londonDateFormat.formatToParts(instant);
  const part = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day') };
}

/**
 * Age in whole years on `today` of someone born on `dateOfBirth`. Someone born
 * on 29 February turns a year older on 1 March in common years, as in UK law.
 */
export function ageOn(dateOfBirth: CalendarDate, today: CalendarDate): number {
  const birthdayPassed =
    today.month > dateOfBirth.month ||
    (today.month === dateOfBirth.month && today.day >= dateOfBirth.day);
  return today.year - dateOfBirth.year - (birthdayPassed ? 0 : 1);
}

function minimumAgeOf(options: DateOfBirthOptions): number {
  const minimumAge = options.minimumAge ?? DEFAULT_MINIMUM_AGE;
  if (!Number.isInteger(minimumAge) || minimumAge < 0 || minimumAge > MAXIMUM_AGE) {
    throw new RangeError(`minimumAge must be a whole number from 0 to ${MAXIMUM_AGE}`);
  }
  return minimumAge;
}

/** The range rules shared by both forms of date of birth. */
function checkBirthRange(
  date: CalendarDate,
  options: DateOfBirthOptions,
): FieldCheck<string, DateOfBirthCode> {
  const minimumAge = minimumAgeOf(options);
  const today = londonDate((options.now ?? (() => new Date()))());
  if (compareDates(date, today) > 0) return fail('future');
  const oldest = { year: today.year - MAXIMUM_AGE, month: today.month, day: today.day };
  if (compareDates(date, oldest) < 0) return fail('too-old');
  if (ageOn(date, today) < minimumAge) return fail('too-young');
  return pass(formatIsoDate(date));
}

/**
 * Validates a date of birth written `YYYY-MM-DD`. Rules, in order: blank →
 * `required`; not `YYYY-MM-DD` → `format`; not a real date → `invalid-date`;
 * after today (in the UK) → `future`; more than 120 years before today →
 * `too-old`; younger than `minimumAge` (default 18) today → `too-young`.
 *
 * @throws RangeError when `minimumAge` is not a whole number from 0 to 120.
 */
export function checkDateOfBirth(
  raw: string,
  options: DateOfBirthOptions = {},
): FieldCheck<string, DateOfBirthCode> {
  const parsed = parseIsoDate(raw);
  return parsed.ok ? checkBirthRange(parsed.value, options) : parsed;
}

/** A date as a form's three boxes give it (GOV.UK date input pattern). */
export interface DateParts {
  readonly day: string | number;
  readonly month: string | number;
  readonly year: string | number;
}

/**
 * Validates a date of birth from day, month and year boxes, and gives it as
 * `YYYY-MM-DD`. All three blank → `required`; a blank box, anything but
 * digits, a day or month of more than two digits or a year not of four digits
 * → `format`; a day that does not exist (31 April) → `invalid-date`; then the
 * same range rules as {@link checkDateOfBirth}. `9`, `09` and `3`, `03` are
 * read alike.
 */
export function dateOfBirthFromParts(
  parts: DateParts,
  options: DateOfBirthOptions = {},
): FieldCheck<string, DateOfBirthCode> {
  const day = String(parts.day).trim();
  const month = String(parts.month).trim();
  const year = String(parts.year).trim();
  if (day === '' && month === '' && year === '') return fail('required');
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year))
    return fail('format');
  const date = { year: Number(year), month: Number(month), day: Number(day) };
  if (!isRealDate(date.year, date.month, date.day)) return fail('invalid-date');
  return checkBirthRange(date, options);
}

const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?(?:(Z)|([+-])(\d{2}):(\d{2}))$/iu;

/**
 * Reads an RFC 3339 date-time (`2026-11-02T10:14:27Z`,
 * `2026-09-15T14:05:00+01:00`, optional fraction of a second) as
 * milliseconds since the Unix epoch, or `undefined` when it is not one: the
 * date must be real, hours 00–23, minutes and seconds 00–59 (leap seconds are
 * not accepted), the offset `Z` or `±hh:mm` up to `±23:59`.
 */
export function dateTimeToEpochMs(raw: string): number | undefined {
  const match = DATE_TIME.exec(raw.trim());
  if (!match) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (!isRealDate(year, month, day) || hour > 23 || minute > 59 || second > 59) return undefined;
  let offsetMinutes = 0;
  if (!match[8]) {
    const offsetHours = Number(match[10]);
    const offsetMins = Number(match[11]);
    if (offsetHours > 23 || offsetMins > 59) return undefined;
    offsetMinutes = (match[9] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMins);
  }
  const fraction = match[7] ? Number(`0${match[7]}`) * 1000 : 0;
  const utc = new Date(0);
  utc.setUTCFullYear(year, month - 1, day);
  utc.setUTCHours(hour, minute, second, 0);
  return utc.getTime() + fraction - offsetMinutes * 60_000;
}

/**
 * Validates an RFC 3339 date-time with `Z` or an offset (see
 * {@link dateTimeToEpochMs}), normalised by trimming and upper-casing `T` and
 * `Z`; the offset is kept as written. Blank → `required`; otherwise `format`.
 */
export function checkDateTime(raw: string): FieldCheck<string, 'required' | 'format'> {
  const value = raw.trim().toUpperCase();
  if (value === '') return fail('required');
  return dateTimeToEpochMs(value) === undefined ? fail('format') : pass(value);
}
