import { loadFixture } from '../../../../test/fixtures.js';
import type { Referral } from '../model/referral.js';
import { expect } from 'chai';
import {
  IndexedDbOutboxStore,
  indexedDbFactory,
  OUTBOX_OBJECT_STORE,
} from './indexeddb-outbox-store.js';
import { Outbox } from './outbox.js';
import type { OutboxChange } from './outbox.js';
import { openOutboxStore } from './outbox-store-choice.js';
import type { OutboxEntry } from './outbox-store.js';
import { withFaults } from './testing/faulty-backend.js';
import { ReferralLedger } from './testing/referral-ledger.js';
import { createTestEnvironment, PINNED_NOW } from './testing/test-environment.js';

let loadingReferrals: Promise<Referral[]> | undefined;
/** The shared valid referrals, loaded once (Vitest has no mocha `before` global). */
function validReferrals(): Promise<Referral[]> {
  loadingReferrals ??= loadFixture<Referral[]>('referrals.valid.json');
  return loadingReferrals;
}

const factory = indexedDbFactory();

let databases = 0;
/** A database name of its own for each test, deleted afterwards. */
function databaseName(): string {
  databases += 1;
  return `linkwork-test-${databases}-${Math.random().toString(36).slice(2)}`;
}

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = factory!.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
    request.onblocked = () => resolve();
  });
}

function entry(key: string, createdAt: string, referral: unknown): OutboxEntry {
  return {
    key,
    referral: referral as OutboxEntry['referral'],
    state: 'pending',
    attempts: 0,
    createdAt,
    updatedAt: createdAt,
  };
}

describe('IndexedDB outbox store', () => {
  if (!factory) {
    // Node has no IndexedDB: say so, and prove that nothing pretends otherwise.
    it('is missing in this runtime, so auto chooses memory and indexeddb refuses', async () => {
      expect((globalThis as { indexedDB?: unknown }).indexedDB).to.equal(undefined);
      expect((await openOutboxStore('auto')).kind).to.equal('memory');
      let caught: unknown;
      try {
        await openOutboxStore('indexeddb');
      } catch (error) {
        caught = error;
      }
      expect(String(caught)).to.match(/IndexedDB is not available/);
      expect(() => new IndexedDbOutboxStore()).to.throw(/IndexedDB is not available/);
    });
    return;
  }

  it('is chosen automatically here, unless memory is asked for', async () => {
    const name = databaseName();
    const chosen = await openOutboxStore('auto', { databaseName: name });
    expect(chosen.kind).to.equal('indexeddb');
    chosen.close();
    expect((await openOutboxStore('memory')).kind).to.equal('memory');
    await deleteDatabase(name);
  });

  it('writes, reads oldest first, updates and deletes entries', async () => {
    const [first, second] = await validReferrals();
    const name = databaseName();
    const store = new IndexedDbOutboxStore({ databaseName: name });
    await store.update('b', () => entry('b', '2026-11-26T12:00:02.000Z', second));
    await store.update('a', () => entry('a', '2026-11-26T12:00:01.000Z', first));
    const listed = await store.list();
    expect(listed.map((item) => item.key)).to.deep.equal(['a', 'b']);
    expect(listed[0]!.referral).to.deep.equal(first);
    const updated = await store.update('a', (current) => current && { ...current, attempts: 4 });
    expect(updated!.attempts).to.equal(4);
    expect((await store.get('a'))!.attempts).to.equal(4);
    expect(await store.update('a', () => undefined)).to.deep.include({ attempts: 4 });
    expect(await store.update('a', () => null)).to.equal(undefined);
    expect(await store.get('a')).to.equal(undefined);
    let caught: unknown;
    try {
      await store.update('b', (current) => current && { ...current, key: 'c' });
    } catch (error) {
      caught = error;
    }
    expect(String(caught)).to.match(/cannot change its key/);
    expect((await store.get('b'))!.key).to.equal('b');
    store.close();
    await deleteDatabase(name);
  });

  it('joins a linkwork database that other stores already use, at a higher version', async () => {
    const name = databaseName();
    await new Promise<void>((resolve, reject) => {
      const request = factory.open(name, 3);
      request.onupgradeneeded = () => request.result.createObjectStore('settings');
      request.onsuccess = () => {
        const tx = request.result.transaction('settings', 'readwrite');
        tx.objectStore('settings').put('cy', 'locale');
        tx.oncomplete = () => {
          request.result.close();
          resolve();
        };
      };
      request.onerror = () => reject(request.error);
    });
    const store = new IndexedDbOutboxStore({ databaseName: name });
    await store.update('a', () => entry('a', PINNED_NOW, { source: 'self' }));
    store.close();
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = factory.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    expect(db.version).to.equal(4);
    expect([...db.objectStoreNames].sort()).to.deep.equal([OUTBOX_OBJECT_STORE, 'settings']);
    const locale = await new Promise((resolve) => {
      const read = db.transaction('settings').objectStore('settings').get('locale');
      read.onsuccess = () => resolve(read.result);
    });
    expect(locale).to.equal('cy');
    db.close();
    await deleteDatabase(name);
  });

  it('leaves out records it cannot read', async () => {
    const name = databaseName();
    const store = new IndexedDbOutboxStore({ databaseName: name });
    await store.update('good', () => entry('good', PINNED_NOW, { source: 'self' }));
    store.close();
    await new Promise<void>((resolve, reject) => {
      const request = factory.open(name);
      request.onsuccess = () => {
        const tx = request.result.transaction(OUTBOX_OBJECT_STORE, 'readwrite');
        tx.objectStore(OUTBOX_OBJECT_STORE).put({ key: 'bad', state: 'sent?' });
        tx.oncomplete = () => {
          request.result.close();
          resolve();
        };
      };
      request.onerror = () => reject(request.error);
    });
    const reopened = new IndexedDbOutboxStore({ databaseName: name });
    expect((await reopened.list()).map((item) => item.key)).to.deep.equal(['good']);
    expect(await reopened.get('bad')).to.equal(undefined);
    reopened.close();
    await deleteDatabase(name);
  });

  it('lets exactly one of two tabs claim an entry', async () => {
    const name = databaseName();
    const tabA = new IndexedDbOutboxStore({ databaseName: name });
    const tabB = new IndexedDbOutboxStore({ databaseName: name });
    await tabA.update('k', () => entry('k', PINNED_NOW, { source: 'self' }));
    const winners: string[] = [];
    const claim = (store: IndexedDbOutboxStore, owner: string) =>
      store.update('k', (current) => {
        if (!current || current.lease) return undefined;
        winners.push(owner);
        return { ...current, lease: { owner, until: '2026-11-26T12:05:00.000Z' } };
      });
    await Promise.all(
      Array.from({ length: 10 }, (_, i) => claim(i % 2 ? tabA : tabB, `owner-${i}`)),
    );
    expect(winners).to.have.length(1);
    expect((await tabB.get('k'))!.lease!.owner).to.equal(winners[0]);
    tabA.close();
    tabB.close();
    await deleteDatabase(name);
  });

  it('keeps the outbox over a reload and flushes it on the online event', async () => {
    const referrals = await validReferrals();
    const name = databaseName();
    const env = createTestEnvironment();
    const ledger = new ReferralLedger({ now: env.now });
    let reachable = false;
    const backend = withFaults(ledger, () => (reachable ? 'none' : 'drop'));
    const options = {
      backend,
      policy: { maxAttempts: 2 },
      random: env.random,
      sleep: env.sleep,
      deadline: env.deadline,
      now: env.now,
    };

    const before = new Outbox({
      ...options,
      store: new IndexedDbOutboxStore({ databaseName: name }),
    });
    expect(await before.send('key-1', referrals[0]!)).to.deep.equal({
      status: 'pending',
      reason: 'network',
    });
    await before.enqueue('key-2', referrals[1]!);
    before.close();

    // The page loads again: a new outbox over a new connection to the same database.
    const after = new Outbox({
      ...options,
      store: openOutboxStore('auto', { databaseName: name }),
    });
    expect((await after.store()).kind).to.equal('indexeddb');
    const kept = await after.entries();
    expect(kept.map((item) => [item.key, item.attempts, item.lastError])).to.deep.equal([
      ['key-1', 2, 'network'],
      ['key-2', 0, 'offline'],
    ]);
    expect(kept[0]!.referral).to.deep.equal(referrals[0]);

    const delivered = new Promise<OutboxChange[]>((resolve) => {
      const seen: OutboxChange[] = [];
      after.subscribe((status, change) => {
        if (change) seen.push(change);
        if (status.pending === 0 && status.sending === 0 && seen.length > 0) resolve(seen);
      });
    });
    const target = globalThis as unknown as EventTarget;
    const detach = after.attachConnectivity(target);
    reachable = true;
    target.dispatchEvent(new Event('online'));
    const changes = await delivered;
    detach();
    expect(changes.map((change) => [change.type, change.key])).to.deep.equal([
      ['delivered', 'key-1'],
      ['delivered', 'key-2'],
    ]);
    expect(ledger.records().map((record) => record.key)).to.deep.equal(['key-1', 'key-2']);
    expect(ledger.record('key-2')!.referral).to.deep.equal(referrals[1]);
    expect(await after.entries()).to.deep.equal([]);
    after.close();
    await deleteDatabase(name);
  });

  it('sends each entry once when two tabs flush the same database together', async () => {
    const referrals = await validReferrals();
    const name = databaseName();
    const env = createTestEnvironment();
    const ledger = new ReferralLedger({ now: env.now });
    const backend = withFaults(ledger, () => 'none');
    const make = (owner: string) =>
      new Outbox({
        backend,
        owner,
        store: new IndexedDbOutboxStore({ databaseName: name }),
        random: env.random,
        sleep: env.sleep,
        deadline: env.deadline,
        now: env.now,
      });
    const tabA = make('tab-a');
    const tabB = make('tab-b');
    for (let i = 0; i < 8; i++) await tabA.enqueue(`key-${i}`, referrals[i]!);
    const [a, b] = await Promise.all([tabA.flush(), tabB.flush()]);
    expect(a.delivered + b.delivered).to.equal(8);
    expect(backend.log.map((call) => call.key).sort()).to.deep.equal(
      Array.from({ length: 8 }, (_, i) => `key-${i}`),
    );
    expect(await tabB.entries()).to.deep.equal([]);
    tabA.close();
    tabB.close();
    await deleteDatabase(name);
  });
});
