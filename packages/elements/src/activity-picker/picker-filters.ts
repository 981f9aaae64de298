import type {
  ActivityQuery,
  ActivitySort,
  AttendanceMode,
  GeoPoint,
  TimeOfDay,
  Weekday,
} from '@linkwork/core';

/** The radii a person can choose for "near", in miles. */
export const RADII: readonly number[] = [1, 3, 5, 10];
export const WEEKDAY_CODES: readonly Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
export const TIMES_OF_DAY: readonly TimeOfDay[] = ['morning', 'afternoon', 'evening'];
export const MODES: readonly AttendanceMode[] = ['in-person', 'online', 'phone', 'home-visit'];
export const SORTS: readonly ActivitySort[] = ['relevance', 'distance', 'soonest', 'name'];
/** Accessibility keys the search index understands (see core's ACCESSIBILITY_FEATURES). */
export const ACCESSIBILITY_KEYS = [
  'step-free',
  'hearing-loop',
  'accessible-toilet',
  'lift',
  'accessible-parking',
  'bsl',
  'quiet-room',
  'large-print',
] as const;
export type AccessibilityKey = (typeof ACCESSIBILITY_KEYS)[number];

/** Where "near" searches from: a geocoded postcode, or the browser's position. */
export type Origin =
  | { readonly kind: 'postcode'; readonly postcode: string; readonly point?: GeoPoint }
  | { readonly kind: 'location'; readonly point: GeoPoint };

/** Everything a person has chosen in the picker, as plain data. */
export interface PickerFilters {
  readonly text: string;
  readonly taxonomy: readonly string[];
  readonly days: readonly Weekday[];
  readonly timesOfDay: readonly TimeOfDay[];
  readonly freeOnly: boolean;
  readonly origin?: Origin | undefined;
  readonly radiusMiles: number;
  readonly age?: number | undefined;
  readonly accessibility: readonly string[];
  readonly modes: readonly AttendanceMode[];
  readonly languages: readonly string[];
  readonly sort: ActivitySort;
}

/** No filter chosen, sorted by relevance. */
export const NO_FILTERS: PickerFilters = {
  text: '',
  taxonomy: [],
  days: [],
  timesOfDay: [],
  freeOnly: false,
  radiusMiles: 3,
  accessibility: [],
  modes: [],
  languages: [],
  sort: 'relevance',
};

/** The backend query for the picker's filters (without paging). */
export function toQuery(filters: PickerFilters): ActivityQuery {
  const text = filters.text.trim();
  const origin = filters.origin;
  const near =
    origin?.kind === 'location'
      ? { point: origin.point }
      : origin?.point
        ? { point: origin.point }
        : origin
          ? { postcode: origin.postcode }
          : undefined;
  return {
    ...(text ? { text } : {}),
    ...(filters.taxonomy.length ? { taxonomy: [...filters.taxonomy] } : {}),
    ...(filters.days.length ? { days: [...filters.days] } : {}),
    ...(filters.timesOfDay.length ? { timesOfDay: [...filters.timesOfDay] } : {}),
    ...(filters.freeOnly ? { freeOnly: true } : {}),
    ...(near ? { near, radiusMiles: filters.radiusMiles } : {}),
    ...(filters.age !== undefined ? { age: filters.age } : {}),
    ...(filters.accessibility.length ? { accessibility: [...filters.accessibility] } : {}),
    ...(filters.modes.length ? { modes: [...filters.modes] } : {}),
    ...(filters.languages.length ? { languages: [...filters.languages] } : {}),
    // Distance needs a place to measure from; without one the backend's relevance order stands.
    sort: filters.sort === 'distance' && !near ? 'relevance' : filters.sort,
  };
}

/** One active filter as a removable chip: what it says and the filters without it. */
export interface FilterChip {
  readonly key: string;
  readonly label: string;
  readonly without: PickerFilters;
}

/** How chips word each value; the element passes its messages in. */
export interface ChipWording {
  taxonomy(id: string): string;
  day(day: Weekday): string;
  time(time: TimeOfDay): string;
  free(): string;
  near(origin: Origin, radiusMiles: number): string;
  age(age: number): string;
  accessibility(key: string): string;
  mode(mode: AttendanceMode): string;
  language(code: string): string;
}

function removing<T>(list: readonly T[], value: T): T[] {
  return list.filter((item) => item !== value);
}

/** The chips for every active filter, in the order of the panel; the search text is not a chip. */
export function filterChips(filters: PickerFilters, words: ChipWording): FilterChip[] {
  const chips: FilterChip[] = [];
  for (const id of filters.taxonomy)
    chips.push({
      key: `taxonomy:${id}`,
      label: words.taxonomy(id),
      without: { ...filters, taxonomy: removing(filters.taxonomy, id) },
    });
  for (const day of filters.days)
    chips.push({
      key: `day:${day}`,
      label: words.day(day),
      without: { ...filters, days: removing(filters.days, day) },
    });
  for (const time of filters.timesOfDay)
    chips.push({
      key: `time:${time}`,
      label: words.time(time),
      without: { ...filters, timesOfDay: removing(filters.timesOfDay, time) },
    });
  if (filters.freeOnly)
    chips.push({ key: 'free', label: words.free(), without: { ...filters, freeOnly: false } });
  if (filters.origin)
    chips.push({
      key: 'near',
      label: words.near(filters.origin, filters.radiusMiles),
      without: {
        ...filters,
        origin: undefined,
        sort: filters.sort === 'distance' ? 'relevance' : filters.sort,
      },
    });
  if (filters.age !== undefined)
    chips.push({
      key: 'age',
      label: words.age(filters.age),
      without: { ...filters, age: undefined },
    });
  for (const key of filters.accessibility)
    chips.push({
      key: `access:${key}`,
      label: words.accessibility(key),
      without: { ...filters, accessibility: removing(filters.accessibility, key) },
    });
  for (const mode of filters.modes)
    chips.push({
      key: `mode:${mode}`,
      label: words.mode(mode),
      without: { ...filters, modes: removing(filters.modes, mode) },
    });
  for (const code of filters.languages)
    chips.push({
      key: `language:${code}`,
      label: words.language(code),
      without: { ...filters, languages: removing(filters.languages, code) },
    });
  return chips;
}

/** The filters with every filter cleared, keeping the search text and sort. */
export function clearFilters(filters: PickerFilters): PickerFilters {
  return {
    ...NO_FILTERS,
    text: filters.text,
    sort: filters.sort === 'distance' ? 'relevance' : filters.sort,
  };
}

/** Reads an age typed by a person: whole years 0 to 130, or `undefined`; `NaN` when unreadable. */
export function parseAge(raw: string): number | undefined {
  const text = raw.trim();
  if (text === '') return undefined;
  if (!/^\d{1,3}$/.test(text)) return Number.NaN;
  const age = Number(text);
  return age <= 130 ? age : Number.NaN;
}

/** Whether any filter is set besides the search text and the sort: whether there are chips to show. */
export function hasActiveFilters(filters: PickerFilters): boolean {
  return (
    filters.taxonomy.length > 0 ||
    filters.days.length > 0 ||
    filters.timesOfDay.length > 0 ||
    filters.freeOnly ||
    filters.origin !== undefined ||
    filters.age !== undefined ||
    filters.accessibility.length > 0 ||
    filters.modes.length > 0 ||
    filters.languages.length > 0
  );
}
