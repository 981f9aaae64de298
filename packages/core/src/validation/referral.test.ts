import { expect } from 'chai';
import { loadFixture } from '../../../../test/fixtures.js';
import type { Referral } from '../model/referral.js';
import { ReferralSchema, validateReferral } from './index.js';

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
