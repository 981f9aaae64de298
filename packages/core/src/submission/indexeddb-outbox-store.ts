/**
 * The outbox in IndexedDB (raw API, no library): database `linkwork`, object
 * store `outbox`, keyed by idempotency key. Entries survive reloads and are
 * shared by every tab of the origin; `update` runs in one readwrite
 * transaction, which IndexedDB never runs at the same time as another
 * readwrite transaction over the same store, so claiming an entry is atomic
 * across tabs.
 */
import { byAge, isOutboxEntry } from './outbox-store.js';
import type { EntryChange, OutboxEntry, OutboxStore } from './outbox-store.js';

/** The database every Linkwork store lives in. */
export const OUTBOX_DATABASE = 'linkwork';
/** The object store holding outbox entries. */
export const OUTBOX_OBJECT_STORE = 'outbox';

/** The `indexedDB` factory of this runtime, when it has one. */
export function indexedDbFactory(): IDBFactory | undefined {
  try {
    const factory = (globalThis as { indexedDB?: IDBFactory }).indexedDB;
    return factory && typeof factory.open === 'function' ? factory : undefined;
  } catch {
    // Some sandboxed frames throw a SecurityError on access.
    return undefined;
  }
}

/** Options for `IndexedDbOutboxStore`. */
export interface IndexedDbOutboxStoreOptions {
  /** Defaults to `globalThis.indexedDB`. */
  readonly factory?: IDBFactory;
  /** Defaults to `linkwork`; tests use their own names. */
  readonly databaseName?: string;
}

function promised<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

function openDatabase(factory: IDBFactory, name: string, version?: number): Promise<IDBDatabase> {
  return new Promise<IDBDatabase>((resolve, reject) => {
    const request = version === undefined ? factory.open(name) : factory.open(name, version);
    request.onupgradeneeded = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains(OUTBOX_OBJECT_STORE)) {
        db.createObjectStore(OUTBOX_OBJECT_STORE, { keyPath: 'key' });
      }
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('Could not open IndexedDB'));
    // `blocked`: another tab holds an older version open; it closes on `versionchange`.
  });
}

/**
 * An outbox store over IndexedDB. Opens the database lazily, at whatever
 * version it has (other Linkwork stores may share it), and adds the `outbox`
 * object store with a version upgrade only when it is missing. Closes itself
 * when another tab upgrades the database, and reopens on next use.
 */
export class IndexedDbOutboxStore implements OutboxStore {
  readonly kind = 'indexeddb';
  readonly #factory: IDBFactory;
  readonly #name: string;
  #db: Promise<IDBDatabase> | undefined;

  constructor(options: IndexedDbOutboxStoreOptions = {}) {
    const factory = options.factory ?? indexedDbFactory();
    if (!factory) throw new Error('IndexedDB is not available in this runtime');
    this.#factory = factory;
    this.#name = options.databaseName ?? OUTBOX_DATABASE;
  }

  /** Opens the database now; rejects when IndexedDB refuses (private modes, storage off). */
  async ready(): Promise<void> {
    await this.#open();
  }

  #open(): Promise<IDBDatabase> {
    this.#db ??= (async () => {
      let db = await openDatabase(this.#factory, this.#name);
      if (!db.objectStoreNames.contains(OUTBOX_OBJECT_STORE)) {
        const version = db.version + 1;
        db.close();
        db = await openDatabase(this.#factory, this.#name, version);
      }
      db.onversionchange = () => {
        db.close();
        this.#db = undefined;
      };
      db.onclose = () => {
        this.#db = undefined;
      };
      return db;
    })().catch((error: unknown) => {
      this.#db = undefined;
      throw error;
    });
    return this.#db;
  }

  async list(): Promise<OutboxEntry[]> {
    const db = await this.#open();
    const store = db.transaction(OUTBOX_OBJECT_STORE, 'readonly').objectStore(OUTBOX_OBJECT_STORE);
    const records = await promised(store.getAll());
    return records.filter(isOutboxEntry).sort(byAge);
  }

  async get(key: string): Promise<OutboxEntry | undefined> {
    const db = await this.#open();
    const store = db.transaction(OUTBOX_OBJECT_STORE, 'readonly').objectStore(OUTBOX_OBJECT_STORE);
    const record: unknown = await promised(store.get(key));
    return isOutboxEntry(record) ? record : undefined;
  }

  async update(key: string, change: EntryChange): Promise<OutboxEntry | undefined> {
    const db = await this.#open();
    return new Promise<OutboxEntry | undefined>((resolve, reject) => {
      const transaction = db.transaction(OUTBOX_OBJECT_STORE, 'readwrite');
      const store = transaction.objectStore(OUTBOX_OBJECT_STORE);
      let result: OutboxEntry | undefined;
      let failure: unknown;
      const read = store.get(key);
      read.onsuccess = () => {
        const current: unknown = read.result;
        const entry = isOutboxEntry(current) ? current : undefined;
        try {
          const next = change(entry);
          if (next === null) {
            store.delete(key);
            result = undefined;
          } else if (next === undefined) {
            result = entry;
          } else {
            if (next.key !== key) throw new Error('An outbox entry cannot change its key');
            store.put(next);
            result = next;
          }
        } catch (error) {
          failure = error;
          transaction.abort();
        }
      };
      transaction.oncomplete = () => resolve(result);
      transaction.onabort = () =>
        reject(failure ?? transaction.error ?? new Error('IndexedDB transaction aborted'));
      transaction.onerror = () => undefined; // reported through onabort
    });
  }

  close(): void {
    const db = this.#db;
    this.#db = undefined;
    void db?.then((open) => open.close()).catch(() => undefined);
  }
}
