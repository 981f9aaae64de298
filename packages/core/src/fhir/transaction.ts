import type { Referral, Referrer } from '../model/referral.js';
import type { Taxonomy } from '../model/taxonomy.js';
import { consentToFhir, proxyAuthorityConcept } from './consent.js';
import { REFERRAL_TRANSACTION_NAMESPACE, uuidV5 } from './name-based-uuid.js';
import { toFhirDateTime, tokenSearchValue } from './normalise.js';
import { normaliseNhsNumber } from '../validation/nhs-number.js';
import { normaliseOdsCode } from '../validation/ods-code.js';
import { isMobile, normaliseUkPhone } from '../validation/phone.js';
import { normalisePostcode } from '../validation/postcode.js';
import { normaliseText } from '../validation/text.js';
import { referralDetailsResponse } from './questionnaire.js';
import {
  BCP47_SYSTEM,
  IDEMPOTENCY_KEY_SYSTEM,
  INTERPRETER_REQUIRED_EXTENSION,
  NEEDS_TAXONOMY_SYSTEM,
  NHS_NUMBER_SYSTEM,
  NHS_NUMBER_VERIFICATION_STATUS_EXTENSION,
  NHS_NUMBER_VERIFICATION_STATUS_SYSTEM,
  ODS_ORGANISATION_SYSTEM,
  PATIENT_REFERRAL_CATEGORY,
  SOCIAL_PRESCRIBING_REFERRAL,
} from './systems.js';
import type {
  FhirBundleEntry,
  FhirCodeableConcept,
  FhirContactPoint,
  FhirIdentifier,
  FhirOrganization,
  FhirPatient,
  FhirPractitioner,
  FhirPractitionerRole,
  FhirReference,
  FhirReferralResource,
  FhirReferralResourceType,
  FhirRelatedPerson,
  FhirServiceRequest,
  FhirTransactionBundle,
} from './types.js';

/** A referral that cannot be written as FHIR: `path` and `code` as validation reports them. */
export class ReferralMappingError extends TypeError {
  override readonly name = 'ReferralMappingError';
  constructor(
    readonly path: string,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export interface FhirTransactionOptions {
  /** The submission's idempotency key: the same on every retry of one referral. */
  readonly idempotencyKey: string;
  /** The needs taxonomy the referral's `reasons` come from. */
  readonly taxonomy: Taxonomy;
  /** The code system URI for the taxonomy's codes in `reasonCode` (default {@link NEEDS_TAXONOMY_SYSTEM}). */
  readonly taxonomySystem?: string;
  /**
   * The fullUrl of the entry for each resource type (each type occurs at most
   * once). Default: `urn:uuid:` + a version 5 UUID of the type and the key, so
   * that a retry gives the same Bundle.
   */
  readonly fullUrl?: (resourceType: FhirReferralResourceType) => string;
}

/** The key-derived identifier a per-referral resource carries (`suffix` absent for the ServiceRequest). */
function keyIdentifier(key: string, suffix?: string): FhirIdentifier {
  return { system: IDEMPOTENCY_KEY_SYSTEM, value: suffix ? `${key}:${suffix}` : key };
}

function ifNoneExist(identifier: FhirIdentifier): string {
  // Systems are our constants (no `|`); values are escaped and encoded.
  return `identifier=${identifier.system ?? ''}|${tokenSearchValue(identifier.value ?? '')}`;
}

function sameName(a: string, b: string): boolean {
  const key = (name: string) => normaliseText(name).replace(/\s+/g, ' ').toLocaleLowerCase('en-GB');
  return key(a) === key(b);
}

function patientTelecom(referral: Referral): FhirContactPoint[] {
  const { patient, consent } = referral;
  const order = [...new Set([patient.preferredContact, ...consent.contactBy])];
  const rank = (channel: (typeof order)[number]) => {
    const index = order.indexOf(channel);
    return index < 0 ? {} : { rank: index + 1 };
  };
  const telecom: FhirContactPoint[] = [];
  if (patient.phone?.trim()) {
    // E.164 (`+441164960377`), as validation leaves it; the raw text if it is not a UK number.
    const phone = normaliseUkPhone(patient.phone) ?? patient.phone.trim();
    const mobile = isMobile(phone);
    telecom.push({
      system: 'phone',
      value: phone,
      use: mobile ? 'mobile' : 'home',
      ...rank('phone'),
    });
    if (mobile && order.includes('text')) {
      telecom.push({ system: 'sms', value: phone, use: 'mobile', ...rank('text') });
    }
  }
  if (patient.email?.trim()) {
    telecom.push({ system: 'email', value: patient.email.trim(), use: 'home', ...rank('email') });
  }
  return telecom;
}

function toPatient(referral: Referral, identifier: FhirIdentifier): FhirPatient {
  const { patient } = referral;
  const lines = (patient.address.lines ?? []).map(normaliseText).filter(Boolean);
  const town = patient.address.town === undefined ? '' : normaliseText(patient.address.town);
  const language = patient.language?.trim();
  const telecom = patientTelecom(referral);
  return {
    resourceType: 'Patient',
    ...(patient.interpreterNeeded !== undefined
      ? {
          extension: [
            { url: INTERPRETER_REQUIRED_EXTENSION, valueBoolean: patient.interpreterNeeded },
          ],
        }
      : {}),
    identifier: [identifier],
    name: [
      {
        use: 'official',
        family: normaliseText(patient.familyName),
        given: [normaliseText(patient.givenName)],
      },
    ],
    ...(telecom.length > 0 ? { telecom } : {}),
    ...(patient.gender ? { gender: patient.gender } : {}),
    birthDate: patient.dateOfBirth,
    address: [
      {
        use: 'home',
        ...(lines.length > 0 ? { line: lines } : {}),
        ...(town ? { city: town } : {}),
        postalCode: normalisePostcode(patient.address.postcode),
        country: 'GB',
      },
    ],
    ...(language
      ? {
          communication: [
            { language: { coding: [{ system: BCP47_SYSTEM, code: language }] }, preferred: true },
          ],
        }
      : {}),
  };
}

function nhsNumberIdentifier(nhsNumber: string): FhirIdentifier {
  return {
    extension: [
      {
        url: NHS_NUMBER_VERIFICATION_STATUS_EXTENSION,
        valueCodeableConcept: {
          coding: [
            {
              system: NHS_NUMBER_VERIFICATION_STATUS_SYSTEM,
              code: '02',
              display: 'Number present but not traced',
            },
          ],
        },
      },
    ],
    system: NHS_NUMBER_SYSTEM,
    value: normaliseNhsNumber(nhsNumber),
  };
}

function workTelecom(referrer: Referrer): FhirContactPoint[] {
  return [
    { system: 'email', value: referrer.email.trim(), use: 'work' },
    ...(referrer.phone?.trim()
      ? [
          {
            system: 'phone' as const,
            value: normaliseUkPhone(referrer.phone) ?? referrer.phone.trim(),
            use: 'work' as const,
          },
        ]
      : []),
  ];
}

function reasonCodes(referral: Referral, options: FhirTransactionOptions): FhirCodeableConcept[] {
  const { taxonomy } = options;
  const system = options.taxonomySystem ?? NEEDS_TAXONOMY_SYSTEM;
  const seen = new Set<string>();
  const codes: FhirCodeableConcept[] = [];
  referral.reasons.forEach((id, index) => {
    const term = taxonomy.terms.find((candidate) => candidate.id === id);
    if (!term) {
      throw new ReferralMappingError(
        `reasons.${index}`,
        'unknown-term',
        `Reason ${index + 1} is not a term of the ${taxonomy.name} taxonomy`,
      );
    }
    if (seen.has(term.id)) return;
    seen.add(term.id);
    codes.push({
      coding: [{ system, version: taxonomy.version, code: term.code, display: term.label.en }],
      text: term.label.en,
    });
  });
  if (codes.length === 0)
    throw new ReferralMappingError('reasons', 'required', 'A referral needs a reason');
  return codes;
}

interface Entry {
  readonly type: FhirReferralResourceType;
  readonly resource: FhirReferralResource;
  readonly identifier: FhirIdentifier;
}

/**
 * A referral as a FHIR R4 transaction Bundle for a clinical system (UK Core
 * conventions): Patient, ServiceRequest (SNOMED CT 871731000000106), Consent,
 * a QuestionnaireResponse with what has no element elsewhere, and for staff
 * referrals the Practitioner, their Organization (ODS code) and the
 * PractitionerRole tying them; a RelatedPerson for a proxy's consent.
 *
 * Every entry is a conditional create (`ifNoneExist`): the Patient on the NHS
 * number, the Organization on the ODS code, the rest on identifiers derived
 * from the idempotency key. The fullUrls are derived from the key and the
 * Bundle holds no clock reading (its timestamp is `submittedAt`), so a retry
 * sends a byte-identical Bundle and the server stores the referral once.
 *
 * Throws a {@link ReferralMappingError} for a referral that cannot be
 * written (an unknown reason, a staff referral without a referrer).
 */
export function toFhirTransaction(
  referral: Referral,
  options: FhirTransactionOptions,
): FhirTransactionBundle {
  const key = options.idempotencyKey;
  if (!key.trim())
    throw new ReferralMappingError('idempotencyKey', 'required', 'An idempotency key is required');
  const fullUrlOf =
    options.fullUrl ??
    ((resourceType: FhirReferralResourceType) =>
      `urn:uuid:${uuidV5(`${resourceType}:${key}`, REFERRAL_TRANSACTION_NAMESPACE)}`);
  const urls = new Map<FhirReferralResourceType, string>();
  const ref = (type: FhirReferralResourceType): FhirReference => {
    let url = urls.get(type);
    if (url === undefined) {
      url = fullUrlOf(type);
      if ([...urls.values()].includes(url)) {
        throw new TypeError(`fullUrl gave the same URL for ${type} as for another resource type`);
      }
      urls.set(type, url);
    }
    return { reference: url };
  };

  const { consent } = referral;
  const authoredOn = toFhirDateTime(referral.submittedAt);
  const entries: Entry[] = [];

  // The referrer: Organization (ODS), Practitioner and the PractitionerRole between them.
  let requester: FhirReference;
  // Annotation.author cannot be a PractitionerRole: notes name the Practitioner.
  let noteAuthor: FhirReference;
  let referrer: Referrer | undefined;
  if (referral.source === 'staff') {
    referrer = referral.referrer;
    if (!referrer) {
      throw new ReferralMappingError('referrer', 'required', 'A staff referral needs a referrer');
    }
    const odsIdentifier: FhirIdentifier = {
      system: ODS_ORGANISATION_SYSTEM,
      value: normaliseOdsCode(referrer.organisationOdsCode),
    };
    const organization: FhirOrganization = {
      resourceType: 'Organization',
      identifier: [odsIdentifier],
    };
    entries.push({ type: 'Organization', resource: organization, identifier: odsIdentifier });

    const practitionerIdentifier = keyIdentifier(key, 'practitioner');
    const practitioner: FhirPractitioner = {
      resourceType: 'Practitioner',
      identifier: [practitionerIdentifier],
      name: [{ use: 'official', text: normaliseText(referrer.name) }],
      telecom: workTelecom(referrer),
    };
    entries.push({
      type: 'Practitioner',
      resource: practitioner,
      identifier: practitionerIdentifier,
    });

    const roleIdentifier = keyIdentifier(key, 'practitioner-role');
    const role: FhirPractitionerRole = {
      resourceType: 'PractitionerRole',
      identifier: [roleIdentifier],
      practitioner: ref('Practitioner'),
      organization: ref('Organization'),
      code: [{ text: normaliseText(referrer.role) }],
      telecom: workTelecom(referrer),
    };
    entries.push({ type: 'PractitionerRole', resource: role, identifier: roleIdentifier });
    requester = ref('PractitionerRole');
    noteAuthor = ref('Practitioner');
  } else {
    requester = ref('Patient');
    noteAuthor = requester;
  }

  // The Patient: matched on the NHS number when there is one.
  const nhsNumber = referral.patient.nhsNumber?.trim();
  const patientIdentifier = nhsNumber
    ? nhsNumberIdentifier(nhsNumber)
    : keyIdentifier(key, 'patient');
  entries.push({
    type: 'Patient',
    resource: toPatient(referral, patientIdentifier),
    identifier: patientIdentifier,
  });

  // Who gave consent.
  const isReferrer = (name: string) => referrer !== undefined && sameName(name, referrer.name);
  let performer: FhirReference;
  const givenBy = consent.givenBy;
  if (givenBy.type === 'proxy') {
    const relatedIdentifier = keyIdentifier(key, 'related-person');
    const relationship = normaliseText(givenBy.relationship);
    const related: FhirRelatedPerson = {
      resourceType: 'RelatedPerson',
      identifier: [relatedIdentifier],
      patient: ref('Patient'),
      relationship: [
        ...(relationship ? [{ text: relationship }] : []),
        proxyAuthorityConcept(givenBy.authority),
      ],
      name: [{ text: normaliseText(givenBy.name) }],
    };
    entries.push({ type: 'RelatedPerson', resource: related, identifier: relatedIdentifier });
    performer = ref('RelatedPerson');
  } else if (givenBy.type === 'best-interests') {
    performer = isReferrer(givenBy.decisionMaker)
      ? ref('PractitionerRole')
      : { type: 'Practitioner', display: normaliseText(givenBy.decisionMaker) };
  } else {
    performer = ref('Patient');
  }

  const consentIdentifier = keyIdentifier(key, 'consent');
  const recordedBy = consent.recordedBy;
  entries.push({
    type: 'Consent',
    identifier: consentIdentifier,
    resource: consentToFhir(consent, {
      identifier: consentIdentifier,
      patient: ref('Patient'),
      performer,
      ...(referrer ? { organization: ref('Organization') } : {}),
      ...(recordedBy && isReferrer(recordedBy) ? { recordedBy: ref('PractitionerRole') } : {}),
    }),
  });

  const detailsIdentifier = keyIdentifier(key, 'questionnaire-response');
  entries.push({
    type: 'QuestionnaireResponse',
    identifier: detailsIdentifier,
    resource: referralDetailsResponse(referral, {
      identifier: detailsIdentifier,
      subject: ref('Patient'),
      authored: authoredOn,
      author: requester,
      source: givenBy.type === 'proxy' ? ref('RelatedPerson') : requester,
    }),
  });

  const requestIdentifier = keyIdentifier(key);
  const notes = referral.notes === undefined ? '' : referral.notes.normalize('NFC').trim();
  const serviceRequest: FhirServiceRequest = {
    resourceType: 'ServiceRequest',
    identifier: [requestIdentifier],
    status: 'active',
    intent: 'order',
    category: [{ coding: [PATIENT_REFERRAL_CATEGORY] }],
    ...(referral.urgency ? { priority: referral.urgency } : {}),
    code: { coding: [SOCIAL_PRESCRIBING_REFERRAL], text: SOCIAL_PRESCRIBING_REFERRAL.display },
    subject: ref('Patient'),
    authoredOn,
    requester,
    reasonCode: reasonCodes(referral, options),
    supportingInfo: [ref('Consent'), ref('QuestionnaireResponse')],
    ...(notes ? { note: [{ authorReference: noteAuthor, time: authoredOn, text: notes }] } : {}),
  };
  entries.push({ type: 'ServiceRequest', resource: serviceRequest, identifier: requestIdentifier });

  const entry: FhirBundleEntry[] = entries.map(({ type, resource, identifier }) => ({
    fullUrl: ref(type).reference,
    resource,
    request: { method: 'POST', url: type, ifNoneExist: ifNoneExist(identifier) },
  }));
  return {
    resourceType: 'Bundle',
    identifier: keyIdentifier(key),
    type: 'transaction',
    timestamp: authoredOn,
    entry,
  };
}
