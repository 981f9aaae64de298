export type { FieldCheck, ReasonCode } from './check.js';
export {
  ageOn,
  checkDateOfBirth,
  checkDateTime,
  compareDates,
  dateOfBirthFromParts,
  dateTimeToEpochMs,
  daysInMonth,
  DEFAULT_MINIMUM_AGE,
  formatIsoDate,
  isLeapYear,
  isRealDate,
  londonDate,
  MAXIMUM_AGE,
  parseIsoDate,
} from './dates.js';
export type { CalendarDate, DateOfBirthCode, DateOfBirthOptions, DateParts } from './dates.js';
export { checkEmail, isValidEmail, normaliseEmail } from './email.js';
export { fieldOfPath, REFERRAL_FIELDS } from './fields.js';
export type { FieldMessageKey, FieldReason, ReferralField } from './fields.js';
export { checkLanguageTag, normaliseLanguageTag } from './language-tag.js';
export {
  checkNhsNumber,
  formatNhsNumber,
  isValidNhsNumber,
  nhsNumberCheckDigit,
  normaliseNhsNumber,
} from './nhs-number.js';
export type { NhsNumberCode } from './nhs-number.js';
export { checkOdsCode, normaliseOdsCode } from './ods-code.js';
export { checkUkPhone, isMobile, nationalPhoneNumber, normaliseUkPhone } from './phone.js';
export { checkPostcode, isValidPostcode, normalisePostcode } from './postcode.js';
export {
  ACCESSIBILITY_NEEDS_MAX_LENGTH,
  ADDRESS_LINE_MAX_LENGTH,
  ADDRESS_MAX_LINES,
  NOTES_MAX_LENGTH,
  RISK_DETAILS_MAX_LENGTH,
  validateReferral,
  validateReferralAgainst,
  validateReferralField,
} from './referral.js';
export type { ReferralValidationOptions, ValidationError, ValidationResult } from './referral.js';
export { REFERRAL_START_FIELDS, validateReferralStart } from './referral-start.js';
export { validateNewConsent } from './consent.js';
export type { ConsentValidationOptions, NewConsentValidationOptions } from './consent.js';
export { validateConsent } from './consent-record.js';
export { NEW_CONSENT_FIELDS } from './consent-fields.js';
export type { NewConsentFieldMessageKey } from './consent-fields.js';
export { CONSENT_FIELDS, CONSENT_WITHDRAWAL_FIELDS } from './consent-withdrawal-fields.js';
export type {
  ConsentField,
  ConsentFieldMessageKey,
  ConsentWithdrawalFieldMessageKey,
} from './consent-withdrawal-fields.js';
export {
  AddressSchema,
  ConsentGivenBySchema,
  ConsentGivenByTypeSchema,
  ConsentItemSchema,
  ConsentMethodSchema,
  ConsentSchema,
  ContactChannelSchema,
  ContactTimeSchema,
  GenderSchema,
  PartialWithdrawalSchema,
  PatientSchema,
  ProxyAuthoritySchema,
  ReferralSchema,
  ReferralSourceSchema,
  ReferrerSchema,
  RiskSchema,
  UrgencySchema,
  WithdrawalRequestSchema,
  WithdrawnSchema,
} from './schemas.js';
export {
  characterCount,
  checkName,
  checkText,
  hasForbiddenCharacters,
  NAME_MAX_LENGTH,
  normaliseText,
} from './text.js';
export * from './values.js';
