import { expect } from 'chai';
import { createDraftStore } from './drafts.js';
import type { DraftStorageArea } from './drafts.js';
import { createTestEnvironment, PINNED_NOW } from './testing/test-environment.js';

/** A storage area in a Map, that can be told to refuse writes like a full quota. */
class MapArea implements DraftStorageArea {
  readonly items = new Map<string, string>();
  full = false;
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.full) throw new DOMException('The quota has been exceeded', 'QuotaExceededError');
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

const HOUR = 3_600_000;
const form = { step: 2, patient: { givenName: 'Siân', familyName: 'Prydderch' } };

describe('createDraftStore', () => {
  it('saves a draft with its key and expiry, and a new store over the same storage reads it', () => {
    const env = createTestEnvironment();
    const area = new MapArea();
    const options = {
      storage: 'session',
      key: 'lw:draft',
      ttlMs: HOUR,
      now: env.now,
      area,
    } as const;
    expect(createDraftStore(options).save(form, 'key-1')).to.equal(true);
    expect(JSON.parse(area.items.get('lw:draft')!)).to.deep.equal({
      v: 1,
      idempotencyKey: 'key-1',
      savedAt: PINNED_NOW,
      expiresAt: '2026-11-26T13:00:00.000Z',
      value: form,
    });
    expect(createDraftStore(options).load()).to.deep.equal({
      value: form,
      idempotencyKey: 'key-1',
      savedAt: PINNED_NOW,
      expiresAt: '2026-11-26T13:00:00.000Z',
    });
  });

  it('deletes an expired draft when it is read', () => {
    const env = createTestEnvironment();
    const area = new MapArea();
    const drafts = createDraftStore({
      storage: 'local',
      key: 'lw:draft',
      ttlMs: HOUR,
      now: env.now,
      area,
    });
    drafts.save(form, 'key-1');
    env.advance(HOUR - 1);
    expect(drafts.load()?.idempotencyKey).to.equal('key-1');
    env.advance(1);
    expect(drafts.load()).to.equal(undefined);
    expect(area.items.has('lw:draft')).to.equal(false);
  });

  it('extends the expiry each time it is saved', () => {
    const env = createTestEnvironment();
    const drafts = createDraftStore({
      storage: 'local',
      key: 'd',
      ttlMs: HOUR,
      now: env.now,
      area: new MapArea(),
    });
    drafts.save(form, 'key-1');
    env.advance(HOUR / 2);
    drafts.save({ ...form, step: 3 }, 'key-1');
    env.advance(HOUR * 0.9);
    expect(drafts.load()?.value).to.deep.equal({ ...form, step: 3 });
  });

  it('discards corrupt or foreign values without throwing', () => {
    const env = createTestEnvironment();
    const area = new MapArea();
    const drafts = createDraftStore({
      storage: 'session',
      key: 'd',
      ttlMs: HOUR,
      now: env.now,
      area,
    });
    for (const stored of [
      '{"v":1,"idempotencyKey":"k","savedAt":',
      'null',
      '"a string"',
      '{"v":2,"idempotencyKey":"k","savedAt":"2026-11-26T12:00:00Z","expiresAt":"2026-11-26T12:30:00Z","value":{}}',
      '{"v":1,"idempotencyKey":"","savedAt":"2026-11-26T12:00:00Z","expiresAt":"2026-11-26T12:30:00Z","value":{}}',
      '{"v":1,"idempotencyKey":"k","savedAt":"yesterday","expiresAt":"2026-11-26T12:30:00Z","value":{}}',
      '{"v":1,"idempotencyKey":"k","savedAt":"2026-11-26T12:00:00Z","expiresAt":"2026-11-26T12:30:00Z"}',
      // Claims to outlive the TTL: a clock moved back, or an edited value.
      '{"v":1,"idempotencyKey":"k","savedAt":"2026-11-26T12:00:00Z","expiresAt":"2027-01-01T00:00:00Z","value":{}}',
    ]) {
      area.items.set('d', stored);
      expect(drafts.load(), stored).to.equal(undefined);
      expect(area.items.has('d'), stored).to.equal(false);
    }
  });

  it('clears on request', () => {
    const area = new MapArea();
    const drafts = createDraftStore({ storage: 'session', key: 'd', ttlMs: HOUR, area });
    drafts.save(form, 'key-1');
    drafts.clear();
    expect(drafts.load()).to.equal(undefined);
    expect(area.items.size).to.equal(0);
  });

  it('keeps nothing with storage none', () => {
    const drafts = createDraftStore({ storage: 'none', key: 'd', ttlMs: HOUR });
    expect(drafts.persistence).to.equal('none');
    expect(drafts.save(form, 'key-1')).to.equal(false);
    expect(drafts.load()).to.equal(undefined);
  });

  it('reports values it cannot save instead of throwing', () => {
    const area = new MapArea();
    const drafts = createDraftStore<unknown>({ storage: 'session', key: 'd', ttlMs: HOUR, area });
    expect(drafts.save({ big: 1n }, 'key-1')).to.equal(false);
    expect(drafts.save(undefined, 'key-1')).to.equal(false);
    expect(drafts.save(form, '')).to.equal(false);
    area.full = true;
    expect(drafts.save(form, 'key-1')).to.equal(false);
    expect(area.items.size).to.equal(0);
  });

  it('refuses a TTL or key that makes no sense', () => {
    expect(() => createDraftStore({ storage: 'session', key: 'd', ttlMs: 0 })).to.throw(RangeError);
    expect(() => createDraftStore({ storage: 'session', key: '', ttlMs: HOUR })).to.throw(
      RangeError,
    );
  });

  it('uses Web Storage where the runtime has it, and memory elsewhere, shared by new stores', () => {
    const env = createTestEnvironment();
    const hasSession =
      typeof (globalThis as { sessionStorage?: unknown }).sessionStorage === 'object';
    const key = 'linkwork:test:draft-fallback';
    const first = createDraftStore({ storage: 'session', key, ttlMs: HOUR, now: env.now });
    expect(first.persistence).to.equal(hasSession ? 'session' : 'memory');
    first.save(form, 'key-1');
    if (hasSession) {
      const raw = (globalThis as unknown as { sessionStorage: Storage }).sessionStorage.getItem(
        key,
      );
      expect(JSON.parse(raw!).idempotencyKey).to.equal('key-1');
    }
    const second = createDraftStore({ storage: 'session', key, ttlMs: HOUR, now: env.now });
    expect(second.load()?.value).to.deep.equal(form);
    // Session and local drafts never share an area.
    expect(createDraftStore({ storage: 'local', key, ttlMs: HOUR, now: env.now }).load()).to.equal(
      undefined,
    );
    second.clear();
    expect(first.load()).to.equal(undefined);
  });
});
