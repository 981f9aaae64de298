import type { ContactChannel } from '@linkwork/core';
import type { ReferralDraft, YesNo } from './draft.js';

/** The validation path each answer feeds (with the prefill: only reading one needs them). */
export const DRAFT_PATHS: { readonly [K in keyof ReferralDraft]: string } = {
  referrerName: 'referrer.name',
  referrerRole: 'referrer.role',
  referrerOdsCode: 'referrer.organisationOdsCode',
  referrerEmail: 'referrer.email',
  referrerPhone: 'referrer.phone',
  givenName: 'patient.givenName',
  familyName: 'patient.familyName',
  dateOfBirth: 'patient.dateOfBirth',
  nhsNumber: 'patient.nhsNumber',
  addressLines: 'patient.address.lines',
  town: 'patient.address.town',
  postcode: 'patient.address.postcode',
  phone: 'patient.phone',
  email: 'patient.email',
  preferredContact: 'patient.preferredContact',
  reasons: 'reasons',
  notes: 'notes',
  urgency: 'urgency',
  safeguardingConcern: 'risk.safeguardingConcern',
  loneWorkingRisk: 'risk.loneWorkingRisk',
  riskDetails: 'risk.details',
  language: 'patient.language',
  interpreterNeeded: 'patient.interpreterNeeded',
  accessibilityNeeds: 'patient.accessibilityNeeds',
  activities: 'activities',
  activityNames: 'activities',
  consent: 'consent',
  contactTimes: 'patient.contactTimes',
};

/**
 * What a portal already knows, in the shape of a `Referral` (every field
 * optional): the patient from the record, the referrer from the signed-in
 * user. Each field is checked on its own; a bad one is reported and left out.
 */
export interface ReferralPrefill {
  readonly patient?: {
    readonly givenName?: string;
    readonly familyName?: string;
    /** `YYYY-MM-DD`. */
    readonly dateOfBirth?: string;
    readonly nhsNumber?: string;
    readonly address?: {
      readonly lines?: readonly string[];
      readonly town?: string;
      readonly postcode?: string;
    };
    readonly phone?: string;
    readonly email?: string;
    readonly preferredContact?: ContactChannel;
    readonly language?: string;
    readonly interpreterNeeded?: boolean;
    readonly accessibilityNeeds?: string;
  };
  readonly referrer?: {
    readonly name?: string;
    readonly role?: string;
    readonly organisationOdsCode?: string;
    readonly email?: string;
    readonly phone?: string;
  };
  readonly reasons?: readonly string[];
  readonly notes?: string;
  readonly urgency?: 'routine' | 'urgent';
  readonly activities?: readonly string[];
}

/** A prefilled field that was left out, and why (`type`, or the validation code). */
export interface PrefillProblem {
  /** The field's path in the prefill (`patient.nhsNumber`). */
  readonly path: string;
  readonly code: string;
}

type Reader = (value: unknown) => Partial<ReferralDraft> | undefined;

const text =
  (key: keyof ReferralDraft): Reader =>
  (value) =>
    typeof value === 'string' ? { [key]: value } : undefined;

const texts =
  (key: 'reasons' | 'activities'): Reader =>
  (value) =>
    Array.isArray(value) && value.every((item) => typeof item === 'string')
      ? { [key]: [...(value as string[])] }
      : undefined;

const yesNo =
  (key: 'interpreterNeeded'): Reader =>
  (value) =>
    typeof value === 'boolean' ? { [key]: (value ? 'yes' : 'no') satisfies YesNo } : undefined;

const oneOf =
  <K extends 'preferredContact' | 'urgency'>(key: K, allowed: readonly string[]): Reader =>
  (value) =>
    typeof value === 'string' && allowed.includes(value) ? { [key]: value } : undefined;

/** Where each prefill field goes in the draft, and how it is read. */
const FIELDS: readonly (readonly [path: string, read: Reader])[] = [
  ['referrer.name', text('referrerName')],
  ['referrer.role', text('referrerRole')],
  ['referrer.organisationOdsCode', text('referrerOdsCode')],
  ['referrer.email', text('referrerEmail')],
  ['referrer.phone', text('referrerPhone')],
  ['patient.givenName', text('givenName')],
  ['patient.familyName', text('familyName')],
  [
    'patient.dateOfBirth',
    (value) => {
      const match = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
      if (!match) return undefined;
      const [, year = '', month = '', day = ''] = match;
      return { dateOfBirth: { day: String(Number(day)), month: String(Number(month)), year } };
    },
  ],
  ['patient.nhsNumber', text('nhsNumber')],
  [
    'patient.address.lines',
    (value) =>
      Array.isArray(value) && value.every((line) => typeof line === 'string')
        ? { addressLines: value.join('\n') }
        : undefined,
  ],
  ['patient.address.town', text('town')],
  ['patient.address.postcode', text('postcode')],
  ['patient.phone', text('phone')],
  ['patient.email', text('email')],
  ['patient.preferredContact', oneOf('preferredContact', ['phone', 'text', 'email', 'letter'])],
  ['patient.language', text('language')],
  ['patient.interpreterNeeded', yesNo('interpreterNeeded')],
  ['patient.accessibilityNeeds', text('accessibilityNeeds')],
  ['reasons', texts('reasons')],
  ['notes', text('notes')],
  ['urgency', oneOf('urgency', ['routine', 'urgent'])],
  ['activities', texts('activities')],
];

function at(input: unknown, path: string): unknown {
  let value = input;
  for (const key of path.split('.')) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/**
 * Reads a portal's prefill field by field: each present field of the right
 * type becomes an answer; any other is a problem (`type`) and is left out.
 * Anything that is not an object is one problem at the root.
 */
export function readPrefill(input: unknown): {
  readonly values: Partial<ReferralDraft>;
  readonly problems: PrefillProblem[];
} {
  if (input === undefined || input === null) return { values: {}, problems: [] };
  if (typeof input !== 'object' || Array.isArray(input))
    return { values: {}, problems: [{ path: '', code: 'type' }] };
  let values: Partial<ReferralDraft> = {};
  const problems: PrefillProblem[] = [];
  for (const [path, read] of FIELDS) {
    const value = at(input, path);
    if (value === undefined) continue;
    const answer = read(value);
    if (answer) values = { ...values, ...answer };
    else problems.push({ path, code: 'type' });
  }
  return { values, problems };
}

/** The draft keys whose validation path is `path` or contains it (`patient.address` → lines, town, postcode). */
export function draftKeysAt(path: string): (keyof ReferralDraft)[] {
  return (Object.keys(DRAFT_PATHS) as (keyof ReferralDraft)[]).filter((key) => {
    const own = DRAFT_PATHS[key];
    return path === own || path.startsWith(`${own}.`);
  });
}
