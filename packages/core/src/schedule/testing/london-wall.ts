import type { Weekday } from '../../model/activity.js';

/** London wall time straight from Intl: an oracle independent of the code under test. */
const london = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  weekday: 'short',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

export interface LondonWall {
  readonly weekday: Weekday;
  /** `YYYY-MM-DD`. */
  readonly date: string;
  readonly day: number;
  /** `HH:MM`. */
  readonly time: string;
  /** Minutes since midnight. */
  readonly minutes: number;
}

export function londonWall(instant: Date): LondonWall {
  const parts = Object.fromEntries(
    london.formatToParts(instant).map(({ type, value }) => [type, value]),
  );
  const hour = Number(parts.hour) % 24;
  return {
    weekday: (parts.weekday ?? '').slice(0, 2).toUpperCase() as Weekday,
    date: `${parts.year}-${parts.month}-${parts.day}`,
    day: Number(parts.day),
    time: `${String(hour).padStart(2, '0')}:${parts.minute}`,
    minutes: hour * 60 + Number(parts.minute),
  };
}
