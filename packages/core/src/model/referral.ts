/**
 * The referral and consent records, in the plain JSON shape the shared
 * fixtures use (fixtures/README.md, "Referrals"). Validation
 * (`validateReferral`) decides whether an unknown value is one of these.
 *
 * These interfaces are the documented types. The zod/mini schemas in
 * `validation/schemas.ts` describe the same shapes, and a compile-time check
 * there (`SchemaMatchesModel`) fails `tsc` if the two ever differ.
 */

export type ContactChannel = 'phone' | 'text' | 'email' | 'letter';
export type ContactTime = 'morning' | 'afternoon' | 'evening';
export type ReferralSource = 'staff' | 'self';
export type Gender = 'female' | 'male' | 'other' | 'unknown';
export type ConsentMethod = 'verbal' | 'written' | 'online';
export type ProxyAuthority = 'lasting-power-of-attorney' | 'parent' | 'other';

export interface Address {
  readonly lines?: readonly string[];
  readonly town?: string;
  readonly postcode: string;
}

export interface Patient {
  readonly givenName: string;
  readonly familyName: string;
  /** `YYYY-MM-DD`. */
  readonly dateOfBirth: string;
  /** Ten digits; required for staff referrals. */
  readonly nhsNumber?: string;
  readonly gender?: Gender;
  readonly address: Address;
  readonly phone?: string;
  readonly email?: string;
  readonly preferredContact: ContactChannel;
  readonly contactTimes?: readonly ContactTime[];
  /** BCP 47 tag (`cy`, `bfi` for British Sign Language). */
  readonly language?: string;
  readonly interpreterNeeded?: boolean;
  readonly accessibilityNeeds?: string;
}

export interface Referrer {
  readonly name: string;
  readonly role: string;
  /** ODS code of the referring organisation (`C99001`). */
  readonly organisationOdsCode: string;
  readonly email: string;
  readonly phone?: string;
}

export type ConsentGivenBy =
  | { readonly type: 'patient' }
  | {
      readonly type: 'proxy';
      readonly name: string;
      readonly relationship: string;
      readonly authority: ProxyAuthority;
    }
  | { readonly type: 'best-interests'; readonly decisionMaker: string; readonly reason: string };

/**
 * One part of a consent that can be withdrawn on its own. The referral itself
 * is not one: every other part serves it, so withdrawing it is withdrawing the
 * whole consent (`Consent.withdrawn`).
 */
export type ConsentItem =
  | { readonly type: 'shareWithProviders' }
  | { readonly type: 'partner'; readonly name: string }
  | { readonly type: 'contactBy'; readonly channel: ContactChannel }
  | { readonly type: 'followUp' }
  | { readonly type: 'shareOutcomeWithGp' };

/** Which parts of a consent were withdrawn, when, and by whom (or who recorded it). */
export interface PartialWithdrawal {
  /** RFC 3339 date-time. */
  readonly at: string;
  readonly by: string;
  /** At least one part, each agreed to and not withdrawn before. */
  readonly items: readonly ConsentItem[];
}

/** The whole consent withdrawn: when, and by whom (or who recorded it). */
export interface Withdrawn {
  /** RFC 3339 date-time. */
  readonly at: string;
  readonly by: string;
}

/** A withdrawal as asked of a backend: the whole consent, or only `items` of it. */
export interface WithdrawalRequest extends Withdrawn {
  /** The parts withdrawn; absent means the whole consent. */
  readonly items?: readonly ConsentItem[];
}

/**
 * A consent record. What the person agreed to is never changed afterwards:
 * withdrawals are added beside it (`partialWithdrawals`, then `withdrawn`),
 * so the record stays evidence of what was agreed and when each part ended.
 * `consentInForce` derives what it permits now.
 */
export interface Consent {
  /** Agreed to be referred to the social prescribing service: must be true. */
  readonly referral: boolean;
  /** Agreed to share details with the link worker's partner organisations. */
  readonly shareWithProviders: boolean;
  /** One choice per named partner organisation. */
  readonly partners?: readonly { readonly name: string; readonly agreed: boolean }[];
  readonly contactBy: readonly ContactChannel[];
  /** When the person agreed to be contacted; absent means at any time. */
  readonly contactTimes?: readonly ContactTime[];
  readonly followUp?: boolean;
  readonly shareOutcomeWithGp?: boolean;
  readonly givenBy: ConsentGivenBy;
  readonly method: ConsentMethod;
  /** Who recorded verbal or written consent. */
  readonly recordedBy?: string;
  /** RFC 3339 date-time. */
  readonly at: string;
  /** Version of the consent wording shown (`cy-2026-09`). */
  readonly textVersion: string;
  /** SHA-256 (hex) of that wording, UTF-8. */
  readonly textSha256: string;
  /** The whole consent withdrawn; nothing stands after it. */
  readonly withdrawn?: Withdrawn;
  /** Parts withdrawn, one entry per withdrawal, oldest first. */
  readonly partialWithdrawals?: readonly PartialWithdrawal[];
}

export interface Risk {
  readonly safeguardingConcern?: boolean;
  readonly loneWorkingRisk?: boolean;
  readonly details?: string;
}

export interface Referral {
  readonly source: ReferralSource;
  /** RFC 3339 date-time with `Z` or an offset. */
  readonly submittedAt: string;
  readonly patient: Patient;
  /** Required for staff referrals; absent for self-referrals. */
  readonly referrer?: Referrer;
  /** Needs taxonomy term ids, at least one. */
  readonly reasons: readonly string[];
  /** Shortlisted directory service ids. */
  readonly activities?: readonly string[];
  readonly notes?: string;
  readonly urgency?: 'routine' | 'urgent';
  readonly risk?: Risk;
  readonly consent: Consent;
}

/** What a backend answers when it has stored a referral. */
export interface Receipt {
  /** The reference the patient and link worker quote (`LW-7K3P-9QX2`). */
  readonly reference: string;
  /** RFC 3339 date-time. */
  readonly receivedAt: string;
}
