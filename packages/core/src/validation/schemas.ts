/**
 * zod/mini schemas of the referral records in their plain JSON shape
 * (test/fixtures/README.md, "Referrals" → "Shape"): structure and JSON types
 * only. The rules that give people reasons (NHS number check digits, contact
 * details for the chosen channels…) are in `validateReferral`, which also
 * normalises; every value it accepts parses with {@link ReferralSchema}.
 *
 * The interfaces in `model/referral.ts` stay the documented types; the
 * compile-time checks at the end of this module fail `tsc` if a schema and
 * its interface ever describe different shapes.
 */
import type * as Model from '../model/referral.js';
import '../zod.js';
import * as z from 'zod/mini';
import {
  CONSENT_GIVERS,
  CONSENT_METHODS,
  CONTACT_CHANNELS,
  CONTACT_TIMES,
  GENDERS,
  PROXY_AUTHORITIES,
  REFERRAL_SOURCES,
  URGENCIES,
} from './values.js';

/** How a patient agrees to be contacted. */
export const ContactChannelSchema = z.enum(CONTACT_CHANNELS);
/** When a patient prefers to be contacted. */
export const ContactTimeSchema = z.enum(CONTACT_TIMES);
/** Who made the referral: practice staff, or the patient themselves. */
export const ReferralSourceSchema = z.enum(REFERRAL_SOURCES);
export const GenderSchema = z.enum(GENDERS);
/** How consent was taken. */
export const ConsentMethodSchema = z.enum(CONSENT_METHODS);
/** The legal basis on which a proxy consents. */
export const ProxyAuthoritySchema = z.enum(PROXY_AUTHORITIES);
export const UrgencySchema = z.enum(URGENCIES);
/** Who gave consent. */
export const ConsentGivenByTypeSchema = z.enum(CONSENT_GIVERS);

const strings = z.readonly(z.array(z.string()));

export const AddressSchema = z.readonly(
  z.object({
    lines: z.optional(strings),
    town: z.optional(z.string()),
    postcode: z.string(),
  }),
);

export const PatientSchema = z.readonly(
  z.object({
    givenName: z.string(),
    familyName: z.string(),
    dateOfBirth: z.string(),
    nhsNumber: z.optional(z.string()),
    gender: z.optional(GenderSchema),
    address: AddressSchema,
    phone: z.optional(z.string()),
    email: z.optional(z.string()),
    preferredContact: ContactChannelSchema,
    contactTimes: z.optional(z.readonly(z.array(ContactTimeSchema))),
    language: z.optional(z.string()),
    interpreterNeeded: z.optional(z.boolean()),
    accessibilityNeeds: z.optional(z.string()),
  }),
);

export const ReferrerSchema = z.readonly(
  z.object({
    name: z.string(),
    role: z.string(),
    organisationOdsCode: z.string(),
    email: z.string(),
    phone: z.optional(z.string()),
  }),
);

export const ConsentGivenBySchema = z.discriminatedUnion('type', [
  z.readonly(z.object({ type: z.literal('patient') })),
  z.readonly(
    z.object({
      type: z.literal('proxy'),
      name: z.string(),
      relationship: z.string(),
      authority: ProxyAuthoritySchema,
    }),
  ),
  z.readonly(
    z.object({ type: z.literal('best-interests'), decisionMaker: z.string(), reason: z.string() }),
  ),
]);

/** One part of a consent that can be withdrawn on its own. */
export const ConsentItemSchema = z.discriminatedUnion('type', [
  z.readonly(z.object({ type: z.literal('shareWithProviders') })),
  z.readonly(z.object({ type: z.literal('partner'), name: z.string() })),
  z.readonly(z.object({ type: z.literal('contactBy'), channel: ContactChannelSchema })),
  z.readonly(z.object({ type: z.literal('followUp') })),
  z.readonly(z.object({ type: z.literal('shareOutcomeWithGp') })),
]);

/** The whole consent withdrawn. */
export const WithdrawnSchema = z.readonly(z.object({ at: z.string(), by: z.string() }));

/** Parts of a consent withdrawn at one time. */
export const PartialWithdrawalSchema = z.readonly(
  z.object({ at: z.string(), by: z.string(), items: z.readonly(z.array(ConsentItemSchema)) }),
);

/** A withdrawal as asked of a backend: the whole consent, or only `items`. */
export const WithdrawalRequestSchema = z.readonly(
  z.object({
    at: z.string(),
    by: z.string(),
    items: z.optional(z.readonly(z.array(ConsentItemSchema))),
  }),
);

export const ConsentSchema = z.readonly(
  z.object({
    referral: z.boolean(),
    shareWithProviders: z.boolean(),
    partners: z.optional(
      z.readonly(z.array(z.readonly(z.object({ name: z.string(), agreed: z.boolean() })))),
    ),
    contactBy: z.readonly(z.array(ContactChannelSchema)),
    contactTimes: z.optional(z.readonly(z.array(ContactTimeSchema))),
    followUp: z.optional(z.boolean()),
    shareOutcomeWithGp: z.optional(z.boolean()),
    givenBy: ConsentGivenBySchema,
    method: ConsentMethodSchema,
    recordedBy: z.optional(z.string()),
    at: z.string(),
    textVersion: z.string(),
    textSha256: z.string(),
    withdrawn: z.optional(WithdrawnSchema),
    partialWithdrawals: z.optional(z.readonly(z.array(PartialWithdrawalSchema))),
  }),
);

export const RiskSchema = z.readonly(
  z.object({
    safeguardingConcern: z.optional(z.boolean()),
    loneWorkingRisk: z.optional(z.boolean()),
    details: z.optional(z.string()),
  }),
);

export const ReferralSchema = z.readonly(
  z.object({
    source: ReferralSourceSchema,
    submittedAt: z.string(),
    patient: PatientSchema,
    referrer: z.optional(ReferrerSchema),
    reasons: strings,
    activities: z.optional(strings),
    notes: z.optional(z.string()),
    urgency: z.optional(UrgencySchema),
    risk: z.optional(RiskSchema),
    consent: ConsentSchema,
  }),
);

// ---------------------------------------------------------------------------
// Compile-time proof that the schemas and the model interfaces agree.

type Plain<T> = T extends readonly (infer U)[]
  ? Plain<U>[]
  : T extends object
    ? { -readonly [K in keyof T]: Plain<T[K]> }
    : T;
/** `true` only when A and B are the same type once `readonly` is set aside. */
type Same<A, B> =
  (<T>() => T extends Plain<A> ? 1 : 2) extends <T>() => T extends Plain<B> ? 1 : 2 ? true : false;
type Check<T extends true> = T;

export type SchemaMatchesModel = [
  Check<Same<z.infer<typeof AddressSchema>, Model.Address>>,
  Check<Same<z.infer<typeof PatientSchema>, Model.Patient>>,
  Check<Same<z.infer<typeof ReferrerSchema>, Model.Referrer>>,
  Check<Same<z.infer<typeof ConsentGivenBySchema>, Model.ConsentGivenBy>>,
  Check<Same<z.infer<typeof ConsentItemSchema>, Model.ConsentItem>>,
  Check<Same<z.infer<typeof WithdrawnSchema>, Model.Withdrawn>>,
  Check<Same<z.infer<typeof PartialWithdrawalSchema>, Model.PartialWithdrawal>>,
  Check<Same<z.infer<typeof WithdrawalRequestSchema>, Model.WithdrawalRequest>>,
  Check<Same<z.infer<typeof ConsentSchema>, Model.Consent>>,
  Check<Same<z.infer<typeof RiskSchema>, Model.Risk>>,
  Check<Same<z.infer<typeof ReferralSchema>, Model.Referral>>,
  Check<Same<z.infer<typeof ContactChannelSchema>, Model.ContactChannel>>,
  Check<Same<z.infer<typeof ContactTimeSchema>, Model.ContactTime>>,
  Check<Same<z.infer<typeof ReferralSourceSchema>, Model.ReferralSource>>,
  Check<Same<z.infer<typeof GenderSchema>, Model.Gender>>,
  Check<Same<z.infer<typeof ConsentMethodSchema>, Model.ConsentMethod>>,
  Check<Same<z.infer<typeof ProxyAuthoritySchema>, Model.ProxyAuthority>>,
];
