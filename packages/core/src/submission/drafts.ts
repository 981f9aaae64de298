/**
 * Drafts of a referral in progress, so that a reload does not lose the form.
 * Opt-in only: practice computers are shared and a draft holds personal data.
 * `session` keeps it for the tab's lifetime, `local` until it expires, `none`
 * keeps nothing. Every draft carries its referral's idempotency key and an
 * expiry; expired and unreadable drafts are deleted when read.
 */

/** Where drafts are kept. */
export type DraftPersistence = 'session' | 'local' | 'none';

/** The part of the Web Storage API a draft store uses. */
export interface DraftStorageArea {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** A saved draft. Timestamps are RFC 3339 (UTC). */
export interface Draft<T> {
  readonly value: T;
  /** The key of the referral this draft belongs to: resuming it keeps the key. */
  readonly idempotencyKey: string;
  readonly savedAt: string;
  readonly expiresAt: string;
}

/** Options for `createDraftStore`. */
export interface DraftStoreOptions {
  readonly storage: DraftPersistence;
  /** The storage key (`linkwork:referral-draft`); one draft per key. */
  readonly key: string;
  /** How long a draft lives after it was last saved. */
  readonly ttlMs: number;
  readonly now?: () => Date;
  /**
   * The storage area to use instead of `sessionStorage`/`localStorage` (tests,
   * or a host's encrypted store). Without it, and without Web Storage (Node,
   * storage blocked), drafts live in memory for the life of the page.
   */
  readonly area?: DraftStorageArea;
}

/** Saves, loads and clears one draft. Never throws on what it finds in storage. */
export interface DraftStore<T> {
  /** Where drafts actually go: `memory` when Web Storage is unavailable. */
  readonly persistence: 'session' | 'local' | 'memory' | 'custom' | 'none';
  /** The draft, unless there is none, it has expired, or it cannot be read (then it is deleted). */
  load(): Draft<T> | undefined;
  /**
   * Saves `value` (JSON-serialisable) with its referral's key and a fresh
   * expiry. Returns `false` when nothing was saved: persistence `none`, a value
   * JSON cannot hold, or storage full or refused.
   */
  save(value: T, idempotencyKey: string): boolean;
  /** Deletes the draft (after submitting, or when the user discards it). */
  clear(): void;
}

/** The stored form, versioned so that a later format can tell it apart. */
interface StoredDraft {
  readonly v: 1;
  readonly idempotencyKey: string;
  readonly savedAt: string;
  readonly expiresAt: string;
  readonly value: unknown;
}

class MemoryArea implements DraftStorageArea {
  readonly #items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.#items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.#items.set(key, value);
  }
  removeItem(key: string): void {
    this.#items.delete(key);
  }
}

/** Page-lifetime stand-ins for Web Storage, shared by every store like the real ones. */
const memoryAreas = { session: new MemoryArea(), local: new MemoryArea() };

const PROBE_KEY = 'linkwork:storage-probe';

/** `sessionStorage` or `localStorage` when present and writable (not blocked, not full). */
function webStorage(kind: 'session' | 'local'): DraftStorageArea | undefined {
  try {
    const scope = globalThis as {
      sessionStorage?: DraftStorageArea;
      localStorage?: DraftStorageArea;
    };
    const area = kind === 'session' ? scope.sessionStorage : scope.localStorage;
    if (!area) return undefined;
    area.setItem(PROBE_KEY, '1');
    area.removeItem(PROBE_KEY);
    return area;
  } catch {
    return undefined;
  }
}

function isStoredDraft(value: unknown): value is StoredDraft {
  if (typeof value !== 'object' || value === null) return false;
  const draft = value as Record<string, unknown>;
  return (
    draft.v === 1 &&
    typeof draft.idempotencyKey === 'string' &&
    draft.idempotencyKey !== '' &&
    typeof draft.savedAt === 'string' &&
    typeof draft.expiresAt === 'string' &&
    Number.isFinite(Date.parse(draft.savedAt)) &&
    Number.isFinite(Date.parse(draft.expiresAt)) &&
    'value' in draft
  );
}

/**
 * Makes a draft store. With `storage: 'none'` nothing is ever written, so a
 * host can pass its configuration straight through.
 */
export function createDraftStore<T>(options: DraftStoreOptions): DraftStore<T> {
  const { key, ttlMs } = options;
  if (!Number.isFinite(ttlMs) || ttlMs <= 0) {
    throw new RangeError('ttlMs must be a positive number of milliseconds');
  }
  if (key === '') throw new RangeError('A draft store needs a storage key');
  const now = options.now ?? (() => new Date());

  if (options.storage === 'none') {
    return {
      persistence: 'none',
      load: () => undefined,
      save: () => false,
      clear: () => undefined,
    };
  }

  let area: DraftStorageArea;
  let persistence: DraftStore<T>['persistence'];
  if (options.area) {
    area = options.area;
    persistence = 'custom';
  } else {
    const found = webStorage(options.storage);
    area = found ?? memoryAreas[options.storage];
    persistence = found ? options.storage : 'memory';
  }

  const remove = (): void => {
    try {
      area.removeItem(key);
    } catch {
      // Storage refused: nothing more can be done, and nothing to tell the user.
    }
  };

  return {
    persistence,
    load() {
      let text: string | null;
      try {
        text = area.getItem(key);
      } catch {
        return undefined;
      }
      if (text === null) return undefined;
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        remove();
        return undefined;
      }
      if (!isStoredDraft(parsed)) {
        remove();
        return undefined;
      }
      const nowMs = now().getTime();
      const expiresMs = Date.parse(parsed.expiresAt);
      // Expired, or claiming to live longer than any draft may (a clock moved back, or tampering).
      if (expiresMs <= nowMs || expiresMs - nowMs > ttlMs) {
        remove();
        return undefined;
      }
      return {
        value: parsed.value as T,
        idempotencyKey: parsed.idempotencyKey,
        savedAt: parsed.savedAt,
        expiresAt: parsed.expiresAt,
      };
    },
    save(value, idempotencyKey) {
      if (idempotencyKey === '') return false;
      const at = now();
      const stored: StoredDraft = {
        v: 1,
        idempotencyKey,
        savedAt: at.toISOString(),
        expiresAt: new Date(at.getTime() + ttlMs).toISOString(),
        value,
      };
      let text: string;
      try {
        text = JSON.stringify(stored);
      } catch {
        return false;
      }
      // `JSON.stringify` drops a top-level undefined or function without throwing.
      if (!('value' in (JSON.parse(text) as object))) return false;
      try {
        area.setItem(key, text);
        return true;
      } catch {
        return false;
      }
    },
    clear: remove,
  };
}
