/**
 * What the REST adapter accepts from the server, as zod/mini schemas that
 * mirror packages/core/openapi.json. Lenient to fields they do not know
 * (those are dropped), strict about the ones components rely on.
 */
import '../zod.js';
import * as z from 'zod/mini';
import type { Activity, GeoPoint } from '../model/activity.js';
import type { Receipt, Referral } from '../model/referral.js';
import type { ConsentReceipt, Page } from '../backend/backend.js';
import type { FieldError } from '../backend/errors.js';

const text = z.string();
const nonEmpty = z.string().check(z.minLength(1));
const optionalText = z.optional(text);
const weekday = z.enum(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']);
const attendanceMode = z.enum(['in-person', 'online', 'phone', 'home-visit']);
const contactChannel = z.enum(['phone', 'text', 'email', 'letter']);

const geoPoint = z.object({
  lat: z.number().check(z.minimum(-90), z.maximum(90)),
  lng: z.number().check(z.minimum(-180), z.maximum(180)),
});

const activityLocation = z.object({
  id: text,
  name: optionalText,
  addressLines: z.array(text),
  town: optionalText,
  postcode: optionalText,
  point: z.optional(geoPoint),
  accessibility: z.array(z.object({ feature: text, description: optionalText })),
});

const schedule = z.object({
  id: text,
  freq: z.enum(['WEEKLY', 'MONTHLY']),
  interval: z.int().check(z.minimum(1)),
  byDay: z.array(z.object({ day: weekday, ordinal: z.optional(z.int()) })),
  byMonthDay: z.array(z.int()),
  dtstart: optionalText,
  validFrom: optionalText,
  validTo: optionalText,
  opensAt: optionalText,
  closesAt: optionalText,
  mode: attendanceMode,
  locationId: optionalText,
  description: optionalText,
  notes: optionalText,
});

const cost = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('free'), label: optionalText, description: optionalText }),
  z.object({
    kind: z.literal('fixed'),
    amountPence: z.int().check(z.minimum(0)),
    label: optionalText,
    description: optionalText,
  }),
  z.object({ kind: z.literal('pay-what-you-can'), label: optionalText, description: optionalText }),
]);

const activity = z.object({
  id: nonEmpty,
  name: text,
  organisation: z.object({ id: optionalText, name: text, url: optionalText }),
  description: text,
  status: z.enum(['active', 'inactive', 'temporarily-closed', 'defunct']),
  alert: optionalText,
  taxonomyTermIds: z.array(text),
  locations: z.array(activityLocation),
  modes: z.array(attendanceMode),
  schedules: z.array(schedule),
  costs: z.array(cost),
  eligibility: z.object({
    minimumAge: z.optional(z.number()),
    maximumAge: z.optional(z.number()),
    description: optionalText,
  }),
  languages: z.array(text),
  url: optionalText,
  email: optionalText,
  contacts: z.array(
    z.object({
      name: optionalText,
      title: optionalText,
      email: optionalText,
      phones: z.array(z.object({ number: text, description: optionalText })),
    }),
  ),
  applicationProcess: optionalText,
  lastModified: optionalText,
});

const pageFields = {
  total: z.int().check(z.minimum(0)),
  page: z.int().check(z.minimum(1)),
  size: z.int().check(z.minimum(1)),
  distances: z.optional(z.record(z.string(), z.number().check(z.minimum(0)))),
};

const receipt = z.object({ reference: nonEmpty, receivedAt: nonEmpty });

const consent = z.object({
  referral: z.boolean(),
  shareWithProviders: z.boolean(),
  partners: z.optional(z.array(z.object({ name: text, agreed: z.boolean() }))),
  contactBy: z.array(contactChannel),
  contactTimes: z.optional(z.array(z.enum(['morning', 'afternoon', 'evening']))),
  followUp: z.optional(z.boolean()),
  shareOutcomeWithGp: z.optional(z.boolean()),
  givenBy: z.discriminatedUnion('type', [
    z.object({ type: z.literal('patient') }),
    z.object({
      type: z.literal('proxy'),
      name: text,
      relationship: text,
      authority: z.enum(['lasting-power-of-attorney', 'parent', 'other']),
    }),
    z.object({ type: z.literal('best-interests'), decisionMaker: text, reason: text }),
  ]),
  method: z.enum(['verbal', 'written', 'online']),
  recordedBy: optionalText,
  at: text,
  textVersion: text,
  textSha256: text,
  withdrawn: z.optional(z.object({ at: text, by: text })),
  partialWithdrawals: z.optional(
    z.array(
      z.object({
        at: text,
        by: text,
        items: z.array(
          z.discriminatedUnion('type', [
            z.object({ type: z.literal('shareWithProviders') }),
            z.object({ type: z.literal('partner'), name: text }),
            z.object({ type: z.literal('contactBy'), channel: contactChannel }),
            z.object({ type: z.literal('followUp') }),
            z.object({ type: z.literal('shareOutcomeWithGp') }),
          ]),
        ),
      }),
    ),
  ),
});

const referral = z.object({
  source: z.enum(['staff', 'self']),
  submittedAt: text,
  patient: z.object({
    givenName: text,
    familyName: text,
    dateOfBirth: text,
    nhsNumber: optionalText,
    gender: z.optional(z.enum(['female', 'male', 'other', 'unknown'])),
    address: z.object({ lines: z.optional(z.array(text)), town: optionalText, postcode: text }),
    phone: optionalText,
    email: optionalText,
    preferredContact: contactChannel,
    contactTimes: z.optional(z.array(z.enum(['morning', 'afternoon', 'evening']))),
    language: optionalText,
    interpreterNeeded: z.optional(z.boolean()),
    accessibilityNeeds: optionalText,
  }),
  referrer: z.optional(
    z.object({
      name: text,
      role: text,
      organisationOdsCode: text,
      email: text,
      phone: optionalText,
    }),
  ),
  reasons: z.array(text),
  activities: z.optional(z.array(text)),
  notes: optionalText,
  urgency: z.optional(z.enum(['routine', 'urgent'])),
  risk: z.optional(
    z.object({
      safeguardingConcern: z.optional(z.boolean()),
      loneWorkingRisk: z.optional(z.boolean()),
      details: optionalText,
    }),
  ),
  consent,
});

/** A stored referral in a link worker's inbox (`GET /referrals`). */
export interface ReferralRecord extends Receipt {
  readonly referral: Referral;
}

/** The parsers the adapter uses; each returns `undefined` and the problem paths when the body does not fit. */
type Parse<T> = (
  value: unknown,
) =>
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly paths: readonly string[] };

function parser<T>(schema: z.ZodMiniType<T>): Parse<T> {
  return (value) => {
    const result = schema.safeParse(value);
    if (result.success) return { ok: true, value: result.data };
    // Paths only: issues' messages could quote what the server sent.
    const paths = result.error.issues.map((issue) => issue.path.map(String).join('.') || '(root)');
    return { ok: false, paths: [...new Set(paths)] };
  };
}

/** An Activity. */
export const parseActivity: Parse<Activity> = parser(activity);
/** A page of activities. */
export const parseActivityPage: Parse<Page<Activity>> = parser(
  z.object({ items: z.array(activity), ...pageFields }),
);
/** A referral Receipt. */
export const parseReceipt: Parse<Receipt> = parser(receipt);
/** A ConsentReceipt. */
export const parseConsentReceipt: Parse<ConsentReceipt> = parser(
  z.object({ id: nonEmpty, recordedAt: nonEmpty }),
);
/** `{ point }` from `POST /geocode`. */
export const parseGeocodeResult: Parse<{ point: GeoPoint }> = parser(z.object({ point: geoPoint }));
/** A page of the referrals inbox. */
export const parseReferralPage: Parse<Page<ReferralRecord>> = parser(
  z.object({
    items: z.array(z.object({ reference: nonEmpty, receivedAt: nonEmpty, referral })),
    ...pageFields,
  }),
);

/**
 * The field errors of a 422 problem document, as given: entries without a
 * string `path` and `code` are dropped; a missing message becomes the code.
 */
export function parseFieldErrors(body: unknown): FieldError[] {
  if (typeof body !== 'object' || body === null) return [];
  const errors = (body as { errors?: unknown }).errors;
  if (!Array.isArray(errors)) return [];
  const out: FieldError[] = [];
  for (const entry of errors as unknown[]) {
    if (typeof entry !== 'object' || entry === null) continue;
    const { path, code, message } = entry as Record<string, unknown>;
    if (typeof path !== 'string' || typeof code !== 'string' || code === '') continue;
    out.push({
      path,
      code,
      message: typeof message === 'string' && message !== '' ? message : code,
    });
  }
  return out;
}
