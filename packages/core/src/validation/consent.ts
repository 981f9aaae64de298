/**
 * Validation of a new consent: on its own (`validateNewConsent`) and as the
 * `consent` of a referral (`readConsent`, used by `validateReferral` and, with
 * a withdrawals reader, by `validateConsent`). Its English messages come with
 * it, so a page that validates only consent does not carry the referral's.
 */
import type { AgreedParts } from '../consent/items.js';
import { DEFAULT_LOCALE, type Locale } from '../locale.js';
import { addMessages } from '../messages/catalogue.js';
import { consentValidationEn } from '../messages/validation/consent.en.js';
import type {
  Consent,
  ConsentGivenBy,
  ContactChannel,
  ContactTime,
  PartialWithdrawal,
  ReferralSource,
  Withdrawn,
} from '../model/referral.js';
import { checkDateTime, dateTimeToEpochMs } from './dates.js';
import { NEW_CONSENT_FIELDS } from './consent-fields.js';
import { fieldOrderOf } from './field-order.js';
import { NAME_MAX_LENGTH } from './text.js';
import {
  ABSENT,
  all,
  compact,
  Findings,
  found,
  INVALID,
  isAbsent,
  readArray,
  readBoolean,
  readEnum,
  readObject,
  readString,
  readText,
  slot,
  valueOf,
  type Read,
  type ValidationResult,
} from './read.js';
import {
  CONSENT_GIVERS,
  CONSENT_METHODS,
  CONTACT_CHANNELS,
  CONTACT_TIMES,
  PROXY_AUTHORITIES,
} from './values.js';

addMessages(consentValidationEn);

/** Form order of a new consent's fields. */
const newConsentFieldOrder = fieldOrderOf(NEW_CONSENT_FIELDS);

/** Options for {@link validateConsent}. */
export interface ConsentValidationOptions {
  /** Language of the error messages. */
  readonly locale?: Locale;
  /**
   * Who is referring. Source-dependent rules (method `online` for
   * self-referrals, `verbal` or `written` for staff; best interests decisions
   * for staff only) apply only when this is given.
   */
  readonly source?: ReferralSource;
  /** When the referral is sent (RFC 3339); when given, consent must not be after it. */
  readonly submittedAt?: string;
  /**
   * Accept (and validate) withdrawals (`withdrawn`, `partialWithdrawals`), for
   * consents already on file. Default false: a new consent cannot be withdrawn.
   */
  readonly allowWithdrawn?: boolean;
}

/** Options for {@link validateNewConsent}: as `validateConsent`'s, without withdrawals. */
export type NewConsentValidationOptions = Omit<ConsentValidationOptions, 'allowWithdrawn'>;

/** The referral's time as epoch milliseconds, or a RangeError for a malformed one. */
export function submittedAtMs(submittedAt: string | undefined): number | undefined {
  if (submittedAt === undefined) return undefined;
  const ms = dateTimeToEpochMs(submittedAt);
  if (ms === undefined) throw new RangeError('submittedAt must be an RFC 3339 date-time');
  return ms;
}

/**
 * Validates and normalises a new consent on its own, exactly as
 * `validateConsent` does without `allowWithdrawn`: a withdrawal in it is
 * `not-allowed`. It carries no withdrawal rules or their messages, so a form
 * that takes consent stays small.
 */
export function validateNewConsent(
  input: unknown,
  options: NewConsentValidationOptions = {},
): ValidationResult<Consent> {
  const findings = new Findings(newConsentFieldOrder);
  const { consent } = readConsent(findings, input, {
    source: options.source,
    submittedAtMs: submittedAtMs(options.submittedAt),
  });
  if (consent.ok && findings.empty) return { ok: true, value: consent.value };
  return {
    ok: false,
    errors: findings.errors(options.locale ?? DEFAULT_LOCALE, options.source ?? 'staff'),
  };
}

const SHA256_HEX = /^[0-9a-f]{64}$/i;

/** Reads a record's withdrawals and checks them against what it agreed (see `consent-record.ts`). */
export type WithdrawalsReader = (
  findings: Findings,
  input: Record<string, unknown>,
  record: { readonly parts: Read<AgreedParts>; readonly atMs: number | undefined },
) => {
  readonly withdrawn: Read<Withdrawn | undefined>;
  readonly partialWithdrawals: Read<PartialWithdrawal[] | undefined>;
};

/** What consent rules need to know about the referral around it. */
export interface ConsentContext {
  readonly source: ReferralSource | undefined;
  readonly submittedAtMs: number | undefined;
  /** Reads withdrawals, for a consent on file; without it a withdrawal is `not-allowed`. */
  readonly withdrawals?: WithdrawalsReader;
}

/** A withdrawal on a new consent: reported as not allowed when present. */
function notAllowed(
  findings: Findings,
  field: 'consent.withdrawn' | 'consent.partialWithdrawals',
  raw: unknown,
): Read<undefined> {
  if (isAbsent(raw) || (Array.isArray(raw) && raw.length === 0)) return ABSENT;
  findings.add(field, 'not-allowed');
  return INVALID;
}

/** A consent read, with the fields the referral's cross-field rules look at. */
export interface ConsentRead {
  readonly consent: Read<Consent>;
  readonly contactBy: Read<ContactChannel[]>;
  readonly contactTimes: Read<ContactTime[] | undefined>;
}

function readGivenBy(
  findings: Findings,
  raw: unknown,
  context: ConsentContext,
): Read<ConsentGivenBy> {
  const object = readObject(slot(findings, 'consent.givenBy'), raw, true);
  if (!object.ok) return INVALID;
  const given = object.value;
  const type = readEnum(slot(findings, 'consent.givenBy.type'), given.type, true, CONSENT_GIVERS);
  if (!type.ok) return INVALID;
  switch (type.value) {
    case 'patient':
      return found({ type: 'patient' });
    case 'proxy': {
      const name = readString(slot(findings, 'consent.givenBy.name'), given.name, true);
      const relationship = readString(
        slot(findings, 'consent.givenBy.relationship'),
        given.relationship,
        true,
      );
      const authority = readEnum(
        slot(findings, 'consent.givenBy.authority'),
        given.authority,
        true,
        PROXY_AUTHORITIES,
      );
      const proxy = all({ name, relationship, authority });
      return proxy ? found({ type: 'proxy', ...proxy }) : INVALID;
    }
    case 'best-interests': {
      const decisionMaker = readString(
        slot(findings, 'consent.givenBy.decisionMaker'),
        given.decisionMaker,
        true,
      );
      const reason = readString(slot(findings, 'consent.givenBy.reason'), given.reason, true);
      if (context.source === 'self') {
        findings.add('consent.givenBy.type', 'not-allowed');
        return INVALID;
      }
      const decision = all({ decisionMaker, reason });
      return decision ? found({ type: 'best-interests', ...decision }) : INVALID;
    }
  }
}

function readPartners(
  findings: Findings,
  raw: unknown,
): Read<{ name: string; agreed: boolean }[] | undefined> {
  return readArray(slot(findings, 'consent.partners'), raw, false, (item, index) => {
    const object = readObject(slot(findings, 'consent.partners.N', [index]), item, true);
    if (!object.ok) return INVALID;
    const params = { item: index + 1 };
    const name = readString(
      { findings, field: 'consent.partners.N.name', indexes: [index], params },
      object.value.name,
      true,
    );
    const agreed = readBoolean(
      { findings, field: 'consent.partners.N.agreed', indexes: [index], params },
      object.value.agreed,
      true,
    );
    const partner = all({ name, agreed });
    return partner ? found(partner) : INVALID;
  });
}

/** Reads the `consent` of a referral, or a consent record on its own. */
export function readConsent(
  findings: Findings,
  raw: unknown,
  context: ConsentContext,
): ConsentRead {
  const object = readObject(slot(findings, 'consent'), raw, true);
  if (!object.ok) return { consent: INVALID, contactBy: INVALID, contactTimes: INVALID };
  const input = object.value;

  const referral = readBoolean(slot(findings, 'consent.referral'), input.referral, true);
  if (referral.ok && !referral.value) findings.add('consent.referral', 'must-be-true');
  const shareWithProviders = readBoolean(
    slot(findings, 'consent.shareWithProviders'),
    input.shareWithProviders,
    true,
  );
  const partners = readPartners(findings, input.partners);
  const contactBy = readArray(
    slot(findings, 'consent.contactBy'),
    input.contactBy,
    true,
    (item, index) =>
      readEnum(slot(findings, 'consent.contactBy.N', [index]), item, true, CONTACT_CHANNELS),
  );
  const contactTimes = readArray(
    slot(findings, 'consent.contactTimes'),
    input.contactTimes,
    false,
    (item, index) =>
      readEnum(slot(findings, 'consent.contactTimes.N', [index]), item, true, CONTACT_TIMES),
  );
  const followUp = readBoolean(slot(findings, 'consent.followUp'), input.followUp, false);
  const shareOutcomeWithGp = readBoolean(
    slot(findings, 'consent.shareOutcomeWithGp'),
    input.shareOutcomeWithGp,
    false,
  );
  const givenBy = readGivenBy(findings, input.givenBy, context);

  const method = readEnum(slot(findings, 'consent.method'), input.method, true, CONSENT_METHODS);
  const methodValue = valueOf(method);
  if (
    methodValue &&
    ((context.source === 'self' && methodValue !== 'online') ||
      (context.source === 'staff' && methodValue === 'online'))
  ) {
    findings.add('consent.method', 'not-allowed');
  }
  const recordedBy = readText(
    slot(findings, 'consent.recordedBy'),
    input.recordedBy,
    methodValue === 'verbal' || methodValue === 'written',
    NAME_MAX_LENGTH,
  );

  const at = readString(slot(findings, 'consent.at'), input.at, true, checkDateTime);
  const atMs = at.ok ? dateTimeToEpochMs(at.value) : undefined;
  if (atMs !== undefined && context.submittedAtMs !== undefined && atMs > context.submittedAtMs) {
    findings.add('consent.at', 'after-submission');
  }
  const textVersion = readString(slot(findings, 'consent.textVersion'), input.textVersion, true);
  const textSha256 = readString(
    slot(findings, 'consent.textSha256'),
    input.textSha256,
    true,
    (value) => {
      const hex = value.trim().toLowerCase();
      return SHA256_HEX.test(hex) ? { ok: true, value: hex } : { ok: false, code: 'format' };
    },
  );
  const parts = all({ shareWithProviders, partners, contactBy, followUp, shareOutcomeWithGp });
  const { withdrawn, partialWithdrawals } = context.withdrawals
    ? context.withdrawals(findings, input, { parts: parts ? found(parts) : INVALID, atMs })
    : {
        withdrawn: notAllowed(findings, 'consent.withdrawn', input.withdrawn),
        partialWithdrawals: notAllowed(
          findings,
          'consent.partialWithdrawals',
          input.partialWithdrawals,
        ),
      };

  const values = all({
    referral,
    shareWithProviders,
    partners,
    contactBy,
    contactTimes,
    followUp,
    shareOutcomeWithGp,
    givenBy,
    method,
    recordedBy,
    at,
    textVersion,
    textSha256,
    withdrawn,
    partialWithdrawals,
  });
  // Cross-field rules (must-be-true, not-allowed, after-submission…) leave the reads themselves valid.
  if (!values || !findings.empty) return { consent: INVALID, contactBy, contactTimes };
  return { consent: found(compact<Consent>(values)), contactBy, contactTimes };
}
