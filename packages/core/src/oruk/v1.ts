/** Open Referral UK v1 service → Activity. */
import type { Activity, ActivityLocation, Cost, Schedule, Weekday } from '../model/activity.js';
import { WEEKDAYS } from '../search/schedule-match.js';
import {
  agesOf,
  costOf,
  given,
  httpUrl,
  idOf,
  InvalidOrukRecord,
  languageOf,
  locationOf,
  modeOf,
  numberOf,
  pointOf,
  scheduleBase,
  unique,
  sharedServiceFields,
} from './fields.js';
import { orukV1ServiceSchema, type OrukV1Service } from './schemas.js';
import { defaultModeOf, mapRecord } from './v3.js';

const WEEKDAY_NAMES: Readonly<Record<string, Weekday>> = {
  monday: 'MO',
  tuesday: 'TU',
  wednesday: 'WE',
  thursday: 'TH',
  friday: 'FR',
  saturday: 'SA',
  sunday: 'SU',
};

/** A v1 `weekday`: ISO number (1 = Monday … 7 = Sunday) or an English day name; throws otherwise. */
function weekdayOf(value: number | string | null | undefined, path: string): Weekday | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  const number = typeof value === 'number' ? value : Number(value);
  if (Number.isInteger(number) && number >= 1 && number <= 7) return WEEKDAYS[number - 1];
  const name = typeof value === 'string' ? value.trim().toLowerCase() : '';
  const day =
    WEEKDAY_NAMES[name] ??
    Object.entries(WEEKDAY_NAMES).find(([full]) => name.length >= 3 && full.startsWith(name))?.[1];
  if (!day) throw new InvalidOrukRecord(`${path}: unknown weekday`);
  return day;
}

const FREE_FEE = /^(?:free|am ddim)\b\s*(?:\((.*)\))?\s*$/i;
const FIXED_FEE = /^(?:(.+?):\s*)?£\s*(\d+(?:\.\d{1,2})?)\s*(.*)$/;
const PAY_WHAT_YOU_CAN_FEE =
  /^(pay what you (?:can|feel|like|want)|donations?[^:]*)(?::\s*(.*))?$/i;

/**
 * Costs from a v1 `fees` sentence (`£3 per session; Free (your first
 * session is free)`), used when a v1 service has no `cost_options`. Parts
 * that are not a free, fixed (£) or pay-what-you-can wording are left out.
 */
export function costsFromFees(fees: string | null | undefined): Cost[] {
  const costs: Cost[] = [];
  for (const part of (fees ?? '').split(';')) {
    const text = part.trim();
    if (!text) continue;
    const free = FREE_FEE.exec(text);
    if (free) {
      const description = given(free[1]);
      costs.push({ kind: 'free', ...(description ? { description } : {}) });
      continue;
    }
    const fixed = FIXED_FEE.exec(text);
    if (fixed) {
      const label = given(fixed[1]);
      const description = given(fixed[3]);
      const amountPence = Math.round(Number(fixed[2]) * 100);
      costs.push(
        amountPence === 0
          ? { kind: 'free', ...(label ? { label } : {}), ...(description ? { description } : {}) }
          : {
              kind: 'fixed',
              amountPence,
              ...(label ? { label } : {}),
              ...(description ? { description } : {}),
            },
      );
      continue;
    }
    const payWhatYouCan = PAY_WHAT_YOU_CAN_FEE.exec(text);
    if (payWhatYouCan) {
      const label = given(payWhatYouCan[1]);
      const description = given(payWhatYouCan[2]);
      costs.push({
        kind: 'pay-what-you-can',
        ...(label ? { label } : {}),
        ...(description ? { description } : {}),
      });
    }
  }
  return costs;
}

function locationsOf(service: OrukV1Service): ActivityLocation[] {
  const locations = new Map<string, ActivityLocation>();
  (service.service_at_locations ?? []).forEach((sal, index) => {
    const path = `service_at_locations.${index}.location`;
    const raw = sal.location;
    if (!raw) return;
    const id = idOf(raw.id) ?? `${String(service.id)}#location-${index}`;
    const point = pointOf(raw.latitude, raw.longitude, path);
    if (locations.has(id)) return;
    const address = raw.physical_addresses?.[0];
    const accessibility = (raw.accessibility_for_disabilities ?? []).flatMap((item) => {
      const feature = given(item.accessibility);
      const description = given(item.details);
      return feature ? [{ feature, ...(description ? { description } : {}) }] : [];
    });
    locations.set(
      id,
      locationOf({
        id,
        name: raw.name,
        ...(address ? { address } : {}),
        ...(point ? { point } : {}),
        accessibility,
      }),
    );
  });
  return [...locations.values()];
}

/**
 * v1 splits a schedule into one entry per weekday. Entries that agree on
 * everything but the day are one schedule again (`MO`, `WE`, `FR` →
 * `MO,WE,FR`), keeping the first entry's id and the days in feed order.
 */
function mergeWeekdays(entries: readonly Schedule[]): Schedule[] {
  const merged: Schedule[] = [];
  const byKey = new Map<string, number>();
  for (const entry of entries) {
    if (entry.byDay.length === 0 || entry.byMonthDay.length > 0) {
      merged.push(entry);
      continue;
    }
    const key = JSON.stringify([
      entry.freq,
      entry.interval,
      entry.dtstart,
      entry.validFrom,
      entry.validTo,
      entry.opensAt,
      entry.closesAt,
      entry.mode,
      entry.description,
      entry.notes,
    ]);
    const at = byKey.get(key);
    const previous = at === undefined ? undefined : merged[at];
    if (at === undefined || !previous) {
      byKey.set(key, merged.length);
      merged.push(entry);
      continue;
    }
    const days = [...previous.byDay];
    for (const day of entry.byDay)
      if (!days.some((known) => known.day === day.day && known.ordinal === day.ordinal))
        days.push(day);
    merged[at] = { ...previous, byDay: days };
  }
  return merged;
}

function mapV1(service: OrukV1Service): Activity {
  const id = idOf(service.id) as string;
  const name = given(service.name);
  if (!name) throw new InvalidOrukRecord('name: missing');
  const locations = locationsOf(service);
  const mode = modeOf(service.attending_type) ?? defaultModeOf(locations);
  const entries: Schedule[] = (service.regular_schedules ?? []).map((raw, index) => {
    const path = `regular_schedules.${index}`;
    const base = scheduleBase(raw, path);
    const weekday = weekdayOf(raw.weekday, `${path}.weekday`);
    const byDay = base.byDay.length > 0 || !weekday ? base.byDay : [{ day: weekday }];
    return { id: idOf(raw.id) ?? `${id}#schedule-${index}`, ...base, byDay, mode };
  });
  // A single venue is where every in-person session happens.
  const onlyVenue = locations.length === 1 ? locations[0]?.id : undefined;
  const schedules = mergeWeekdays(entries).map((schedule) =>
    onlyVenue && schedule.mode === 'in-person' ? { ...schedule, locationId: onlyVenue } : schedule,
  );
  const modes = schedules.length > 0 || locations.length > 0 ? [mode] : [];

  // v1 writes a missing bound as 0 or 120: both mean "no limit".
  let minimumAge: number | undefined;
  let maximumAge: number | undefined;
  (service.eligibilitys ?? []).forEach((raw, index) => {
    const low = numberOf(raw.minimum_age, `eligibilitys.${index}.minimum_age`);
    const high = numberOf(raw.maximum_age, `eligibilitys.${index}.maximum_age`);
    agesOf(low, high);
    if (low !== undefined && low > 0) minimumAge = Math.min(minimumAge ?? low, low);
    if (high !== undefined && high < 120) maximumAge = Math.max(maximumAge ?? high, high);
  });
  agesOf(minimumAge, maximumAge);

  const costOptions = service.cost_options ?? [];
  const costs =
    costOptions.length > 0
      ? costOptions.flatMap((raw, index) => {
          const cost = costOf(raw, `cost_options.${index}`);
          return cost ? [cost] : [];
        })
      : costsFromFees(service.fees);

  const organisation = service.organization;
  const organisationId = idOf(organisation?.id);
  const organisationUrl = httpUrl(organisation?.url ?? organisation?.website);

  return {
    id,
    name,
    ...sharedServiceFields(service, {
      id: organisationId,
      name: organisation?.name,
      url: organisationUrl,
    }),
    taxonomyTermIds: unique(
      (service.service_taxonomys ?? []).map(
        (link) => idOf(link.taxonomy?.id) ?? idOf(link.taxonomy_id),
      ),
    ),
    locations,
    modes,
    schedules,
    costs,
    eligibility: {
      ...(minimumAge !== undefined ? { minimumAge } : {}),
      ...(maximumAge !== undefined ? { maximumAge } : {}),
    },
    languages: unique((service.languages ?? []).map((raw) => languageOf(raw.language))),
  };
}

/**
 * Maps one ORUK v1 service (as v1 `/services/{id}` returns it) to an
 * Activity: `regular_schedules` merged back into multi-day schedules,
 * `eligibilitys` bounds of 0 and 120 read as "no limit", the service's
 * `attending_type` as every schedule's mode, `fees` parsed when there are no
 * `cost_options`. Throws {@link InvalidOrukRecord} like `fromOrukV3Service`.
 */
export function fromOrukV1Service(raw: unknown): Activity {
  return mapRecord(raw, orukV1ServiceSchema, mapV1);
}
