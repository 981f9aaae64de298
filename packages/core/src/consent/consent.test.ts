import { expect } from 'chai';
import fc from 'fast-check';
import { loadFixture } from '../../../../test/fixtures.js';
import type { Consent, ConsentItem, Referral } from '../model/referral.js';
import { validateConsent } from '../validation/consent-record.js';
import {
  agreedItems,
  checkWithdrawal,
  consentInForce,
  itemKey,
  withdraw,
  withdrawableItems,
} from './index.js';

const valid = await loadFixture<Referral[]>('referrals.valid.json');
/** Phone and letter, partner Cymdeithas Gymraeg Glan-yr-Afon agreed, follow-up and outcome agreed. */
const staff = valid[0]!.consent;
/** Riverside Carers Centre agreed, Open Door Mental Health refused; text and phone. */
const twoPartners = valid[2]!.consent;

const riverside: ConsentItem = { type: 'partner', name: 'Riverside Carers Centre' };

describe('agreedItems and withdrawableItems', () => {
  it('list what was agreed in reading order: partners (or sharing), channels, follow-up, outcome', () => {
    expect(agreedItems(twoPartners)).to.deep.equal([
      riverside,
      { type: 'contactBy', channel: 'phone' },
      { type: 'contactBy', channel: 'text' },
      { type: 'followUp' },
      { type: 'shareOutcomeWithGp' },
    ]);
    expect(agreedItems(valid[3]!.consent)).to.deep.equal([
      { type: 'shareWithProviders' },
      { type: 'contactBy', channel: 'text' },
      { type: 'contactBy', channel: 'email' },
    ]);
  });

  it('leave out what was withdrawn, and everything once the whole is withdrawn', () => {
    const partly = withdraw(twoPartners, {
      at: '2026-11-20T09:00:00Z',
      by: 'x',
      items: [riverside, { type: 'followUp' }],
    });
    expect(withdrawableItems(partly).map(itemKey)).to.deep.equal([
      'contactBy:phone',
      'contactBy:text',
      'shareOutcomeWithGp',
    ]);
    expect(
      withdrawableItems(withdraw(partly, { at: '2026-11-21T09:00:00Z', by: 'x' })),
    ).to.deep.equal([]);
  });
});

describe('withdraw', () => {
  it('adds withdrawals beside the record and changes nothing already recorded', () => {
    const once = withdraw(staff, {
      at: '2026-11-20T09:00:00Z',
      by: 'Siân Prydderch',
      items: [{ type: 'contactBy', channel: 'phone' }],
    });
    const twice = withdraw(once, { at: '2026-11-21T09:00:00Z', by: 'Dr Amira Haddad' });
    expect(twice).to.deep.equal({
      ...staff,
      partialWithdrawals: [
        {
          at: '2026-11-20T09:00:00Z',
          by: 'Siân Prydderch',
          items: [{ type: 'contactBy', channel: 'phone' }],
        },
      ],
      withdrawn: { at: '2026-11-21T09:00:00Z', by: 'Dr Amira Haddad' },
    });
    expect(staff).to.not.have.property('partialWithdrawals');
    expect(validateConsent(twice, { allowWithdrawn: true }).ok).to.equal(true);
  });
});

describe('consentInForce', () => {
  const history = withdraw(
    withdraw(twoPartners, {
      at: '2026-11-10T09:00:00Z',
      by: 'x',
      items: [{ type: 'contactBy', channel: 'phone' }, riverside],
    }),
    { at: '2026-11-12T09:00:00+01:00', by: 'x', items: [{ type: 'followUp' }] },
  );

  it('is what the record permits now, with every withdrawal applied', () => {
    expect(consentInForce(history)).to.deep.equal({
      active: true,
      referral: true,
      shareWithProviders: false,
      partners: [
        { name: 'Riverside Carers Centre', agreed: false },
        { name: 'Open Door Mental Health', agreed: false },
      ],
      contactBy: ['text'],
      followUp: false,
      shareOutcomeWithGp: true,
    });
  });

  it('is what the record permitted at a moment, leaving later withdrawals out', () => {
    expect(consentInForce(history, '2026-11-09T23:59:59Z')).to.deep.include({
      shareWithProviders: true,
      contactBy: ['text', 'phone'],
      followUp: true,
    });
    // 09:00 at +01:00 is 08:00 UTC: in force from then on.
    expect(consentInForce(history, '2026-11-12T08:00:00Z').followUp).to.equal(false);
    expect(consentInForce(history, '2026-11-12T07:59:59Z').followUp).to.equal(true);
    expect(() => consentInForce(history, 'tomorrow')).to.throw(RangeError);
  });

  it('permits nothing once the whole is withdrawn, and keeps contact times', () => {
    const whole = withdraw(
      { ...staff, contactTimes: ['evening'] },
      { at: '2026-11-20T09:00:00Z', by: 'x' },
    );
    expect(consentInForce(whole)).to.deep.equal({
      active: false,
      referral: false,
      shareWithProviders: false,
      partners: [{ name: 'Cymdeithas Gymraeg Glan-yr-Afon', agreed: false }],
      contactBy: [],
      contactTimes: ['evening'],
      followUp: false,
      shareOutcomeWithGp: false,
    });
    expect(consentInForce(whole, '2026-11-19T09:00:00Z').contactBy).to.deep.equal([
      'phone',
      'letter',
    ]);
  });
});

describe('checkWithdrawal', () => {
  it('gives the record with the withdrawal added when every part stands', () => {
    const request = { at: '2026-11-20T09:00:00Z', by: 'x', items: [{ type: 'followUp' }] } as const;
    expect(checkWithdrawal(staff, request)).to.deep.equal({
      ok: true,
      value: withdraw(staff, request),
    });
  });

  it('is a conflict when the parts or the whole were already withdrawn', () => {
    const once = withdraw(staff, {
      at: '2026-11-20T09:00:00Z',
      by: 'x',
      items: [{ type: 'followUp' }],
    });
    const again = checkWithdrawal(once, {
      at: '2026-11-21T09:00:00Z',
      by: 'y',
      items: [{ type: 'followUp' }],
    });
    expect(
      again.ok ? [] : [again.conflict, again.errors.map((e) => [e.path, e.code])],
    ).to.deep.equal([true, [['items.0', 'already-withdrawn']]]);
    const whole = withdraw(once, { at: '2026-11-22T09:00:00Z', by: 'x' });
    const after = checkWithdrawal(whole, { at: '2026-11-23T09:00:00Z', by: 'x' });
    expect(after).to.deep.equal({ ok: false, conflict: true, errors: [] });
  });

  it('is not a conflict but errors, with paths in the request, for parts never agreed or a time too early', () => {
    const result = checkWithdrawal(staff, {
      at: '2026-11-01T09:00:00Z',
      by: 'x',
      items: [{ type: 'followUp' }, { type: 'contactBy', channel: 'email' }],
    });
    expect(
      result.ok ? [] : [result.conflict, result.errors.map((e) => [e.path, e.code])],
    ).to.deep.equal([
      false,
      [
        ['at', 'before-consent'],
        ['items.1', 'not-agreed'],
      ],
    ]);
    const whole = checkWithdrawal(staff, { at: '2026-11-01T09:00:00Z', by: ' ' });
    expect(whole.ok ? [] : whole.errors.map((e) => [e.path, e.code])).to.deep.equal([
      ['by', 'required'],
    ]);
  });
});

describe('withdrawals, whatever their order (property)', () => {
  it('stay valid, never change the record, and leave standing exactly what was not withdrawn', () => {
    const records = [staff, twoPartners, ...valid.slice(3).map((referral) => referral.consent)];
    fc.assert(
      fc.property(
        fc.constantFrom(...records),
        fc.array(fc.array(fc.nat(), { minLength: 1, maxLength: 3 }), { maxLength: 5 }),
        (record, picks) => {
          let consent: Consent = record;
          const gone = new Set<string>();
          picks.forEach((pick, step) => {
            const standing = withdrawableItems(consent);
            if (standing.length === 0) return;
            const items = [
              ...new Map(
                pick
                  .map((n) => standing[n % standing.length]!)
                  .map((item) => [itemKey(item), item]),
              ).values(),
            ];
            const checked = checkWithdrawal(consent, {
              at: new Date(Date.parse(record.at) + (step + 1) * 86_400_000).toISOString(),
              by: `person ${step}`,
              items,
            });
            expect(checked.ok, JSON.stringify(items)).to.equal(true);
            if (!checked.ok) return;
            consent = checked.value;
            items.forEach((item) => gone.add(itemKey(item)));
          });
          expect({ ...consent, partialWithdrawals: undefined }).to.deep.equal({
            ...record,
            partialWithdrawals: undefined,
          });
          const inForce = consentInForce(consent);
          const kept = agreedItems(record).filter((item) => !gone.has(itemKey(item)));
          const sharingWithdrawn = gone.has('shareWithProviders');
          expect([...inForce.contactBy].sort()).to.deep.equal(
            kept.flatMap((item) => (item.type === 'contactBy' ? [item.channel] : [])).sort(),
          );
          expect(inForce.partners.filter((p) => p.agreed).map((p) => p.name)).to.deep.equal(
            sharingWithdrawn
              ? []
              : kept.flatMap((item) => (item.type === 'partner' ? [item.name] : [])),
          );
          expect(inForce.followUp).to.equal(kept.some((item) => item.type === 'followUp'));
          expect(withdrawableItems(consent).map(itemKey)).to.deep.equal(
            kept.filter((item) => !(sharingWithdrawn && item.type === 'partner')).map(itemKey),
          );
        },
      ),
      { seed: 20261126, numRuns: 200 },
    );
  });
});
