/**
 * Test support: the shared valid referrals, loaded once. (Vitest has no
 * mocha `before` global, so tests await this instead of a hook.)
 */
import { loadFixture } from '../../../../../test/fixtures.js';
import type { Referral } from '../../model/referral.js';

let loading: Promise<Referral[]> | undefined;

/** The 16 referrals of `referrals.valid.json`. */
export function validReferrals(): Promise<Referral[]> {
  loading ??= loadFixture<Referral[]>('referrals.valid.json');
  return loading;
}
