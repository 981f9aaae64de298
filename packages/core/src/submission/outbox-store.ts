/**
 * Where the outbox keeps referrals it has not delivered yet: one interface,
 * with a memory store here and an IndexedDB store in `indexeddb-outbox-store.ts`.
 */
import type { FieldError } from '../backend/errors.js';
import type { Referral } from '../model/referral.js';
import type { TransientFailure } from './retry.js';

/** Why the last try of a pending entry did not deliver it. */
export type PendingReason = TransientFailure | 'offline' | 'unauthorised';

/** Why a failed entry will not be sent again until the user acts. */
export type FailureReason =
  | { readonly reason: 'invalid'; readonly errors: readonly FieldError[] }
  | { readonly reason: 'conflict' }
  | { readonly reason: 'refused' };

/** One referral waiting in the outbox. Timestamps are RFC 3339 (UTC). */
export interface OutboxEntry {
  /** The referral's idempotency key, and the entry's identity. */
  readonly key: string;
  readonly referral: Referral;
  /** `pending` entries are sent by the next flush; `failed` ones wait for the user. */
  readonly state: 'pending' | 'failed';
  /** Attempts made so far, over every run. */
  readonly attempts: number;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly lastAttemptAt?: string;
  /** Not before this time: the backend's `Retry-After` was too long to wait for in line. */
  readonly notBefore?: string;
  /** Pending entries: why the last try did not deliver. */
  readonly lastError?: PendingReason;
  /** Failed entries: what the backend said. */
  readonly failure?: FailureReason;
  /**
   * Who is sending it now, and until when. A flush in another tab (or another
   * outbox instance) leaves a leased entry alone until the lease runs out.
   */
  readonly lease?: { readonly owner: string; readonly until: string };
}

/**
 * Decides the next version of one entry from the current one: return the new
 * entry to write it, `null` to delete it, `undefined` to leave it unchanged.
 * Must be synchronous and must not throw for ordinary input.
 */
export type EntryChange = (current: OutboxEntry | undefined) => OutboxEntry | null | undefined;

/** Persistence for the outbox. Every `update` is atomic with respect to every other. */
export interface OutboxStore {
  /** Which kind of store this is, for diagnostics and tests. */
  readonly kind: 'memory' | 'indexeddb';
  /** All entries, oldest first. Unreadable records are left out, not thrown. */
  list(): Promise<OutboxEntry[]>;
  get(key: string): Promise<OutboxEntry | undefined>;
  /**
   * Reads, decides and writes one entry in one transaction, so that two tabs
   * cannot both claim it. Resolves with the entry as stored afterwards.
   */
  update(key: string, change: EntryChange): Promise<OutboxEntry | undefined>;
  /** Releases the connection (IndexedDB); the store reopens when used again. */
  close(): void;
}

/** Whether a stored value looks enough like an entry to be handled. */
export function isOutboxEntry(value: unknown): value is OutboxEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return (
    typeof entry.key === 'string' &&
    typeof entry.referral === 'object' &&
    entry.referral !== null &&
    (entry.state === 'pending' || entry.state === 'failed') &&
    typeof entry.attempts === 'number' &&
    typeof entry.createdAt === 'string' &&
    typeof entry.updatedAt === 'string'
  );
}

/** Oldest first, then by key, so that flushes go in a stable order. */
export function byAge(a: OutboxEntry, b: OutboxEntry): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/**
 * An outbox store in memory: for Node, for tests, and where IndexedDB is
 * missing. Entries are copied in and out, as IndexedDB would clone them.
 * Share one instance between outboxes to model tabs over one database.
 */
export class MemoryOutboxStore implements OutboxStore {
  readonly kind = 'memory';
  readonly #entries = new Map<string, OutboxEntry>();

  async list(): Promise<OutboxEntry[]> {
    return [...this.#entries.values()].map((entry) => structuredClone(entry)).sort(byAge);
  }

  async get(key: string): Promise<OutboxEntry | undefined> {
    const entry = this.#entries.get(key);
    return entry && structuredClone(entry);
  }

  async update(key: string, change: EntryChange): Promise<OutboxEntry | undefined> {
    const current = this.#entries.get(key);
    const next = change(current && structuredClone(current));
    if (next === null) {
      this.#entries.delete(key);
      return undefined;
    }
    if (next === undefined) return current && structuredClone(current);
    if (next.key !== key) throw new Error('An outbox entry cannot change its key');
    this.#entries.set(key, structuredClone(next));
    return structuredClone(next);
  }

  close(): void {
    // Nothing to release.
  }
}
