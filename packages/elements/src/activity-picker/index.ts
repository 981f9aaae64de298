export { ActivityPicker } from './activity-picker.js';
export type { ActivityOpenDetail, SelectionChangeDetail } from './activity-picker.js';
export { safeHref, telHref, mailtoHref, LINK_SCHEMES } from './safe-href.js';
export { toQuery, filterChips, NO_FILTERS } from './picker-filters.js';
export type { PickerFilters, Origin, FilterChip } from './picker-filters.js';
