/** Open Referral UK v3 service → Activity. */
import type * as z from 'zod/mini';
import type { Activity, ActivityLocation, AttendanceMode, Schedule } from '../model/activity.js';
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
  orderedModes,
  pointOf,
  scheduleBase,
  unique,
  sharedServiceFields,
} from './fields.js';
import { describeIssue, orukV3ServiceSchema, type OrukV3Service } from './schemas.js';

/** The id of a raw record, when it has a usable one, for reporting. */
export function rawIdOf(raw: unknown): string | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const value = (raw as { id?: unknown }).id;
  return typeof value === 'string' || typeof value === 'number' ? idOf(value) : undefined;
}

function locationsOf(service: OrukV3Service): {
  locations: ActivityLocation[];
  locationBySal: Map<string, string>;
} {
  const locations = new Map<string, ActivityLocation>();
  const locationBySal = new Map<string, string>();
  (service.service_at_locations ?? []).forEach((sal, index) => {
    const path = `service_at_locations.${index}.location`;
    const raw = sal.location;
    if (!raw) return;
    const type = given(raw.location_type)?.toLowerCase();
    if (type !== undefined && type !== 'physical') return;
    const id = idOf(raw.id) ?? idOf(sal.location_id) ?? `${String(service.id)}#location-${index}`;
    const salId = idOf(sal.id);
    if (salId) locationBySal.set(salId, id);
    const point = pointOf(raw.latitude, raw.longitude, path);
    if (locations.has(id)) return;
    const address = (raw.addresses ?? []).find((item) => {
      const kind = given(item.address_type)?.toLowerCase();
      return kind === undefined || kind === 'physical';
    });
    const accessibility = (raw.accessibility ?? []).flatMap((item) => {
      const feature = given(item.accessibility) ?? given(item.description);
      if (!feature) return [];
      const description = given(item.accessibility) ? given(item.description) : given(item.details);
      return [{ feature, ...(description ? { description } : {}) }];
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
  return { locations: [...locations.values()], locationBySal };
}

/** The attendance mode a schedule has when the feed does not say. */
export function defaultModeOf(locations: readonly ActivityLocation[]): AttendanceMode {
  return locations.length > 0 ? 'in-person' : 'online';
}

/** Maps a service already checked against {@link orukV3ServiceSchema}. */
function mapV3(service: OrukV3Service): Activity {
  const id = idOf(service.id) as string;
  const name = given(service.name);
  if (!name) throw new InvalidOrukRecord('name: missing');
  const { locations, locationBySal } = locationsOf(service);
  const fallbackMode = defaultModeOf(locations);
  const schedules: Schedule[] = (service.schedules ?? []).map((raw, index) => {
    const path = `schedules.${index}`;
    const base = scheduleBase(raw, path);
    const salId = idOf(raw.service_at_location_id);
    const locationId = (salId ? locationBySal.get(salId) : undefined) ?? idOf(raw.location_id);
    const notes = given(raw.notes);
    return {
      id: idOf(raw.id) ?? `${id}#schedule-${index}`,
      ...base,
      mode: modeOf(raw.attending_type) ?? fallbackMode,
      ...(locationId ? { locationId } : {}),
      ...(notes ? { notes } : {}),
    };
  });
  const modes = orderedModes(schedules.map((schedule) => schedule.mode));
  if (modes.length === 0 && locations.length > 0) modes.push('in-person');

  const minimumAge = numberOf(service.minimum_age, 'minimum_age');
  const maximumAge = numberOf(service.maximum_age, 'maximum_age');
  agesOf(minimumAge, maximumAge);
  const eligibilityDescription = given(service.eligibility_description);

  const organisation = service.organization;
  const organisationId = idOf(organisation?.id) ?? idOf(service.organization_id);
  const organisationUrl = httpUrl(organisation?.website ?? organisation?.url);

  return {
    id,
    name,
    ...sharedServiceFields(service, {
      id: organisationId,
      name: organisation?.name,
      url: organisationUrl,
    }),
    taxonomyTermIds: unique(
      (service.attributes ?? []).map(
        (attribute) => idOf(attribute.taxonomy_term_id) ?? idOf(attribute.taxonomy_term?.id),
      ),
    ),
    locations,
    modes,
    schedules,
    costs: (service.cost_options ?? []).flatMap((raw, index) => {
      const cost = costOf(raw, `cost_options.${index}`);
      return cost ? [cost] : [];
    }),
    eligibility: {
      ...(minimumAge !== undefined ? { minimumAge } : {}),
      ...(maximumAge !== undefined ? { maximumAge } : {}),
      ...(eligibilityDescription ? { description: eligibilityDescription } : {}),
    },
    languages: unique((service.languages ?? []).map((raw) => languageOf(raw.code, raw.name))),
  };
}

/**
 * Maps one ORUK v3 service (as `/services/{id}` returns it) to an Activity.
 * Throws {@link InvalidOrukRecord} when the record cannot be one: wrong
 * types, a missing name, an unknown status or frequency, coordinates out of
 * range, a bad date or weekday, a negative price or age.
 */
export function fromOrukV3Service(raw: unknown): Activity {
  return mapRecord(raw, orukV3ServiceSchema, mapV3);
}

/**
 * Checks a raw record against its dialect's schema and maps it, so that every
 * failure, in the check or in the mapping, is an {@link InvalidOrukRecord}
 * carrying the record's id when it has one.
 */
export function mapRecord<T>(
  raw: unknown,
  schema: z.ZodMiniType<T>,
  map: (record: T) => Activity,
): Activity {
  const id = rawIdOf(raw);
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new InvalidOrukRecord(describeIssue(parsed.error, raw), id);
  try {
    return map(parsed.data);
  } catch (error) {
    if (error instanceof InvalidOrukRecord && error.id === undefined)
      throw new InvalidOrukRecord(error.reason, id);
    throw error;
  }
}
