/**
 * The small part of FHIR R4 (4.0.1) that the FHIR adapter writes and reads:
 * only the elements we emit, typed loosely enough to be honest (every
 * element is optional unless R4 makes it mandatory). Our own types, so that
 * the published declarations depend on nothing but this package.
 */

/** An extension: a URL and one value. */
export interface FhirExtension {
  readonly url: string;
  readonly valueBoolean?: boolean;
  readonly valueCode?: string;
  readonly valueString?: string;
  readonly valueCodeableConcept?: FhirCodeableConcept;
  readonly valueReference?: FhirReference;
  readonly extension?: readonly FhirExtension[];
}

export interface FhirCoding {
  readonly system?: string;
  readonly version?: string;
  readonly code?: string;
  readonly display?: string;
}

export interface FhirCodeableConcept {
  readonly coding?: readonly FhirCoding[];
  readonly text?: string;
}

export interface FhirIdentifier {
  readonly extension?: readonly FhirExtension[];
  readonly use?: 'usual' | 'official' | 'temp' | 'secondary' | 'old';
  readonly system?: string;
  readonly value?: string;
}

export interface FhirReference {
  /** A literal reference: `urn:uuid:…` inside a transaction, `Type/id` on a server. */
  readonly reference?: string;
  readonly type?: string;
  readonly identifier?: FhirIdentifier;
  readonly display?: string;
}

export interface FhirPeriod {
  readonly start?: string;
  readonly end?: string;
}

export interface FhirHumanName {
  readonly use?: 'usual' | 'official' | 'temp' | 'nickname' | 'anonymous' | 'old' | 'maiden';
  readonly text?: string;
  readonly family?: string;
  readonly given?: readonly string[];
}

export interface FhirContactPoint {
  readonly system?: 'phone' | 'fax' | 'email' | 'pager' | 'url' | 'sms' | 'other';
  readonly value?: string;
  readonly use?: 'home' | 'work' | 'temp' | 'old' | 'mobile';
  /** 1 is the most preferred. */
  readonly rank?: number;
}

export interface FhirAddress {
  readonly use?: 'home' | 'work' | 'temp' | 'old' | 'billing';
  readonly type?: 'postal' | 'physical' | 'both';
  readonly line?: readonly string[];
  readonly city?: string;
  readonly postalCode?: string;
  readonly country?: string;
}

export interface FhirAnnotation {
  readonly authorReference?: FhirReference;
  readonly time?: string;
  readonly text: string;
}

export interface FhirAttachment {
  readonly extension?: readonly FhirExtension[];
  readonly contentType?: string;
  readonly language?: string;
  readonly url?: string;
  readonly title?: string;
}

export interface FhirMeta {
  readonly versionId?: string;
  readonly lastUpdated?: string;
  readonly profile?: readonly string[];
}

/** What every resource has. */
export interface FhirResourceBase {
  readonly resourceType: string;
  readonly id?: string;
  readonly meta?: FhirMeta;
}

export interface FhirPatient extends FhirResourceBase {
  readonly resourceType: 'Patient';
  readonly extension?: readonly FhirExtension[];
  readonly identifier?: readonly FhirIdentifier[];
  readonly name?: readonly FhirHumanName[];
  readonly telecom?: readonly FhirContactPoint[];
  readonly gender?: 'male' | 'female' | 'other' | 'unknown';
  readonly birthDate?: string;
  readonly address?: readonly FhirAddress[];
  readonly communication?: readonly {
    readonly language: FhirCodeableConcept;
    readonly preferred?: boolean;
  }[];
}

export interface FhirPractitioner extends FhirResourceBase {
  readonly resourceType: 'Practitioner';
  readonly identifier?: readonly FhirIdentifier[];
  readonly name?: readonly FhirHumanName[];
  readonly telecom?: readonly FhirContactPoint[];
}

export interface FhirOrganization extends FhirResourceBase {
  readonly resourceType: 'Organization';
  readonly identifier?: readonly FhirIdentifier[];
  readonly name?: string;
}

export interface FhirPractitionerRole extends FhirResourceBase {
  readonly resourceType: 'PractitionerRole';
  readonly identifier?: readonly FhirIdentifier[];
  readonly practitioner?: FhirReference;
  readonly organization?: FhirReference;
  readonly code?: readonly FhirCodeableConcept[];
  readonly telecom?: readonly FhirContactPoint[];
}

export interface FhirRelatedPerson extends FhirResourceBase {
  readonly resourceType: 'RelatedPerson';
  readonly identifier?: readonly FhirIdentifier[];
  readonly patient: FhirReference;
  readonly relationship?: readonly FhirCodeableConcept[];
  readonly name?: readonly FhirHumanName[];
}

export interface FhirServiceRequest extends FhirResourceBase {
  readonly resourceType: 'ServiceRequest';
  readonly identifier?: readonly FhirIdentifier[];
  readonly status:
    'draft' | 'active' | 'on-hold' | 'revoked' | 'completed' | 'entered-in-error' | 'unknown';
  readonly intent:
    | 'proposal'
    | 'plan'
    | 'directive'
    | 'order'
    | 'original-order'
    | 'reflex-order'
    | 'filler-order'
    | 'instance-order'
    | 'option';
  readonly category?: readonly FhirCodeableConcept[];
  readonly priority?: 'routine' | 'urgent' | 'asap' | 'stat';
  readonly code?: FhirCodeableConcept;
  readonly subject: FhirReference;
  readonly authoredOn?: string;
  readonly requester?: FhirReference;
  readonly reasonCode?: readonly FhirCodeableConcept[];
  readonly supportingInfo?: readonly FhirReference[];
  readonly note?: readonly FhirAnnotation[];
}

/** A rule in a Consent: permit or deny, with nested exceptions. */
export interface FhirConsentProvision {
  readonly extension?: readonly FhirExtension[];
  readonly type?: 'deny' | 'permit';
  readonly period?: FhirPeriod;
  readonly actor?: readonly {
    readonly role: FhirCodeableConcept;
    readonly reference: FhirReference;
  }[];
  readonly action?: readonly FhirCodeableConcept[];
  readonly purpose?: readonly FhirCoding[];
  readonly code?: readonly FhirCodeableConcept[];
  readonly provision?: readonly FhirConsentProvision[];
}

export interface FhirConsent extends FhirResourceBase {
  readonly resourceType: 'Consent';
  readonly extension?: readonly FhirExtension[];
  readonly identifier?: readonly FhirIdentifier[];
  readonly status: 'draft' | 'proposed' | 'active' | 'rejected' | 'inactive' | 'entered-in-error';
  readonly scope: FhirCodeableConcept;
  readonly category: readonly FhirCodeableConcept[];
  readonly patient?: FhirReference;
  readonly dateTime?: string;
  readonly performer?: readonly FhirReference[];
  readonly organization?: readonly FhirReference[];
  readonly sourceAttachment?: FhirAttachment;
  readonly policyRule?: FhirCodeableConcept;
  readonly provision?: FhirConsentProvision;
}

export interface FhirQuestionnaireResponseAnswer {
  readonly valueBoolean?: boolean;
  readonly valueString?: string;
  readonly valueCoding?: FhirCoding;
}

export interface FhirQuestionnaireResponseItem {
  readonly linkId: string;
  readonly text?: string;
  readonly answer?: readonly FhirQuestionnaireResponseAnswer[];
  readonly item?: readonly FhirQuestionnaireResponseItem[];
}

export interface FhirQuestionnaireResponse extends FhirResourceBase {
  readonly resourceType: 'QuestionnaireResponse';
  readonly identifier?: FhirIdentifier;
  readonly questionnaire?: string;
  readonly status: 'in-progress' | 'completed' | 'amended' | 'entered-in-error' | 'stopped';
  readonly subject?: FhirReference;
  readonly authored?: string;
  readonly author?: FhirReference;
  readonly source?: FhirReference;
  readonly item?: readonly FhirQuestionnaireResponseItem[];
}

export interface FhirQuestionnaireItem {
  readonly linkId: string;
  readonly text?: string;
  readonly type: 'group' | 'display' | 'boolean' | 'string' | 'text' | 'choice';
  readonly repeats?: boolean;
  readonly answerOption?: readonly { readonly valueCoding: FhirCoding }[];
  readonly item?: readonly FhirQuestionnaireItem[];
}

export interface FhirQuestionnaire extends FhirResourceBase {
  readonly resourceType: 'Questionnaire';
  readonly url: string;
  readonly version: string;
  readonly name: string;
  readonly title: string;
  readonly status: 'draft' | 'active' | 'retired' | 'unknown';
  readonly subjectType?: readonly string[];
  readonly description?: string;
  readonly item: readonly FhirQuestionnaireItem[];
}

export interface FhirOperationOutcome extends FhirResourceBase {
  readonly resourceType: 'OperationOutcome';
  readonly issue: readonly {
    readonly severity: 'fatal' | 'error' | 'warning' | 'information';
    readonly code: string;
    readonly diagnostics?: string;
    readonly details?: FhirCodeableConcept;
    readonly expression?: readonly string[];
  }[];
}

/** Every resource a referral transaction carries. */
export type FhirReferralResource =
  | FhirPatient
  | FhirPractitioner
  | FhirOrganization
  | FhirPractitionerRole
  | FhirRelatedPerson
  | FhirServiceRequest
  | FhirConsent
  | FhirQuestionnaireResponse;

/** The resource types a referral transaction carries. */
export type FhirReferralResourceType = FhirReferralResource['resourceType'];

export interface FhirBundleRequest {
  readonly method: 'GET' | 'HEAD' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';
  /** Relative to the server base: `Patient`, never with a query. */
  readonly url: string;
  /** The query part of a conditional create, without `?`. */
  readonly ifNoneExist?: string;
}

export interface FhirBundleEntry<R extends FhirResourceBase = FhirReferralResource> {
  readonly fullUrl?: string;
  readonly resource?: R;
  readonly request?: FhirBundleRequest;
  readonly response?: FhirBundleResponse;
}

export interface FhirBundleResponse {
  /** `201 Created`, `200 OK`… */
  readonly status: string;
  /** `ServiceRequest/123/_history/1`. */
  readonly location?: string;
  readonly etag?: string;
  readonly lastModified?: string;
  readonly outcome?: FhirOperationOutcome;
}

/** A transaction Bundle as we send it. */
export interface FhirTransactionBundle extends FhirResourceBase {
  readonly resourceType: 'Bundle';
  readonly identifier: FhirIdentifier;
  readonly type: 'transaction';
  readonly timestamp?: string;
  readonly entry: readonly FhirBundleEntry[];
}

/** A transaction-response Bundle as a server answers (read defensively: it is untrusted). */
export interface FhirTransactionResponseBundle extends FhirResourceBase {
  readonly resourceType: 'Bundle';
  readonly type: 'transaction-response';
  readonly entry?: readonly FhirBundleEntry<FhirResourceBase>[];
}
