import { expect } from 'chai';
import fc from 'fast-check';
import { loadFixture } from '../../../../test/fixtures.js';
import {
  referralLaterValidationEn,
  referralStartValidationEn,
  referralValidationEn,
} from '../messages/index.js';
import type { Referral } from '../model/referral.js';
import {
  REFERRAL_FIELDS,
  REFERRAL_START_FIELDS,
  validateReferral,
  validateReferralStart,
  type ValidationError,
} from './index.js';

type InvalidEntry = Record<string, unknown> & { _expect: unknown };

const NOW = new Date('2026-11-26T12:00:00Z');
const now = (): Date => new Date(NOW);

const valid = await loadFixture<Referral[]>('referrals.valid.json');
const invalid = await loadFixture<InvalidEntry[]>('referrals.invalid.json');
const inputs: unknown[] = [
  ...valid,
  ...invalid.map(({ _expect, ...referral }) => referral),
  // Each fixture as the other source too: the rules that depend on it (NHS number, referrer).
  ...valid.map((referral) => ({
    ...referral,
    source: referral.source === 'staff' ? 'self' : 'staff',
  })),
  undefined,
  null,
  'a referral',
  {},
  { source: 'self' },
  { source: 'staff', patient: 'Siân' },
];

/** The fields the start reads in full; the others it only reports as not given. */
const START_ONLY = new Set([
  '',
  'source',
  'submittedAt',
  'patient',
  'patient.givenName',
  'patient.familyName',
  'patient.dateOfBirth',
  'patient.nhsNumber',
  'patient.gender',
  'referrer',
  'referrer.name',
  'referrer.role',
  'referrer.organisationOdsCode',
  'referrer.email',
  'referrer.phone',
]);

const fullErrors = (input: unknown, options = {}): readonly ValidationError[] => {
  const result = validateReferral(input, { now, ...options });
  return result.ok ? [] : result.errors;
};

/** `input` with everything after the start empty, as a form holds it before those steps. */
function withEmptyRest(input: unknown, shape: 'blank' | 'absent'): unknown {
  if (typeof input !== 'object' || input === null) return input;
  const { source, submittedAt, patient, referrer } = input as Record<string, unknown>;
  const identity =
    typeof patient === 'object' && patient !== null
      ? (({ givenName, familyName, dateOfBirth, nhsNumber, gender }) => ({
          givenName,
          familyName,
          dateOfBirth,
          nhsNumber,
          gender,
        }))(patient as Record<string, unknown>)
      : patient;
  const rest =
    shape === 'blank'
      ? { address: { lines: [], town: '', postcode: '' }, phone: '', preferredContact: '' }
      : {};
  return {
    source,
    submittedAt,
    patient: typeof identity === 'object' ? { ...identity, ...rest } : identity,
    ...(referrer === undefined ? {} : { referrer }),
    ...(shape === 'blank' ? { reasons: [], consent: undefined } : {}),
  };
}

describe('validateReferralStart', () => {
  it("gives validateReferral's errors at the start's fields, whatever the rest holds", () => {
    for (const input of inputs) {
      for (const locale of ['en', 'cy'] as const) {
        const start = validateReferralStart(input, { now, locale });
        expect(
          start.filter((error) => START_ONLY.has(error.path)),
          JSON.stringify(input),
        ).to.deep.equal(
          fullErrors(input, { locale }).filter((error) => START_ONLY.has(error.path)),
        );
      }
    }
  });

  it("gives validateReferral's errors but the consent's when the rest is empty", () => {
    for (const input of inputs) {
      for (const shape of ['blank', 'absent'] as const) {
        const form = withEmptyRest(input, shape);
        expect(validateReferralStart(form, { now }), JSON.stringify(form)).to.deep.equal(
          fullErrors(form).filter((error) => !error.path.startsWith('consent')),
        );
      }
    }
  });

  it('agrees with validateReferral on any names, dates and NHS numbers', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('staff', 'self'),
        fc.record({
          givenName: fc.string(),
          familyName: fc.string({ maxLength: 120 }),
          dateOfBirth: fc.oneof(fc.string(), fc.constant('1990-02-29'), fc.constant('2001-05-04')),
          nhsNumber: fc.oneof(fc.string(), fc.stringMatching(/^\d{10}$/)),
        }),
        fc.integer({ min: 0, max: 120 }),
        (source, patient, minimumAge) => {
          const input = withEmptyRest({ ...valid[0], source, patient }, 'blank');
          expect(validateReferralStart(input, { now, minimumAge })).to.deep.equal(
            fullErrors(input, { minimumAge }).filter((error) => !error.path.startsWith('consent')),
          );
        },
      ),
    );
  });

  it('throws on a minimum age validateReferral refuses', () => {
    expect(() => validateReferralStart(valid[0], { now, minimumAge: 121 })).to.throw(RangeError);
  });

  it("lists its fields in REFERRAL_FIELDS' order", () => {
    const order = Object.keys(REFERRAL_FIELDS);
    const positions = REFERRAL_START_FIELDS.map((field) => order.indexOf(field));
    expect(positions).to.not.include(-1);
    expect(positions).to.deep.equal([...positions].sort((a, b) => a - b));
  });

  it("has its messages in its own section of the referral's", () => {
    expect({ ...referralStartValidationEn, ...referralLaterValidationEn }).to.deep.equal(
      referralValidationEn,
    );
    for (const key of Object.keys(referralStartValidationEn))
      expect(referralLaterValidationEn, key).to.not.have.property(key);
    const codes = new Set(
      inputs.flatMap((input) =>
        validateReferralStart(input, { now }).map((error) => `${error.path}.${error.code}`),
      ),
    );
    for (const key of codes) {
      if (/\.(type|characters)$/.test(key)) continue;
      expect(referralStartValidationEn, key).to.have.property(key.replace(/^\./, 'referral.'));
    }
  });
});
