import { loadFixture } from '../../../../test/fixtures.js';
import { expect } from 'chai';
import fc from 'fast-check';
import type { Referral } from '../model/referral.js';
import { createDraftStore } from './drafts.js';
import type { DraftStorageArea } from './drafts.js';
import { indexedDbFactory } from './indexeddb-outbox-store.js';
import { openOutboxStore } from './outbox-store-choice.js';
import { Outbox } from './outbox.js';
import { ReferralSubmission } from './referral-submission.js';
import type { SubmitResult } from './referral-submission.js';
import { withFaults } from './testing/faulty-backend.js';
import type { Fault, FaultPlan, FaultSpec } from './testing/faulty-backend.js';
import { canonicalJson, ReferralLedger } from './testing/referral-ledger.js';
import { seededRandom } from './testing/seeded-random.js';
import { createTestEnvironment } from './testing/test-environment.js';

let loadingReferrals: Promise<Referral[]> | undefined;
/** The shared valid referrals, loaded once (Vitest has no mocha `before` global). */
function validReferrals(): Promise<Referral[]> {
  loadingReferrals ??= loadFixture<Referral[]>('referrals.valid.json');
  return loadingReferrals;
}

const policy = {
  maxAttempts: 4,
  baseMs: 100,
  maxMs: 2_000,
  attemptTimeoutMs: 5_000,
  maxRetryAfterMs: 60_000,
};

class MapArea implements DraftStorageArea {
  readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

function counterKeys(prefix: string): { newKey: () => string; made: string[] } {
  const made: string[] = [];
  return {
    made,
    newKey: () => {
      const key = `${prefix}-${made.length + 1}`;
      made.push(key);
      return key;
    },
  };
}

function setUp(plan: FaultPlan, options: { isOnline?: () => boolean } = {}) {
  const env = createTestEnvironment();
  const ledger = new ReferralLedger({ now: env.now });
  const backend = withFaults(ledger, plan);
  const area = new MapArea();
  const drafts = createDraftStore<Partial<Referral>>({
    storage: 'session',
    key: 'lw:draft',
    ttlMs: 3_600_000,
    now: env.now,
    area,
  });
  const keys = counterKeys('key');
  const submission = new ReferralSubmission<Partial<Referral>>({
    backend,
    drafts,
    newKey: keys.newKey,
    isOnline: options.isOnline,
    outbox: {
      store: 'memory',
      policy,
      random: env.random,
      sleep: env.sleep,
      deadline: env.deadline,
      now: env.now,
    },
  });
  return { env, ledger, backend, area, drafts, keys, submission };
}

const perKey =
  (faults: Record<string, readonly (Fault | FaultSpec)[]>): FaultPlan =>
  ({ key, callForKey }) =>
    faults[key]?.[callForKey - 1] ?? 'none';

describe('ReferralSubmission', () => {
  it('makes the key when the referral starts and sends it on every attempt', async () => {
    const [referral] = await validReferrals();
    const { submission, keys, backend, ledger } = setUp(
      perKey({ 'key-1': ['drop', 'commit-then-drop', 'server-error'] }),
    );
    const started = submission.start();
    expect(keys.made).to.deep.equal(['key-1']);
    expect(started.key).to.equal('key-1');
    const result = await started.submit(referral!);
    expect(keys.made).to.deep.equal(['key-1']);
    expect(result).to.deep.equal({
      status: 'delivered',
      key: 'key-1',
      receipt: ledger.record('key-1')!.receipt,
    });
    expect(backend.log.map((call) => call.key)).to.deep.equal(['key-1', 'key-1', 'key-1', 'key-1']);
    expect(ledger.records()).to.have.length(1);
  });

  it('resumes a saved draft with its key, and clears the draft once delivered', async () => {
    const [referral] = await validReferrals();
    const { submission, keys, area } = setUp(perKey({}));
    const first = submission.start();
    expect(first.restored).to.equal(undefined);
    expect(first.saveDraft({ notes: 'half written' })).to.equal(true);
    // The page reloads: a new start resumes the draft and its key.
    const resumed = submission.start();
    expect(keys.made).to.deep.equal(['key-1']);
    expect(resumed.key).to.equal('key-1');
    expect(resumed.restored!.value).to.deep.equal({ notes: 'half written' });
    expect((await resumed.submit(referral!)).status).to.equal('delivered');
    expect(area.items.size).to.equal(0);
    expect(submission.start().key).to.equal('key-2');
  });

  it('queues what it cannot send, clears the draft, and delivers it on the next flush', async () => {
    const [referral] = await validReferrals();
    const { submission, area, ledger } = setUp(
      perKey({ 'key-1': ['drop', 'drop', 'hang', 'drop'] }),
    );
    const started = submission.start();
    started.saveDraft({ notes: 'draft' });
    expect(await started.submit(referral!)).to.deep.equal({
      status: 'queued',
      key: 'key-1',
      reason: 'network',
    });
    expect(area.items.size).to.equal(0);
    expect(await submission.outbox.status()).to.deep.include({ pending: 1 });
    expect(await submission.outbox.flush()).to.deep.equal({ delivered: 1, failed: 0, pending: 0 });
    expect(ledger.record('key-1')!.referral).to.deep.equal(referral);
  });

  it('returns field errors without retrying, keeps the draft, and discards on request', async () => {
    const [referral] = await validReferrals();
    const errors = [
      { path: 'patient.nhsNumber', code: 'checksum', message: 'Check the NHS number' },
    ];
    const { submission, area, backend } = setUp(
      perKey({ 'key-1': [{ fault: 'invalid', errors }] }),
    );
    const started = submission.start();
    started.saveDraft({ notes: 'draft' });
    expect(await started.submit(referral!)).to.deep.equal({
      status: 'invalid',
      key: 'key-1',
      errors,
    });
    expect(backend.log).to.have.length(1);
    expect(area.items.size).to.equal(1);
    expect((await submission.outbox.entries())[0]).to.deep.include({ state: 'failed' });
    await started.discard();
    expect(area.items.size).to.equal(0);
    expect(await submission.outbox.entries()).to.deep.equal([]);
  });

  it('reports unauthorised and conflict plainly, without retrying', async () => {
    const [first, second] = await validReferrals();
    const { submission, backend } = setUp(
      perKey({ 'key-1': ['unauthorised'], 'key-2': ['conflict'] }),
    );
    expect(await submission.start().submit(first!)).to.deep.equal({
      status: 'unauthorised',
      key: 'key-1',
    });
    expect(await submission.start().submit(second!)).to.deep.equal({
      status: 'rejected',
      key: 'key-2',
      reason: 'conflict',
    });
    expect(backend.log.map((call) => call.key)).to.deep.equal(['key-1', 'key-2']);
    expect(
      (await submission.outbox.entries()).map((entry) => [entry.key, entry.state]),
    ).to.deep.equal([
      ['key-1', 'pending'],
      ['key-2', 'failed'],
    ]);
  });

  it('stops retrying when aborted, keeping the referral for later', async () => {
    const [referral] = await validReferrals();
    const { submission, backend, area, env } = setUp(() => 'drop');
    const control = new AbortController();
    const started = submission.start();
    started.saveDraft({ notes: 'draft' });
    const sleeps = env.sleeps;
    const submitting = started.submit(referral!, { signal: control.signal });
    // Abort while the first backoff is pending: no more attempts.
    while (sleeps.length === 0 && backend.log.length === 0) await Promise.resolve();
    control.abort();
    let caught: unknown;
    try {
      await submitting;
    } catch (error) {
      caught = error;
    }
    expect((caught as DOMException).name).to.equal('AbortError');
    expect(backend.log.length).to.be.at.most(2);
    const callsAtAbort = backend.log.length;
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(backend.log.length).to.equal(callsAtAbort);
    expect(area.items.size).to.equal(1);
    expect((await submission.outbox.entries())[0]).to.deep.include({
      key: 'key-1',
      state: 'pending',
    });
  });

  it('goes straight to the outbox while offline and sends when back online', async () => {
    const [referral] = await validReferrals();
    const { submission, backend, ledger } = setUp(perKey({}));
    const target = new EventTarget();
    const disconnect = submission.connect(target);
    target.dispatchEvent(new Event('offline'));
    expect(submission.online).to.equal(false);
    expect(await submission.start().submit(referral!)).to.deep.equal({
      status: 'queued',
      key: 'key-1',
      reason: 'offline',
    });
    expect(backend.log).to.have.length(0);
    const delivered = new Promise<void>((resolve) =>
      submission.outbox.subscribe((_status, change) => {
        if (change?.type === 'delivered') resolve();
      }),
    );
    target.dispatchEvent(new Event('online'));
    await delivered;
    expect(submission.online).to.equal(true);
    expect(ledger.record('key-1')!.referral).to.deep.equal(referral);
    disconnect();
  });

  it('asks the host whether it is online when given isOnline', async () => {
    const [referral] = await validReferrals();
    let online = false;
    const { submission, backend } = setUp(perKey({}), { isOnline: () => online });
    expect((await submission.start().submit(referral!)).status).to.equal('queued');
    expect(backend.log).to.have.length(0);
    online = true;
    expect((await submission.start().submit(referral!)).status).to.equal('delivered');
  });

  it('sends by itself, once connected, what the network let down, with no online event', async () => {
    const [referral] = await validReferrals();
    const { submission, ledger } = setUp(({ call }) => (call <= 4 ? 'drop' : 'none'));
    const disconnect = submission.connect(new EventTarget());
    const delivered = new Promise<string>((resolve) =>
      submission.outbox.subscribe((_status, change) => {
        if (change?.type === 'delivered') resolve(change.key);
      }),
    );
    const result = await submission.start().submit(referral!);
    expect(result).to.deep.include({ status: 'queued', reason: 'network' });
    expect(await delivered).to.equal(result.key);
    expect(ledger.records()).to.have.length(1);
    disconnect();
  });

  it('flushes what an earlier page left behind when it connects', async () => {
    const [referral] = await validReferrals();
    const env = createTestEnvironment();
    const ledger = new ReferralLedger({ now: env.now });
    const store = await openOutboxStore('memory');
    const earlier = new Outbox({ backend: ledger, store, ...env });
    await earlier.enqueue('left-behind', referral!);
    const submission = new ReferralSubmission({
      backend: ledger,
      outbox: new Outbox({ backend: ledger, store, ...env }),
    });
    const delivered = new Promise<string>((resolve) =>
      submission.outbox.subscribe((_status, change) => {
        if (change?.type === 'delivered') resolve(change.key);
      }),
    );
    const disconnect = submission.connect(new EventTarget());
    expect(await delivered).to.equal('left-behind');
    disconnect();
  });
});

/** Faults for the seeded run, with how often each happens. */
const RANDOM_FAULTS: readonly [Fault, number][] = [
  ['drop', 8],
  ['hang', 5],
  ['hang-ignoring-signal', 2],
  ['server-error', 8],
  ['unavailable', 6],
  ['too-many-requests', 5],
  ['commit-then-drop', 8],
  ['commit-then-hang', 4],
  ['duplicate-delivery', 6],
];
const TRANSIENT = new Set<Fault>(RANDOM_FAULTS.map(([fault]) => fault));
const FAULT_WEIGHT = RANDOM_FAULTS.reduce((sum, [, weight]) => sum + weight, 0);

type TimelineEvent =
  | {
      readonly type: 'call';
      readonly key: string;
      readonly fault: Fault;
      readonly retryAfterMs?: number;
    }
  | { readonly type: 'draw'; readonly value: number }
  | { readonly type: 'sleep'; readonly ms: number };

/** Checks every wait between attempts against the full-jitter formula and Retry-After. */
function checkBackoff(timeline: readonly TimelineEvent[]): number {
  let retry = 0;
  let checked = 0;
  for (let i = 0; i < timeline.length; i++) {
    const event = timeline[i]!;
    if (event.type === 'call') {
      const next = timeline[i + 1];
      if (next?.type !== 'draw') retry = 0;
      continue;
    }
    if (event.type !== 'sleep') continue;
    const call = timeline[i - 2];
    const draw = timeline[i - 1];
    if (call?.type !== 'call' || draw?.type !== 'draw') {
      throw new Error(`A wait at ${i} does not follow a failed call and one draw`);
    }
    expect(TRANSIENT.has(call.fault), `wait after ${call.fault}`).to.equal(true);
    const jitter = draw.value * Math.min(policy.maxMs, policy.baseMs * 2 ** retry);
    expect(event.ms).to.equal(Math.max(jitter, call.retryAfterMs ?? 0));
    const after = timeline[i + 1];
    expect(after?.type === 'call' && after.key).to.equal(call.key);
    retry++;
    checked++;
  }
  return checked;
}

/** An outbox that leaves every retry to flushes (the timeline model checks one run at a time). */
class WithoutBackgroundRetries extends Outbox {
  override retryInBackground(): () => void {
    return () => undefined;
  }
}

describe('ReferralSubmission under seeded faults', () => {
  it('stores each of 200 referrals exactly once, as submitted, whatever the network does', async function () {
    // Hundreds of simulated deliveries: on a busy 2-core machine this needs more than mocha's
    // 10 s. (Under Vitest there is no mocha context; its own timeout applies.)
    (this as Mocha.Context | undefined)?.timeout(60_000);
    const base = await validReferrals();
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 0x7fffffff }), async (seed) => {
        const chance = seededRandom(seed);
        const timeline: TimelineEvent[] = [];
        const env = createTestEnvironment({ seed: seed ^ 0x5bd1e995 });
        const ledger = new ReferralLedger({ now: env.now });
        let sequential = true;
        const plan: FaultPlan = ({ key }) => {
          const roll = chance();
          let spec: FaultSpec = { fault: 'none' };
          if (ledger.record(key) && roll < 0.02) {
            // Retried while the server still processes the first copy: 409.
            spec = { fault: 'conflict' };
          } else if (roll >= 0.45) {
            let pick = chance() * FAULT_WEIGHT;
            const [fault] = RANDOM_FAULTS.find(([, weight]) => (pick -= weight) < 0) ?? ['drop'];
            const retryAfterMs =
              fault === 'unavailable' || fault === 'too-many-requests'
                ? chance() < 0.1
                  ? 120_000
                  : Math.floor(chance() * 5_000)
                : undefined;
            spec = { fault, retryAfterMs };
          }
          if (sequential) timeline.push({ type: 'call', key, ...spec });
          return spec;
        };
        const backend = withFaults(ledger, plan);
        const databaseName = `linkwork-property-${seed}`;
        const store = await openOutboxStore('auto', { databaseName });
        const environment = {
          random: () => {
            const value = env.random();
            if (sequential) timeline.push({ type: 'draw', value });
            return value;
          },
          sleep: async (ms: number, signal?: AbortSignal) => {
            if (sequential) timeline.push({ type: 'sleep', ms });
            await env.sleep(ms, signal);
          },
          deadline: env.deadline,
          now: env.now,
          policy,
        };
        const area = new MapArea();
        const drafts = createDraftStore<Referral>({
          storage: 'local',
          key: 'lw:draft',
          ttlMs: 86_400_000,
          now: env.now,
          area,
        });
        const keys = counterKeys(`seed-${seed}`);
        const submission = new ReferralSubmission<Referral>({
          backend,
          drafts,
          newKey: keys.newKey,
          // The timeline below checks each run's waits in order, one run at a time; background
          // retries (outbox.test.ts) would interleave their own runs. The drain flushes instead.
          outbox: new WithoutBackgroundRetries({ ...environment, backend, store, owner: 'tab-1' }),
        });
        const target = new EventTarget();
        const disconnect = submission.connect(target);

        const submitted = new Map<string, Referral>();
        const results = new Map<string, SubmitResult>();
        let offline = false;
        for (let i = 0; i < 200; i++) {
          const referral: Referral = {
            ...base[i % base.length]!,
            notes: `Seeded referral ${seed}/${i}`,
          };
          const started = submission.start();
          expect(keys.made).to.have.length(i + 1);
          started.saveDraft(referral);
          if (!offline && chance() < 0.04) {
            offline = true;
            target.dispatchEvent(new Event('offline'));
          }
          const result = await started.submit(referral);
          submitted.set(started.key, referral);
          results.set(started.key, result);
          expect(['delivered', 'queued', 'rejected'], JSON.stringify(result)).to.include(
            result.status,
          );
          // Delivered, queued or kept as failed by the outbox: the draft is gone.
          expect(area.items.size).to.equal(0);
          if (offline && chance() < 0.3) {
            offline = false;
            target.dispatchEvent(new Event('online'));
            await submission.outbox.flush();
          }
        }

        expect(checkBackoff(timeline)).to.be.greaterThan(0);

        // Drain: a second tab joins, both flush together, time passes between rounds.
        sequential = false;
        target.dispatchEvent(new Event('online'));
        const secondTab = new Outbox({ ...environment, backend, store, owner: 'tab-2' });
        for (let round = 0; round < 60; round++) {
          await Promise.all([submission.outbox.flush(), secondTab.flush()]);
          const status = await submission.outbox.status();
          if (status.pending + status.sending === 0) break;
          env.advance(120_001);
        }
        disconnect();

        // Exactly once, as submitted, under the key made at start.
        const records = ledger.records();
        expect(records).to.have.length(200);
        const keysByBody = new Map<string, string[]>();
        for (const record of records) {
          const body = canonicalJson(record.referral);
          keysByBody.set(body, [...(keysByBody.get(body) ?? []), record.key]);
        }
        for (const [key, referral] of submitted) {
          expect(keysByBody.get(canonicalJson(referral))).to.deep.equal([key]);
          const result = results.get(key)!;
          if (result.status === 'delivered') {
            expect(result.receipt).to.deep.equal(ledger.record(key)!.receipt);
          }
        }
        // Every request for a key carried the same body.
        const submittedBodies = new Map(
          [...submitted].map(([key, referral]) => [key, canonicalJson(referral)]),
        );
        for (const call of backend.log) {
          expect(canonicalJson(call.referral)).to.equal(submittedBodies.get(call.key));
        }
        // Nothing pending; only 409s are left, as failed, and were never retried.
        const left = await submission.outbox.entries();
        const conflicted = new Set(
          backend.log.filter((call) => call.fault === 'conflict').map((call) => call.key),
        );
        expect(left.map((entry) => entry.key).sort()).to.deep.equal([...conflicted].sort());
        for (const entry of left) {
          expect(entry).to.deep.include({ state: 'failed', failure: { reason: 'conflict' } });
          const calls = backend.log.filter((call) => call.key === entry.key);
          expect(calls.at(-1)!.fault).to.equal('conflict');
        }
        expect(env.deadlines.every((ms) => ms === policy.attemptTimeoutMs)).to.equal(true);
        expect(area.items.size).to.equal(0);

        submission.outbox.close();
        secondTab.close();
        const factory = indexedDbFactory();
        if (store.kind === 'indexeddb' && factory) {
          await new Promise<void>((resolve) => {
            const request = factory.deleteDatabase(databaseName);
            request.onsuccess = request.onerror = request.onblocked = () => resolve();
          });
        }
      }),
      { seed: 42, numRuns: 3 },
    );
  });
});
