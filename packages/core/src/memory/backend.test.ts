import { expect } from 'chai';
import { loadFixture } from '../../../../test/fixtures.js';
import { Conflict, NotFound, ValidationFailed, BackendError } from '../backend/errors.js';
import type { Consent, Referral } from '../model/referral.js';
import type { Taxonomy } from '../model/taxonomy.js';
import { fromOrukV3Service } from '../oruk/v3.js';
import { haversineMiles } from '../search/geo.js';
import { checkWithdrawal } from '../consent/withdrawal.js';
import { createMemoryBackend } from './backend.js';
import { canonicalJson } from './canonical-json.js';
import { createReference, isReference, REFERENCE_ALPHABET } from './reference.js';

const NOW = new Date('2026-11-26T12:00:00Z');
const activities = (await loadFixture<unknown[]>('riverside.oruk3.json')).map(fromOrukV3Service);
const taxonomy = await loadFixture<Taxonomy>('taxonomy.json');
const referrals = await loadFixture<Referral[]>('referrals.valid.json');
const KINGFISHER = { lat: 52.5931, lng: -1.0897 };

const memory = (options: Partial<Parameters<typeof createMemoryBackend>[0]> = {}) =>
  createMemoryBackend({ activities, taxonomy, now: () => NOW, ...options });

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('Expected a rejection');
}

describe('references', () => {
  it('look like LW-XXXX-XXXX from an unambiguous alphabet', () => {
    for (let i = 0; i < 200; i++) {
      const reference = createReference();
      expect(isReference(reference), reference).to.equal(true);
      expect(reference.slice(3)).not.to.match(/[01ILOUV]/);
    }
    expect(REFERENCE_ALPHABET).to.have.length(29);
    expect(isReference('LW-7K3P-9QX2')).to.equal(true);
    expect(isReference('LW-7K3P-9QO2')).to.equal(false);
  });

  it('draw characters without bias, throwing away bytes past the last full cycle', () => {
    const bytes = [255, 250, 232, 0, 1, 28, 29, 231, 57, 58, 30];
    const reference = createReference(() => Uint8Array.from(bytes.splice(0, 16)));
    // 255, 250 and 232 are above 231 (8 × 29 − 1) and skipped.
    expect(reference).to.equal('LW-23Z2-ZZ23');
  });
});

describe('canonicalJson', () => {
  it('ignores key order at every level', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 1, x: 2 }], c: null } })).to.equal(
      canonicalJson({ a: { c: null, d: [1, { x: 2, y: 1 }] }, b: 1 }),
    );
    expect(canonicalJson({ a: [1, 2] })).not.to.equal(canonicalJson({ a: [2, 1] }));
  });
});

describe('createMemoryBackend', () => {
  it('searches through the index and gets activities by id', async () => {
    const api = memory();
    const page = await api.searchActivities({ text: 'dwr' });
    expect(page.items.map((a) => a.name)).to.include('Cerddwyr Glan y Dŵr');
    expect((await api.searchActivities({})).total).to.equal(83);
    expect((await api.getActivity(activities[4]!.id)).name).to.equal(activities[4]!.name);
    expect(await rejection(api.getActivity('nope'))).to.be.instanceOf(NotFound);
  });

  it('geocodes from the venues: a full postcode, else the outward centroid', async () => {
    const api = memory();
    expect(await api.geocode('le7 2hr')).to.deep.equal(KINGFISHER);
    const outward = (await api.geocode('LE7 9ZZ'))!;
    expect(outward).not.to.deep.equal(KINGFISHER);
    expect(haversineMiles(outward, KINGFISHER)).to.be.below(5);
    expect(await api.geocode('LE7')).to.deep.equal(outward);
    expect(await api.geocode('SW1A 1AA')).to.equal(undefined);
    expect(await api.geocode('hello')).to.equal(undefined);
  });

  it('uses the host postcode table or function when given', async () => {
    const table = memory({
      geocoder: { 'LE1 1AA': { lat: 52.63, lng: -1.13 }, LE2: { lat: 52.6, lng: -1.12 } },
    });
    expect(await table.geocode('le11aa')).to.deep.equal({ lat: 52.63, lng: -1.13 });
    expect(await table.geocode('LE2 5ZZ')).to.deep.equal({ lat: 52.6, lng: -1.12 });
    expect(await table.geocode('LE7 2HR')).to.equal(undefined);
    const asked: string[] = [];
    const fn = memory({ geocoder: async (postcode) => (asked.push(postcode), KINGFISHER) });
    expect(await fn.geocode('anything')).to.deep.equal(KINGFISHER);
    expect(asked).to.deep.equal(['anything']);
  });

  it('searches near a postcode within a radius, sorted by distance', async () => {
    const api = memory();
    const page = await api.searchActivities({
      near: { postcode: 'LE7 2HR' },
      radiusMiles: 1,
      sort: 'distance',
      size: 50,
    });
    expect(page.total).to.be.greaterThan(0);
    const distances = page.items.map((a) => page.distances![a.id]!);
    expect(distances.every((d) => d <= 1)).to.equal(true);
    expect(distances).to.deep.equal([...distances].sort((a, b) => a - b));
    expect(page.items[0]!.locations.some((l) => l.postcode === 'LE7 2HR')).to.equal(true);
    const unknown = await api.searchActivities({ near: { postcode: 'ZZ1 1ZZ' }, radiusMiles: 1 });
    expect(unknown).to.deep.include({ total: 0, page: 1, size: 20 });
  });

  it('stores a referral once per idempotency key and answers the same receipt', async () => {
    const api = memory();
    const first = await api.submitReferral(referrals[0]!, { idempotencyKey: 'key-1' });
    expect(isReference(first.reference)).to.equal(true);
    expect(first.receivedAt).to.equal(NOW.toISOString());
    // The same body with its keys in another order is the same request.
    const reordered = Object.fromEntries(
      Object.entries(referrals[0]!).reverse(),
    ) as unknown as Referral;
    expect(await api.submitReferral(reordered, { idempotencyKey: 'key-1' })).to.deep.equal(first);
    expect(api.listReferrals()).to.have.length(1);
    expect(api.listReferrals()[0]).to.deep.include({
      reference: first.reference,
      idempotencyKey: 'key-1',
    });
    expect(api.listReferrals()[0]!.referral).to.deep.equal(referrals[0]);
    const second = await api.submitReferral(referrals[0]!, { idempotencyKey: 'key-2' });
    expect(second.reference).not.to.equal(first.reference);
    expect(api.listReferrals()).to.have.length(2);
  });

  it('rejects the same key with a different body as a Conflict', async () => {
    const api = memory();
    await api.submitReferral(referrals[0]!, { idempotencyKey: 'key-1' });
    const changed = { ...referrals[0]!, notes: 'Changed after the first attempt' };
    expect(
      await rejection(api.submitReferral(changed, { idempotencyKey: 'key-1' })),
    ).to.be.instanceOf(Conflict);
    expect(
      await rejection(api.submitReferral(referrals[1]!, { idempotencyKey: 'key-1' })),
    ).to.be.instanceOf(Conflict);
    expect(api.listReferrals()).to.have.length(1);
    expect(
      await rejection(api.submitReferral(referrals[1]!, { idempotencyKey: ' ' })),
    ).to.be.instanceOf(BackendError);
  });

  it('keeps references unique even when the generator repeats itself', async () => {
    const candidates = ['LW-AAAA-AAAA', 'LW-AAAA-AAAA', 'LW-AAAA-AAAA', 'LW-BBBB-BBBB'];
    const api = memory({ referenceFor: () => candidates.shift() ?? 'LW-CCCC-CCCC' });
    const one = await api.submitReferral(referrals[0]!, { idempotencyKey: 'a' });
    const two = await api.submitReferral(referrals[1]!, { idempotencyKey: 'b' });
    expect([one.reference, two.reference]).to.deep.equal(['LW-AAAA-AAAA', 'LW-BBBB-BBBB']);
    const stuck = memory({ referenceFor: () => 'LW-DDDD-DDDD' });
    await stuck.submitReferral(referrals[0]!, { idempotencyKey: 'a' });
    expect(
      await rejection(stuck.submitReferral(referrals[1]!, { idempotencyKey: 'b' })),
    ).to.be.instanceOf(BackendError);
    expect(stuck.listReferrals()).to.have.length(1);
  });

  it('rejects what the host validator rejects, storing nothing', async () => {
    const api = memory({
      validateReferral: (referral) =>
        referral.notes ? [] : [{ path: 'notes', code: 'required', message: 'Add a note' }],
    });
    const error = await rejection(
      api.submitReferral({ ...referrals[0]!, notes: undefined }, { idempotencyKey: 'v' }),
    );
    expect(error).to.be.instanceOf(ValidationFailed);
    expect((error as ValidationFailed).errors).to.deep.equal([
      { path: 'notes', code: 'required', message: 'Add a note' },
    ]);
    expect(api.listReferrals()).to.have.length(0);
    await api.submitReferral(
      { ...referrals[0]!, notes: 'Now with a note' },
      { idempotencyKey: 'v' },
    );
    expect(api.listReferrals()).to.have.length(1);
  });

  it('records consent idempotently and withdraws it once', async () => {
    const api = memory();
    const consent: Consent = referrals[0]!.consent;
    const receipt = await api.recordConsent(consent, { idempotencyKey: 'c-1' });
    expect(receipt.recordedAt).to.equal(NOW.toISOString());
    expect(await api.recordConsent(consent, { idempotencyKey: 'c-1' })).to.deep.equal(receipt);
    expect(
      await rejection(
        api.recordConsent({ ...consent, followUp: !consent.followUp }, { idempotencyKey: 'c-1' }),
      ),
    ).to.be.instanceOf(Conflict);
    expect(api.listConsents()).to.have.length(1);

    const withdrawal = { at: '2026-11-27T09:00:00Z', by: 'patient' };
    const withdrawn = await api.withdrawConsent(receipt.id, withdrawal);
    expect(withdrawn.id).to.equal(receipt.id);
    expect(api.listConsents()[0]!.consent.withdrawn).to.deep.equal(withdrawal);
    expect(await api.withdrawConsent(receipt.id, withdrawal)).to.deep.equal(withdrawn);
    expect(
      await rejection(api.withdrawConsent(receipt.id, { ...withdrawal, by: 'link worker' })),
    ).to.be.instanceOf(Conflict);
    expect(await rejection(api.withdrawConsent('unknown', withdrawal))).to.be.instanceOf(NotFound);
  });

  it('keeps partial withdrawals beside the record, and refuses parts withdrawn or never agreed', async () => {
    const api = memory({ checkWithdrawal });
    const consent: Consent = referrals[0]!.consent; // phone and letter, follow-up agreed
    const { id } = await api.recordConsent(consent, { idempotencyKey: 'c-2' });
    const letter = {
      at: '2026-11-20T09:00:00Z',
      by: 'Siân Prydderch',
      items: [{ type: 'contactBy', channel: 'letter' }],
    } as const;
    const first = await api.withdrawConsent(id, letter);
    expect(await api.withdrawConsent(id, letter)).to.deep.equal(first);
    expect(
      await rejection(api.withdrawConsent(id, { ...letter, at: '2026-11-21T09:00:00Z' })),
    ).to.be.instanceOf(Conflict);
    const never = await rejection(
      api.withdrawConsent(id, { ...letter, items: [{ type: 'contactBy', channel: 'email' }] }),
    );
    expect(never).to.be.instanceOf(ValidationFailed);
    expect((never as ValidationFailed).errors.map((e) => [e.path, e.code])).to.deep.equal([
      ['items.0', 'not-agreed'],
    ]);
    await api.withdrawConsent(id, { at: '2026-11-22T09:00:00Z', by: 'Siân Prydderch' });
    expect(
      await rejection(api.withdrawConsent(id, { ...letter, items: [{ type: 'followUp' }] })),
    ).to.be.instanceOf(Conflict);
    const stored = api.listConsents()[0]!.consent;
    expect(stored).to.deep.equal({
      ...consent,
      partialWithdrawals: [letter],
      withdrawn: { at: '2026-11-22T09:00:00Z', by: 'Siân Prydderch' },
    });
  });

  it('keeps any withdrawal without a check, but none after the whole', async () => {
    const api = memory();
    const { id } = await api.recordConsent(referrals[0]!.consent, { idempotencyKey: 'c-3' });
    const never = {
      at: '2026-11-20T09:00:00Z',
      by: 'x',
      items: [{ type: 'contactBy', channel: 'email' }],
    } as const;
    await api.withdrawConsent(id, never);
    await api.withdrawConsent(id, { at: '2026-11-21T09:00:00Z', by: 'x' });
    expect(api.listConsents()[0]!.consent.partialWithdrawals).to.deep.equal([never]);
    expect(
      await rejection(api.withdrawConsent(id, { ...never, at: '2026-11-22T09:00:00Z' })),
    ).to.be.instanceOf(Conflict);
  });

  it('does not let callers change what it stored', async () => {
    const api = memory();
    const referral = JSON.parse(JSON.stringify(referrals[2])) as { notes?: string } & Referral;
    await api.submitReferral(referral, { idempotencyKey: 'x' });
    referral.notes = 'changed later';
    expect(api.listReferrals()[0]!.referral.notes).to.equal(referrals[2]!.notes);
  });

  it('rejects with the signal’s reason once aborted, doing nothing', async () => {
    const api = memory();
    const controller = new AbortController();
    const reason = new Error('Navigated away');
    controller.abort(reason);
    const signal = controller.signal;
    for (const attempt of [
      api.searchActivities({}, { signal }),
      api.getActivity(activities[0]!.id, { signal }),
      api.submitReferral(referrals[0]!, { idempotencyKey: 'k', signal }),
      api.recordConsent(referrals[0]!.consent, { idempotencyKey: 'k', signal }),
      api.withdrawConsent('x', { at: NOW.toISOString(), by: 'p' }, { signal }),
      api.geocode('LE7 2HR', { signal }),
    ])
      expect(await rejection(attempt)).to.equal(reason);
    expect(api.listReferrals()).to.have.length(0);
    expect(api.listConsents()).to.have.length(0);

    // Aborted while an asynchronous geocoder is answering.
    const late = new AbortController();
    const slow = memory({
      geocoder: async () => {
        late.abort(reason);
        return KINGFISHER;
      },
    });
    expect(
      await rejection(
        slow.searchActivities({ near: { postcode: 'LE7 2HR' } }, { signal: late.signal }),
      ),
    ).to.equal(reason);
  });
});
