/**
 * Where the server keeps referrals, consent records and withdrawals. One SQL
 * implementation over {@link SqlDatabase}: the same statements on PGlite and
 * on PostgreSQL, every value a parameter. Idempotency is the database's
 * job: a unique key and `ON CONFLICT DO NOTHING`, so concurrent repeats of
 * one submission store one row.
 */
import type { ConsentReceipt, Receipt, WithdrawalRequest } from '@linkwork/core';
import type { FieldError } from '../problem.js';
import type { SqlDatabase } from './sql.js';

/** A withdrawal as stored: the whole consent, or only the parts in `items`; when and by whom. */
export type ConsentWithdrawal = WithdrawalRequest;

/**
 * Whether a withdrawal can be recorded, given the consent record and the
 * withdrawals stored before it (oldest first): the domain's rule, which the
 * store runs while it holds the consent, so two withdrawals cannot both
 * take the same part.
 */
export type WithdrawalRule = (
  consent: unknown,
  earlier: readonly ConsentWithdrawal[],
) =>
  | { readonly ok: true }
  | { readonly ok: false; readonly conflict: true }
  | { readonly ok: false; readonly conflict: false; readonly errors: readonly FieldError[] };

/** A stored referral as the inbox lists it. */
export interface StoredReferral {
  readonly reference: string;
  readonly receivedAt: string;
  readonly referral: unknown;
}

/** The outcome of storing a record under an idempotency key. */
export type Idempotent<R> =
  | { readonly outcome: 'created'; readonly receipt: R }
  | { readonly outcome: 'repeated'; readonly receipt: R }
  | { readonly outcome: 'conflict' };

/** What storing a withdrawal can come to. */
export type WithdrawalOutcome =
  | { readonly outcome: 'created' | 'repeated'; readonly receipt: ConsentReceipt }
  | { readonly outcome: 'conflict' | 'not-found' }
  | { readonly outcome: 'invalid'; readonly errors: readonly FieldError[] };

/** A new withdrawal: the request, the SHA-256 (hex) of its canonical body, and when it came. */
export interface NewWithdrawal {
  readonly withdrawal: ConsentWithdrawal;
  readonly bodySha256: string;
  readonly recordedAt: Date;
}

/** A new referral: its key, the SHA-256 (hex) of its canonical body and the normalised referral. */
export interface NewReferral {
  readonly idempotencyKey: string;
  readonly bodySha256: string;
  readonly referral: unknown;
  readonly receivedAt: Date;
}

/** A new consent record. */
export interface NewConsentRecord {
  readonly id: string;
  readonly idempotencyKey: string;
  readonly bodySha256: string;
  readonly consent: unknown;
  readonly recordedAt: Date;
}

/** Which page of the inbox. */
export interface InboxQuery {
  readonly page: number;
  readonly size: number;
  readonly since?: string;
}

/** A record already stored under a key: its receipt and the fingerprint of the body it came with. */
export interface Earlier<R> {
  readonly receipt: R;
  readonly bodySha256: string;
}

/** The storage port of the server. */
export interface Store {
  /** The referral stored under an idempotency key, if any. */
  findReferral(idempotencyKey: string): Promise<Earlier<Receipt> | undefined>;
  /** The consent record stored under an idempotency key, if any. */
  findConsent(idempotencyKey: string): Promise<Earlier<ConsentReceipt> | undefined>;
  saveReferral(referral: NewReferral, newReference: () => string): Promise<Idempotent<Receipt>>;
  /** Newest first, with the number of referrals matching `since`. */
  listReferrals(
    query: InboxQuery,
  ): Promise<{ readonly items: StoredReferral[]; readonly total: number }>;
  saveConsent(consent: NewConsentRecord): Promise<Idempotent<ConsentReceipt>>;
  /**
   * Adds a withdrawal to a consent: the same body again answers its first
   * receipt (`repeated`); otherwise `rule` decides, against the record and
   * the withdrawals before it, whether it is stored (`created`), already
   * withdrawn (`conflict`) or wrong (`invalid`). The consent record itself is
   * never changed.
   */
  withdrawConsent(
    consentId: string,
    withdrawal: NewWithdrawal,
    rule: WithdrawalRule,
  ): Promise<WithdrawalOutcome>;
  /** A consent record and its withdrawals, oldest first; `undefined` when there is none. */
  findConsentRecord(consentId: string): Promise<
    | {
        readonly consent: unknown;
        readonly withdrawals: readonly ConsentWithdrawal[];
      }
    | undefined
  >;
  close(): Promise<void>;
}

/** Tries before giving up on references that keep colliding. */
const REFERENCE_ATTEMPTS = 20;

/** Timestamps come back as `Date` from both drivers; strings are accepted too. */
function iso(value: unknown): string {
  return (value instanceof Date ? value : new Date(String(value))).toISOString();
}

/** jsonb comes back parsed from both drivers; a string is parsed here. */
function json(value: unknown): unknown {
  return typeof value === 'string' ? (JSON.parse(value) as unknown) : value;
}

interface ReferralRow {
  reference: string;
  received_at: unknown;
  body_sha256: string;
}

/** The store over a migrated database. Closing the store closes the database. */
export function createSqlStore(db: SqlDatabase): Store {
  return {
    async findReferral(idempotencyKey) {
      const [row] = await db.query<ReferralRow>(
        'SELECT reference, received_at, body_sha256 FROM referrals WHERE idempotency_key = $1',
        [idempotencyKey],
      );
      return row
        ? {
            receipt: { reference: row.reference, receivedAt: iso(row.received_at) },
            bodySha256: row.body_sha256,
          }
        : undefined;
    },

    async findConsent(idempotencyKey) {
      const [row] = await db.query<{ id: string; recorded_at: unknown; body_sha256: string }>(
        'SELECT id, recorded_at, body_sha256 FROM consents WHERE idempotency_key = $1',
        [idempotencyKey],
      );
      return row
        ? { receipt: { id: row.id, recordedAt: iso(row.recorded_at) }, bodySha256: row.body_sha256 }
        : undefined;
    },

    async saveReferral(referral, newReference) {
      for (let attempt = 0; attempt < REFERENCE_ATTEMPTS; attempt++) {
        const inserted = await db.query<ReferralRow>(
          `INSERT INTO referrals (idempotency_key, body_sha256, reference, received_at, referral)
           VALUES ($1, $2, $3, $4::timestamptz, $5::jsonb)
           ON CONFLICT DO NOTHING
           RETURNING reference, received_at, body_sha256`,
          [
            referral.idempotencyKey,
            referral.bodySha256,
            newReference(),
            referral.receivedAt.toISOString(),
            JSON.stringify(referral.referral),
          ],
        );
        const created = inserted[0];
        if (created)
          return {
            outcome: 'created',
            receipt: { reference: created.reference, receivedAt: iso(created.received_at) },
          };
        const [earlier] = await db.query<ReferralRow>(
          'SELECT reference, received_at, body_sha256 FROM referrals WHERE idempotency_key = $1',
          [referral.idempotencyKey],
        );
        // No row under this key: the conflict was on the reference. Draw another.
        if (!earlier) continue;
        if (earlier.body_sha256 !== referral.bodySha256) return { outcome: 'conflict' };
        return {
          outcome: 'repeated',
          receipt: { reference: earlier.reference, receivedAt: iso(earlier.received_at) },
        };
      }
      throw new Error('Could not find an unused referral reference');
    },

    async listReferrals({ page, size, since }) {
      const filter = since ?? null;
      const [count] = await db.query<{ total: unknown }>(
        'SELECT count(*) AS total FROM referrals WHERE $1::timestamptz IS NULL OR received_at >= $1::timestamptz',
        [filter],
      );
      const rows = await db.query<{ reference: string; received_at: unknown; referral: unknown }>(
        `SELECT reference, received_at, referral FROM referrals
         WHERE $1::timestamptz IS NULL OR received_at >= $1::timestamptz
         ORDER BY received_at DESC, seq DESC
         LIMIT $2 OFFSET $3`,
        [filter, size, (page - 1) * size],
      );
      return {
        total: Number(count?.total ?? 0),
        items: rows.map((row) => ({
          reference: row.reference,
          receivedAt: iso(row.received_at),
          referral: json(row.referral),
        })),
      };
    },

    async saveConsent(consent) {
      const inserted = await db.query<{ id: string; recorded_at: unknown }>(
        `INSERT INTO consents (id, idempotency_key, body_sha256, recorded_at, consent)
         VALUES ($1, $2, $3, $4::timestamptz, $5::jsonb)
         ON CONFLICT (idempotency_key) DO NOTHING
         RETURNING id, recorded_at`,
        [
          consent.id,
          consent.idempotencyKey,
          consent.bodySha256,
          consent.recordedAt.toISOString(),
          JSON.stringify(consent.consent),
        ],
      );
      const created = inserted[0];
      if (created)
        return {
          outcome: 'created',
          receipt: { id: created.id, recordedAt: iso(created.recorded_at) },
        };
      const [earlier] = await db.query<{ id: string; recorded_at: unknown; body_sha256: string }>(
        'SELECT id, recorded_at, body_sha256 FROM consents WHERE idempotency_key = $1',
        [consent.idempotencyKey],
      );
      if (!earlier) throw new Error('A consent record conflicted but cannot be found');
      if (earlier.body_sha256 !== consent.bodySha256) return { outcome: 'conflict' };
      return {
        outcome: 'repeated',
        receipt: { id: earlier.id, recordedAt: iso(earlier.recorded_at) },
      };
    },

    async withdrawConsent(consentId, { withdrawal, bodySha256, recordedAt }, rule) {
      return db.transaction(async (tx): Promise<WithdrawalOutcome> => {
        // Holding the consent's row makes withdrawals of one consent take turns.
        const [record] = await tx.query<{ consent: unknown }>(
          'SELECT consent FROM consents WHERE id = $1 FOR UPDATE',
          [consentId],
        );
        if (!record) return { outcome: 'not-found' };
        const earlier = await tx.query<{
          recorded_at: unknown;
          body_sha256: string;
          withdrawal: unknown;
        }>(
          `SELECT recorded_at, body_sha256, withdrawal FROM consent_withdrawals
           WHERE consent_id = $1 ORDER BY seq`,
          [consentId],
        );
        const repeat = earlier.find((row) => row.body_sha256 === bodySha256);
        if (repeat)
          return {
            outcome: 'repeated',
            receipt: { id: consentId, recordedAt: iso(repeat.recorded_at) },
          };
        const verdict = rule(
          json(record.consent),
          earlier.map((row) => json(row.withdrawal) as ConsentWithdrawal),
        );
        if (!verdict.ok)
          return verdict.conflict
            ? { outcome: 'conflict' }
            : { outcome: 'invalid', errors: verdict.errors };
        const [created] = await tx.query<{ recorded_at: unknown }>(
          `INSERT INTO consent_withdrawals (consent_id, body_sha256, recorded_at, withdrawal)
           VALUES ($1, $2, $3::timestamptz, $4::jsonb)
           RETURNING recorded_at`,
          [consentId, bodySha256, recordedAt.toISOString(), JSON.stringify(withdrawal)],
        );
        if (!created) throw new Error('A withdrawal was not stored');
        return {
          outcome: 'created',
          receipt: { id: consentId, recordedAt: iso(created.recorded_at) },
        };
      });
    },

    async findConsentRecord(consentId) {
      const [record] = await db.query<{ consent: unknown }>(
        'SELECT consent FROM consents WHERE id = $1',
        [consentId],
      );
      if (!record) return undefined;
      const rows = await db.query<{ withdrawal: unknown }>(
        'SELECT withdrawal FROM consent_withdrawals WHERE consent_id = $1 ORDER BY seq',
        [consentId],
      );
      return {
        consent: json(record.consent),
        withdrawals: rows.map((row) => json(row.withdrawal) as ConsentWithdrawal),
      };
    },

    close: () => db.close(),
  };
}
