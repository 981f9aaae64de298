import type { Schedule, Weekday } from '../model/activity.js';
import type { TimeOfDay } from '../backend/backend.js';

/** Weekdays in ISO order (Monday first), as bit positions for day sets. */
export const WEEKDAYS: readonly Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

const TIME = /^(\d{1,2}):(\d{2})(?::\d{2})?$/;

/**
 * When in the day a session starting at `opensAt` (`HH:MM` or `HH:MM:SS`,
 * local time) falls: before noon is morning, noon to 17:00 afternoon, from
 * 17:00 evening. `undefined` when there is no usable time.
 */
export function timeOfDayOf(opensAt: string | undefined): TimeOfDay | undefined {
  if (!opensAt) return undefined;
  const match = TIME.exec(opensAt.trim());
  if (!match) return undefined;
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  if (minutes >= 24 * 60) return undefined;
  if (minutes < 12 * 60) return 'morning';
  if (minutes < 17 * 60) return 'afternoon';
  return 'evening';
}

/** Bit for one weekday (Monday 1, Sunday 64). */
export function weekdayBit(day: Weekday): number {
  return 1 << WEEKDAYS.indexOf(day);
}

/** Bit for one time of day (morning 1, afternoon 2, evening 4). */
export function timeOfDayBit(time: TimeOfDay): number {
  return time === 'morning' ? 1 : time === 'afternoon' ? 2 : 4;
}

/** What the day and time filters need from one schedule, computed once. */
export interface ScheduleFacts {
  /** Weekdays the schedule runs on, as bits; 0 for monthly-by-date rules. */
  readonly days: number;
  /** Time of day of its start as a bit; 0 when unknown. */
  readonly timeOfDay: number;
  /** Last valid date (`YYYY-MM-DD`), when it has one. */
  readonly validTo?: string;
}

/** The facts the filters need from a schedule. */
export function scheduleFacts(schedule: Schedule): ScheduleFacts {
  let days = 0;
  for (const { day } of schedule.byDay) days |= weekdayBit(day);
  const time = timeOfDayOf(schedule.opensAt);
  return {
    days,
    timeOfDay: time ? timeOfDayBit(time) : 0,
    ...(schedule.validTo ? { validTo: schedule.validTo } : {}),
  };
}

const londonDate = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date in London at an instant, `YYYY-MM-DD`. */
export function londonDateOf(instant: Date): string {
  const parts: Record<string, string> = {};
  for (const part of londonDate.formatToParts(instant)) parts[part.type] = part.value;
  return `${parts['year']}-${parts['month']}-${parts['day']}`;
}
