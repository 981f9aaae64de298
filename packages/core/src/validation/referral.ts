import { DEFAULT_LOCALE, type Locale } from '../locale.js';
import { addMessages } from '../messages/catalogue.js';
import { referralValidationEn } from '../messages/validation/referral.en.js';
import type {
  Address,
  ContactChannel,
  ContactTime,
  Patient,
  Referral,
  ReferralSource,
  Risk,
} from '../model/referral.js';
import type { Taxonomy } from '../model/taxonomy.js';
import { defaultTaxonomy } from '../taxonomy/default.js';
import { hasTerm } from '../taxonomy/terms.js';
import { dateTimeToEpochMs } from './dates.js';
import { checkEmail } from './email.js';
import { readConsent, type ConsentRead } from './consent.js';
import { fieldOrder } from './fields.js';
import { checkLanguageTag } from './language-tag.js';
import { checkUkPhone, isMobile } from './phone.js';
import { checkPostcode } from './postcode.js';
import {
  ABSENT,
  all,
  compact,
  Findings,
  found,
  INVALID,
  readArray,
  readBoolean,
  readEnum,
  readObject,
  readString,
  readText,
  slot,
  valueOf,
  type Read,
  type ValidationError,
  type ValidationResult,
} from './read.js';
import { audienceOf, readPatientIdentity, readReferrer, readSending } from './referral-start.js';
import { CONTACT_CHANNELS, CONTACT_TIMES, URGENCIES } from './values.js';

addMessages(referralValidationEn);

/** The longest `notes`, in characters. */
export const NOTES_MAX_LENGTH = 2000;
/** The longest `patient.accessibilityNeeds`, in characters. */
export const ACCESSIBILITY_NEEDS_MAX_LENGTH = 500;
/** The longest `risk.details`, in characters. */
export const RISK_DETAILS_MAX_LENGTH = 2000;
/** The most address lines. */
export const ADDRESS_MAX_LINES = 4;
/** The longest address line, in characters. */
export const ADDRESS_LINE_MAX_LENGTH = 100;

/** Options for {@link validateReferral}. */
export interface ReferralValidationOptions {
  /** Language of the error messages (English until that locale is loaded: see `loadLocale`). */
  readonly locale?: Locale;
  /** Youngest age, in whole years, a patient may be referred at. Default 18. */
  readonly minimumAge?: number;
  /** Taxonomy that `reasons` must come from. Default: the Linkwork needs taxonomy. */
  readonly taxonomy?: Taxonomy;
  /** The clock for date of birth rules. Default: the system clock. */
  readonly now?: () => Date;
}

interface PatientRead {
  readonly patient: Read<Patient>;
  readonly phone: Read<string | undefined>;
  readonly email: Read<string | undefined>;
  readonly preferredContact: Read<ContactChannel>;
  readonly address: Read<Address>;
  readonly lines: Read<string[] | undefined>;
  readonly contactTimes: Read<ContactTime[] | undefined>;
}

function readLines(findings: Findings, raw: unknown): Read<string[] | undefined> {
  if (Array.isArray(raw) && raw.length > ADDRESS_MAX_LINES) {
    findings.add('patient.address.lines', 'too-long', [], { max: ADDRESS_MAX_LINES });
    return INVALID;
  }
  return readArray(slot(findings, 'patient.address.lines'), raw, false, (item, index) =>
    readText(
      { findings, field: 'patient.address.lines.N', indexes: [index], params: { line: index + 1 } },
      item,
      true,
      ADDRESS_LINE_MAX_LENGTH,
    ),
  );
}

function readAddress(
  findings: Findings,
  raw: unknown,
): { address: Read<Address>; lines: Read<string[] | undefined> } {
  const object = readObject(slot(findings, 'patient.address'), raw, true);
  if (!object.ok) return { address: INVALID, lines: INVALID };
  const input = object.value;
  const lines = readLines(findings, input.lines);
  const town = readText(
    slot(findings, 'patient.address.town'),
    input.town,
    false,
    ADDRESS_LINE_MAX_LENGTH,
  );
  const postcode = readString(
    slot(findings, 'patient.address.postcode'),
    input.postcode,
    true,
    checkPostcode,
  );
  const values = all({ lines, town, postcode });
  return { address: values ? found(compact<Address>(values)) : INVALID, lines };
}

function readPatient(
  findings: Findings,
  raw: unknown,
  source: ReferralSource | undefined,
  options: ReferralValidationOptions,
): PatientRead | undefined {
  const object = readObject(slot(findings, 'patient'), raw, true);
  if (!object.ok) return undefined;
  const input = object.value;
  const { givenName, familyName, dateOfBirth, nhsNumber, gender } = readPatientIdentity(
    findings,
    input,
    source,
    options,
  );
  const { address, lines } = readAddress(findings, input.address);
  const phone = readString(slot(findings, 'patient.phone'), input.phone, false, checkUkPhone);
  const email = readString(slot(findings, 'patient.email'), input.email, false, checkEmail);
  const preferredContact = readEnum(
    slot(findings, 'patient.preferredContact'),
    input.preferredContact,
    true,
    CONTACT_CHANNELS,
  );
  const contactTimes = readArray(
    slot(findings, 'patient.contactTimes'),
    input.contactTimes,
    false,
    (item, index) =>
      readEnum(slot(findings, 'patient.contactTimes.N', [index]), item, true, CONTACT_TIMES),
  );
  const language = readString(
    slot(findings, 'patient.language'),
    input.language,
    false,
    checkLanguageTag,
  );
  const interpreterNeeded = readBoolean(
    slot(findings, 'patient.interpreterNeeded'),
    input.interpreterNeeded,
    false,
  );
  if (
    interpreterNeeded.ok &&
    interpreterNeeded.value === true &&
    language.ok &&
    language.value === undefined
  ) {
    findings.add('patient.language', 'required-for-interpreter');
  }
  const accessibilityNeeds = readText(
    slot(findings, 'patient.accessibilityNeeds'),
    input.accessibilityNeeds,
    false,
    ACCESSIBILITY_NEEDS_MAX_LENGTH,
  );

  const values = all({
    givenName,
    familyName,
    dateOfBirth,
    nhsNumber,
    gender,
    address,
    phone,
    email,
    preferredContact,
    contactTimes,
    language,
    interpreterNeeded,
    accessibilityNeeds,
  });
  const patient = values ? found(compact<Patient>(values)) : INVALID;
  return { patient, phone, email, preferredContact, address, lines, contactTimes };
}

function readRisk(findings: Findings, raw: unknown): Read<Risk | undefined> {
  const object = readObject(slot(findings, 'risk'), raw, false);
  if (!object.ok) return INVALID;
  if (object.value === undefined) return ABSENT;
  const input = object.value;
  const safeguardingConcern = readBoolean(
    slot(findings, 'risk.safeguardingConcern'),
    input.safeguardingConcern,
    false,
  );
  const loneWorkingRisk = readBoolean(
    slot(findings, 'risk.loneWorkingRisk'),
    input.loneWorkingRisk,
    false,
  );
  const flagged = valueOf(safeguardingConcern) === true || valueOf(loneWorkingRisk) === true;
  const details = readText(
    slot(findings, 'risk.details'),
    input.details,
    false,
    RISK_DETAILS_MAX_LENGTH,
  );
  if (flagged && details.ok && details.value === undefined)
    findings.add('risk.details', 'required-when-risk-flagged');
  const values = all({ safeguardingConcern, loneWorkingRisk, details });
  return values ? found(compact<Risk>(values)) : INVALID;
}

/**
 * The contact rules that tie the patient's details to the channels they
 * prefer or agreed to, checked only on fields that are valid on their own.
 */
function checkContactDetails(findings: Findings, patient: PatientRead, consent: ConsentRead): void {
  const preferred = valueOf(patient.preferredContact);
  const agreed = valueOf(consent.contactBy);
  if (preferred && agreed && !agreed.includes(preferred))
    findings.add('patient.preferredContact', 'not-consented');
  // Preferred times must be among the times contact was agreed to, when consent limits them.
  const agreedTimes = valueOf(consent.contactTimes);
  if (agreedTimes && patient.contactTimes.ok) {
    patient.contactTimes.value?.forEach((time, index) => {
      if (!agreedTimes.includes(time))
        findings.add('patient.contactTimes.N', 'not-consented', [index]);
    });
  }

  const channels = new Set<ContactChannel>([...(preferred ? [preferred] : []), ...(agreed ?? [])]);
  const { phone, email, address, lines } = patient;
  if ((channels.has('phone') || channels.has('text')) && phone.ok) {
    if (phone.value === undefined) findings.add('patient.phone', 'required-for-contact');
    else if (channels.has('text') && !isMobile(phone.value))
      findings.add('patient.phone', 'not-a-mobile');
  }
  if (channels.has('email') && email.ok && email.value === undefined) {
    findings.add('patient.email', 'required-for-contact');
  }
  if (channels.has('letter') && address.ok && lines.ok && lines.value === undefined) {
    findings.add('patient.address.lines', 'required-for-contact');
  }
}

function readReferral(
  findings: Findings,
  input: unknown,
  options: ReferralValidationOptions,
  taxonomy: Taxonomy,
): Referral | undefined {
  const object = readObject(slot(findings, ''), input, true);
  if (!object.ok) return undefined;
  const referral = object.value;

  const { source, submittedAt } = readSending(findings, referral);
  const sourceValue = valueOf(source);
  const patientRead = readPatient(findings, referral.patient, sourceValue, options);
  const patient = patientRead?.patient ?? INVALID;
  const referrer = readReferrer(findings, referral.referrer, sourceValue);
  const reasons = readArray(slot(findings, 'reasons'), referral.reasons, true, (item, index) =>
    readString(slot(findings, 'reasons.N', [index]), item, true, (value) => {
      const id = value.trim();
      return hasTerm(taxonomy, id) ? { ok: true, value: id } : { ok: false, code: 'unknown-term' };
    }),
  );
  const activities = readArray(
    slot(findings, 'activities'),
    referral.activities,
    false,
    (item, index) => readString(slot(findings, 'activities.N', [index]), item, true),
  );
  const notes = readText(slot(findings, 'notes'), referral.notes, false, NOTES_MAX_LENGTH);
  const urgency = readEnum(slot(findings, 'urgency'), referral.urgency, false, URGENCIES);
  const risk = readRisk(findings, referral.risk);
  const consentRead = readConsent(findings, referral.consent, {
    source: sourceValue,
    submittedAtMs: submittedAt.ok ? dateTimeToEpochMs(submittedAt.value) : undefined,
  });
  const { consent } = consentRead;
  if (patientRead) checkContactDetails(findings, patientRead, consentRead);

  const values = all({
    source,
    submittedAt,
    patient,
    referrer,
    reasons,
    activities,
    notes,
    urgency,
    risk,
    consent,
  });
  return values && findings.empty ? compact<Referral>(values) : undefined;
}

/**
 * Validates and normalises a referral in the plain JSON shape of
 * test/fixtures/README.md ("Referrals"), against every rule of its rules
 * table. Synchronous and pure (the clock is `options.now`).
 *
 * On success, `value` is normalised: NHS number as 10 digits, postcode
 * `LE1 7RH`, phone numbers in E.164 (`+441164960377`), names and text
 * trimmed and in Unicode NFC, ODS codes upper case, language tags in
 * conventional case; optional strings that are empty or blank, `null`s and
 * empty optional arrays are left out, and so are properties the shape does
 * not define. Validating `value` again gives `value`.
 *
 * On failure, `errors` holds each failing field once, with the first rule
 * its own value breaks (wrong JSON type → `type`), in form order. Messages
 * are in `options.locale`, worded for the patient ("Enter your NHS number")
 * when `source` is `self`. Rules that
 * span fields (contact details for the chosen channels, not-consented,
 * after-submission, rules that depend on `source`) run only when the fields
 * they depend on are valid.
 *
 * @throws RangeError when `options.minimumAge` is not a whole number from 0 to 120.
 */
export function validateReferral(
  input: unknown,
  options: ReferralValidationOptions = {},
): ValidationResult<Referral> {
  return validateReferralAgainst(input, options.taxonomy ?? defaultTaxonomy, options);
}

/**
 * {@link validateReferral} against a taxonomy you give, never the default
 * one: a bundle that uses only this leaves the default taxonomy out (the
 * referral form loads it on demand). `options.taxonomy` is ignored.
 *
 * @throws RangeError when `options.minimumAge` is not a whole number from 0 to 120.
 */
export function validateReferralAgainst(
  input: unknown,
  taxonomy: Taxonomy,
  options: Omit<ReferralValidationOptions, 'taxonomy'> = {},
): ValidationResult<Referral> {
  const findings = new Findings(fieldOrder);
  const value = readReferral(findings, input, options, taxonomy);
  if (value && findings.empty) return { ok: true, value };
  return {
    ok: false,
    errors: findings.errors(options.locale ?? DEFAULT_LOCALE, audienceOf(input)),
  };
}

/**
 * The errors at `path` and below it (`patient.address` includes
 * `patient.address.postcode`) in a draft referral, for forms that check one
 * field at a time (on blur or on change). The whole draft is validated, so
 * cross-field rules apply exactly as in {@link validateReferral}; errors of
 * other fields, including fields not filled in yet, are left out. Note that
 * changing one field can raise or clear a cross-field error on another
 * (choosing "text" as preferred contact needs a mobile `patient.phone`):
 * check those paths too, or use {@link validateReferral}.
 */
export function validateReferralField(
  draft: unknown,
  path: string,
  options: ReferralValidationOptions = {},
): ValidationError[] {
  const result = validateReferral(draft, options);
  if (result.ok) return [];
  return result.errors.filter(
    (error) => error.path === path || path === '' || error.path.startsWith(`${path}.`),
  );
}

export type { ValidationError, ValidationResult } from './read.js';
