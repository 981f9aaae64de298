export {
  createActivityIndex,
  DEFAULT_PAGE_SIZE,
  queryWords,
  type ActivityIndex,
  type ActivityIndexOptions,
  type IndexQuery,
  type NextSessionOf,
} from './activity-index.js';
export {
  ACCESSIBILITY_FEATURES,
  requestedAccessibilityKey,
  venueAccessibilityKeys,
} from './accessibility.js';
export { haversineMiles, isGeoPoint } from './geo.js';
export {
  createPostcodeTable,
  lookupPostcode,
  fullPostcode,
  outwardCode,
  postcodeTableFromActivities,
  type PostcodeTable,
} from './postcode.js';
export { londonDateOf, timeOfDayOf, WEEKDAYS } from './schedule-match.js';
export { foldText, QUERY_STOP_WORDS, tokenise, welshRadicals } from './text.js';
