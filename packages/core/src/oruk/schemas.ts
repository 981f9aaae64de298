/**
 * Shapes of raw Open Referral UK records, v1 and v3, checked before mapping.
 * Lenient where real feeds are: every field but the service's id and name may
 * be missing or `null`, ids may be numbers, numbers may arrive as strings,
 * and unknown fields are ignored. Strict about types that would make the
 * mapping guess: an array must be an array, a name a string.
 */
import '../zod.js';
import * as z from 'zod/mini';

const text = z.nullish(z.string());
/** Ids: strings, or numbers as some v1 feeds send them. */
const id = z.union([z.string().check(z.minLength(1)), z.number()]);
/** A number, or a string holding one (`"52.6"`), as some feeds serialise decimals. */
const numeric = z.nullish(z.union([z.number(), z.string()]));
const list = <T extends z.core.SomeType>(item: T) => z.nullish(z.array(item));

const accessibilityV3 = z.object({
  accessibility: text,
  description: text,
  details: text,
});

const addressV3 = z.object({
  address_1: text,
  address_2: text,
  city: text,
  postal_code: text,
  address_type: text,
});

const locationV3 = z.object({
  id: z.nullish(id),
  location_type: text,
  name: text,
  latitude: numeric,
  longitude: numeric,
  addresses: list(addressV3),
  accessibility: list(accessibilityV3),
});

const phone = z.object({ number: text, description: text });

const contact = z.object({
  name: text,
  title: text,
  email: text,
  phones: list(phone),
});

const costOption = z.object({
  option: text,
  amount: numeric,
  currency: text,
  amount_description: text,
});

const scheduleCommon = {
  id: z.nullish(id),
  freq: text,
  interval: numeric,
  byday: text,
  bymonthday: z.nullish(z.union([z.string(), z.number()])),
  dtstart: text,
  valid_from: text,
  valid_to: text,
  opens_at: text,
  closes_at: text,
  description: text,
};

const scheduleV3 = z.object({
  ...scheduleCommon,
  service_at_location_id: z.nullish(id),
  location_id: z.nullish(id),
  attending_type: text,
  notes: text,
});

const serviceCommon = {
  id,
  name: z.string(),
  description: text,
  url: text,
  email: text,
  status: text,
  alert: text,
  application_process: text,
  last_modified: text,
  contacts: list(contact),
  cost_options: list(costOption),
};

/** A service as ORUK v3 `/services/{id}` returns it (the fields Linkwork reads). */
export const orukV3ServiceSchema = z.object({
  ...serviceCommon,
  minimum_age: numeric,
  maximum_age: numeric,
  eligibility_description: text,
  organization: z.nullish(z.object({ id: z.nullish(id), name: text, website: text, url: text })),
  organization_id: z.nullish(id),
  service_at_locations: list(
    z.object({ id: z.nullish(id), location_id: z.nullish(id), location: z.nullish(locationV3) }),
  ),
  schedules: list(scheduleV3),
  languages: list(z.object({ code: text, name: text })),
  attributes: list(
    z.object({
      taxonomy_term_id: z.nullish(id),
      taxonomy_term: z.nullish(z.object({ id: z.nullish(id) })),
    }),
  ),
});

export type OrukV3Service = z.infer<typeof orukV3ServiceSchema>;

const locationV1 = z.object({
  id: z.nullish(id),
  name: text,
  latitude: numeric,
  longitude: numeric,
  physical_addresses: list(addressV3),
  accessibility_for_disabilities: list(z.object({ accessibility: text, details: text })),
});

/** A service as ORUK v1 `/services/{id}` returns it (the fields Linkwork reads). */
export const orukV1ServiceSchema = z.object({
  ...serviceCommon,
  fees: text,
  attending_type: text,
  organization: z.nullish(z.object({ id: z.nullish(id), name: text, url: text, website: text })),
  eligibilitys: list(z.object({ eligibility: text, minimum_age: numeric, maximum_age: numeric })),
  regular_schedules: list(
    z.object({ ...scheduleCommon, weekday: z.nullish(z.union([z.number(), z.string()])) }),
  ),
  service_at_locations: list(z.object({ id: z.nullish(id), location: z.nullish(locationV1) })),
  languages: list(z.object({ language: text })),
  service_taxonomys: list(
    z.object({
      taxonomy_id: z.nullish(id),
      taxonomy: z.nullish(z.object({ id: z.nullish(id) })),
    }),
  ),
});

export type OrukV1Service = z.infer<typeof orukV1ServiceSchema>;

/** One page of a v3 list endpoint. */
export const orukV3PageSchema = z.object({
  total_items: z.nullish(z.number()),
  total_pages: z.nullish(z.number()),
  page_number: z.nullish(z.number()),
  size: z.nullish(z.number()),
  last_page: z.nullish(z.boolean()),
  empty: z.nullish(z.boolean()),
  contents: z.array(z.unknown()),
});

/** One page of a v1 list endpoint. */
export const orukV1PageSchema = z.object({
  totalElements: z.nullish(z.number()),
  totalPages: z.nullish(z.number()),
  number: z.nullish(z.number()),
  size: z.nullish(z.number()),
  last: z.nullish(z.boolean()),
  empty: z.nullish(z.boolean()),
  content: z.array(z.unknown()),
});

/**
 * The first problem zod found, as a short reason with its path
 * (`schedules: wrong type`, `name: missing`). Never quotes the value.
 */
export function describeIssue(error: z.core.$ZodError, raw: unknown): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid record';
  let value: unknown = raw;
  for (const key of issue.path)
    value =
      typeof value === 'object' && value !== null
        ? (value as Record<PropertyKey, unknown>)[key]
        : undefined;
  const path = issue.path.map(String).join('.');
  const reason =
    issue.code === 'invalid_type' || issue.code === 'invalid_union'
      ? value === undefined || value === null
        ? 'missing'
        : 'wrong type'
      : issue.message;
  return path ? `${path}: ${reason}` : reason;
}
