import { expect } from 'chai';
import { loadFixture } from '../../../../test/fixtures.js';
import { loadLocale } from '../messages/index.js';
import type { Consent, PartialWithdrawal, Referral } from '../model/referral.js';
import { ConsentSchema, validateConsent, validateNewConsent, validateReferral } from './index.js';

const NOW = new Date('2026-11-26T12:00:00Z');
const now = (): Date => new Date(NOW);

const valid = await loadFixture<Referral[]>('referrals.valid.json');
/** Siân Prydderch: phone and letter, one named partner agreed, follow-up and outcome agreed; at 2026-11-02T10:09:00Z. */
const staff = valid[0]!;
/** Two named partners, one agreed (Riverside Carers Centre), one refused (Open Door Mental Health). */
const twoPartners = valid[2]!;

function errorsOf(input: unknown, allowWithdrawn = true): [string, string][] {
  const result = validateConsent(input, { allowWithdrawn });
  return result.ok ? [] : result.errors.map((error) => [error.path, error.code]);
}

function withPartial(consent: Consent, ...withdrawals: unknown[]): Record<string, unknown> {
  return { ...consent, partialWithdrawals: withdrawals };
}

const phone = { type: 'contactBy', channel: 'phone' } as const;

describe('validateConsent: contact times', () => {
  it('keeps the times contact was agreed for, and leaves an empty list out', () => {
    const times = { ...staff.consent, contactTimes: [' morning', 'evening'] };
    const result = validateConsent(times);
    expect(result).to.deep.equal({
      ok: true,
      value: { ...staff.consent, contactTimes: ['morning', 'evening'] },
    });
    expect(validateConsent({ ...staff.consent, contactTimes: [] })).to.deep.equal({
      ok: true,
      value: staff.consent,
    });
  });

  it('names a time that is not morning, afternoon or evening', () => {
    expect(errorsOf({ ...staff.consent, contactTimes: ['morning', 'night'] })).to.deep.equal([
      ['consent.contactTimes.1', 'enum'],
    ]);
    expect(errorsOf({ ...staff.consent, contactTimes: 'morning' })).to.deep.equal([
      ['consent.contactTimes', 'type'],
    ]);
  });

  it("holds a referral's preferred times to the times consented to, when consent limits them", () => {
    const referral = {
      ...staff,
      patient: { ...staff.patient, contactTimes: ['morning', 'evening'] },
      consent: { ...staff.consent, contactTimes: ['morning', 'afternoon'] },
    };
    const result = validateReferral(referral, { now });
    expect(result.ok ? [] : result.errors.map((e) => [e.path, e.code, e.message])).to.deep.equal([
      [
        'patient.contactTimes.1',
        'not-consented',
        'Select only times the patient has agreed to be contacted at',
      ],
    ]);
    const anyTime = { ...referral, consent: staff.consent };
    expect(validateReferral(anyTime, { now }).ok).to.equal(true);
  });
});

describe('validateConsent: partial withdrawals', () => {
  it('are not allowed on a new consent', () => {
    const partial = withPartial(staff.consent, {
      at: '2026-11-20T09:00:00Z',
      by: 'Siân',
      items: [phone],
    });
    expect(errorsOf(partial, false)).to.deep.equal([['consent.partialWithdrawals', 'not-allowed']]);
    const result = validateConsent(partial);
    expect(result.ok ? '' : result.errors[0]!.message).to.equal(
      'A new consent cannot include withdrawn parts',
    );
  });

  it('keep a history of parts withdrawn, normalised, with the record itself untouched', () => {
    const history = withPartial(
      staff.consent,
      {
        at: '2026-11-10T09:00:00+00:00',
        by: ' Siân Prydderch ',
        items: [phone, { type: 'followUp' }],
      },
      {
        at: '2026-11-12T09:00:00Z',
        by: 'Dr Amira Haddad',
        items: [{ type: 'partner', name: ' Cymdeithas Gymraeg Glan-yr-Afon ' }],
      },
    );
    const expected: Consent = {
      ...staff.consent,
      partialWithdrawals: [
        {
          at: '2026-11-10T09:00:00+00:00',
          by: 'Siân Prydderch',
          items: [phone, { type: 'followUp' }],
        },
        {
          at: '2026-11-12T09:00:00Z',
          by: 'Dr Amira Haddad',
          items: [{ type: 'partner', name: 'Cymdeithas Gymraeg Glan-yr-Afon' }],
        },
      ],
    };
    const result = validateConsent(history, { allowWithdrawn: true });
    expect(result).to.deep.equal({ ok: true, value: expected });
    expect(validateConsent(expected, { allowWithdrawn: true })).to.deep.equal(result);
    expect(ConsentSchema.safeParse(expected).success).to.equal(true);
  });

  it('refuse a part the person never agreed to', () => {
    const consent = twoPartners.consent; // text and phone; Open Door refused
    expect(
      errorsOf(
        withPartial(consent, {
          at: '2026-11-20T09:00:00Z',
          by: 'x',
          items: [
            { type: 'contactBy', channel: 'email' },
            { type: 'partner', name: 'Open Door Mental Health' },
            { type: 'partner', name: 'Nobody we know' },
            { type: 'contactBy', channel: 'text' },
          ],
        }),
      ),
    ).to.deep.equal([
      ['consent.partialWithdrawals.0.items.0', 'not-agreed'],
      ['consent.partialWithdrawals.0.items.1', 'not-agreed'],
      ['consent.partialWithdrawals.0.items.2', 'not-agreed'],
    ]);
    const refused = { ...valid[1]!.consent, withdrawn: undefined }; // Dafydd: no sharing, no outcome to GP
    expect(
      errorsOf(
        withPartial(refused, {
          at: '2026-11-20T09:00:00Z',
          by: 'x',
          items: [{ type: 'shareWithProviders' }, { type: 'shareOutcomeWithGp' }],
        }),
      ),
    ).to.deep.equal([
      ['consent.partialWithdrawals.0.items.0', 'not-agreed'],
      ['consent.partialWithdrawals.0.items.1', 'not-agreed'],
    ]);
  });

  it('refuse a part withdrawn before, twice in one withdrawal, or with all sharing', () => {
    const at = (day: number) => `2026-11-${day}T09:00:00Z`;
    expect(
      errorsOf(
        withPartial(
          twoPartners.consent,
          { at: at(10), by: 'x', items: [phone, phone] },
          { at: at(11), by: 'x', items: [phone, { type: 'shareWithProviders' }] },
          { at: at(12), by: 'x', items: [{ type: 'partner', name: 'Riverside Carers Centre' }] },
        ),
      ),
    ).to.deep.equal([
      ['consent.partialWithdrawals.0.items.1', 'already-withdrawn'],
      ['consent.partialWithdrawals.1.items.0', 'already-withdrawn'],
      ['consent.partialWithdrawals.2.items.0', 'already-withdrawn'],
    ]);
    // Withdrawing the last named partner leaves no sharing to withdraw.
    expect(
      errorsOf(
        withPartial(
          twoPartners.consent,
          { at: at(10), by: 'x', items: [{ type: 'partner', name: 'Riverside Carers Centre' }] },
          { at: at(11), by: 'x', items: [{ type: 'shareWithProviders' }] },
        ),
      ),
    ).to.deep.equal([['consent.partialWithdrawals.1.items.0', 'already-withdrawn']]);
  });

  it('must come after consent was given, and parts before the whole was withdrawn', () => {
    const early = withPartial(staff.consent, {
      at: '2026-11-01T09:00:00Z',
      by: 'x',
      items: [phone],
    });
    expect(errorsOf(early)).to.deep.equal([['consent.partialWithdrawals.0.at', 'before-consent']]);
    const late = {
      ...withPartial(staff.consent, { at: '2026-11-21T09:00:00Z', by: 'x', items: [phone] }),
      withdrawn: { at: '2026-11-20T09:00:00Z', by: 'x' },
    };
    expect(errorsOf(late)).to.deep.equal([['consent.partialWithdrawals.0.at', 'after-withdrawal']]);
    const backwards = { ...staff.consent, withdrawn: { at: '2026-11-02T10:08:59Z', by: 'x' } };
    expect(errorsOf(backwards)).to.deep.equal([['consent.withdrawn.at', 'before-consent']]);
    // The same instant in another offset is not earlier.
    const sameInstant = {
      ...staff.consent,
      withdrawn: { at: '2026-11-02T10:09:00+00:00', by: 'x' },
    };
    expect(errorsOf(sameInstant)).to.deep.equal([]);
  });

  it('check each withdrawal and part for shape, in form order', () => {
    expect(
      errorsOf(
        withPartial(
          staff.consent,
          null,
          { at: 'soon', by: ' ', items: [] },
          {
            at: '2026-11-20T09:00:00Z',
            by: 'x',
            items: [
              { type: 'everything' },
              { type: 'partner' },
              { type: 'contactBy', channel: 'pigeon' },
              { type: 'contactBy' },
              'phone',
              null,
            ],
          },
        ),
      ),
    ).to.deep.equal([
      ['consent.partialWithdrawals.0', 'required'],
      ['consent.partialWithdrawals.1.at', 'format'],
      ['consent.partialWithdrawals.1.by', 'required'],
      ['consent.partialWithdrawals.1.items', 'required'],
      ['consent.partialWithdrawals.2.items.0.type', 'enum'],
      ['consent.partialWithdrawals.2.items.1.name', 'required'],
      ['consent.partialWithdrawals.2.items.2.channel', 'enum'],
      ['consent.partialWithdrawals.2.items.3.channel', 'required'],
      ['consent.partialWithdrawals.2.items.4', 'type'],
      ['consent.partialWithdrawals.2.items.5', 'required'],
    ]);
  });

  it('say which withdrawal and part is wrong, in both languages and to the patient', async () => {
    const input = withPartial(valid[1]!.consent, {
      at: '2026-11-20T09:00:00Z',
      by: 'Dafydd',
      items: [{ type: 'followUp' }, { type: 'contactBy', channel: 'letter' }],
    });
    const staffWords = validateConsent(input, { allowWithdrawn: true });
    expect(staffWords.ok ? [] : staffWords.errors.map((e) => e.message)).to.deep.equal([
      'Remove part 2 of withdrawal 1: the patient did not agree to it',
    ]);
    const selfWords = validateConsent(input, { allowWithdrawn: true, source: 'self' });
    expect(selfWords.ok ? [] : selfWords.errors.map((e) => e.message)).to.deep.equal([
      'Remove part 2 of withdrawal 1: you did not agree to it',
    ]);
    await loadLocale('cy');
    const welsh = validateConsent(input, { allowWithdrawn: true, source: 'self', locale: 'cy' });
    expect(welsh.ok ? [] : welsh.errors.map((e) => e.message)).to.deep.equal([
      "Dilëwch ran 2 o dynnu'n ôl rhif 1: ni wnaethoch chi gytuno iddi",
    ]);
  });

  it('are checked against the record only where the record is itself valid', () => {
    const input = {
      ...withPartial(staff.consent, { at: '2026-11-20T09:00:00Z', by: 'x', items: [phone] }),
      contactBy: 'phone',
    };
    expect(errorsOf(input)).to.deep.equal([['consent.contactBy', 'type']]);
  });

  it('accept a withdrawal of sharing the outcome with the GP practice', () => {
    const history: PartialWithdrawal[] = [
      { at: '2026-11-20T09:00:00Z', by: 'x', items: [{ type: 'shareOutcomeWithGp' }] },
    ];
    expect(errorsOf({ ...staff.consent, partialWithdrawals: history })).to.deep.equal([]);
  });
});

describe('validateNewConsent', () => {
  it('is validateConsent without withdrawals, for every fixture consent and a broken one', () => {
    const inputs: unknown[] = [
      ...valid.map((referral) => referral.consent),
      { ...staff.consent, recordedBy: ' ', contactTimes: ['dawn'], givenBy: { type: 'proxy' } },
      undefined,
    ];
    for (const input of inputs) {
      for (const source of [undefined, 'staff', 'self'] as const) {
        const options = source ? { source, submittedAt: staff.submittedAt } : {};
        expect(validateNewConsent(input, options)).to.deep.equal(validateConsent(input, options));
      }
    }
  });

  it('refuses withdrawals as not allowed, without reading them', () => {
    const withdrawn = {
      ...staff.consent,
      withdrawn: { at: 'whenever' },
      partialWithdrawals: [{ items: 'all of it' }],
    };
    const result = validateNewConsent(withdrawn);
    expect(result.ok ? [] : result.errors.map((e) => [e.path, e.code, e.message])).to.deep.equal([
      ['consent.withdrawn', 'not-allowed', 'A new referral cannot include withdrawn consent'],
      ['consent.partialWithdrawals', 'not-allowed', 'A new consent cannot include withdrawn parts'],
    ]);
    expect(validateNewConsent({ ...staff.consent, partialWithdrawals: [] }).ok).to.equal(true);
  });
});
