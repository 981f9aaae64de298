/**
 * Test support: the server side of submission, in memory. Stores each
 * referral under its idempotency key as the wire would carry it (a JSON
 * copy), answers a repeated key with the first receipt, and refuses a key
 * reused with another body, as a backend that honours idempotency keys does.
 */
import type {
  ActivityQuery,
  Backend,
  CallOptions,
  ConsentReceipt,
  Page,
  SubmitOptions,
} from '../../backend/backend.js';
import { Conflict, NotFound } from '../../backend/errors.js';
import type { Activity } from '../../model/activity.js';
import type { Consent, Receipt, Referral } from '../../model/referral.js';
import { abortReason } from '../timing.js';

/** One stored referral. */
export interface LedgerRecord {
  readonly key: string;
  readonly referral: Referral;
  readonly receipt: Receipt;
}

/** JSON with object keys sorted, so equal content gives equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_name, item: unknown) =>
    item !== null && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(
          Object.entries(item as Record<string, unknown>).sort(([a], [b]) =>
            a < b ? -1 : a > b ? 1 : 0,
          ),
        )
      : item,
  );
}

/** A Backend that only stores referrals, and records everything it stored. */
export class ReferralLedger implements Backend {
  readonly #records = new Map<string, LedgerRecord & { readonly body: string }>();
  readonly #now: () => Date;
  /** Every `submitReferral` request that reached the server, in order (by key). */
  readonly requests: string[] = [];

  constructor(options: { readonly now?: () => Date } = {}) {
    this.#now = options.now ?? (() => new Date());
  }

  /** Every stored referral, in the order stored. */
  records(): LedgerRecord[] {
    return [...this.#records.values()].map(({ key, referral, receipt }) => ({
      key,
      referral,
      receipt,
    }));
  }

  /** The referral stored under `key`, if any. */
  record(key: string): LedgerRecord | undefined {
    return this.#records.get(key);
  }

  async submitReferral(referral: Referral, options: SubmitOptions): Promise<Receipt> {
    if (options.signal?.aborted) throw abortReason(options.signal);
    this.requests.push(options.idempotencyKey);
    const body = canonicalJson(referral);
    const existing = this.#records.get(options.idempotencyKey);
    if (existing) {
      if (existing.body !== body) throw new Conflict('Idempotency key reused with another body');
      return existing.receipt;
    }
    const receipt: Receipt = {
      reference: `LW-${String(this.#records.size + 1).padStart(8, '0')}`,
      receivedAt: this.#now().toISOString(),
    };
    this.#records.set(options.idempotencyKey, {
      key: options.idempotencyKey,
      referral: JSON.parse(body) as Referral,
      receipt,
      body,
    });
    return receipt;
  }

  async searchActivities(_query: ActivityQuery, _options?: CallOptions): Promise<Page<Activity>> {
    return { items: [], total: 0, page: 1, size: 20 };
  }

  async getActivity(_id: string, _options?: CallOptions): Promise<Activity> {
    throw new NotFound('The ledger holds no activities');
  }

  async recordConsent(_consent: Consent, _options: SubmitOptions): Promise<ConsentReceipt> {
    throw new NotFound('The ledger records referrals only');
  }

  async withdrawConsent(): Promise<ConsentReceipt> {
    throw new NotFound('The ledger records referrals only');
  }
}
