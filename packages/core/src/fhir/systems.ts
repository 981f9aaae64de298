/**
 * The code systems, identifier systems and extension URLs the FHIR adapter
 * writes. National ones are UK Core / NHS England's; the `linkwork.example`
 * ones are Linkwork's own and stand for the deployment's namespace.
 */

/** NHS number identifiers (UK Core Patient.identifier:nhsNumber). */
export const NHS_NUMBER_SYSTEM = 'https://fhir.nhs.uk/Id/nhs-number';

/** ODS organisation codes (UK Core Organization.identifier:odsOrganisationCode). */
export const ODS_ORGANISATION_SYSTEM = 'https://fhir.nhs.uk/Id/ods-organization-code';

/** UK Core extension on the NHS number identifier: how far the number was traced. */
export const NHS_NUMBER_VERIFICATION_STATUS_EXTENSION =
  'https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-NHSNumberVerificationStatus';

/** England's verification status codes (`02` number present but not traced). */
export const NHS_NUMBER_VERIFICATION_STATUS_SYSTEM =
  'https://fhir.hl7.org.uk/CodeSystem/UKCore-NHSNumberVerificationStatusEngland';

/** The core extension UK Core Patient uses for "needs an interpreter". */
export const INTERPRETER_REQUIRED_EXTENSION =
  'http://hl7.org/fhir/StructureDefinition/patient-interpreterRequired';

/** BCP 47 language tags (R4 `all-languages`, which UK Core binds Patient.communication.language to). */
export const BCP47_SYSTEM = 'urn:ietf:bcp:47';

export const SNOMED_CT_SYSTEM = 'http://snomed.info/sct';

/** SNOMED CT UK: Referral to social prescribing service (procedure). */
export const SOCIAL_PRESCRIBING_REFERRAL = {
  system: SNOMED_CT_SYSTEM,
  code: '871731000000106',
  display: 'Referral to social prescribing service',
} as const;

/** SNOMED CT: Patient referral (procedure), the ServiceRequest category. */
export const PATIENT_REFERRAL_CATEGORY = {
  system: SNOMED_CT_SYSTEM,
  code: '3457005',
  display: 'Patient referral',
} as const;

export const CONSENT_SCOPE_SYSTEM = 'http://terminology.hl7.org/CodeSystem/consentscope';
export const CONSENT_ACTION_SYSTEM = 'http://terminology.hl7.org/CodeSystem/consentaction';
export const LOINC_SYSTEM = 'http://loinc.org';
export const V3_ACT_CODE_SYSTEM = 'http://terminology.hl7.org/CodeSystem/v3-ActCode';
export const V3_ACT_REASON_SYSTEM = 'http://terminology.hl7.org/CodeSystem/v3-ActReason';
export const V3_ROLE_CODE_SYSTEM = 'http://terminology.hl7.org/CodeSystem/v3-RoleCode';
export const V3_PARTICIPATION_TYPE_SYSTEM =
  'http://terminology.hl7.org/CodeSystem/v3-ParticipationType';

const LINKWORK_FHIR = 'https://linkwork.example/fhir';

/**
 * Identifiers derived from the submission's idempotency key: the Bundle and
 * the ServiceRequest carry the key itself, the other per-referral resources
 * the key with a suffix (`…:consent`), so that a retried transaction finds
 * them all instead of creating them again.
 */
export const IDEMPOTENCY_KEY_SYSTEM = `${LINKWORK_FHIR}/idempotency-key`;

/** Default code system for the needs taxonomy in ServiceRequest.reasonCode. */
export const NEEDS_TAXONOMY_SYSTEM = `${LINKWORK_FHIR}/CodeSystem/needs`;

/** Linkwork's codes for the parts of a consent (contact channels, follow-up, outcome to GP…). */
export const CONSENT_PROVISION_SYSTEM = `${LINKWORK_FHIR}/CodeSystem/consent-provision`;

/** Linkwork's consent policy: the social prescribing referral consent, per wording version. */
export const CONSENT_POLICY_SYSTEM = `${LINKWORK_FHIR}/CodeSystem/consent-policy`;

/** Extension on Consent.sourceAttachment: SHA-256 (hex) of the consent wording shown. */
export const CONSENT_TEXT_SHA256_EXTENSION = `${LINKWORK_FHIR}/StructureDefinition/consent-text-sha256`;

/** Extension on Consent.sourceAttachment: the version of the consent wording shown. */
export const CONSENT_TEXT_VERSION_EXTENSION = `${LINKWORK_FHIR}/StructureDefinition/consent-text-version`;

/** Extension on Consent: how consent was given (`verbal`, `written`, `online`). */
export const CONSENT_METHOD_EXTENSION = `${LINKWORK_FHIR}/StructureDefinition/consent-method`;

/** Extension on Consent: who recorded verbal or written consent. */
export const CONSENT_RECORDED_BY_EXTENSION = `${LINKWORK_FHIR}/StructureDefinition/consent-recorded-by`;

/** Extension on Consent: who withdrew it (with provision.period.end as when). */
export const CONSENT_WITHDRAWN_BY_EXTENSION = `${LINKWORK_FHIR}/StructureDefinition/consent-withdrawn-by`;

/** Code system for the answers in the referral details questionnaire. */
export const REFERRAL_DETAILS_CODE_SYSTEM = `${LINKWORK_FHIR}/CodeSystem/referral-details`;

/** Canonical URL of the referral details Questionnaire. */
export const REFERRAL_DETAILS_QUESTIONNAIRE_URL = `${LINKWORK_FHIR}/Questionnaire/referral-details`;
