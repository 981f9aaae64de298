export { DEFAULT_LOCALE, SUPPORTED_LOCALES, isLocale, matchLocale } from './locale.js';
export type { Locale } from './locale.js';
export {
  describeSchedule,
  formatDate,
  formatDistance,
  formatNextSession,
  formatTime,
  isScheduleCurrent,
  nextOccurrence,
  nextSessionOf,
  occurrencesBetween,
  runsOn,
  timeOfDay,
  wordSchedule,
} from './schedule/index.js';
export type { ActivitySession, DescribeOptions, Occurrence } from './schedule/index.js';
export type * from './model/activity.js';
export type * from './model/referral.js';
export type * from './model/taxonomy.js';
export type * from './backend/backend.js';
export {
  BackendError,
  Conflict,
  NotFound,
  Unauthorised,
  Unavailable,
  ValidationFailed,
} from './backend/errors.js';
export type { FieldError } from './backend/errors.js';
