import { expect } from 'chai';
import fc from 'fast-check';
import { loadFixture } from '../../../../test/fixtures.js';
import {
  describeIssues,
  loadR4Definitions,
  loadR4Terminology,
  r4Issues,
  requiredBindingIssues,
} from '../../../../test/helpers/fhir-r4-validator.js';
import type { Referral } from '../model/referral.js';
import type { Taxonomy } from '../model/taxonomy.js';
import { REFERRAL_DETAILS_QUESTIONNAIRE } from './questionnaire.js';
import {
  CONSENT_TEXT_SHA256_EXTENSION,
  CONSENT_TEXT_VERSION_EXTENSION,
  IDEMPOTENCY_KEY_SYSTEM,
  INTERPRETER_REQUIRED_EXTENSION,
  NHS_NUMBER_SYSTEM,
  ODS_ORGANISATION_SYSTEM,
} from './systems.js';
import { ReferralMappingError, toFhirTransaction } from './transaction.js';
import type {
  FhirConsent,
  FhirConsentProvision,
  FhirPatient,
  FhirQuestionnaireItem,
  FhirQuestionnaireResponse,
  FhirQuestionnaireResponseItem,
  FhirReferralResource,
  FhirRelatedPerson,
  FhirServiceRequest,
  FhirTransactionBundle,
} from './types.js';

const KEY = '6f1c2d9e-4b7a-4c35-9e0f-2a8d7b3c1e54';

let referrals: Referral[];
let taxonomy: Taxonomy;
let valueSets: Map<string, ReadonlySet<string>>;

type Hook = (fn: (this: { timeout?(ms: number): void }) => Promise<void>, timeout?: number) => void;
/** Mocha (Chromium) calls it `before` and takes the timeout from `this`; Vitest calls it `beforeAll`. */
const beforeAllTests: Hook =
  (globalThis as { before?: Hook }).before ??
  (globalThis as unknown as { beforeAll: Hook }).beforeAll;

beforeAllTests(async function () {
  this?.timeout?.(60000);
  [referrals, taxonomy] = await Promise.all([
    loadFixture<Referral[]>('referrals.valid.json'),
    loadFixture<Taxonomy>('taxonomy.json'),
  ]);
  await loadR4Definitions();
  valueSets = await loadR4Terminology();
}, 60000);

function build(referral: Referral, key = KEY): FhirTransactionBundle {
  return toFhirTransaction(referral, { idempotencyKey: key, taxonomy });
}

function resourcesOf<T extends FhirReferralResource>(
  bundle: FhirTransactionBundle,
  type: T['resourceType'],
): T[] {
  return bundle.entry.flatMap((entry) =>
    entry.resource?.resourceType === type ? [entry.resource as T] : [],
  );
}

function only<T extends FhirReferralResource>(
  bundle: FhirTransactionBundle,
  type: T['resourceType'],
): T {
  const found = resourcesOf<T>(bundle, type);
  expect(found, type).to.have.length(1);
  return found[0]!;
}

function entryOf(bundle: FhirTransactionBundle, type: string) {
  const entry = bundle.entry.find((candidate) => candidate.resource?.resourceType === type);
  expect(entry, type).to.not.equal(undefined);
  return entry!;
}

/** Every `reference` string anywhere in `value`. */
function referencesIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(referencesIn);
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([name, child]) =>
    name === 'reference' && typeof child === 'string' ? [child] : referencesIn(child),
  );
}

/**
 * The resources as a server stores them after the transaction: each given
 * the id from its urn:uuid and each urn:uuid reference rewritten to `Type/id`.
 */
function asStored(bundle: FhirTransactionBundle): FhirReferralResource[] {
  const local = new Map<string, string>();
  for (const entry of bundle.entry) {
    local.set(
      entry.fullUrl!,
      `${entry.resource!.resourceType}/${entry.fullUrl!.slice('urn:uuid:'.length)}`,
    );
  }
  const rewrite = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(rewrite);
    if (value === null || typeof value !== 'object') return value;
    return Object.fromEntries(
      Object.entries(value).map(([name, child]) => [
        name,
        name === 'reference' && typeof child === 'string'
          ? (local.get(child) ?? child)
          : rewrite(child),
      ]),
    );
  };
  return bundle.entry.map(
    (entry) =>
      ({
        ...(rewrite(entry.resource) as FhirReferralResource),
        id: entry.fullUrl!.slice('urn:uuid:'.length),
      }) as FhirReferralResource,
  );
}

function personalStrings(referral: Referral): string[] {
  const { patient } = referral;
  return [
    patient.givenName,
    patient.familyName,
    patient.dateOfBirth,
    patient.nhsNumber?.replace(/\D/g, ''),
    patient.address.postcode.replace(/\s/g, '').toUpperCase(),
    patient.email?.toLowerCase(),
    patient.phone?.replace(/\D/g, '').slice(-6),
    referral.referrer?.name,
    referral.referrer?.email.toLowerCase(),
  ].filter((value): value is string => Boolean(value));
}

describe('the R4 validator used by these tests', () => {
  it('rejects a malformed resource and a code outside a required value set', () => {
    const bad = { resourceType: 'Patient', birthDate: '1946-3-9', nickname: 'x' };
    const messages = describeIssues(r4Issues(bad));
    expect(messages).to.include('error Patient.birthDate: Invalid date format');
    expect(messages).to.include('error Patient.nickname: Invalid additional property "nickname"');
    const consent = { resourceType: 'Consent', status: 'agreed', provision: { type: 'allow' } };
    expect(requiredBindingIssues(consent, valueSets)).to.deep.equal([
      'Consent.status: "agreed" is not in http://hl7.org/fhir/ValueSet/consent-state-codes|4.0.1',
      'Consent.provision.type: "allow" is not in http://hl7.org/fhir/ValueSet/consent-provision-type|4.0.1',
    ]);
  });

  it('enforces R4 invariants (ppc-1: a Consent needs a policy or policyRule)', () => {
    const consent = {
      resourceType: 'Consent',
      status: 'active',
      scope: { text: 's' },
      category: [{ text: 'c' }],
    };
    expect(describeIssues(r4Issues(consent)).join('\n')).to.contain('ppc-1');
  });
});

describe('toFhirTransaction over every valid referral', () => {
  it('covers staff and self-referrals, and patient, proxy and best-interests consent', () => {
    const kinds = new Set(
      referrals.map((referral) => `${referral.source}/${referral.consent.givenBy.type}`),
    );
    expect([...kinds].sort()).to.deep.equal([
      'self/patient',
      'staff/best-interests',
      'staff/patient',
      'staff/proxy',
    ]);
  });

  it('produces a Bundle and resources that FHIR R4 accepts, with no errors or warnings', () => {
    referrals.forEach((referral, index) => {
      const bundle = build(referral);
      const bundleIssues = r4Issues(bundle);
      // Inside a transaction, references are urn:uuid fullUrls: the validator warns that it
      // cannot type them. Nothing else may be reported; the stored view below checks the types.
      const unexpected = bundleIssues.filter(
        (issue) =>
          !(
            issue.severity === 'warning' &&
            /Invalid reference: got "urn:uuid:/.test(issue.details?.text ?? '')
          ),
      );
      expect(describeIssues(unexpected), `referral ${index}: Bundle`).to.deep.equal([]);
      expect(
        requiredBindingIssues(bundle, valueSets),
        `referral ${index}: Bundle bindings`,
      ).to.deep.equal([]);
      for (const resource of asStored(bundle)) {
        const label = `referral ${index}: ${resource.resourceType}`;
        expect(describeIssues(r4Issues(resource)), label).to.deep.equal([]);
        expect(requiredBindingIssues(resource, valueSets), label).to.deep.equal([]);
      }
    });
  });

  it('resolves every reference inside the Bundle, and gives every entry a unique urn:uuid', () => {
    referrals.forEach((referral, index) => {
      const bundle = build(referral);
      const fullUrls = bundle.entry.map((entry) => entry.fullUrl!);
      expect(new Set(fullUrls).size, `referral ${index}`).to.equal(fullUrls.length);
      for (const url of fullUrls)
        expect(url).to.match(
          /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
        );
      const references = referencesIn(bundle.entry.map((entry) => entry.resource));
      expect(references.length).to.be.greaterThan(5);
      for (const reference of references)
        expect(fullUrls, `referral ${index}`).to.include(reference);
    });
  });

  it('makes every entry a conditional create, with no query and no personal data in its URL', () => {
    referrals.forEach((referral, index) => {
      const bundle = build(referral);
      for (const entry of bundle.entry) {
        expect(entry.request!.method).to.equal('POST');
        expect(entry.request!.url, `referral ${index}`).to.equal(entry.resource!.resourceType);
        expect(entry.request!.ifNoneExist, `referral ${index}`).to.match(
          /^identifier=https:\/\/[^|]+\|.+$/,
        );
        for (const personal of personalStrings(referral)) {
          expect(entry.request!.url.toLowerCase()).to.not.contain(personal.toLowerCase());
        }
      }
    });
  });

  it('codes the ServiceRequest as a referral to social prescribing, with the needs as reasons', () => {
    referrals.forEach((referral) => {
      const bundle = build(referral);
      const request = only<FhirServiceRequest>(bundle, 'ServiceRequest');
      expect(request.status).to.equal('active');
      expect(request.intent).to.equal('order');
      expect(request.code!.coding).to.deep.include({
        system: 'http://snomed.info/sct',
        code: '871731000000106',
        display: 'Referral to social prescribing service',
      });
      expect(request.authoredOn).to.equal(referral.submittedAt);
      expect(request.priority).to.equal(referral.urgency);
      expect(request.identifier).to.deep.equal([{ system: IDEMPOTENCY_KEY_SYSTEM, value: KEY }]);
      expect(entryOf(bundle, 'ServiceRequest').request!.ifNoneExist).to.equal(
        `identifier=${IDEMPOTENCY_KEY_SYSTEM}|${KEY}`,
      );
      const expected = referral.reasons.map((id) => taxonomy.terms.find((term) => term.id === id)!);
      expect(request.reasonCode!.map((reason) => reason.coding![0]!.code)).to.deep.equal(
        expected.map((term) => term.code),
      );
      expect(request.reasonCode!.map((reason) => reason.coding![0]!.display)).to.deep.equal(
        expected.map((term) => term.label.en),
      );
      expect(request.subject.reference).to.equal(entryOf(bundle, 'Patient').fullUrl);
      expect(request.supportingInfo!.map((info) => info.reference)).to.deep.equal([
        entryOf(bundle, 'Consent').fullUrl,
        entryOf(bundle, 'QuestionnaireResponse').fullUrl,
      ]);
      if (referral.notes)
        expect(request.note![0]!.text).to.equal(referral.notes.normalize('NFC').trim());
      else expect(request.note).to.equal(undefined);
    });
  });

  it('identifies the Patient by NHS number, in normal form, and creates it only if it is new', () => {
    referrals.forEach((referral) => {
      const bundle = build(referral);
      const patient = only<FhirPatient>(bundle, 'Patient');
      const ifNoneExist = entryOf(bundle, 'Patient').request!.ifNoneExist;
      if (referral.patient.nhsNumber) {
        const digits = referral.patient.nhsNumber.replace(/\D/g, '');
        expect(digits).to.have.length(10);
        expect(patient.identifier![0]).to.include({ system: NHS_NUMBER_SYSTEM, value: digits });
        expect(ifNoneExist).to.equal(`identifier=${NHS_NUMBER_SYSTEM}|${digits}`);
      } else {
        expect(patient.identifier).to.deep.equal([
          { system: IDEMPOTENCY_KEY_SYSTEM, value: `${KEY}:patient` },
        ]);
        expect(ifNoneExist).to.equal(`identifier=${IDEMPOTENCY_KEY_SYSTEM}|${KEY}:patient`);
      }
      expect(patient.birthDate).to.equal(referral.patient.dateOfBirth);
      expect(patient.name![0]!.family).to.equal(referral.patient.familyName.normalize('NFC'));
      expect(patient.address![0]!.country).to.equal('GB');
      expect(patient.address![0]!.postalCode).to.match(/^[A-Z0-9]{2,4} [0-9][A-Z]{2}$/);
    });
  });

  it('names the staff referrer as a PractitionerRole of their ODS-coded Organization', () => {
    for (const referral of referrals) {
      const bundle = build(referral);
      const request = only<FhirServiceRequest>(bundle, 'ServiceRequest');
      if (referral.source === 'self') {
        expect(request.requester!.reference).to.equal(entryOf(bundle, 'Patient').fullUrl);
        expect(resourcesOf(bundle, 'Practitioner')).to.have.length(0);
        expect(resourcesOf(bundle, 'Organization')).to.have.length(0);
        continue;
      }
      const ods = referral.referrer!.organisationOdsCode.trim().toUpperCase();
      const organization = entryOf(bundle, 'Organization');
      expect(organization.resource).to.deep.include({
        identifier: [{ system: ODS_ORGANISATION_SYSTEM, value: ods }],
      });
      expect(organization.request!.ifNoneExist).to.equal(
        `identifier=${ODS_ORGANISATION_SYSTEM}|${ods}`,
      );
      const role = entryOf(bundle, 'PractitionerRole');
      expect(request.requester!.reference).to.equal(role.fullUrl);
      expect(role.resource).to.deep.include({
        practitioner: { reference: entryOf(bundle, 'Practitioner').fullUrl },
        organization: { reference: organization.fullUrl },
        code: [{ text: referral.referrer!.role }],
      });
    }
  });
});

describe('toFhirTransaction: determinism', () => {
  it('gives a byte-identical Bundle for the same key, and different fullUrls for another', () => {
    referrals.forEach((referral) => {
      const first = JSON.stringify(build(referral));
      expect(JSON.stringify(build(structuredClone(referral)))).to.equal(first);
      const other = build(referral, 'a-different-key');
      expect(other.entry.map((entry) => entry.fullUrl)).to.not.have.members(
        build(referral).entry.map((entry) => entry.fullUrl!),
      );
    });
  });

  it('holds for any idempotency key: same Bundle, escaped conditional creates, stable fullUrls', () => {
    const referral = referrals[0]!;
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 60 }).filter((key) => key.trim() !== ''),
        (key) => {
          const bundle = build(referral, key);
          expect(JSON.stringify(build(referral, key))).to.equal(JSON.stringify(bundle));
          expect(bundle.identifier).to.deep.equal({ system: IDEMPOTENCY_KEY_SYSTEM, value: key });
          const ifNoneExist = entryOf(bundle, 'ServiceRequest').request!.ifNoneExist!;
          const value = ifNoneExist.slice(`identifier=${IDEMPOTENCY_KEY_SYSTEM}|`.length);
          expect(value).to.not.match(/[|,$&#\s]/);
          expect(decodeURIComponent(value).replace(/\\(.)/g, '$1')).to.equal(key);
          expect(new Set(bundle.entry.map((entry) => entry.fullUrl)).size).to.equal(
            bundle.entry.length,
          );
        },
      ),
      { seed: 42, numRuns: 200 },
    );
  });

  it('uses a caller-supplied fullUrl per resource type, and refuses one that repeats', () => {
    const bundle = toFhirTransaction(referrals[0]!, {
      idempotencyKey: KEY,
      taxonomy,
      fullUrl: (type) => `https://fhir.example.org/staged/${type}/1`,
    });
    expect(entryOf(bundle, 'Patient').fullUrl).to.equal(
      'https://fhir.example.org/staged/Patient/1',
    );
    expect(only<FhirServiceRequest>(bundle, 'ServiceRequest').subject.reference).to.equal(
      'https://fhir.example.org/staged/Patient/1',
    );
    expect(() =>
      toFhirTransaction(referrals[0]!, {
        idempotencyKey: KEY,
        taxonomy,
        fullUrl: () => 'urn:uuid:same',
      }),
    ).to.throw(TypeError, /same URL/);
  });
});

function provisionByCode(consent: FhirConsent, code: string): FhirConsentProvision {
  const found = consent.provision!.provision!.find(
    (provision) => provision.code![0]!.coding![0]!.code === code,
  );
  expect(found, code).to.not.equal(undefined);
  return found!;
}

describe('toFhirTransaction: Consent', () => {
  it('records patient-privacy consent with the wording version and its SHA-256 outside Attachment.hash', () => {
    referrals.forEach((referral) => {
      const bundle = build(referral);
      const consent = only<FhirConsent>(bundle, 'Consent');
      expect(consent.status).to.equal('active');
      expect(consent.scope.coding![0]).to.include({
        system: 'http://terminology.hl7.org/CodeSystem/consentscope',
        code: 'patient-privacy',
      });
      expect(consent.patient!.reference).to.equal(entryOf(bundle, 'Patient').fullUrl);
      expect(consent.dateTime).to.equal(referral.consent.at);
      expect(consent.sourceAttachment).to.not.have.property('hash');
      expect(consent.sourceAttachment!.extension).to.deep.equal([
        { url: CONSENT_TEXT_VERSION_EXTENSION, valueString: referral.consent.textVersion },
        { url: CONSENT_TEXT_SHA256_EXTENSION, valueString: referral.consent.textSha256 },
      ]);
      expect(consent.provision!.type).to.equal('permit');
      expect(consent.provision!.period!.start).to.equal(referral.consent.at);
      for (const channel of ['phone', 'text', 'email', 'letter'] as const) {
        expect(provisionByCode(consent, `contact-by-${channel}`).type).to.equal(
          referral.consent.contactBy.includes(channel) ? 'permit' : 'deny',
        );
      }
      expect(provisionByCode(consent, 'share-with-partners').type).to.equal(
        referral.consent.shareWithProviders ? 'permit' : 'deny',
      );
    });
  });

  it('nests a permit or deny for each named partner organisation', () => {
    const referral = referrals.find(
      (candidate) => (candidate.consent.partners ?? []).length === 2,
    )!;
    const sharing = provisionByCode(
      only<FhirConsent>(build(referral), 'Consent'),
      'share-with-partners',
    );
    expect(
      sharing.provision!.map((provision) => [
        provision.actor![0]!.reference.display,
        provision.type,
      ]),
    ).to.deep.equal([
      ['Riverside Carers Centre', 'permit'],
      ['Open Door Mental Health', 'deny'],
    ]);
  });

  it('names a proxy as a RelatedPerson in the Bundle, with their relationship and authority', () => {
    const referral = referrals.find((candidate) => candidate.consent.givenBy.type === 'proxy')!;
    const bundle = build(referral);
    const related = only<FhirRelatedPerson>(bundle, 'RelatedPerson');
    expect(related.name).to.deep.equal([{ text: 'Caroline Fotheringham-Smythe' }]);
    expect(related.patient.reference).to.equal(entryOf(bundle, 'Patient').fullUrl);
    expect(related.relationship![0]).to.deep.equal({ text: 'Daughter' });
    expect(related.relationship![1]!.coding).to.deep.include({
      system: 'http://terminology.hl7.org/CodeSystem/v3-RoleCode',
      code: 'POWATT',
      display: 'power of attorney',
    });
    expect(only<FhirConsent>(bundle, 'Consent').performer).to.deep.equal([
      { reference: entryOf(bundle, 'RelatedPerson').fullUrl },
    ]);
    expect(
      only<FhirQuestionnaireResponse>(bundle, 'QuestionnaireResponse').source!.reference,
    ).to.equal(entryOf(bundle, 'RelatedPerson').fullUrl);
  });

  it('names the deciding practitioner for best-interests consent, and keeps the reason', () => {
    const referral = referrals.find(
      (candidate) => candidate.consent.givenBy.type === 'best-interests',
    )!;
    const bundle = build(referral);
    expect(only<FhirConsent>(bundle, 'Consent').performer).to.deep.equal([
      { reference: entryOf(bundle, 'PractitionerRole').fullUrl },
    ]);
    const item = only<FhirQuestionnaireResponse>(bundle, 'QuestionnaireResponse').item!.find(
      (candidate) => candidate.linkId === 'best-interests',
    )!;
    expect(item.item!.map((child) => [child.linkId, child.answer![0]!.valueString])).to.deep.equal([
      ['best-interests.decision-maker', 'Dr Amira Haddad'],
      [
        'best-interests.reason',
        'Mr Hallam has advanced dementia and cannot weigh up this decision. His neighbour, who visits daily, supports a referral to reduce isolation.',
      ],
    ]);
  });

  it('marks withdrawn consent inactive and ends its period', () => {
    const referral = referrals[0]!;
    const withdrawn = {
      ...referral,
      consent: {
        ...referral.consent,
        withdrawn: { at: '2026-11-20T09:00:00Z', by: 'Patient by phone' },
      },
    };
    const consent = only<FhirConsent>(build(withdrawn), 'Consent');
    expect(consent.status).to.equal('inactive');
    expect(consent.provision!.period).to.deep.equal({
      start: referral.consent.at,
      end: '2026-11-20T09:00:00Z',
    });
  });
});

function answersOf(response: FhirQuestionnaireResponse, linkId: string): unknown[] {
  const walk = (
    items: readonly FhirQuestionnaireResponseItem[] = [],
  ): FhirQuestionnaireResponseItem[] => items.flatMap((item) => [item, ...walk(item.item)]);
  const item = walk(response.item).find((candidate) => candidate.linkId === linkId);
  return (item?.answer ?? []).map(
    (answer) => answer.valueString ?? answer.valueBoolean ?? answer.valueCoding?.code,
  );
}

describe('toFhirTransaction: Patient details and the QuestionnaireResponse', () => {
  it('ranks contact points from the preferred channel, with text messages as sms', () => {
    const referral = referrals.find((candidate) => candidate.patient.language === 'bfi')!;
    const patient = only<FhirPatient>(build(referral), 'Patient');
    expect(patient.telecom).to.deep.equal([
      { system: 'phone', value: '+447700900899', use: 'mobile' },
      { system: 'sms', value: '+447700900899', use: 'mobile', rank: 1 },
      { system: 'email', value: 'harold.jenkins@example.net', use: 'home', rank: 2 },
    ]);
    expect(patient.extension).to.deep.equal([
      { url: INTERPRETER_REQUIRED_EXTENSION, valueBoolean: true },
    ]);
    expect(patient.communication).to.deep.equal([
      { language: { coding: [{ system: 'urn:ietf:bcp:47', code: 'bfi' }] }, preferred: true },
    ]);
  });

  it('keeps risks, accessibility needs, contact times and shortlisted activities', () => {
    const referral = referrals.find((candidate) => candidate.risk?.safeguardingConcern)!;
    const response = only<FhirQuestionnaireResponse>(build(referral), 'QuestionnaireResponse');
    expect(answersOf(response, 'risk.safeguarding-concern')).to.deep.equal([true]);
    expect(answersOf(response, 'risk.lone-working-risk')).to.deep.equal([false]);
    expect(answersOf(response, 'risk.details')).to.deep.equal([referral.risk!.details]);
    expect(answersOf(response, 'shortlisted-activities')).to.deep.equal(referral.activities);
    expect(answersOf(response, 'preferred-contact')).to.deep.equal(['letter']);

    const first = only<FhirQuestionnaireResponse>(build(referrals[0]!), 'QuestionnaireResponse');
    expect(answersOf(first, 'contact-times')).to.deep.equal(['morning']);
    expect(answersOf(first, 'accessibility-needs')).to.deep.equal([
      referrals[0]!.patient.accessibilityNeeds,
    ]);
  });

  it('answers only questions the Questionnaire asks, with answers of the right type', async () => {
    expect(describeIssues(r4Issues(REFERRAL_DETAILS_QUESTIONNAIRE))).to.deep.equal([]);
    const questions = new Map<string, FhirQuestionnaireItem>();
    const index = (items: readonly FhirQuestionnaireItem[] = []) =>
      items.forEach((item) => {
        questions.set(item.linkId, item);
        index(item.item);
      });
    index(REFERRAL_DETAILS_QUESTIONNAIRE.item);
    const check = (items: readonly FhirQuestionnaireResponseItem[] = []) => {
      for (const item of items) {
        const question = questions.get(item.linkId);
        expect(question, item.linkId).to.not.equal(undefined);
        expect(item.text).to.equal(question!.text);
        if (question!.type === 'group') expect(item.answer).to.equal(undefined);
        if ((item.answer ?? []).length > 1) expect(question!.repeats, item.linkId).to.equal(true);
        for (const answer of item.answer ?? []) {
          const kind = Object.keys(answer)[0];
          const expected = {
            boolean: 'valueBoolean',
            string: 'valueString',
            text: 'valueString',
            choice: 'valueCoding',
          }[question!.type as 'boolean'];
          expect(kind, item.linkId).to.equal(expected);
          if (answer.valueCoding) {
            expect(question!.answerOption!.map((option) => option.valueCoding)).to.deep.include(
              answer.valueCoding,
            );
          }
        }
        check(item.item);
      }
    };
    for (const referral of referrals) {
      const response = only<FhirQuestionnaireResponse>(build(referral), 'QuestionnaireResponse');
      expect(response.questionnaire).to.equal(
        `${REFERRAL_DETAILS_QUESTIONNAIRE.url}|${REFERRAL_DETAILS_QUESTIONNAIRE.version}`,
      );
      check(response.item);
    }
  });
});

describe('toFhirTransaction: referrals it cannot write', () => {
  it('names an unknown reason by its path, without personal data', () => {
    const referral = { ...referrals[0]!, reasons: ['not-a-term'] };
    try {
      build(referral);
      expect.fail('expected a ReferralMappingError');
    } catch (error) {
      expect(error).to.be.instanceOf(ReferralMappingError);
      expect(error).to.include({ path: 'reasons.0', code: 'unknown-term' });
      expect((error as Error).message).to.not.contain('Siân');
    }
  });

  it('refuses a staff referral without a referrer and an empty idempotency key', () => {
    const withoutReferrer: Referral = { ...referrals[0]!, referrer: undefined };
    expect(() => build(withoutReferrer))
      .to.throw(ReferralMappingError)
      .with.property('path', 'referrer');
    expect(() => build(referrals[0]!, '  '))
      .to.throw(ReferralMappingError)
      .with.property('path', 'idempotencyKey');
  });
});
