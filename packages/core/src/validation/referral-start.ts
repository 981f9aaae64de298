/**
 * The start of a referral: who sends it (`source`, `submittedAt`), who refers
 * (`referrer`) and who the patient is (name, date of birth, NHS number,
 * gender). `validateReferral` reads these with the readers here; a form that
 * asks them first validates them with {@link validateReferralStart} and loads
 * the rest of validation (contact rules, needs, consent) and its messages later.
 */
import { DEFAULT_LOCALE } from '../locale.js';
import { addMessages } from '../messages/catalogue.js';
import { referralStartValidationEn } from '../messages/validation/referral-start.en.js';
import type { ReferralSource, Referrer } from '../model/referral.js';
import { checkDateOfBirth, checkDateTime, DEFAULT_MINIMUM_AGE, MAXIMUM_AGE } from './dates.js';
import { checkEmail } from './email.js';
import { fieldOrderOf } from './field-order.js';
import type { ReferralField } from './fields.js';
import { checkNhsNumber } from './nhs-number.js';
import { checkOdsCode } from './ods-code.js';
import { checkUkPhone } from './phone.js';
import {
  ABSENT,
  all,
  compact,
  Findings,
  found,
  INVALID,
  isAbsent,
  isRecord,
  readEnum,
  readObject,
  readString,
  readText,
  slot,
  valueOf,
  type Read,
  type ValidationError,
} from './read.js';
import type { ReferralValidationOptions } from './referral.js';
import { NAME_MAX_LENGTH } from './text.js';
import { GENDERS, REFERRAL_SOURCES } from './values.js';

addMessages(referralStartValidationEn);

/** Reads who the patient is: name, date of birth, NHS number (required from staff) and gender. */
export function readPatientIdentity(
  findings: Findings,
  input: Record<string, unknown>,
  source: ReferralSource | undefined,
  options: Pick<ReferralValidationOptions, 'minimumAge' | 'now'>,
) {
  const minimumAge = options.minimumAge ?? DEFAULT_MINIMUM_AGE;
  const dobOptions = options.now ? { minimumAge, now: options.now } : { minimumAge };
  return {
    givenName: readText(
      slot(findings, 'patient.givenName'),
      input.givenName,
      true,
      NAME_MAX_LENGTH,
    ),
    familyName: readText(
      slot(findings, 'patient.familyName'),
      input.familyName,
      true,
      NAME_MAX_LENGTH,
    ),
    dateOfBirth: readString(
      slot(findings, 'patient.dateOfBirth'),
      input.dateOfBirth,
      true,
      (value) => checkDateOfBirth(value, dobOptions),
      { minimumAge, maxAge: MAXIMUM_AGE },
    ),
    nhsNumber: readString(
      slot(findings, 'patient.nhsNumber'),
      input.nhsNumber,
      source === 'staff',
      checkNhsNumber,
    ),
    gender: readEnum(slot(findings, 'patient.gender'), input.gender, false, GENDERS),
  };
}

/** Reads the referrer: required from staff, not allowed in a self-referral. */
export function readReferrer(
  findings: Findings,
  raw: unknown,
  source: ReferralSource | undefined,
): Read<Referrer | undefined> {
  if (isAbsent(raw)) {
    if (source !== 'staff') return ABSENT;
    findings.add('referrer', 'required');
    return INVALID;
  }
  const object = readObject(slot(findings, 'referrer'), raw, true);
  if (!object.ok) return INVALID;
  if (source === 'self') {
    findings.add('referrer', 'not-allowed');
    return INVALID;
  }
  const input = object.value;
  const name = readText(slot(findings, 'referrer.name'), input.name, true, NAME_MAX_LENGTH);
  const role = readText(slot(findings, 'referrer.role'), input.role, true, NAME_MAX_LENGTH);
  const organisationOdsCode = readString(
    slot(findings, 'referrer.organisationOdsCode'),
    input.organisationOdsCode,
    true,
    checkOdsCode,
  );
  const email = readString(slot(findings, 'referrer.email'), input.email, true, checkEmail);
  const phone = readString(slot(findings, 'referrer.phone'), input.phone, false, checkUkPhone);
  const values = all({ name, role, organisationOdsCode, email, phone });
  return values ? found(compact<Referrer>(values)) : INVALID;
}

/** Reads who sends the referral and when. */
export function readSending(
  findings: Findings,
  referral: Record<string, unknown>,
): { readonly source: Read<ReferralSource>; readonly submittedAt: Read<string> } {
  return {
    source: readEnum(slot(findings, 'source'), referral.source, true, REFERRAL_SOURCES),
    submittedAt: readString(
      slot(findings, 'submittedAt'),
      referral.submittedAt,
      true,
      checkDateTime,
    ),
  };
}

/** Who reads a referral's messages: the patient when it is a self-referral. */
export function audienceOf(input: unknown): 'staff' | 'self' {
  return isRecord(input) && typeof input.source === 'string' && input.source.trim() === 'self'
    ? 'self'
    : 'staff';
}

/**
 * The fields {@link validateReferralStart} reports on, in the form order of
 * `REFERRAL_FIELDS` (a test keeps the two in step): the start's, and the
 * required fields of the rest.
 */
export const REFERRAL_START_FIELDS = [
  '',
  'source',
  'submittedAt',
  'patient',
  'patient.givenName',
  'patient.familyName',
  'patient.dateOfBirth',
  'patient.nhsNumber',
  'patient.gender',
  'patient.address',
  'patient.address.postcode',
  'patient.preferredContact',
  'referrer',
  'referrer.name',
  'referrer.role',
  'referrer.organisationOdsCode',
  'referrer.email',
  'referrer.phone',
  'reasons',
] as const satisfies readonly ReferralField[];

const startFieldOrder = fieldOrderOf(
  Object.fromEntries(REFERRAL_START_FIELDS.map((field) => [field, []])),
);

/** A text field not given: absent, `null` or blank (`required`, as `readString` reads it). */
function isBlank(value: unknown): boolean {
  return isAbsent(value) || (typeof value === 'string' && value.trim() === '');
}

/**
 * Validates the start of a referral (`source`, `submittedAt`, the referrer,
 * and the patient's name, date of birth, NHS number and gender) without the
 * rest of validation or its messages, for a form that asks these first and
 * loads the rest later. Its errors at those fields are exactly
 * `validateReferral`'s, whatever the rest holds. Of the rest it reports only
 * the referral's required fields that are not given (the patient's address
 * or postcode, preferred contact, reasons; not the consent, whose rules and
 * words come with consent validation), so for a referral whose other fields
 * are all empty its errors are `validateReferral`'s but the consent's.
 * Values the rest does hold are not judged: use `validateReferral`. Such a
 * referral is never complete, so the result is only its errors, in form order.
 *
 * @throws RangeError when `options.minimumAge` is not a whole number from 0 to 120.
 */
export function validateReferralStart(
  input: unknown,
  options: Omit<ReferralValidationOptions, 'taxonomy'> = {},
): ValidationError[] {
  const findings = new Findings(startFieldOrder);
  const object = readObject(slot(findings, ''), input, true);
  if (object.ok) {
    const referral = object.value;
    const source = valueOf(readSending(findings, referral).source);
    const patient = readObject(slot(findings, 'patient'), referral.patient, true);
    if (patient.ok) {
      readPatientIdentity(findings, patient.value, source, options);
      const address = readObject(slot(findings, 'patient.address'), patient.value.address, true);
      if (address.ok && isBlank(address.value.postcode))
        findings.add('patient.address.postcode', 'required');
      if (isBlank(patient.value.preferredContact))
        findings.add('patient.preferredContact', 'required');
    }
    readReferrer(findings, referral.referrer, source);
    if (
      isAbsent(referral.reasons) ||
      (Array.isArray(referral.reasons) && referral.reasons.length === 0)
    )
      findings.add('reasons', 'required');
  }
  return findings.errors(options.locale ?? DEFAULT_LOCALE, audienceOf(input));
}
