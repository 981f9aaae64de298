import {
  dateOfBirthFromParts,
  errorMessage,
  validateReferral,
  type ContactChannel,
  type ContactTime,
  type Locale,
  type ReferralSource,
  type Taxonomy,
  type ValidationError,
} from '@linkwork/core';

/**
 * What the form holds while someone fills it in: the answers as typed
 * (strings, date parts), before validation turns them into a `Referral`.
 * Plain JSON, so it can be kept as an opt-in draft.
 */
export interface ReferralDraft {
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
  readonly contactTimes: readonly ContactTime[];
  readonly reasons: readonly string[];
  readonly notes: string;
}

export const emptyDraft: ReferralDraft = {
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
  contactTimes: [],
  reasons: [],
  notes: '',
};

/** The validation path each answer feeds. */
export const DRAFT_PATHS: { readonly [K in keyof ReferralDraft]: string } = {
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
  contactTimes: 'patient.contactTimes',
  reasons: 'reasons',
  notes: 'notes',
};

export interface DraftContext {
  readonly source: ReferralSource;
  readonly locale: Locale;
  readonly taxonomy?: Taxonomy;
  readonly minimumAge?: number;
  readonly now?: () => Date;
}

/** The referral-shaped value of a draft, as validation reads it (unknown until validated). */
export function draftToReferralInput(draft: ReferralDraft, context: DraftContext): unknown {
  const dob = dateOfBirthFromParts(draft.dateOfBirth, {
    ...(context.minimumAge === undefined ? {} : { minimumAge: context.minimumAge }),
    ...(context.now ? { now: context.now } : {}),
  });
  const lines = draft.addressLines
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
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
      contactTimes: draft.contactTimes,
    },
    reasons: draft.reasons,
    notes: draft.notes,
  };
}

/**
 * Every problem with the draft, in form order: validation of the whole
 * referral (so cross-field rules apply), with the date of birth judged from
 * the three boxes as typed.
 */
export function draftErrors(draft: ReferralDraft, context: DraftContext): ValidationError[] {
  const result = validateReferral(draftToReferralInput(draft, context), {
    locale: context.locale,
    ...(context.taxonomy ? { taxonomy: context.taxonomy } : {}),
    ...(context.minimumAge === undefined ? {} : { minimumAge: context.minimumAge }),
    ...(context.now ? { now: context.now } : {}),
  });
  if (result.ok) return [];
  const dob = dateOfBirthFromParts(draft.dateOfBirth, {
    ...(context.minimumAge === undefined ? {} : { minimumAge: context.minimumAge }),
    ...(context.now ? { now: context.now } : {}),
  });
  return result.errors.map((error) =>
    error.path === 'patient.dateOfBirth' && !dob.ok
      ? {
          path: error.path,
          code: dob.code,
          message: errorMessage(
            error.path,
            dob.code,
            { minimumAge: context.minimumAge ?? 18, maxAge: 120 },
            context.locale,
            context.source,
          ),
        }
      : error,
  );
}
