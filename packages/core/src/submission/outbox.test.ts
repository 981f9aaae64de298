import { loadFixture } from '../../../../test/fixtures.js';
import type { Referral } from '../model/referral.js';
import { expect } from 'chai';
import { Outbox } from './outbox.js';
import type { OutboxChange, OutboxStatus } from './outbox.js';
import { MemoryOutboxStore } from './outbox-store.js';
import type { OutboxEntry } from './outbox-store.js';
import { withFaults } from './testing/faulty-backend.js';
import type { Fault, FaultPlan, FaultSpec } from './testing/faulty-backend.js';
import { ReferralLedger } from './testing/referral-ledger.js';
import { createTestEnvironment, PINNED_NOW } from './testing/test-environment.js';
import type { TestEnvironment } from './testing/test-environment.js';

let loadingReferrals: Promise<Referral[]> | undefined;
/** The shared valid referrals, loaded once (Vitest has no mocha `before` global). */
function validReferrals(): Promise<Referral[]> {
  loadingReferrals ??= loadFixture<Referral[]>('referrals.valid.json');
  return loadingReferrals;
}

const policy = {
  maxAttempts: 3,
  baseMs: 100,
  maxMs: 1_000,
  attemptTimeoutMs: 2_000,
  maxRetryAfterMs: 10_000,
};

/** Plays a fixed list of faults per key (then `none`). */
function perKey(faults: Record<string, readonly (Fault | FaultSpec)[]>): FaultPlan {
  return ({ key, callForKey }) => faults[key]?.[callForKey - 1] ?? 'none';
}

function setUp(
  plan: FaultPlan,
  options: { store?: MemoryOutboxStore; owner?: string; env?: TestEnvironment } = {},
) {
  const env = options.env ?? createTestEnvironment();
  const ledger = new ReferralLedger({ now: env.now });
  const backend = withFaults(ledger, plan);
  const store = options.store ?? new MemoryOutboxStore();
  const outbox = new Outbox({
    backend,
    store,
    policy,
    owner: options.owner,
    random: env.random,
    sleep: env.sleep,
    deadline: env.deadline,
    now: env.now,
  });
  const changes: (OutboxChange | undefined)[] = [];
  const statuses: OutboxStatus[] = [];
  outbox.subscribe((status, change) => {
    statuses.push(status);
    changes.push(change);
  });
  /** Waits until queued notifications have been delivered. */
  const settled = async (): Promise<void> => {
    for (let i = 0; i < 20; i++) await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { env, ledger, backend, store, outbox, changes, statuses, settled };
}

describe('Outbox', () => {
  it('delivers, removes the entry and reports it', async () => {
    const referrals = await validReferrals();
    const { outbox, ledger, backend, changes, statuses, settled } = setUp(perKey({}));
    const result = await outbox.send('key-1', referrals[0]!);
    expect(result).to.deep.equal({ status: 'delivered', receipt: ledger.record('key-1')!.receipt });
    expect(await outbox.entries()).to.deep.equal([]);
    expect(backend.log.map((call) => call.key)).to.deep.equal(['key-1']);
    await settled();
    expect(changes).to.deep.equal([
      undefined,
      { type: 'delivered', key: 'key-1', receipt: ledger.record('key-1')!.receipt },
    ]);
    expect(statuses.at(-1)).to.deep.equal({ pending: 0, sending: 0, failed: 0, delivered: 1 });
  });

  it('keeps what it could not send, with its key, body, attempts and times, and flushes it later with the same key', async () => {
    const referrals = await validReferrals();
    const { outbox, ledger, backend, env, changes, settled } = setUp(
      perKey({ 'key-1': ['drop', 'server-error', 'hang'] }),
    );
    const result = await outbox.send('key-1', referrals[1]!);
    expect(result).to.deep.equal({ status: 'pending', reason: 'timeout' });
    const [entry] = await outbox.entries();
    expect(entry).to.deep.include({
      key: 'key-1',
      state: 'pending',
      attempts: 3,
      createdAt: PINNED_NOW,
      lastError: 'timeout',
    });
    expect(entry!.referral).to.deep.equal(referrals[1]);
    expect(entry!.lease).to.equal(undefined);
    expect(Date.parse(entry!.updatedAt)).to.be.greaterThan(Date.parse(PINNED_NOW));
    expect(entry!.lastAttemptAt).to.be.a('string');
    expect(ledger.records()).to.deep.equal([]);
    expect(await outbox.status()).to.deep.equal({
      pending: 1,
      sending: 0,
      failed: 0,
      delivered: 0,
    });

    env.advance(60_000);
    const summary = await outbox.flush();
    expect(summary).to.deep.equal({ delivered: 1, failed: 0, pending: 0 });
    expect(backend.log.map((call) => call.key)).to.deep.equal(['key-1', 'key-1', 'key-1', 'key-1']);
    expect(ledger.record('key-1')!.referral).to.deep.equal(referrals[1]);
    expect(await outbox.entries()).to.deep.equal([]);
    await settled();
    expect(changes.map((change) => change?.type)).to.deep.equal([
      undefined,
      'pending',
      'delivered',
    ]);
  });

  it('keeps a rejected referral as failed with its errors, never retries it, and lets the user remove it', async () => {
    const referrals = await validReferrals();
    const errors = [
      { path: 'patient.address.postcode', code: 'format', message: 'Enter a real postcode' },
    ];
    const { outbox, backend, changes, settled } = setUp(
      perKey({ 'key-1': [{ fault: 'invalid', errors }] }),
    );
    const result = await outbox.send('key-1', referrals[2]!);
    expect(result).to.deep.equal({ status: 'failed', failure: { reason: 'invalid', errors } });
    const [entry] = await outbox.entries();
    expect(entry).to.deep.include({
      state: 'failed',
      attempts: 1,
      failure: { reason: 'invalid', errors },
    });
    expect(await outbox.flush()).to.deep.equal({ delivered: 0, failed: 0, pending: 0 });
    expect(backend.log).to.have.length(1);
    expect(await outbox.status()).to.deep.equal({
      pending: 0,
      sending: 0,
      failed: 1,
      delivered: 0,
    });
    expect(await outbox.remove('key-1')).to.equal(true);
    expect(await outbox.entries()).to.deep.equal([]);
    expect(await outbox.remove('key-1')).to.equal(false);
    await settled();
    expect(changes.map((change) => change?.type)).to.deep.equal([undefined, 'failed', 'removed']);
  });

  it('keeps a conflict as failed and does not retry it', async () => {
    const referrals = await validReferrals();
    const { outbox, backend } = setUp(perKey({ 'key-1': ['conflict'] }));
    expect(await outbox.send('key-1', referrals[0]!)).to.deep.equal({
      status: 'failed',
      failure: { reason: 'conflict' },
    });
    await outbox.flush();
    expect(backend.log).to.have.length(1);
  });

  it('sends a corrected referral again under the same key after a validation failure', async () => {
    const referrals = await validReferrals();
    const { outbox, ledger } = setUp(perKey({ 'key-1': ['invalid'] }));
    await outbox.send('key-1', referrals[0]!);
    const corrected = { ...referrals[0]!, notes: 'Corrected' };
    const result = await outbox.send('key-1', corrected);
    expect(result.status).to.equal('delivered');
    expect(ledger.record('key-1')!.referral).to.deep.equal(corrected);
    expect(await outbox.entries()).to.deep.equal([]);
  });

  it('keeps an unauthorised referral pending and stops the flush there', async () => {
    const referrals = await validReferrals();
    const { outbox, backend } = setUp(
      perKey({
        'key-1': ['drop', 'drop', 'drop', 'unauthorised'],
        'key-2': ['drop', 'drop', 'drop'],
      }),
    );
    await outbox.send('key-1', referrals[0]!);
    await outbox.send('key-2', referrals[1]!);
    expect(backend.log).to.have.length(6);
    const summary = await outbox.flush();
    expect(summary).to.deep.equal({ delivered: 0, failed: 0, pending: 2 });
    expect(backend.log).to.have.length(7);
    expect((await outbox.entries()).map((entry) => [entry.key, entry.lastError])).to.deep.equal([
      ['key-1', 'unauthorised'],
      ['key-2', 'network'],
    ]);
    // Signed in again: the next flush sends both.
    expect(await outbox.flush()).to.deep.equal({ delivered: 2, failed: 0, pending: 0 });
  });

  it('waits out a long Retry-After before sending again', async () => {
    const referrals = await validReferrals();
    const { outbox, backend, env } = setUp(
      perKey({ 'key-1': [{ fault: 'unavailable', retryAfterMs: 3_600_000 }] }),
    );
    expect(await outbox.send('key-1', referrals[0]!)).to.deep.equal({
      status: 'pending',
      reason: 'unavailable',
    });
    const [entry] = await outbox.entries();
    expect(entry!.notBefore).to.equal('2026-11-26T13:00:00.000Z');
    expect(env.sleeps).to.deep.equal([]);
    env.advance(3_599_000);
    expect(await outbox.flush()).to.deep.equal({ delivered: 0, failed: 0, pending: 1 });
    expect(backend.log).to.have.length(1);
    env.advance(1_000);
    expect(await outbox.flush()).to.deep.equal({ delivered: 1, failed: 0, pending: 0 });
    expect(backend.log).to.have.length(2);
  });

  it('sends each entry once when flushes overlap in one outbox', async () => {
    const referrals = await validReferrals();
    const { outbox, backend, ledger } = setUp(({ call }) => (call <= 6 ? 'drop' : 'none'));
    await outbox.send('key-1', referrals[0]!);
    await outbox.send('key-2', referrals[1]!);
    expect(backend.log).to.have.length(6);
    const flushes = await Promise.all([outbox.flush(), outbox.flush(), outbox.flush()]);
    expect(flushes[0]).to.deep.equal({ delivered: 2, failed: 0, pending: 0 });
    expect(flushes[1]).to.equal(flushes[0]);
    expect(backend.log.slice(6).map((call) => call.key)).to.deep.equal(['key-1', 'key-2']);
    expect(ledger.records()).to.have.length(2);
  });

  it('sends each entry once when two outboxes over one store (two tabs) flush together', async () => {
    const referrals = await validReferrals();
    const store = new MemoryOutboxStore();
    const env = createTestEnvironment();
    const ledger = new ReferralLedger({ now: env.now });
    let online = false;
    // Answers after a macrotask, so that the two flushes interleave.
    const slow = withFaults(ledger, () => (online ? 'none' : 'drop'));
    const backend = {
      ...slow,
      submitReferral: async (...args: Parameters<typeof slow.submitReferral>) => {
        await new Promise((resolve) => setTimeout(resolve, 0));
        return slow.submitReferral(...args);
      },
    };
    const make = (owner: string): Outbox =>
      new Outbox({
        backend,
        store,
        policy,
        owner,
        ...env,
        deadline: () => new Promise(() => undefined),
      });
    const tabA = make('tab-a');
    const tabB = make('tab-b');
    for (let i = 0; i < 6; i++) await tabA.send(`key-${i}`, referrals[i]!);
    expect(slow.log).to.have.length(18);
    online = true;
    const [a, b] = await Promise.all([tabA.flush(), tabB.flush()]);
    expect(a.delivered + b.delivered).to.equal(6);
    const sent = slow.log
      .slice(18)
      .map((call) => call.key)
      .sort();
    expect(sent).to.deep.equal(['key-0', 'key-1', 'key-2', 'key-3', 'key-4', 'key-5']);
    expect(await store.list()).to.deep.equal([]);
  });

  it('leaves an entry leased by another live sender alone, and takes over an expired lease', async () => {
    const referrals = await validReferrals();
    const store = new MemoryOutboxStore();
    const { outbox, backend, env } = setUp(perKey({}), { store, owner: 'tab-a' });
    const entry: OutboxEntry = {
      key: 'key-1',
      referral: referrals[0]!,
      state: 'pending',
      attempts: 2,
      createdAt: PINNED_NOW,
      updatedAt: PINNED_NOW,
      lease: { owner: 'tab-b', until: '2026-11-26T12:01:00.000Z' },
    };
    await store.update('key-1', () => entry);
    expect(await outbox.flush()).to.deep.equal({ delivered: 0, failed: 0, pending: 1 });
    expect(await outbox.send('key-1', referrals[0]!)).to.deep.equal({
      status: 'pending',
      reason: 'in-progress',
    });
    expect(await outbox.remove('key-1')).to.equal(false);
    expect(backend.log).to.have.length(0);
    env.advance(60_000);
    expect(await outbox.flush()).to.deep.equal({ delivered: 1, failed: 0, pending: 0 });
    expect(backend.log).to.have.length(1);
  });

  it('counts the entry it is sending as sending, and renews its lease before each attempt', async () => {
    const referrals = await validReferrals();
    const store = new MemoryOutboxStore();
    const seen: (OutboxEntry | undefined)[] = [];
    const statuses: OutboxStatus[] = [];
    const { env } = setUp(perKey({}), { store });
    const outbox: Outbox = new Outbox({
      backend: withFaults(new ReferralLedger(), ({ callForKey }) =>
        callForKey === 1 ? 'drop' : 'none',
      ),
      store: {
        kind: 'memory',
        list: () => store.list(),
        get: (key) => store.get(key),
        update: (key, change) => store.update(key, change),
        close: () => undefined,
      },
      policy,
      owner: 'tab-a',
      ...env,
      sleep: async (ms, signal) => {
        seen.push(await store.get('key-1'));
        statuses.push(await outbox.status());
        await env.sleep(ms, signal);
      },
    });
    await outbox.send('key-1', referrals[0]!);
    expect(seen[0]!.lease!.owner).to.equal('tab-a');
    expect(seen[0]!.attempts).to.equal(1);
    expect(Date.parse(seen[0]!.lease!.until)).to.be.greaterThan(env.now().getTime());
    expect(statuses[0]).to.deep.equal({ pending: 0, sending: 1, failed: 0, delivered: 0 });
    expect(await outbox.status()).to.deep.equal({
      pending: 0,
      sending: 0,
      failed: 0,
      delivered: 1,
    });
  });

  it('keeps the referral pending, unleased, when the send is aborted', async () => {
    const referrals = await validReferrals();
    const { outbox, backend, ledger } = setUp(perKey({ 'key-1': ['hang-ignoring-signal'] }));
    const control = new AbortController();
    const sending = outbox.send('key-1', referrals[0]!, { signal: control.signal });
    await new Promise((resolve) => setTimeout(resolve, 0));
    control.abort();
    let caught: unknown;
    try {
      await sending;
    } catch (error) {
      caught = error;
    }
    expect((caught as DOMException).name).to.equal('AbortError');
    const [entry] = await outbox.entries();
    expect(entry).to.deep.include({ key: 'key-1', state: 'pending', attempts: 1 });
    expect(entry!.lease).to.equal(undefined);
    expect(await outbox.flush()).to.deep.equal({ delivered: 1, failed: 0, pending: 0 });
    expect(backend.log).to.have.length(2);
    expect(ledger.records()).to.have.length(1);
  });

  it('keeps a referral without sending it when told it is offline', async () => {
    const referrals = await validReferrals();
    const { outbox, backend } = setUp(perKey({}));
    expect(await outbox.enqueue('key-1', referrals[0]!)).to.deep.equal({
      status: 'pending',
      reason: 'offline',
    });
    expect(backend.log).to.have.length(0);
    expect((await outbox.entries())[0]).to.deep.include({ attempts: 0, lastError: 'offline' });
  });

  it('flushes when the connectivity target goes online, until detached', async () => {
    const referrals = await validReferrals();
    const { outbox, backend, changes, settled } = setUp(({ call }) =>
      call <= 3 ? 'drop' : 'none',
    );
    await outbox.send('key-1', referrals[0]!);
    await outbox.send('key-2', referrals[1]!);
    const target = new EventTarget();
    const detach = outbox.attachConnectivity(target);
    target.dispatchEvent(new Event('online'));
    await settled();
    // key-2 went straight through; key-1 waited for the `online` event.
    expect(
      changes.flatMap((change) => (change?.type === 'delivered' ? [change.key] : [])),
    ).to.deep.equal(['key-2', 'key-1']);
    expect(await outbox.entries()).to.deep.equal([]);
    detach();
    await outbox.enqueue('key-3', referrals[2]!);
    target.dispatchEvent(new Event('online'));
    await settled();
    expect(backend.log.map((call) => call.key)).to.not.include('key-3');
  });

  it('retries in the background what the network let down, with no online event, until stopped', async () => {
    const referrals = await validReferrals();
    // Three attempts per run: key-1's first run fails all three, the background run's first too, then it gets through.
    const { outbox, ledger, backend, env, changes, settled } = setUp(({ call }) =>
      call <= 4 ? 'drop' : 'none',
    );
    const stop = outbox.retryInBackground();
    expect(await outbox.send('key-1', referrals[0]!)).to.deep.equal({
      status: 'pending',
      reason: 'network',
    });
    const sleepsBefore = env.sleeps.length;
    await settled();
    // Nobody flushed: the outbox waited a backoff by itself, then sent it again with the same key.
    expect(env.sleeps.length).to.be.greaterThan(sleepsBefore);
    expect(env.sleeps[sleepsBefore]).to.be.at.most(policy.baseMs);
    expect(ledger.record('key-1')!.referral).to.deep.equal(referrals[0]);
    expect(await outbox.entries()).to.deep.equal([]);
    expect(backend.log.map((call) => call.key)).to.deep.equal(Array(5).fill('key-1'));
    expect(changes.map((change) => change?.type)).to.deep.equal([
      undefined,
      'pending',
      'delivered',
    ]);

    // Stopped, it leaves the next one for a flush.
    stop();
    const {
      outbox: quiet,
      backend: quietBackend,
      settled: quietSettled,
    } = setUp(({ call }) => (call <= 3 ? 'drop' : 'none'));
    quiet.retryInBackground()();
    expect((await quiet.send('key-2', referrals[1]!)).status).to.equal('pending');
    await quietSettled();
    expect(quietBackend.log).to.have.length(3);
    expect(await quiet.entries()).to.have.length(1);
  });

  it('does not miss an entry that becomes pending while a background run is looking at the store', async () => {
    const referrals = await validReferrals();
    /** A store whose list is taken at once but handed back only when the test says. */
    class HeldListStore extends MemoryOutboxStore {
      held: Promise<void> | undefined;
      override async list(): Promise<OutboxEntry[]> {
        const snapshot = await super.list();
        await this.held;
        return snapshot;
      }
    }
    const store = new HeldListStore();
    let release = (): void => undefined;
    store.held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const { outbox, ledger, settled } = setUp(({ call }) => (call <= 3 ? 'drop' : 'none'), {
      store,
    });
    // The run's first look sees an empty store, and is held there.
    outbox.retryInBackground();
    // Meanwhile a send runs out of attempts.
    expect((await outbox.send('key-1', referrals[0]!)).status).to.equal('pending');
    store.held = undefined;
    release();
    await settled();
    expect(ledger.record('key-1')).to.not.equal(undefined);
    expect(await outbox.entries()).to.deep.equal([]);
    outbox.close();
  });

  it('waits out Retry-After before a background retry', async () => {
    const referrals = await validReferrals();
    const { outbox, ledger, env, settled } = setUp(
      perKey({ 'key-1': [{ fault: 'unavailable', retryAfterMs: 3_600_000 }] }),
    );
    outbox.retryInBackground();
    expect((await outbox.send('key-1', referrals[0]!)).status).to.equal('pending');
    await settled();
    expect(env.sleeps).to.have.length(1);
    expect(env.sleeps[0]).to.be.at.least(3_600_000);
    expect(ledger.record('key-1')).to.not.equal(undefined);
    outbox.close();
  });

  it('leaves offline and unauthorised entries to their events: no background retry for them', async () => {
    const referrals = await validReferrals();
    const { outbox, backend, env, settled } = setUp(perKey({ 'key-2': ['unauthorised'] }));
    outbox.retryInBackground();
    await outbox.enqueue('key-1', referrals[0]!, 'offline');
    expect(await outbox.send('key-2', referrals[1]!)).to.deep.equal({
      status: 'pending',
      reason: 'unauthorised',
    });
    await settled();
    expect(env.sleeps).to.deep.equal([]);
    expect(backend.log.map((call) => call.key)).to.deep.equal(['key-2']);
    outbox.close();
  });

  it('reports a listener that throws without breaking the others', async () => {
    const referrals = await validReferrals();
    const reported: unknown[] = [];
    const outbox = new Outbox({
      backend: new ReferralLedger(),
      store: 'memory',
      reportError: (error) => reported.push(error),
    });
    const seen: OutboxStatus[] = [];
    outbox.subscribe(() => {
      throw new Error('listener bug');
    });
    const unsubscribe = outbox.subscribe((status) => seen.push(status));
    await outbox.send('key-1', referrals[0]!);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(seen.at(-1)!.delivered).to.equal(1);
    expect(reported.map(String)).to.include('Error: listener bug');
    unsubscribe();
    await outbox.send('key-2', referrals[1]!);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(seen.at(-1)!.delivered).to.equal(1);
    expect((await outbox.store()).kind).to.equal('memory');
  });
});
