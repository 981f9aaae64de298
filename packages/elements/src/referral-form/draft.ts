import {
  dateOfBirthFromParts,
  validateReferralStart,
  validationMessage,
  type Consent,
  type ContactChannel,
  type ContactTime,
  type Locale,
  type Referral,
  type ReferralSource,
  type Taxonomy,
  type ValidationError,
  type validateReferralAgainst,
} from '@linkwork/core';

/** A yes/no question not yet answered is `''`. */
export type YesNo = 'yes' | 'no' | '';

/**
 * What the form holds while someone fills it in: the answers as typed
 * (strings, date parts), before validation turns them into a `Referral`.
 * Plain JSON, so it can be kept as an opt-in draft.
 */
export interface ReferralDraft {
  readonly referrerName: string;
  readonly referrerRole: string;
  readonly referrerOdsCode: string;
  readonly referrerEmail: string;
  readonly referrerPhone: string;
  readonly givenName: string;
  readonly familyName: string;
  readonly dateOfBirth: { readonly day: string; readonly month: string; readonly year: string };
  readonly nhsNumber: string;
  readonly addressLines: string;
  readonly town: string;
  readonly postcode: string;
  readonly phone: string;
  readonly email: string;
  readonly preferredContact: ContactChannel | '';
  readonly reasons: readonly string[];
  readonly notes: string;
  readonly urgency: 'routine' | 'urgent' | '';
  readonly safeguardingConcern: YesNo;
  readonly loneWorkingRisk: YesNo;
  readonly riskDetails: string;
  /** BCP 47 tag of the language the patient prefers, `''` for English. */
  readonly language: string;
  readonly interpreterNeeded: YesNo;
  readonly accessibilityNeeds: string;
  /** Shortlisted directory service ids. */
  readonly activities: readonly string[];
  /** Their names, for check your answers (not sent). */
  readonly activityNames: Readonly<Record<string, string>>;
  /** The consent record from the consent step, once given. */
  readonly consent: Consent | undefined;
  /** When the patient may be contacted, as agreed on the consent step. */
  readonly contactTimes: readonly ContactTime[];
}

export const emptyDraft: ReferralDraft = {
  referrerName: '',
  referrerRole: '',
  referrerOdsCode: '',
  referrerEmail: '',
  referrerPhone: '',
  givenName: '',
  familyName: '',
  dateOfBirth: { day: '', month: '', year: '' },
  nhsNumber: '',
  addressLines: '',
  town: '',
  postcode: '',
  phone: '',
  email: '',
  preferredContact: '',
  reasons: [],
  notes: '',
  urgency: '',
  safeguardingConcern: '',
  loneWorkingRisk: '',
  riskDetails: '',
  language: '',
  interpreterNeeded: '',
  accessibilityNeeds: '',
  activities: [],
  activityNames: {},
  consent: undefined,
  contactTimes: [],
};

/**
 * The answers the first steps (referrer, patient) ask; the rest are the later
 * steps', whose rules come with them (`later-steps.ts`). `DRAFT_PATHS` says
 * the same by path (a test keeps the two in step).
 */
export const FIRST_STEP_ANSWERS: ReadonlySet<keyof ReferralDraft> = new Set([
  'referrerName',
  'referrerRole',
  'referrerOdsCode',
  'referrerEmail',
  'referrerPhone',
  'givenName',
  'familyName',
  'dateOfBirth',
  'nhsNumber',
]);

/**
 * Judges needs while the default taxonomy is still on its way (it comes with
 * the later steps): no need is known yet, so none can pass for valid. The form
 * waits for the default before it judges needs it was given (prefill, draft).
 */
export const NO_TERMS: Taxonomy = { id: '', name: '', version: '', terms: [] };

export interface DraftContext {
  readonly source: ReferralSource;
  readonly locale: Locale;
  /** The needs a referral can name: the host's, or the default once loaded. */
  readonly taxonomy: Taxonomy | undefined;
  readonly minimumAge?: number;
  readonly now?: () => Date;
}

const yesNo = (answer: YesNo): boolean | undefined =>
  answer === 'yes' ? true : answer === 'no' ? false : undefined;

/** Drops keys whose value is `undefined` or `''`: an unanswered optional question is absent. */
function answered<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([, answer]) => answer !== undefined && answer !== ''),
  ) as Partial<T>;
}

type DateOfBirth = ReturnType<typeof dateOfBirthFromParts>;

/** The referral-shaped value of a draft, as validation reads it (unknown until validated). */
function draftToReferralInput(
  draft: ReferralDraft,
  context: DraftContext,
  dob: DateOfBirth,
): unknown {
  const lines = draft.addressLines
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const risk = answered({
    safeguardingConcern: yesNo(draft.safeguardingConcern),
    loneWorkingRisk: yesNo(draft.loneWorkingRisk),
    details: draft.riskDetails.trim(),
  });
  return {
    source: context.source,
    submittedAt: (context.now?.() ?? new Date()).toISOString(),
    patient: {
      givenName: draft.givenName,
      familyName: draft.familyName,
      // An unreadable date is reported from its parts (below), not from this placeholder.
      dateOfBirth: dob.ok ? dob.value : '',
      nhsNumber: draft.nhsNumber,
      address: { lines, town: draft.town, postcode: draft.postcode },
      phone: draft.phone,
      email: draft.email,
      preferredContact: draft.preferredContact,
      ...answered({
        contactTimes: draft.contactTimes.length > 0 ? draft.contactTimes : undefined,
        language: draft.language,
        interpreterNeeded: yesNo(draft.interpreterNeeded),
        accessibilityNeeds: draft.accessibilityNeeds.trim(),
      }),
    },
    ...(context.source === 'staff'
      ? {
          referrer: {
            name: draft.referrerName,
            role: draft.referrerRole,
            organisationOdsCode: draft.referrerOdsCode,
            email: draft.referrerEmail,
            ...answered({ phone: draft.referrerPhone }),
          },
        }
      : {}),
    reasons: draft.reasons,
    ...answered({
      notes: draft.notes,
      urgency: draft.urgency,
      activities: draft.activities.length > 0 ? draft.activities : undefined,
      risk: Object.keys(risk).length > 0 ? risk : undefined,
    }),
    consent: draft.consent,
  };
}

/** The validated referral, or every problem with the draft in form order. */
export type DraftResult =
  | { readonly ok: true; readonly referral: Referral }
  | { readonly ok: false; readonly errors: ValidationError[] };

/** Full referral validation (`validateReferralAgainst`), which comes with the later steps. */
export type ReferralRules = typeof validateReferralAgainst;

/**
 * Validates the whole draft as a referral (so cross-field rules apply), with
 * the date of birth judged from the three boxes as typed. Without `rules`
 * (they come with the later steps) only the start of the referral is judged
 * (`validateReferralStart`): the same errors as the whole when the later
 * steps' answers are empty, which the form makes sure of before it relies on
 * this (it waits for the rules to judge any such answer).
 */
export function checkDraft(
  draft: ReferralDraft,
  context: DraftContext,
  rules?: ReferralRules,
): DraftResult {
  const dobRules = {
    ...(context.minimumAge === undefined ? {} : { minimumAge: context.minimumAge }),
    ...(context.now ? { now: context.now } : {}),
  };
  const dob = dateOfBirthFromParts(draft.dateOfBirth, dobRules);
  const options = { locale: context.locale, ...dobRules };
  const input = draftToReferralInput(draft, context, dob);
  const result = rules
    ? rules(input, context.taxonomy ?? NO_TERMS, options)
    : { ok: false as const, errors: validateReferralStart(input, options) };
  if (result.ok) return { ok: true, referral: result.value };
  return {
    ok: false,
    errors: result.errors.map((error) =>
      error.path === 'patient.dateOfBirth' && !dob.ok
        ? {
            path: error.path,
            code: dob.code,
            message: validationMessage(
              error.path,
              dob.code,
              { minimumAge: context.minimumAge ?? 18, maxAge: 120 },
              context.locale,
              context.source,
            ),
          }
        : error,
    ),
  };
}
