/**
 * Field conversions shared by the v1 and v3 mappings. Each either returns the
 * normalised value, `undefined` for "not given", or throws
 * {@link InvalidOrukRecord} when the value is present but unusable.
 */
import type {
  AccessibilityFeature,
  Activity,
  ActivityContact,
  ActivityLocation,
  ActivityStatus,
  AttendanceMode,
  Cost,
  GeoPoint,
  Schedule,
  Weekday,
} from '../model/activity.js';
import { fullPostcode } from '../search/postcode.js';
import { foldText } from '../search/text.js';

/** A directory record that cannot become an Activity, with a reason safe to log (no record content). */
export class InvalidOrukRecord extends Error {
  override readonly name = 'InvalidOrukRecord';
  constructor(
    readonly reason: string,
    readonly id?: string,
  ) {
    super(id ? `ORUK record ${id}: ${reason}` : `ORUK record: ${reason}`);
  }
}

/** Trimmed text, or `undefined` when missing or blank. */
export function given(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** An id as a string (`12` → `'12'`). */
export function idOf(value: string | number | null | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  return given(String(value));
}

/** A number from a number or numeric string; throws for anything else that is present. */
export function numberOf(
  value: number | string | null | undefined,
  path: string,
): number | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string' && value.trim() === '') return undefined;
  const number = typeof value === 'number' ? value : Number(value.trim());
  if (!Number.isFinite(number)) throw new InvalidOrukRecord(`${path}: not a number`);
  return number;
}

/**
 * A URL that may become a link: `http:` or `https:` only (a bare `www.` host
 * is read as `https:`); anything else is dropped.
 */
export function httpUrl(value: string | null | undefined): string | undefined {
  const candidate = given(value);
  if (!candidate) return undefined;
  const withScheme = /^www\./i.test(candidate) ? `https://${candidate}` : candidate;
  try {
    const url = new URL(withScheme);
    return url.protocol === 'http:' || url.protocol === 'https:' ? withScheme : undefined;
  } catch {
    return undefined;
  }
}

const STATUSES: Readonly<Record<string, ActivityStatus>> = {
  active: 'active',
  inactive: 'inactive',
  'temporarily closed': 'temporarily-closed',
  defunct: 'defunct',
};

/** ORUK status (`temporarily closed`, any case) → ActivityStatus; missing is `active`; unknown throws. */
export function statusOf(value: string | null | undefined): ActivityStatus {
  const key = given(value)
    ?.toLowerCase()
    .replace(/[\s_-]+/g, ' ');
  if (key === undefined) return 'active';
  const status = STATUSES[key];
  if (!status) throw new InvalidOrukRecord('status: unknown value');
  return status;
}

const MODES: Readonly<Record<string, AttendanceMode>> = {
  'in person': 'in-person',
  venue: 'in-person',
  'face to face': 'in-person',
  online: 'online',
  virtual: 'online',
  remote: 'online',
  'by phone': 'phone',
  phone: 'phone',
  telephone: 'phone',
  'by telephone': 'phone',
  'home visit': 'home-visit',
  'home visits': 'home-visit',
  home: 'home-visit',
};

/**
 * An attending type (v3 `In person`/`Online`/`By phone`/`Home visit`, v1
 * `venue`/`online`/`phone`/`home visit`) as an AttendanceMode, or `undefined`
 * when missing or not one we know (feeds word it freely).
 */
export function modeOf(value: string | null | undefined): AttendanceMode | undefined {
  const key = given(value)
    ?.toLowerCase()
    .replace(/[\s_-]+/g, ' ');
  return key === undefined ? undefined : MODES[key];
}

/** Modes in a fixed order, each once. */
export function orderedModes(modes: Iterable<AttendanceMode>): AttendanceMode[] {
  const set = new Set(modes);
  return (['in-person', 'online', 'phone', 'home-visit'] as const).filter((mode) => set.has(mode));
}

const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/;

/** `HH:MM` or `HH:MM:SS` → `HH:MM`; `undefined` when missing or not a time of day. */
export function timeOf(value: string | null | undefined): string | undefined {
  const match = TIME.exec(given(value) ?? '');
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) return undefined;
  return `${String(hours).padStart(2, '0')}:${match[2]}`;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/;

/** A date (`YYYY-MM-DD`, or the date part of a date-time); throws for a present but invalid date. */
export function dateOf(value: string | null | undefined, path: string): string | undefined {
  const candidate = given(value);
  if (!candidate) return undefined;
  const match = DATE.exec(candidate);
  const date = match ? `${match[1]}-${match[2]}-${match[3]}` : '';
  const parsed = new Date(`${date}T00:00:00Z`);
  if (!match || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date)
    throw new InvalidOrukRecord(`${path}: not a date`);
  return date;
}

const BYDAY = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/;

/** RFC 5545 `BYDAY` (`MO,WE,FR`, `2TU`, `-1WE`) → weekdays with ordinals; throws on a bad token. */
export function byDayOf(
  value: string | null | undefined,
  path: string,
): { day: Weekday; ordinal?: number }[] {
  const candidate = given(value);
  if (!candidate) return [];
  return candidate.split(',').map((token) => {
    const match = BYDAY.exec(token.trim().toUpperCase());
    const ordinal = match?.[1] === undefined ? undefined : Number(match[1]);
    if (!match || ordinal === 0 || (ordinal !== undefined && Math.abs(ordinal) > 5))
      throw new InvalidOrukRecord(`${path}: unknown weekday`);
    return ordinal === undefined
      ? { day: match[2] as Weekday }
      : { day: match[2] as Weekday, ordinal };
  });
}

/** RFC 5545 `BYMONTHDAY` (`15`, `1,15`, `-1`) → days of the month; throws on a bad day. */
export function byMonthDayOf(value: string | number | null | undefined, path: string): number[] {
  if (value === null || value === undefined) return [];
  const tokens = String(value)
    .split(',')
    .map((token) => token.trim())
    .filter(Boolean);
  return tokens.map((token) => {
    const day = Number(token);
    if (!Number.isInteger(day) || day === 0 || Math.abs(day) > 31)
      throw new InvalidOrukRecord(`${path}: not a day of the month`);
    return day;
  });
}

/** The schedule fields both dialects share, checked. */
export function scheduleBase(
  raw: {
    readonly freq?: string | null;
    readonly interval?: number | string | null;
    readonly byday?: string | null;
    readonly bymonthday?: string | number | null;
    readonly dtstart?: string | null;
    readonly valid_from?: string | null;
    readonly valid_to?: string | null;
    readonly opens_at?: string | null;
    readonly closes_at?: string | null;
    readonly description?: string | null;
  },
  path: string,
): Omit<Schedule, 'id' | 'mode'> {
  let byDay = byDayOf(raw.byday, `${path}.byday`);
  const byMonthDay = byMonthDayOf(raw.bymonthday, `${path}.bymonthday`);
  let freq: Schedule['freq'];
  const frequency = given(raw.freq)?.toUpperCase();
  if (frequency === 'WEEKLY' || frequency === 'MONTHLY') freq = frequency;
  else if (frequency === 'DAILY' && byDay.length === 0) {
    freq = 'WEEKLY';
    byDay = (['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const).map((day) => ({ day }));
  } else if (frequency === undefined) freq = byMonthDay.length > 0 ? 'MONTHLY' : 'WEEKLY';
  else throw new InvalidOrukRecord(`${path}.freq: unknown value`);
  const interval = numberOf(raw.interval, `${path}.interval`) ?? 1;
  if (!Number.isInteger(interval) || interval < 1)
    throw new InvalidOrukRecord(`${path}.interval: not a positive whole number`);
  const dtstart = dateOf(raw.dtstart, `${path}.dtstart`);
  const validFrom = dateOf(raw.valid_from, `${path}.valid_from`);
  const validTo = dateOf(raw.valid_to, `${path}.valid_to`);
  const opensAt = timeOf(raw.opens_at);
  const closesAt = timeOf(raw.closes_at);
  const description = given(raw.description);
  return {
    freq,
    interval,
    byDay,
    byMonthDay,
    ...(dtstart ? { dtstart } : {}),
    ...(validFrom ? { validFrom } : {}),
    ...(validTo ? { validTo } : {}),
    ...(opensAt ? { opensAt } : {}),
    ...(closesAt ? { closesAt } : {}),
    ...(description ? { description } : {}),
  };
}

/** A venue's coordinates; `undefined` when either is missing or both are 0 (a common feed default); throws when out of range. */
export function pointOf(
  latitude: number | string | null | undefined,
  longitude: number | string | null | undefined,
  path: string,
): GeoPoint | undefined {
  const lat = numberOf(latitude, `${path}.latitude`);
  const lng = numberOf(longitude, `${path}.longitude`);
  if (lat === undefined || lng === undefined || (lat === 0 && lng === 0)) return undefined;
  if (Math.abs(lat) > 90) throw new InvalidOrukRecord(`${path}.latitude: out of range`);
  if (Math.abs(lng) > 180) throw new InvalidOrukRecord(`${path}.longitude: out of range`);
  return { lat, lng };
}

/** A venue from its parts, address lines without blanks and the postcode normalised. */
export function locationOf(parts: {
  readonly id: string;
  readonly name?: string | null;
  readonly address?: {
    readonly address_1?: string | null;
    readonly address_2?: string | null;
    readonly city?: string | null;
    readonly postal_code?: string | null;
  };
  readonly point?: GeoPoint;
  readonly accessibility: readonly AccessibilityFeature[];
}): ActivityLocation {
  const name = given(parts.name);
  const address = parts.address;
  const town = given(address?.city);
  const postcode = address?.postal_code ? fullPostcode(address.postal_code) : undefined;
  return {
    id: parts.id,
    ...(name ? { name } : {}),
    addressLines: [given(address?.address_1), given(address?.address_2)].filter(
      (line): line is string => line !== undefined,
    ),
    ...(town ? { town } : {}),
    ...(postcode ? { postcode } : {}),
    ...(parts.point ? { point: parts.point } : {}),
    accessibility: parts.accessibility,
  };
}

const PAY_WHAT_YOU_CAN = /pay what you (can|feel|like|want)|donation|pwyc|talwch (beth|yr hyn)/i;

/** One cost option; `undefined` for other currencies or options we cannot classify; throws for a negative amount. */
export function costOf(
  raw: {
    readonly option?: string | null;
    readonly amount?: number | string | null;
    readonly currency?: string | null;
    readonly amount_description?: string | null;
  },
  path: string,
): Cost | undefined {
  const currency = given(raw.currency)?.toUpperCase();
  if (currency !== undefined && currency !== 'GBP') return undefined;
  const amount = numberOf(raw.amount, `${path}.amount`);
  if (amount !== undefined && amount < 0) throw new InvalidOrukRecord(`${path}.amount: negative`);
  const label = given(raw.option);
  const description = given(raw.amount_description);
  const words = { ...(label ? { label } : {}), ...(description ? { description } : {}) };
  if (amount === 0) return { kind: 'free', ...words };
  if (amount !== undefined)
    return { kind: 'fixed', amountPence: Math.round(amount * 100), ...words };
  if (PAY_WHAT_YOU_CAN.test(label ?? '') || PAY_WHAT_YOU_CAN.test(description ?? ''))
    return { kind: 'pay-what-you-can', ...words };
  if (/^(free|am ddim)\b/i.test(label ?? '')) return { kind: 'free', ...words };
  return undefined;
}

const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  english: 'en',
  welsh: 'cy',
  cymraeg: 'cy',
  'british sign language': 'bfi',
  bsl: 'bfi',
  urdu: 'ur',
  punjabi: 'pa',
  arabic: 'ar',
  ukrainian: 'uk',
  persian: 'fa',
  farsi: 'fa',
  kurdish: 'ku',
  polish: 'pl',
  bengali: 'bn',
  gujarati: 'gu',
  somali: 'so',
  romanian: 'ro',
  portuguese: 'pt',
  spanish: 'es',
  french: 'fr',
  chinese: 'zh',
  mandarin: 'zh',
  cantonese: 'yue',
  tigrinya: 'ti',
  pashto: 'ps',
  hindi: 'hi',
  tamil: 'ta',
  turkish: 'tr',
  lithuanian: 'lt',
  russian: 'ru',
};

const LANGUAGE_CODE = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;

/** A language code (`cy`, `pt-BR` → `pt-br`) or English name (`Welsh` → `cy`); `undefined` when neither. */
export function languageOf(
  code: string | null | undefined,
  name?: string | null,
): string | undefined {
  const candidate = given(code);
  if (candidate && LANGUAGE_CODE.test(candidate)) return candidate.toLowerCase();
  for (const word of [candidate, given(name)]) {
    const known = word ? LANGUAGE_NAMES[foldText(word)] : undefined;
    if (known) return known;
  }
  return undefined;
}

/** Each value once, in first-seen order, without `undefined`. */
export function unique<T>(values: Iterable<T | undefined>): T[] {
  const seen = new Set<T>();
  for (const value of values) if (value !== undefined) seen.add(value);
  return [...seen];
}

/** A contact, or `undefined` when it carries nothing to show. */
export function contactOf(raw: {
  readonly name?: string | null;
  readonly title?: string | null;
  readonly email?: string | null;
  readonly phones?:
    readonly { readonly number?: string | null; readonly description?: string | null }[] | null;
}): ActivityContact | undefined {
  const name = given(raw.name);
  const title = given(raw.title);
  const email = given(raw.email);
  const phones = (raw.phones ?? []).flatMap((phone) => {
    const number = given(phone.number);
    const description = given(phone.description);
    return number ? [{ number, ...(description ? { description } : {}) }] : [];
  });
  if (!name && !title && !email && phones.length === 0) return undefined;
  return {
    ...(name ? { name } : {}),
    ...(title ? { title } : {}),
    ...(email ? { email } : {}),
    phones,
  };
}

/** Age bounds checked: whole or fractional years, not negative, minimum not above maximum. */
export function agesOf(minimum: number | undefined, maximum: number | undefined): void {
  if (minimum !== undefined && minimum < 0) throw new InvalidOrukRecord('minimum_age: negative');
  if (maximum !== undefined && maximum < 0) throw new InvalidOrukRecord('maximum_age: negative');
  if (minimum !== undefined && maximum !== undefined && minimum > maximum)
    throw new InvalidOrukRecord('minimum_age: above maximum_age');
}

/** The fields of a service record that ORUK v1 and v3 spell alike. */
export interface SharedServiceRecord {
  readonly description?: string | null;
  readonly status?: string | null;
  readonly alert?: string | null;
  readonly url?: string | null;
  readonly email?: string | null;
  readonly application_process?: string | null;
  readonly last_modified?: string | null;
  readonly contacts?: readonly Parameters<typeof contactOf>[0][] | null;
}

/**
 * The parts of an Activity that both dialects map the same way. The caller
 * reads the organisation, whose id and website the dialects spell differently.
 */
export function sharedServiceFields(
  service: SharedServiceRecord,
  organisation: {
    readonly id: string | undefined;
    readonly name: string | null | undefined;
    readonly url: string | undefined;
  },
): Pick<
  Activity,
  | 'organisation'
  | 'description'
  | 'status'
  | 'alert'
  | 'url'
  | 'email'
  | 'contacts'
  | 'applicationProcess'
  | 'lastModified'
> {
  const url = httpUrl(service.url);
  const email = given(service.email);
  const alert = given(service.alert);
  const applicationProcess = given(service.application_process);
  const lastModified = given(service.last_modified);
  return {
    organisation: {
      ...(organisation.id ? { id: organisation.id } : {}),
      name: given(organisation.name) ?? '',
      ...(organisation.url ? { url: organisation.url } : {}),
    },
    description: given(service.description) ?? '',
    status: statusOf(service.status),
    ...(alert ? { alert } : {}),
    ...(url ? { url } : {}),
    ...(email ? { email } : {}),
    contacts: (service.contacts ?? []).flatMap((raw) => {
      const contact = contactOf(raw);
      return contact ? [contact] : [];
    }),
    ...(applicationProcess ? { applicationProcess } : {}),
    ...(lastModified ? { lastModified } : {}),
  };
}
