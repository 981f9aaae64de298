/**
 * English wording, in the GOV.UK style: `10am`, `9:30am`, `midday`, `to` for
 * ranges, no Oxford comma, dates as `26 November 2026`.
 */

import type { Weekday } from '../model/activity.js';
import type { CivilDate } from './london-time.js';
import { WEEKDAYS } from './london-time.js';
import {
  capitalise,
  consecutiveRun,
  roundMiles,
  type OrdinalWeekday,
  type ScheduleSentence,
  type ScheduleWording,
} from './wording.js';

const WEEKDAY_NAMES: Readonly<Record<Weekday, string>> = {
  MO: 'Monday',
  TU: 'Tuesday',
  WE: 'Wednesday',
  TH: 'Thursday',
  FR: 'Friday',
  SA: 'Saturday',
  SU: 'Sunday',
};

const ORDINAL_WORDS: Readonly<Record<string, string>> = {
  '1': 'first',
  '2': 'second',
  '3': 'third',
  '4': 'fourth',
  '5': 'fifth',
  '-1': 'last',
  '-2': 'second-to-last',
};

/** `A`, `A and B`, `A, B and C`. */
function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

/** `1st`, `2nd`, `3rd`, `11th`, `22nd`. */
function ordinalNumber(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  const suffix = ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

function everyWeeks(interval: number): string {
  return interval === 2 ? 'every other week' : `every ${interval} weeks`;
}

function clock(minutes: number): string {
  if (minutes === 0) return 'midnight';
  if (minutes === 12 * 60) return 'midday';
  const hour = Math.floor(minutes / 60);
  const minute = minutes % 60;
  const suffix = hour < 12 ? 'am' : 'pm';
  const hour12 = hour % 12 || 12;
  return minute === 0
    ? `${hour12}${suffix}`
    : `${hour12}:${String(minute).padStart(2, '0')}${suffix}`;
}

function shortDate(date: CivilDate): string {
  return `${date.day} ${en.months[date.month - 1] ?? ''} ${date.year}`;
}

function times(opensAt: number | undefined, closesAt: number | undefined): string | undefined {
  if (opensAt === undefined) return closesAt === undefined ? undefined : `until ${clock(closesAt)}`;
  if (closesAt === undefined || closesAt === opensAt) return clock(opensAt);
  return `${clock(opensAt)} to ${clock(closesAt)}`;
}

/** English wording for schedules, dates, times and distances. */
export const en: ScheduleWording = {
  weekdays: WEEKDAY_NAMES,
  months: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  today: 'Today',
  tomorrow: 'Tomorrow',
  clock,
  date(date, weekday) {
    return `${WEEKDAY_NAMES[weekday]} ${shortDate(date)}`;
  },
  dayAndMonth(date, weekday, withYear) {
    const dayMonth = `${WEEKDAY_NAMES[weekday]} ${date.day} ${en.months[date.month - 1] ?? ''}`;
    return withYear ? `${dayMonth} ${date.year}` : dayMonth;
  },
  weekly(days, interval) {
    if (days.length === 7)
      return interval === 1 ? 'Every day' : `Every day, ${everyWeeks(interval)}`;
    if (consecutiveRun(days, WEEKDAYS)) {
      const range = `${WEEKDAY_NAMES[days[0] ?? 'MO']} to ${WEEKDAY_NAMES[days[days.length - 1] ?? 'SU']}`;
      return interval === 1 ? range : `${range}, ${everyWeeks(interval)}`;
    }
    const names = days.map((day) => WEEKDAY_NAMES[day]);
    if (interval === 1) return joinAnd(names.map((name) => `${name}s`));
    if (interval === 2) return `Every other ${joinAnd(names)}`;
    return `Every ${interval} weeks on ${joinAnd(names)}`;
  },
  monthlyByDay(groups: readonly OrdinalWeekday[], interval) {
    const phrases: string[] = [];
    for (const { day, ordinals } of groups) {
      const words = ordinals.map((ordinal) => ORDINAL_WORDS[String(ordinal)]);
      if (words.some((word) => word === undefined)) return undefined;
      phrases.push(`${joinAnd(words as string[])} ${WEEKDAY_NAMES[day]}`);
    }
    const which = joinAnd(phrases);
    if (interval === 1) return capitalise(`${which} of the month`);
    if (interval === 2) return capitalise(`${which} of every other month`);
    return capitalise(`${which} of the month, every ${interval} months`);
  },
  monthlyByDate(days, interval) {
    if (days.some((day) => day < -1)) return undefined;
    const which = joinAnd(days.map((day) => (day === -1 ? 'last day' : ordinalNumber(day))));
    if (interval === 1) return capitalise(`${which} of each month`);
    if (interval === 2) return capitalise(`${which} of every other month`);
    return capitalise(`${which} of each month, every ${interval} months`);
  },
  schedule(sentence: ScheduleSentence) {
    const { days, opensAt, closesAt, validFrom, validTo } = sentence;
    let text = days;
    if (opensAt !== undefined && (closesAt === undefined || closesAt === opensAt)) {
      text += ` at ${clock(opensAt)}`;
    } else {
      const hours = times(opensAt, closesAt);
      if (hours) text += `, ${hours}`;
    }
    if (validFrom && validTo) text += `, from ${shortDate(validFrom)} until ${shortDate(validTo)}`;
    else if (validFrom) text += `, from ${shortDate(validFrom)}`;
    else if (validTo) text += `, until ${shortDate(validTo)}`;
    return text;
  },
  session(day, opensAt, closesAt) {
    const hours = times(opensAt, closesAt);
    return hours ? `${day}, ${hours}` : day;
  },
  distance(miles) {
    const rounded = roundMiles(miles);
    if (!rounded) return 'less than 0.1 miles';
    return rounded.value === 1 ? '1 mile' : `${rounded.text} miles`;
  },
};
