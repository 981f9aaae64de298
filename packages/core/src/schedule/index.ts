/**
 * When activities happen: occurrences of ORUK (RFC 5545 subset) schedules in
 * Europe/London, and schedules, dates, times and distances in English and
 * Welsh.
 */

export {
  isScheduleCurrent,
  nextOccurrence,
  nextSessionOf,
  occurrencesBetween,
  runsOn,
  timeOfDay,
} from './occurrences.js';
export type { ActivitySession, Occurrence } from './occurrences.js';
export { describeSchedule, wordSchedule } from './describe.js';
export type { DescribeOptions } from './describe.js';
export { formatDate, formatDistance, formatNextSession, formatTime } from './format.js';
