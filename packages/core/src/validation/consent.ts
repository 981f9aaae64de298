/**
 * Validation of a consent record: on its own (`validateConsent`) and as the
 * `consent` of a referral (`readConsent`, used by `validateReferral`). Its
 * English messages come with it, so a page that validates only consent does
 * not carry the referral's.
 */
import { itemKey, StandingItems, type AgreedParts } from '../consent/items.js';
import { DEFAULT_LOCALE, type Locale } from '../locale.js';
import { addMessages } from '../messages/catalogue.js';
import { consentValidationEn } from '../messages/validation/consent.en.js';
import type {
  Consent,
  ConsentGivenBy,
  ConsentItem,
  ContactChannel,
  ContactTime,
  PartialWithdrawal,
  ReferralSource,
  Withdrawn,
} from '../model/referral.js';
import { checkDateTime, dateTimeToEpochMs } from './dates.js';
import { CONSENT_FIELDS } from './consent-fields.js';
import { fieldOrderOf } from './field-order.js';
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
  slot,
  valueOf,
  type Read,
  type ValidationResult,
} from './read.js';
import {
  CONSENT_GIVERS,
  CONSENT_ITEM_TYPES,
  CONSENT_METHODS,
  CONTACT_CHANNELS,
  CONTACT_TIMES,
  PROXY_AUTHORITIES,
} from './values.js';

addMessages(consentValidationEn);

/** Form order of a consent record's fields. */
export const consentFieldOrder = fieldOrderOf(CONSENT_FIELDS);

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

const SHA256_HEX = /^[0-9a-f]{64}$/i;

/** What consent rules need to know about the referral around it. */
export interface ConsentContext {
  readonly source: ReferralSource | undefined;
  readonly submittedAtMs: number | undefined;
  readonly allowWithdrawn: boolean;
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

function readWithdrawn(
  findings: Findings,
  raw: unknown,
  allowed: boolean,
): Read<Withdrawn | undefined> {
  if (isAbsent(raw)) return ABSENT;
  if (!allowed) {
    findings.add('consent.withdrawn', 'not-allowed');
    return INVALID;
  }
  const record = readObject(slot(findings, 'consent.withdrawn'), raw, true);
  if (!record.ok) return INVALID;
  const at = readString(
    slot(findings, 'consent.withdrawn.at'),
    record.value.at,
    true,
    checkDateTime,
  );
  const by = readString(slot(findings, 'consent.withdrawn.by'), record.value.by, true);
  const values = all({ at, by });
  return values ? found(values) : INVALID;
}

function readItem(findings: Findings, raw: unknown, w: number, i: number): Read<ConsentItem> {
  const indexes = [w, i];
  const params = { withdrawal: w + 1, item: i + 1 };
  const object = readObject(
    { findings, field: 'consent.partialWithdrawals.N.items.N', indexes, params },
    raw,
    true,
  );
  if (!object.ok) return INVALID;
  const type = readEnum(
    { findings, field: 'consent.partialWithdrawals.N.items.N.type', indexes, params },
    object.value.type,
    true,
    CONSENT_ITEM_TYPES,
  );
  if (!type.ok) return INVALID;
  switch (type.value) {
    case 'partner': {
      const name = readString(
        { findings, field: 'consent.partialWithdrawals.N.items.N.name', indexes, params },
        object.value.name,
        true,
      );
      return name.ok ? found({ type: 'partner', name: name.value }) : INVALID;
    }
    case 'contactBy': {
      const channel = readEnum(
        { findings, field: 'consent.partialWithdrawals.N.items.N.channel', indexes, params },
        object.value.channel,
        true,
        CONTACT_CHANNELS,
      );
      return channel.ok ? found({ type: 'contactBy', channel: channel.value }) : INVALID;
    }
    default:
      return found({ type: type.value });
  }
}

function readPartialWithdrawals(
  findings: Findings,
  raw: unknown,
  allowed: boolean,
): Read<PartialWithdrawal[] | undefined> {
  if (isAbsent(raw) || (Array.isArray(raw) && raw.length === 0)) return ABSENT;
  if (!allowed) {
    findings.add('consent.partialWithdrawals', 'not-allowed');
    return INVALID;
  }
  return readArray(slot(findings, 'consent.partialWithdrawals'), raw, false, (entry, w) => {
    const params = { withdrawal: w + 1 };
    const object = readObject(
      { findings, field: 'consent.partialWithdrawals.N', indexes: [w], params },
      entry,
      true,
    );
    if (!object.ok) return INVALID;
    const at = readString(
      { findings, field: 'consent.partialWithdrawals.N.at', indexes: [w], params },
      object.value.at,
      true,
      checkDateTime,
    );
    const by = readString(
      { findings, field: 'consent.partialWithdrawals.N.by', indexes: [w], params },
      object.value.by,
      true,
    );
    const items = readArray(
      { findings, field: 'consent.partialWithdrawals.N.items', indexes: [w], params },
      object.value.items,
      true,
      (item, i) => readItem(findings, item, w, i),
    );
    const values = all({ at, by, items });
    return values ? found(values) : INVALID;
  });
}

/**
 * The rules of withdrawals against the record: none before consent was given,
 * no part withdrawn after the whole consent was, and each part withdrawn
 * agreed to and still standing (not withdrawn before, on its own or with all
 * sharing). Runs only on fields that are valid on their own.
 */
function checkWithdrawals(
  findings: Findings,
  record: {
    readonly parts: Read<AgreedParts>;
    readonly atMs: number | undefined;
    readonly withdrawn: Read<Withdrawn | undefined>;
    readonly partialWithdrawals: Read<PartialWithdrawal[] | undefined>;
  },
): void {
  const { atMs } = record;
  const withdrawn = valueOf(record.withdrawn);
  const withdrawnMs = withdrawn ? dateTimeToEpochMs(withdrawn.at) : undefined;
  if (withdrawnMs !== undefined && atMs !== undefined && withdrawnMs < atMs) {
    findings.add('consent.withdrawn.at', 'before-consent');
  }
  const partial = valueOf(record.partialWithdrawals) ?? [];
  const parts = valueOf(record.parts);
  const standing = parts ? new StandingItems(parts) : undefined;
  partial.forEach((withdrawal, w) => {
    const params = { withdrawal: w + 1 };
    const ms = dateTimeToEpochMs(withdrawal.at);
    if (ms !== undefined && atMs !== undefined && ms < atMs) {
      findings.add('consent.partialWithdrawals.N.at', 'before-consent', [w], params);
    } else if (ms !== undefined && withdrawnMs !== undefined && ms > withdrawnMs) {
      findings.add('consent.partialWithdrawals.N.at', 'after-withdrawal', [w], params);
    }
    if (!standing) return;
    const seen = new Set<string>();
    withdrawal.items.forEach((item, i) => {
      const itemParams = { withdrawal: w + 1, item: i + 1 };
      const field = 'consent.partialWithdrawals.N.items.N';
      if (!standing.wasAgreed(item)) findings.add(field, 'not-agreed', [w, i], itemParams);
      else if (!standing.stands(item) || seen.has(itemKey(item))) {
        findings.add(field, 'already-withdrawn', [w, i], itemParams);
      }
      seen.add(itemKey(item));
    });
    withdrawal.items.forEach((item) => standing.withdraw(item));
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
  const recordedBy = readString(
    slot(findings, 'consent.recordedBy'),
    input.recordedBy,
    methodValue === 'verbal' || methodValue === 'written',
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
  const withdrawn = readWithdrawn(findings, input.withdrawn, context.allowWithdrawn);
  const partialWithdrawals = readPartialWithdrawals(
    findings,
    input.partialWithdrawals,
    context.allowWithdrawn,
  );
  const parts = all({ shareWithProviders, partners, contactBy, followUp, shareOutcomeWithGp });
  checkWithdrawals(findings, {
    parts: parts ? found(parts) : INVALID,
    atMs,
    withdrawn,
    partialWithdrawals,
  });

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

/**
 * Validates and normalises a consent record on its own (paths as in a
 * referral: `consent.at`, `consent.givenBy.name`). Rules that depend on the
 * referral apply when `options` gives what they need: `source`,
 * `submittedAt`. Messages are worded for the patient when `source` is `self`.
 *
 * With `allowWithdrawn`, withdrawals are checked against the record: each
 * part withdrawn must have been agreed and still stand, and no withdrawal
 * may come before consent was given or a part after the whole was withdrawn.
 */
export function validateConsent(
  input: unknown,
  options: ConsentValidationOptions = {},
): ValidationResult<Consent> {
  const findings = new Findings(consentFieldOrder);
  const submittedAt =
    options.submittedAt === undefined ? undefined : dateTimeToEpochMs(options.submittedAt);
  if (options.submittedAt !== undefined && submittedAt === undefined) {
    throw new RangeError('submittedAt must be an RFC 3339 date-time');
  }
  const { consent } = readConsent(findings, input, {
    source: options.source,
    submittedAtMs: submittedAt,
    allowWithdrawn: options.allowWithdrawn ?? false,
  });
  if (consent.ok && findings.empty) return { ok: true, value: consent.value };
  return {
    ok: false,
    errors: findings.errors(options.locale ?? DEFAULT_LOCALE, options.source ?? 'staff'),
  };
}
