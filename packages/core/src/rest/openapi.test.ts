/**
 * packages/core/openapi.json: it compiles under Ajv (2020-12 + formats), its
 * examples and the fixtures validate, its schemas mirror the TypeScript model
 * exactly, it keeps personal data out of URLs, and the adapter's requests and
 * the test server's responses match it. Ajv runs in the test server (Node),
 * so the same checks run in both runners.
 */
import { expect } from 'chai';
import { loadFixture } from '../../../../test/fixtures.js';
import {
  contractCheck,
  contractLog,
  LINK_WORKER_TOKEN,
  newSession,
  PRACTICE_TOKEN,
  sessionHeaders,
  useRestTestServer,
} from '../../../../test/servers/rest-env.js';
import type { ActivityQuery, ConsentReceipt, Page } from '../backend/backend.js';
import type { FieldError } from '../backend/errors.js';
import type {
  AccessibilityFeature,
  Activity,
  ActivityLocation,
  ActivityStatus,
  AttendanceMode,
  GeoPoint,
  Schedule,
  Weekday,
} from '../model/activity.js';
import type {
  Address,
  Consent,
  ContactChannel,
  ContactTime,
  PartialWithdrawal,
  Patient,
  Receipt,
  Referral,
  Referrer,
  Risk,
  WithdrawalRequest,
  Withdrawn,
} from '../model/referral.js';
import { createRestBackend } from './rest-backend.js';

/** For each property of T, whether it is required: the compiler checks this matches T exactly. */
type Requiredness<T> = { [K in keyof T]-?: object extends Pick<T, K> ? 'optional' : 'required' };

/** Every member of a string union, checked by the compiler. */
type Members<U extends string> = Record<U, true>;

const mirrors: Record<string, Record<string, 'optional' | 'required'>> = {
  Activity: {
    id: 'required',
    name: 'required',
    organisation: 'required',
    description: 'required',
    status: 'required',
    alert: 'optional',
    taxonomyTermIds: 'required',
    locations: 'required',
    modes: 'required',
    schedules: 'required',
    costs: 'required',
    eligibility: 'required',
    languages: 'required',
    url: 'optional',
    email: 'optional',
    contacts: 'required',
    applicationProcess: 'optional',
    lastModified: 'optional',
  } satisfies Requiredness<Activity>,
  ActivityLocation: {
    id: 'required',
    name: 'optional',
    addressLines: 'required',
    town: 'optional',
    postcode: 'optional',
    point: 'optional',
    accessibility: 'required',
  } satisfies Requiredness<ActivityLocation>,
  AccessibilityFeature: {
    feature: 'required',
    description: 'optional',
  } satisfies Requiredness<AccessibilityFeature>,
  GeoPoint: { lat: 'required', lng: 'required' } satisfies Requiredness<GeoPoint>,
  Schedule: {
    id: 'required',
    freq: 'required',
    interval: 'required',
    byDay: 'required',
    byMonthDay: 'required',
    dtstart: 'optional',
    validFrom: 'optional',
    validTo: 'optional',
    opensAt: 'optional',
    closesAt: 'optional',
    mode: 'required',
    locationId: 'optional',
    description: 'optional',
    notes: 'optional',
  } satisfies Requiredness<Schedule>,
  ActivityQuery: {
    text: 'optional',
    taxonomy: 'optional',
    days: 'optional',
    timesOfDay: 'optional',
    freeOnly: 'optional',
    near: 'optional',
    radiusMiles: 'optional',
    age: 'optional',
    accessibility: 'optional',
    modes: 'optional',
    languages: 'optional',
    includeInactive: 'optional',
    sort: 'optional',
    page: 'optional',
    size: 'optional',
  } satisfies Requiredness<ActivityQuery>,
  Page: {
    items: 'required',
    total: 'required',
    page: 'required',
    size: 'required',
    distances: 'optional',
  } satisfies Requiredness<Page<unknown>>,
  Referral: {
    source: 'required',
    submittedAt: 'required',
    patient: 'required',
    referrer: 'optional',
    reasons: 'required',
    activities: 'optional',
    notes: 'optional',
    urgency: 'optional',
    risk: 'optional',
    consent: 'required',
  } satisfies Requiredness<Referral>,
  Patient: {
    givenName: 'required',
    familyName: 'required',
    dateOfBirth: 'required',
    nhsNumber: 'optional',
    gender: 'optional',
    address: 'required',
    phone: 'optional',
    email: 'optional',
    preferredContact: 'required',
    contactTimes: 'optional',
    language: 'optional',
    interpreterNeeded: 'optional',
    accessibilityNeeds: 'optional',
  } satisfies Requiredness<Patient>,
  Address: {
    lines: 'optional',
    town: 'optional',
    postcode: 'required',
  } satisfies Requiredness<Address>,
  Referrer: {
    name: 'required',
    role: 'required',
    organisationOdsCode: 'required',
    email: 'required',
    phone: 'optional',
  } satisfies Requiredness<Referrer>,
  Risk: {
    safeguardingConcern: 'optional',
    loneWorkingRisk: 'optional',
    details: 'optional',
  } satisfies Requiredness<Risk>,
  Consent: {
    referral: 'required',
    shareWithProviders: 'required',
    partners: 'optional',
    contactBy: 'required',
    contactTimes: 'optional',
    followUp: 'optional',
    shareOutcomeWithGp: 'optional',
    givenBy: 'required',
    method: 'required',
    recordedBy: 'optional',
    at: 'required',
    textVersion: 'required',
    textSha256: 'required',
    withdrawn: 'optional',
    partialWithdrawals: 'optional',
  } satisfies Requiredness<Consent>,
  Withdrawn: { at: 'required', by: 'required' } satisfies Requiredness<Withdrawn>,
  PartialWithdrawal: {
    at: 'required',
    by: 'required',
    items: 'required',
  } satisfies Requiredness<PartialWithdrawal>,
  ConsentWithdrawal: {
    at: 'required',
    by: 'required',
    items: 'optional',
  } satisfies Requiredness<WithdrawalRequest>,
  Receipt: { reference: 'required', receivedAt: 'required' } satisfies Requiredness<Receipt>,
  ConsentReceipt: { id: 'required', recordedAt: 'required' } satisfies Requiredness<ConsentReceipt>,
  FieldError: {
    path: 'required',
    code: 'required',
    message: 'required',
  } satisfies Requiredness<FieldError>,
};

const enums: Record<string, Record<string, true>> = {
  Weekday: {
    MO: true,
    TU: true,
    WE: true,
    TH: true,
    FR: true,
    SA: true,
    SU: true,
  } satisfies Members<Weekday>,
  AttendanceMode: {
    'in-person': true,
    online: true,
    phone: true,
    'home-visit': true,
  } satisfies Members<AttendanceMode>,
  ActivityStatus: {
    active: true,
    inactive: true,
    'temporarily-closed': true,
    defunct: true,
  } satisfies Members<ActivityStatus>,
  ContactChannel: {
    phone: true,
    text: true,
    email: true,
    letter: true,
  } satisfies Members<ContactChannel>,
  ContactTime: {
    morning: true,
    afternoon: true,
    evening: true,
  } satisfies Members<ContactTime>,
};

interface Schema {
  type?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  enum?: string[];
  $ref?: string;
  allOf?: Schema[];
  [key: string]: unknown;
}
interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  schema: Schema;
  $ref?: string;
}
interface Operation {
  operationId?: string;
  summary?: string;
  security?: Record<string, string[]>[];
  parameters?: Parameter[];
  requestBody?: {
    required?: boolean;
    content: Record<string, { schema: Schema; examples?: object }>;
  };
  responses: Record<
    string,
    { $ref?: string; content?: Record<string, { examples?: object }>; headers?: object }
  >;
}
interface OpenApi {
  openapi: string;
  jsonSchemaDialect: string;
  paths: Record<string, Record<string, Operation>>;
  components: {
    schemas: Record<string, Schema>;
    parameters: Record<string, Parameter>;
    responses: Record<
      string,
      {
        content?: Record<string, { examples?: object }>;
        headers?: Record<string, { $ref: string }>;
      }
    >;
    headers: Record<string, { required?: boolean }>;
    securitySchemes: Record<string, { type: string; scheme?: string }>;
  };
}

type Invalid = Referral & { _expect: { path: string; reason: string } };

const operationsOf = (doc: OpenApi) =>
  Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, operation]) => ({
      path,
      method: method.toUpperCase(),
      operation,
    })),
  );

const resolveParameter = (doc: OpenApi, parameter: Parameter): Parameter =>
  parameter.$ref ? doc.components.parameters[parameter.$ref.split('/').pop()!]! : parameter;

describe('openapi.json', () => {
  const baseUrl = useRestTestServer();
  let documentPromise: Promise<OpenApi> | undefined;
  const openapi = () => (documentPromise ??= contractCheck<OpenApi>(baseUrl(), 'document'));

  it('is OpenAPI 3.1 with JSON Schema 2020-12', async () => {
    const doc = await openapi();
    expect(doc.openapi).to.equal('3.1.0');
    expect(doc.jsonSchemaDialect).to.equal('https://json-schema.org/draft/2020-12/schema');
    expect(doc.components.securitySchemes['bearer']).to.deep.include({
      type: 'http',
      scheme: 'bearer',
    });
  });

  it('has component schemas that all compile under Ajv strict mode', async () => {
    const doc = await openapi();
    expect(Object.keys(doc.components.schemas)).to.include.members([
      'Activity',
      'ActivityQuery',
      'Referral',
      'Consent',
      'Page',
      'ActivityPage',
      'Receipt',
      'ConsentReceipt',
      'Problem',
      'ValidationProblem',
    ]);
    expect(await contractCheck(baseUrl(), 'components')).to.deep.equal({});
  });

  it('has examples that all validate against their schemas', async () => {
    expect(await contractCheck(baseUrl(), 'examples')).to.deep.equal([]);
  });

  it('describes the seven operations, each with an operationId, a summary and examples', async () => {
    const doc = await openapi();
    const operations = operationsOf(doc);
    expect(
      operations.map((o) => `${o.operation.operationId} ${o.method} ${o.path}`).sort(),
    ).to.deep.equal([
      'geocodePostcode POST /geocode',
      'getActivity GET /activities/{activityId}',
      'listReferrals GET /referrals',
      'recordConsent POST /consents',
      'searchActivities POST /activities/search',
      'submitReferral POST /referrals',
      'withdrawConsent POST /consents/{consentId}/withdrawal',
    ]);
    for (const { operation } of operations) {
      const id = operation.operationId!;
      expect(operation.summary, id).to.be.a('string').and.not.equal('');
      if (operation.requestBody) {
        expect(operation.requestBody.required, id).to.equal(true);
        expect(Object.keys(operation.requestBody.content), id).to.deep.equal(['application/json']);
        const examples = operation.requestBody.content['application/json']!.examples ?? {};
        expect(Object.keys(examples), id).to.have.length.greaterThan(0);
      }
      for (const parameter of (operation.parameters ?? []).map((p) => resolveParameter(doc, p))) {
        expect(
          Object.keys((parameter as { examples?: object }).examples ?? {}),
          `${id} ${parameter.name}`,
        ).to.have.length.greaterThan(0);
      }
      const success = Object.entries(operation.responses).filter(([status]) =>
        status.startsWith('2'),
      );
      expect(success, id).to.have.length.greaterThan(0);
      for (const [status, response] of success) {
        expect(
          Object.keys(response.content?.['application/json']?.examples ?? {}),
          `${id} ${status}`,
        ).to.have.length.greaterThan(0);
      }
      for (const status of ['401', '429', '503', 'default']) {
        expect(operation.responses, `${id} ${status}`).to.have.property(status);
      }
    }
  });

  it('keeps personal data out of URLs: only opaque ids, paging and timestamps in paths and queries', async () => {
    const doc = await openapi();
    const inUrl = operationsOf(doc).flatMap(({ operation }) =>
      (operation.parameters ?? [])
        .map((p) => resolveParameter(doc, p))
        .filter((p) => p.in === 'path' || p.in === 'query')
        .map((p) => `${operation.operationId}:${p.in}:${p.name}`),
    );
    expect(inUrl.sort()).to.deep.equal([
      'getActivity:path:activityId',
      'listReferrals:query:page',
      'listReferrals:query:since',
      'listReferrals:query:size',
      'withdrawConsent:path:consentId',
    ]);
  });

  it('makes referral submission idempotent and documents every answer', async () => {
    const doc = await openapi();
    const submit = doc.paths['/referrals']!['post']!;
    const key = (submit.parameters ?? [])
      .map((p) => resolveParameter(doc, p))
      .find((p) => p.name === 'Idempotency-Key');
    expect(key).to.deep.include({ in: 'header', required: true });
    expect(key!.schema).to.deep.equal({ type: 'string', format: 'uuid' });
    expect(Object.keys(submit.responses).sort()).to.deep.equal(
      ['200', '201', '400', '401', '409', '413', '422', '429', '503', 'default'].sort(),
    );
    expect(doc.paths['/consents']!['post']!.parameters?.map((p) => p.$ref)).to.deep.equal([
      '#/components/parameters/IdempotencyKey',
    ]);
    for (const name of ['TooManyRequests', 'ServiceUnavailable']) {
      expect(doc.components.responses[name]!.headers?.['Retry-After']).to.deep.equal({
        $ref: '#/components/headers/RetryAfter',
      });
    }
    expect(doc.components.headers['RetryAfter']!.required).to.equal(true);
    for (const [name, response] of Object.entries(doc.components.responses)) {
      expect(Object.keys(response.content ?? {}), name).to.deep.equal(['application/problem+json']);
    }
    expect(doc.paths['/referrals']!['get']!.security).to.deep.equal([{ bearer: [] }]);
  });

  it('mirrors the TypeScript model: the same properties, the same required ones', async () => {
    const doc = await openapi();
    for (const [name, mirror] of Object.entries(mirrors)) {
      const schema = doc.components.schemas[name]!;
      expect(Object.keys(schema.properties ?? {}).sort(), name).to.deep.equal(
        Object.keys(mirror).sort(),
      );
      const required = Object.keys(mirror).filter((key) => mirror[key] === 'required');
      expect([...(schema.required ?? [])].sort(), name).to.deep.equal(required.sort());
    }
    for (const [name, members] of Object.entries(enums)) {
      expect(doc.components.schemas[name]!.enum, name).to.deep.equal(Object.keys(members));
    }
  });

  it('accepts every valid fixture referral', async () => {
    const valid = await loadFixture<Referral[]>('referrals.valid.json');
    expect(valid).to.have.length(16);
    for (const [i, referral] of valid.entries()) {
      const { errors } = await contractCheck<{ errors: FieldError[] }>(
        baseUrl(),
        'validate/Referral',
        referral,
      );
      expect(errors, `referrals.valid.json #${i}`).to.deep.equal([]);
    }
  });

  it('rejects the structurally invalid fixture referrals at the expected path, and never elsewhere', async () => {
    const invalid = await loadFixture<Invalid[]>('referrals.invalid.json');
    const structural = ['required', 'enum', 'type', 'must-be-true', 'too-long'];
    let rejected = 0;
    for (const { _expect, ...referral } of invalid) {
      const { errors } = await contractCheck<{ errors: FieldError[] }>(
        baseUrl(),
        'validate/Referral',
        referral,
      );
      const label = `${_expect.path} ${_expect.reason}`;
      // Rules beyond structure (check digits, dates relative to today, cross-field
      // consent rules) are for validateReferral; the schema must not contradict them.
      if (errors.length > 0) {
        rejected++;
        expect(
          errors.map((e) => e.path),
          label,
        ).to.deep.equal([_expect.path]);
      }
      if (structural.includes(_expect.reason)) {
        expect(
          errors.map((e) => [e.path, e.code]),
          label,
        ).to.deep.equal([[_expect.path, _expect.reason]]);
      }
    }
    expect(rejected).to.be.greaterThan(20);
  });

  it('rejects a Referral that breaks the source rules', async () => {
    const [staff] = await loadFixture<Referral[]>('referrals.valid.json');
    const check = async (value: unknown) =>
      (
        await contractCheck<{ errors: FieldError[] }>(baseUrl(), 'validate/Referral', value)
      ).errors.map((e) => [e.path, e.code]);
    expect(await check({ ...staff, source: 'self' })).to.deep.equal([['referrer', 'not-allowed']]);
    const noReferrer: Record<string, unknown> = { ...staff! };
    delete noReferrer['referrer'];
    expect(await check(noReferrer)).to.deep.equal([['referrer', 'required']]);
    expect(
      await check({ ...staff, consent: { ...staff!.consent, recordedBy: undefined } }),
    ).to.deep.equal([['consent.recordedBy', 'required']]);
    expect(await check({ ...staff, nickname: 'Sid' })).to.deep.equal([['nickname', 'not-allowed']]);
  });

  it('matches every request the adapter sends and every response the server returns', async () => {
    const session = newSession();
    const [referral] = await loadFixture<Referral[]>('referrals.valid.json');
    const api = createRestBackend({
      baseUrl: baseUrl(),
      headers: sessionHeaders(session),
      token: () => PRACTICE_TOKEN,
    });
    const inbox = createRestBackend({
      baseUrl: baseUrl(),
      headers: sessionHeaders(session),
      token: () => LINK_WORKER_TOKEN,
    });
    const query: ActivityQuery = {
      text: 'café',
      taxonomy: ['b196bb38-ff68-56a9-931b-338925c09ba4'],
      days: ['TU', 'TH'],
      timesOfDay: ['morning'],
      freeOnly: false,
      near: { point: { lat: 52.6, lng: -1.1 } },
      radiusMiles: 10,
      age: 70,
      accessibility: ['wheelchair'],
      modes: ['in-person'],
      languages: ['en'],
      includeInactive: true,
      sort: 'distance',
      page: 1,
      size: 10,
    };
    await api.searchActivities(query);
    await api.searchActivities({});
    await api.getActivity('6cb6805d-5937-5217-9184-61977f98d69d');
    const idempotencyKey = crypto.randomUUID();
    await api.submitReferral(referral!, { idempotencyKey });
    await api.submitReferral(referral!, { idempotencyKey });
    const consent = await api.recordConsent(referral!.consent, {
      idempotencyKey: crypto.randomUUID(),
    });
    await api.withdrawConsent(consent.id, {
      at: '2026-11-19T16:00:00Z',
      by: 'Dr Amira Haddad',
      items: [
        { type: 'contactBy', channel: 'phone' },
        { type: 'partner', name: 'Cymdeithas Gymraeg Glan-yr-Afon' },
      ],
    });
    await api.withdrawConsent(consent.id, { at: '2026-11-20T09:30:00Z', by: 'Dr Amira Haddad' });
    await api.geocode('LE7 2HR');
    await inbox.listReferrals({ page: 1, size: 5, since: '2026-01-01T00:00:00Z' });

    const log = await contractLog(baseUrl(), session);
    expect(log.map((e) => `${e.operationId} ${e.status}`)).to.deep.equal([
      'searchActivities 200',
      'searchActivities 200',
      'getActivity 200',
      'submitReferral 201',
      'submitReferral 200',
      'recordConsent 201',
      'withdrawConsent 200',
      'withdrawConsent 200',
      'geocodePostcode 200',
      'listReferrals 200',
    ]);
    for (const entry of log) {
      expect(entry.requestProblems, `${entry.operationId} request`).to.deep.equal([]);
      expect(entry.responseProblems, `${entry.operationId} response`).to.deep.equal([]);
    }
  });

  it('notices a request that breaks the document', async () => {
    const session = newSession();
    const response = await fetch(new URL('referrals', baseUrl()), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...sessionHeaders(session) },
      body: JSON.stringify({ source: 'self' }),
    });
    expect(response.status).to.equal(400);
    const [entry] = await contractLog(baseUrl(), session);
    expect(entry!.requestProblems.map((p) => p.path)).to.include.members([
      'header.Idempotency-Key',
      'body.submittedAt',
      'body.patient',
      'body.reasons',
      'body.consent',
    ]);
    expect(entry!.responseProblems).to.deep.equal([]);
  });
});
