import { expect } from 'chai';
import fc from 'fast-check';
import { loadFixture } from '../../../../test/fixtures.js';
import { loadLocale } from '../messages/index.js';
import type { Referral } from '../model/referral.js';
import {
  nationalPhoneNumber,
  ReferralSchema,
  validateConsent,
  validateReferral,
  validateReferralAgainst,
  validateReferralField,
} from './index.js';

interface Expect {
  readonly path: string;
  readonly reason: string;
  readonly note: string;
}
type InvalidEntry = Record<string, unknown> & { _expect: Expect };

const NOW = new Date('2026-11-26T12:00:00Z');
const now = (): Date => new Date(NOW);

const valid = await loadFixture<Referral[]>('referrals.valid.json');
const invalid = await loadFixture<InvalidEntry[]>('referrals.invalid.json');

describe('validateReferral: referrals.valid.json', () => {
  valid.forEach((referral, i) => {
    it(`accepts #${i} (${referral.source}, ${referral.patient.familyName})`, () => {
      const result = validateReferral(referral, { now });
      expect(result.ok ? [] : result.errors).to.deep.equal([]);
      if (!result.ok) return;
      expect(ReferralSchema.safeParse(result.value).success).to.equal(true);
    });
  });
});

describe('validateReferral: referrals.invalid.json', () => {
  for (const entry of invalid) {
    const { _expect: expected, ...referral } = entry;
    it(expected.note, () => {
      const result = validateReferral(referral, { now });
      expect(result.ok).to.equal(false);
      if (result.ok) return;
      expect(result.errors.map(({ path, code }) => ({ path, code }))).to.deep.equal([
        { path: expected.path, code: expected.reason },
      ]);
      expect(result.errors[0]!.message).to.be.a('string').and.not.equal('');
    });
  }
});

/** A copy of `value` with the dotted `path` set to `replacement` (or removed when it is `undefined`). */
function withField(value: unknown, path: string, replacement: unknown): Record<string, unknown> {
  const copy = JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
  const parts = path.split('.');
  let target: Record<string, unknown> = copy;
  for (const part of parts.slice(0, -1)) target = target[part] as Record<string, unknown>;
  const last = parts.at(-1)!;
  if (replacement === undefined) Reflect.deleteProperty(target, last);
  else target[last] = replacement;
  return copy;
}

/** `{ path, code }` of each error, or `[]` when valid. */
function errorsOf(input: unknown, options: Parameters<typeof validateReferral>[1] = {}): unknown[] {
  const result = validateReferral(input, { now, ...options });
  return result.ok ? [] : result.errors.map(({ path, code }) => ({ path, code }));
}

const staff = valid[0]!; // Siân Prydderch: staff, verbal consent, phone and letter
const self = valid[1]!; // Dafydd ap Gruffydd: self-referral by email, no address lines

describe('validateReferral: normalisation', () => {
  it('normalises identifiers, postcodes, phones and emails', () => {
    const byName = (family: string): Referral => {
      const referral = valid.find((r) => r.patient.familyName === family)!;
      const result = validateReferral(referral, { now });
      if (!result.ok) throw new Error('expected a valid referral');
      return result.value;
    };
    const sian = byName('Prydderch');
    expect(sian.patient.nhsNumber).to.equal('9991000011');
    expect(sian.patient.phone).to.equal('+441164960377');
    expect(sian.referrer?.phone).to.equal('+441164960200');
    expect(byName('ap Gruffydd').patient.address.postcode).to.equal('LE1 7RH');
    expect(byName('ap Gruffydd').patient.email).to.equal('DAFYDD.APGRUFFYDD@example.org');
    expect(byName('Ó Súilleabháin').patient.address.postcode).to.equal('LE8 4TW');
    expect(byName("O'Brien").patient.address.postcode).to.equal('LE7 3AX');
    expect(byName("O'Brien").patient.nhsNumber).to.equal('9992045175');
    expect(byName('Ashworth').patient.givenName).to.equal('Zo\u00eb');
    expect(byName('Ashworth').patient.phone).to.equal('+441164960588');
    expect(byName('Ashworth').referrer?.organisationOdsCode).to.equal('C99003');
    expect(byName('Qureshi').patient.phone).to.equal('+447700900721');
    expect(byName('Kowalczyk').patient.phone).to.equal('+447700900518');
    expect(byName('Wiśniewski').patient.phone).to.equal('+441164960744');
    expect(byName('Núñez-García').patient.address.postcode).to.equal('GIR 0AA');
  });

  it('trims strings and leaves out blank optional ones, nulls and unknown properties', () => {
    const messy = withField(
      withField(withField(staff, 'patient.givenName', '  Siân  '), 'notes', '   '),
      'patient.email',
      null,
    );
    (messy as { extra?: unknown }).extra = 'dropped';
    (messy.patient as Record<string, unknown>).accessibilityNeeds = '';
    (messy.patient as Record<string, unknown>).contactTimes = [];
    const result = validateReferral(messy, { now });
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.value.patient.givenName).to.equal('Siân');
    expect(result.value).not.to.have.property('notes');
    expect(result.value).not.to.have.property('extra');
    expect(result.value.patient).not.to.have.property('email');
    expect(result.value.patient).not.to.have.property('accessibilityNeeds');
    expect(result.value.patient).not.to.have.property('contactTimes');
  });

  it('round trip: validating a normalised referral gives it back unchanged', () => {
    for (const referral of valid) {
      const first = validateReferral(referral, { now });
      if (!first.ok) throw new Error('expected a valid referral');
      expect(validateReferral(first.value, { now })).to.deep.equal(first);
    }
  });

  it('JSON round trip: a normalised referral survives JSON.stringify and JSON.parse', () => {
    for (const referral of valid) {
      const first = validateReferral(referral, { now });
      if (!first.ok) throw new Error('expected a valid referral');
      const parsed: unknown = JSON.parse(JSON.stringify(first.value));
      expect(parsed).to.deep.equal(first.value);
      expect(validateReferral(parsed, { now })).to.deep.equal(first);
    }
  });

  it('round trip holds for generated variations of valid referrals (property)', () => {
    const variation = fc.record({
      base: fc.constantFrom(...valid),
      spaces: fc.constantFrom('', ' ', '  ', '\t'),
      lower: fc.boolean(),
      phoneStyle: fc.constantFrom('national', 'e164', 'plus44-0', '0044'),
    });
    fc.assert(
      fc.property(variation, ({ base, spaces, lower, phoneStyle }) => {
        let input = withField(
          base,
          'patient.givenName',
          `${spaces}${base.patient.givenName}${spaces}`,
        );
        const postcode = base.patient.address.postcode;
        input = withField(
          input,
          'patient.address.postcode',
          lower ? postcode.toLowerCase() : postcode.toUpperCase(),
        );
        if (base.patient.phone) {
          const national = nationalPhoneNumber(base.patient.phone)!;
          const styled = {
            national,
            e164: `+44${national.slice(1)}`,
            'plus44-0': `+44 (0)${national.slice(1)}`,
            '0044': `0044 ${national.slice(1)}`,
          }[phoneStyle];
          input = withField(input, 'patient.phone', styled);
        }
        const first = validateReferral(input, { now });
        expect(first.ok).to.equal(true);
        if (!first.ok) return;
        expect(validateReferral(first.value, { now })).to.deep.equal(first);
        expect(validateReferral(base, { now })).to.deep.equal(first);
      }),
      { seed: 42, numRuns: 100 },
    );
  });
});

describe('validateReferral: rules beyond the fixtures', () => {
  it('reports wrong JSON types as type', () => {
    expect(errorsOf('a referral')).to.deep.equal([{ path: '', code: 'type' }]);
    expect(errorsOf(null)).to.deep.equal([{ path: '', code: 'required' }]);
    expect(errorsOf(withField(staff, 'consent.referral', 'yes'))).to.deep.equal([
      { path: 'consent.referral', code: 'type' },
    ]);
    expect(
      errorsOf(withField(staff, 'reasons', 'b196bb38-ff68-56a9-931b-338925c09ba4')),
    ).to.deep.equal([{ path: 'reasons', code: 'type' }]);
    expect(errorsOf(withField(staff, 'patient.nhsNumber', 9991000011))).to.deep.equal([
      { path: 'patient.nhsNumber', code: 'type' },
    ]);
    expect(errorsOf(withField(staff, 'patient.interpreterNeeded', 'false'))).to.deep.equal([
      { path: 'patient.interpreterNeeded', code: 'type' },
    ]);
    expect(errorsOf(withField(staff, 'consent.contactBy', 'phone'))).to.deep.equal([
      { path: 'consent.contactBy', code: 'type' },
    ]);
    expect(errorsOf(withField(staff, 'patient', []))).to.deep.equal([
      { path: 'patient', code: 'type' },
    ]);
  });

  it('checks source-dependent rules only when source is valid', () => {
    expect(errorsOf(withField(self, 'referrer', staff.referrer))).to.deep.equal([
      { path: 'referrer', code: 'not-allowed' },
    ]);
    expect(errorsOf(withField(staff, 'consent.method', 'online'))).to.deep.equal([
      { path: 'consent.method', code: 'not-allowed' },
    ]);
    expect(errorsOf(withField(self, 'consent.method', 'verbal'))).to.deep.equal([
      { path: 'consent.method', code: 'not-allowed' },
      { path: 'consent.recordedBy', code: 'required' },
    ]);
    const bestInterests = {
      type: 'best-interests',
      decisionMaker: 'Dr Amira Haddad',
      reason: 'Lacks capacity.',
    };
    expect(errorsOf(withField(self, 'consent.givenBy', bestInterests))).to.deep.equal([
      { path: 'consent.givenBy.type', code: 'not-allowed' },
    ]);
    expect(errorsOf(withField(staff, 'consent.givenBy', bestInterests))).to.deep.equal([]);
    // With source invalid, only source is reported, not the rules that depend on it.
    expect(
      errorsOf(withField(withField(self, 'source', 'gp'), 'referrer', staff.referrer)),
    ).to.deep.equal([{ path: 'source', code: 'enum' }]);
    expect(
      errorsOf(withField(withField(staff, 'source', 'gp'), 'patient.nhsNumber', undefined)),
    ).to.deep.equal([{ path: 'source', code: 'enum' }]);
    // NHS number is optional for self-referrals, but still checked when given.
    expect(errorsOf(withField(self, 'patient.nhsNumber', '999 100 0011'))).to.deep.equal([]);
    expect(errorsOf(withField(self, 'patient.nhsNumber', '9994422114'))).to.deep.equal([
      { path: 'patient.nhsNumber', code: 'checksum' },
    ]);
  });

  it('checks referrer fields', () => {
    expect(errorsOf(withField(staff, 'referrer.name', ' '))).to.deep.equal([
      { path: 'referrer.name', code: 'required' },
    ]);
    expect(errorsOf(withField(staff, 'referrer.role', undefined))).to.deep.equal([
      { path: 'referrer.role', code: 'required' },
    ]);
    expect(errorsOf(withField(staff, 'referrer.phone', '12345'))).to.deep.equal([
      { path: 'referrer.phone', code: 'format' },
    ]);
  });

  it('needs consent before submission, recorded by someone for verbal or written consent', () => {
    expect(errorsOf(withField(staff, 'consent.at', '2026-11-02T10:14:28Z'))).to.deep.equal([
      { path: 'consent.at', code: 'after-submission' },
    ]);
    expect(errorsOf(withField(staff, 'consent.at', '2026-11-02T10:14:27Z'))).to.deep.equal([]);
    // 11:10+01:00 is 10:10Z, before the 10:14:27Z submission.
    expect(errorsOf(withField(staff, 'consent.at', '2026-11-02T11:10:00+01:00'))).to.deep.equal([]);
    expect(errorsOf(withField(staff, 'consent.at', '2026-11-02T11:20:00+01:00'))).to.deep.equal([
      { path: 'consent.at', code: 'after-submission' },
    ]);
    expect(
      errorsOf(
        withField(withField(staff, 'submittedAt', 'soon'), 'consent.at', '2030-01-01T00:00:00Z'),
      ),
    ).to.deep.equal([{ path: 'submittedAt', code: 'format' }]);
    expect(errorsOf(withField(staff, 'consent.recordedBy', ''))).to.deep.equal([
      { path: 'consent.recordedBy', code: 'required' },
    ]);
    expect(
      errorsOf(withField(staff, 'consent.withdrawn', { at: '2026-11-03T10:00:00Z', by: 'Siân' })),
    ).to.deep.equal([{ path: 'consent.withdrawn', code: 'not-allowed' }]);
    expect(errorsOf(withField(staff, 'consent.textSha256', 'abc'))).to.deep.equal([
      { path: 'consent.textSha256', code: 'format' },
    ]);
    expect(errorsOf(withField(staff, 'consent.textVersion', undefined))).to.deep.equal([
      { path: 'consent.textVersion', code: 'required' },
    ]);
    expect(errorsOf(withField(staff, 'consent.shareWithProviders', undefined))).to.deep.equal([
      { path: 'consent.shareWithProviders', code: 'required' },
    ]);
    expect(
      errorsOf(withField(staff, 'consent.partners', [{ name: ' ', agreed: 'yes' }])),
    ).to.deep.equal([
      { path: 'consent.partners.0.name', code: 'required' },
      { path: 'consent.partners.0.agreed', code: 'type' },
    ]);
    expect(errorsOf(withField(staff, 'consent.contactBy', ['phone', 'pigeon']))).to.deep.equal([
      { path: 'consent.contactBy.1', code: 'enum' },
    ]);
    expect(
      errorsOf(
        withField(staff, 'consent.givenBy', {
          type: 'proxy',
          name: 'Ann',
          relationship: 'Daughter',
          authority: 'friend',
        }),
      ),
    ).to.deep.equal([{ path: 'consent.givenBy.authority', code: 'enum' }]);
    expect(errorsOf(withField(staff, 'consent.givenBy', { type: 'neighbour' }))).to.deep.equal([
      { path: 'consent.givenBy.type', code: 'enum' },
    ]);
  });

  it('needs contact details for every channel preferred or agreed', () => {
    // Letter agreed, but no address lines.
    expect(errorsOf(withField(staff, 'patient.address.lines', undefined))).to.deep.equal([
      { path: 'patient.address.lines', code: 'required-for-contact' },
    ]);
    // A phone number that is itself wrong is reported once, as format.
    expect(errorsOf(withField(staff, 'patient.phone', '0116 496 01'))).to.deep.equal([
      { path: 'patient.phone', code: 'format' },
    ]);
    // Without a valid contactBy, preferred contact alone still needs its detail.
    expect(
      errorsOf(
        withField(withField(staff, 'consent.contactBy', ['pigeon']), 'patient.phone', undefined),
      ),
    ).to.deep.equal([
      { path: 'patient.phone', code: 'required-for-contact' },
      { path: 'consent.contactBy.0', code: 'enum' },
    ]);
  });

  it('checks the other patient fields', () => {
    expect(errorsOf(withField(staff, 'patient.gender', 'f'))).to.deep.equal([
      { path: 'patient.gender', code: 'enum' },
    ]);
    expect(errorsOf(withField(staff, 'patient.contactTimes', ['morning', 'night']))).to.deep.equal([
      { path: 'patient.contactTimes.1', code: 'enum' },
    ]);
    expect(errorsOf(withField(staff, 'patient.language', 'Welsh'))).to.deep.equal([
      { path: 'patient.language', code: 'format' },
    ]);
    expect(
      errorsOf(
        withField(
          withField(staff, 'patient.interpreterNeeded', true),
          'patient.language',
          undefined,
        ),
      ),
    ).to.deep.equal([{ path: 'patient.language', code: 'required-for-interpreter' }]);
    expect(errorsOf(withField(staff, 'patient.accessibilityNeeds', 'x'.repeat(501)))).to.deep.equal(
      [{ path: 'patient.accessibilityNeeds', code: 'too-long' }],
    );
    expect(errorsOf(withField(staff, 'patient.accessibilityNeeds', 'x'.repeat(500)))).to.deep.equal(
      [],
    );
    expect(errorsOf(withField(staff, 'patient.givenName', 'a'.repeat(101)))).to.deep.equal([
      { path: 'patient.givenName', code: 'too-long' },
    ]);
    expect(
      errorsOf(withField(staff, 'patient.address.lines', ['1', '2', '3', '4', '5'])),
    ).to.deep.equal([{ path: 'patient.address.lines', code: 'too-long' }]);
    expect(
      errorsOf(withField(staff, 'patient.address.lines', ['Flat 3', ' ', 'x'.repeat(101)])),
    ).to.deep.equal([
      { path: 'patient.address.lines.1', code: 'required' },
      { path: 'patient.address.lines.2', code: 'too-long' },
    ]);
    expect(errorsOf(withField(staff, 'patient.address', undefined))).to.deep.equal([
      { path: 'patient.address', code: 'required' },
    ]);
  });

  it('holds free text to the lengths the REST contract (openapi.json) declares', async () => {
    const limits: readonly (readonly [string, number])[] = [
      ['referrer.name', 100],
      ['referrer.role', 100],
      ['patient.address.town', 100],
      ['risk.details', 2000],
      ['consent.recordedBy', 100],
    ];
    for (const [path, max] of limits) {
      expect(errorsOf(withField(staff, path, 'x'.repeat(max))), path).to.deep.equal([]);
      expect(errorsOf(withField(staff, path, 'x'.repeat(max + 1))), path).to.deep.equal([
        { path, code: 'too-long' },
      ]);
    }
    await loadLocale('cy');
    const messages = (locale: 'en' | 'cy') => {
      const result = validateReferral(withField(staff, 'risk.details', 'x'.repeat(2001)), {
        now,
        locale,
      });
      return result.ok ? [] : result.errors.map((error) => error.message);
    };
    expect(messages('en')).to.deep.equal(['Details of the risk must be 2,000 characters or less']);
    expect(messages('cy')).to.deep.equal([
      "Mae'n rhaid i fanylion y risg fod yn 2,000 nod neu lai",
    ]);
  });

  it('checks reasons, activities, urgency and risk', () => {
    expect(
      errorsOf(withField(staff, 'reasons', ['b196bb38-ff68-56a9-931b-338925c09ba4', 7])),
    ).to.deep.equal([{ path: 'reasons.1', code: 'type' }]);
    expect(
      errorsOf(withField(staff, 'activities', ['e269ed50-4d0a-523e-8ebd-c8283537fffc', '  '])),
    ).to.deep.equal([{ path: 'activities.1', code: 'required' }]);
    expect(errorsOf(withField(staff, 'activities', ['v1-service-42']))).to.deep.equal([]);
    expect(errorsOf(withField(staff, 'urgency', 'soon'))).to.deep.equal([
      { path: 'urgency', code: 'enum' },
    ]);
    expect(
      errorsOf(withField(staff, 'risk', { loneWorkingRisk: true, details: '  ' })),
    ).to.deep.equal([{ path: 'risk.details', code: 'required-when-risk-flagged' }]);
    expect(errorsOf(withField(staff, 'risk', { safeguardingConcern: 'no' }))).to.deep.equal([
      { path: 'risk.safeguardingConcern', code: 'type' },
    ]);
    expect(errorsOf(withField(staff, 'notes', 'n'.repeat(2000)))).to.deep.equal([]);
  });

  it('lists several errors once each, in form order', () => {
    let input = withField(staff, 'consent.referral', false);
    input = withField(input, 'patient.address.postcode', 'XX1 1XX');
    input = withField(input, 'source', undefined);
    input = withField(input, 'reasons', ['nope', 'b196bb38-ff68-56a9-931b-338925c09ba4', 'nope']);
    expect(errorsOf(input)).to.deep.equal([
      { path: 'source', code: 'required' },
      { path: 'patient.address.postcode', code: 'format' },
      { path: 'reasons.0', code: 'unknown-term' },
      { path: 'reasons.2', code: 'unknown-term' },
      { path: 'consent.referral', code: 'must-be-true' },
    ]);
  });

  it('takes the minimum age, taxonomy and clock from options', () => {
    const child = withField(staff, 'patient.dateOfBirth', '2019-06-30');
    expect(errorsOf(child)).to.deep.equal([{ path: 'patient.dateOfBirth', code: 'too-young' }]);
    expect(errorsOf(child, { minimumAge: 5 })).to.deep.equal([]);
    const tomorrow = (): Date => new Date('2037-06-30T12:00:00Z');
    expect(
      errorsOf(withField(staff, 'patient.dateOfBirth', '2019-06-30'), { now: tomorrow }),
    ).to.deep.equal([]);
    const taxonomy = {
      id: 't',
      name: 'Tiny',
      version: '1',
      terms: [
        {
          id: 'b196bb38-ff68-56a9-931b-338925c09ba4',
          code: 'lonely',
          label: { en: 'Lonely', cy: 'Unig' },
        },
      ],
    };
    expect(errorsOf(staff, { taxonomy })).to.deep.equal([
      { path: 'reasons.1', code: 'unknown-term' },
    ]);
    // The same check against a taxonomy given apart, which never falls back to the default.
    const against = validateReferralAgainst(staff, taxonomy, { now });
    expect(
      against.ok ? [] : against.errors.map(({ path, code }) => ({ path, code })),
    ).to.deep.equal([{ path: 'reasons.1', code: 'unknown-term' }]);
    const none = validateReferralAgainst(staff, { ...taxonomy, terms: [] }, { now });
    expect(none.ok ? [] : none.errors.map(({ path }) => path)).to.deep.equal([
      'reasons.0',
      'reasons.1',
    ]);
  });
});

describe('validateConsent', () => {
  it('validates and normalises a consent record on its own', () => {
    const consent = {
      ...staff.consent,
      textSha256: staff.consent.textSha256.toUpperCase(),
      recordedBy: ' Dr Amira Haddad ',
    };
    const result = validateConsent(consent, { source: 'staff', submittedAt: staff.submittedAt });
    expect(result).to.deep.equal({
      ok: true,
      value: { ...staff.consent, recordedBy: 'Dr Amira Haddad' },
    });
  });

  it('applies source rules only when the source is given', () => {
    const online = { ...staff.consent, method: 'online' };
    expect(validateConsent(online).ok).to.equal(true);
    const result = validateConsent(online, { source: 'staff' });
    expect(result.ok ? [] : result.errors.map((e) => [e.path, e.code])).to.deep.equal([
      ['consent.method', 'not-allowed'],
    ]);
  });

  it('checks consent time against submittedAt when given', () => {
    const result = validateConsent(staff.consent, { submittedAt: '2026-11-02T10:00:00Z' });
    expect(result.ok ? [] : result.errors.map((e) => [e.path, e.code])).to.deep.equal([
      ['consent.at', 'after-submission'],
    ]);
    expect(() => validateConsent(staff.consent, { submittedAt: 'yesterday' })).to.throw(RangeError);
  });

  it('accepts a withdrawal only when asked to, and then checks it', () => {
    const withdrawn = {
      ...staff.consent,
      withdrawn: { at: '2026-11-20T09:00:00Z', by: 'Siân Prydderch' },
    };
    expect(validateConsent(withdrawn).ok).to.equal(false);
    expect(validateConsent(withdrawn, { allowWithdrawn: true })).to.deep.equal({
      ok: true,
      value: withdrawn,
    });
    const bad = { ...staff.consent, withdrawn: { at: 'later', by: '' } };
    const result = validateConsent(bad, { allowWithdrawn: true });
    expect(result.ok ? [] : result.errors.map((e) => [e.path, e.code])).to.deep.equal([
      ['consent.withdrawn.at', 'format'],
      ['consent.withdrawn.by', 'required'],
    ]);
  });

  it('requires a consent object', () => {
    const result = validateConsent(undefined);
    expect(result.ok ? [] : result.errors.map((e) => [e.path, e.code])).to.deep.equal([
      ['consent', 'required'],
    ]);
  });
});

describe('validateReferralField', () => {
  const draft = {
    source: 'staff',
    patient: {
      givenName: 'Siân',
      dateOfBirth: '1961-02-29',
      phone: '0116 496 0377',
      preferredContact: 'text',
    },
    consent: { contactBy: ['text'] },
  };

  it("returns only that field's errors, not those of fields still to fill in", () => {
    const at = (path: string): unknown =>
      validateReferralField(draft, path, { now }).map(({ path: p, code: c }) => [p, c]);
    expect(at('patient.givenName')).to.deep.equal([]);
    expect(at('patient.dateOfBirth')).to.deep.equal([['patient.dateOfBirth', 'invalid-date']]);
    expect(at('patient.familyName')).to.deep.equal([['patient.familyName', 'required']]);
    // Cross-field rules still apply: texts need a mobile.
    expect(at('patient.phone')).to.deep.equal([['patient.phone', 'not-a-mobile']]);
    expect(at('patient.address')).to.deep.equal([['patient.address', 'required']]);
  });

  it('includes errors below the path', () => {
    const errors = validateReferralField(
      withField(staff, 'patient.address.postcode', 'LE7'),
      'patient',
      { now },
    );
    expect(errors.map((e) => [e.path, e.code])).to.deep.equal([
      ['patient.address.postcode', 'format'],
    ]);
    expect(validateReferralField(staff, 'patient', { now })).to.deep.equal([]);
  });
});

describe('validateReferral: characters no text may hold', () => {
  it('refuses control characters and unpaired surrogates in every text field, as characters', () => {
    for (const path of [
      'patient.givenName',
      'patient.address.town',
      'referrer.name',
      'referrer.role',
      'notes',
      'risk.details',
      'consent.recordedBy',
      'consent.partners.0.name',
      'activities.0',
    ])
      for (const bad of ['Ann\u0000e', 'bell\u0007', 'Zo\ud83d', '\udc00'])
        expect(
          errorsOf(withField(staff, path, bad)),
          `${path} ${JSON.stringify(bad)}`,
        ).to.deep.equal([{ path, code: 'characters' }]);
  });

  it('says so in English and in Welsh', async () => {
    const english = validateReferral(withField(staff, 'referrer.name', 'Dr\u0000Haddad'), { now });
    expect(english.ok ? '' : english.errors[0]!.message).to.equal(
      'This answer has characters that cannot be used: type it again',
    );
    await loadLocale('cy');
    const welsh = validateReferral(withField(staff, 'referrer.name', 'Dr\u0000Haddad'), {
      now,
      locale: 'cy',
    });
    expect(welsh.ok ? '' : welsh.errors[0]!.message).to.equal(
      'Mae nodau yn yr ateb hwn na ellir eu defnyddio: teipiwch ef eto',
    );
  });
});

describe('error messages', () => {
  it('are specific to the field, in English by default', () => {
    const result = validateReferral(withField(staff, 'patient.nhsNumber', undefined), { now });
    expect(result.ok ? [] : result.errors).to.deep.equal([
      { path: 'patient.nhsNumber', code: 'required', message: "Enter the patient's NHS number" },
    ]);
  });

  it('carry their parameters', () => {
    const result = validateReferral(withField(staff, 'notes', 'n'.repeat(2001)), { now });
    expect(result.ok ? [] : result.errors).to.deep.equal([
      {
        path: 'notes',
        code: 'too-long',
        message: 'Notes must be 2,000 characters or less',
        params: { max: 2000 },
      },
    ]);
    const young = validateReferral(withField(staff, 'patient.dateOfBirth', '2019-06-30'), {
      now,
      minimumAge: 16,
    });
    expect(young.ok ? '' : young.errors[0]!.message).to.equal('The patient must be 16 or older');
  });

  it('are in Welsh once Welsh is loaded', async () => {
    await loadLocale('cy');
    const result = validateReferral(withField(staff, 'patient.nhsNumber', '999ABC1234'), {
      now,
      locale: 'cy',
    });
    expect(result.ok ? '' : result.errors[0]!.message).to.equal(
      'Rhowch rif GIG yn y fformat cywir',
    );
    const future = validateReferral(withField(staff, 'patient.dateOfBirth', '2099-04-01'), {
      now,
      locale: 'cy',
    });
    expect(future.ok ? '' : future.errors[0]!.message).to.equal(
      "Mae'n rhaid i'r dyddiad geni fod yn y gorffennol",
    );
  });
});

describe('error order', () => {
  it('follows the form: fields in order, each array item before the next', () => {
    const input = withField(staff, 'consent.partners', [
      { name: 'A', agreed: 'yes' },
      { name: '', agreed: true },
    ]);
    expect(errorsOf(withField(input, 'patient.phone', '1'))).to.deep.equal([
      { path: 'patient.phone', code: 'format' },
      { path: 'consent.partners.0.agreed', code: 'type' },
      { path: 'consent.partners.1.name', code: 'required' },
    ]);
    const many = Array.from({ length: 12 }, (_, i) =>
      i === 2 || i === 10 ? 'nope' : staff.reasons[0],
    );
    expect(errorsOf(withField(staff, 'reasons', many))).to.deep.equal([
      { path: 'reasons.2', code: 'unknown-term' },
      { path: 'reasons.10', code: 'unknown-term' },
    ]);
  });
});

describe('error messages for people referring themselves', () => {
  it('speak to the patient when source is self', async () => {
    const input = withField(withField(self, 'patient.dateOfBirth', ''), 'consent.referral', false);
    const result = validateReferral(input, { now });
    expect(result.ok ? [] : result.errors.map((e) => e.message)).to.deep.equal([
      'Enter your date of birth',
      'You must agree to the referral before you can send it',
    ]);
    await loadLocale('cy');
    const welsh = validateReferral(input, { now, locale: 'cy' });
    expect(welsh.ok ? [] : welsh.errors.map((e) => e.message)).to.deep.equal([
      'Rhowch eich dyddiad geni',
      "Mae'n rhaid i chi gytuno i'r atgyfeiriad cyn y gallwch ei anfon",
    ]);
    // Messages that do not mention the patient are the same for everyone.
    const postcode = validateReferral(withField(self, 'patient.address.postcode', 'LE7'), { now });
    expect(postcode.ok ? '' : postcode.errors[0]!.message).to.equal('Enter a real postcode');
  });

  it('speak about the patient to staff', () => {
    const result = validateReferral(withField(staff, 'patient.dateOfBirth', ''), { now });
    expect(result.ok ? '' : result.errors[0]!.message).to.equal(
      "Enter the patient's date of birth",
    );
    const consent = validateConsent({ ...self.consent, referral: false }, { source: 'self' });
    expect(consent.ok ? '' : consent.errors[0]!.message).to.equal(
      'You must agree to the referral before you can send it',
    );
  });
});
