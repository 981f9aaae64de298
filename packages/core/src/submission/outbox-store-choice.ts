/**
 * Choosing the outbox store: IndexedDB where the runtime has it and it opens,
 * memory elsewhere, or whichever the host insists on.
 */
import { IndexedDbOutboxStore, indexedDbFactory } from './indexeddb-outbox-store.js';
import { MemoryOutboxStore } from './outbox-store.js';
import type { OutboxStore } from './outbox-store.js';

/** `auto` picks IndexedDB when present and working, else memory. */
export type OutboxStoreChoice = 'auto' | 'indexeddb' | 'memory';

/** Options for `openOutboxStore`. */
export interface OpenOutboxStoreOptions {
  /** IndexedDB database name (default `linkwork`). */
  readonly databaseName?: string;
  /** IndexedDB factory (default `globalThis.indexedDB`). */
  readonly factory?: IDBFactory;
}

/**
 * Opens the outbox store. `indexeddb` rejects when IndexedDB is missing or
 * refuses to open; `auto` falls back to memory then, so that submission still
 * works (without surviving a reload) in private windows and in Node.
 */
export async function openOutboxStore(
  choice: OutboxStoreChoice = 'auto',
  options: OpenOutboxStoreOptions = {},
): Promise<OutboxStore> {
  if (choice === 'memory') return new MemoryOutboxStore();
  const factory = options.factory ?? indexedDbFactory();
  if (!factory) {
    if (choice === 'indexeddb') throw new Error('IndexedDB is not available in this runtime');
    return new MemoryOutboxStore();
  }
  const store = new IndexedDbOutboxStore({ factory, databaseName: options.databaseName });
  try {
    await store.ready();
    return store;
  } catch (error) {
    if (choice === 'indexeddb') throw error;
    return new MemoryOutboxStore();
  }
}
