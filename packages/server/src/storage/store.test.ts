import { randomUUID } from 'node:crypto';
import { expect } from 'chai';
import { afterAll, beforeAll } from 'vitest';
import pg from 'pg';
import { migrate, readMigrations } from './migrations.js';
import { openPglite, openPostgres, type SqlDatabase } from './sql.js';
import { createSqlStore, type Store, type WithdrawalRule } from './store.js';

const POSTGRES_URL = process.env.LINKWORK_TEST_DATABASE_URL ?? process.env.DATABASE_URL;
/** Starting PGlite can take a while on a busy machine. */
const STARTUP_MS = 60_000;
const AT = new Date('2026-11-26T12:00:00Z');
const sha = (n: number): string => n.toString(16).padStart(64, '0');

/** References from a list, in order: tests choose collisions. */
function references(...list: string[]): () => string {
  let i = 0;
  return () => list[Math.min(i++, list.length - 1)] as string;
}

interface Backend {
  readonly name: string;
  open(): Promise<SqlDatabase>;
  cleanUp?(): Promise<void>;
}

function describeStore(backend: Backend): void {
  describe(`SQL store on ${backend.name}`, () => {
    let db: SqlDatabase;
    let store: Store;

    beforeAll(async () => {
      db = await backend.open();
      await migrate(db, await readMigrations());
      store = createSqlStore(db);
    }, STARTUP_MS);
    beforeEach(async () => {
      await db.script('TRUNCATE consent_withdrawals, consents, referrals RESTART IDENTITY');
    });
    afterAll(async () => {
      await store.close();
      await backend.cleanUp?.();
    }, STARTUP_MS);

    it('applies each migration once and records it', async () => {
      const again = await migrate(db, await readMigrations());
      expect(again).to.deep.equal([]);
      const rows = await db.query<{ version: number; name: string }>(
        'SELECT version, name FROM schema_migrations ORDER BY version',
      );
      expect(rows.map((r) => [Number(r.version), r.name])).to.deep.equal([
        [1, 'initial'],
        [2, 'partial_withdrawals'],
      ]);
    });

    it('stores a referral once per key and answers the first receipt to a repeat', async () => {
      const referral = { idempotencyKey: randomUUID(), bodySha256: sha(1), referral: { a: 1 } };
      const first = await store.saveReferral(
        { ...referral, receivedAt: AT },
        references('LW-AAAA-2222'),
      );
      expect(first).to.deep.equal({
        outcome: 'created',
        receipt: { reference: 'LW-AAAA-2222', receivedAt: '2026-11-26T12:00:00.000Z' },
      });
      const repeat = await store.saveReferral(
        { ...referral, receivedAt: new Date('2026-11-26T12:05:00Z') },
        references('LW-BBBB-3333'),
      );
      expect(repeat).to.deep.equal({ ...first, outcome: 'repeated' });
      expect(await store.findReferral(referral.idempotencyKey)).to.deep.equal({
        receipt: first.outcome === 'created' ? first.receipt : undefined,
        bodySha256: sha(1),
      });
      expect(await store.findReferral(randomUUID())).to.equal(undefined);
      const other = await store.saveReferral(
        { ...referral, bodySha256: sha(2), receivedAt: AT },
        references('LW-CCCC-4444'),
      );
      expect(other).to.deep.equal({ outcome: 'conflict' });
      const [count] = await db.query<{ n: unknown }>('SELECT count(*) AS n FROM referrals');
      expect(Number(count?.n)).to.equal(1);
    });

    it('draws another reference when one is taken', async () => {
      await store.saveReferral(
        { idempotencyKey: randomUUID(), bodySha256: sha(1), referral: {}, receivedAt: AT },
        references('LW-AAAA-2222'),
      );
      const second = await store.saveReferral(
        { idempotencyKey: randomUUID(), bodySha256: sha(1), referral: {}, receivedAt: AT },
        references('LW-AAAA-2222', 'LW-DDDD-5555'),
      );
      expect(second.outcome === 'created' && second.receipt.reference).to.equal('LW-DDDD-5555');
    });

    it('stores 20 concurrent submissions of one key as one row', async () => {
      const key = randomUUID();
      let n = 0;
      const results = await Promise.all(
        Array.from({ length: 20 }, () =>
          store.saveReferral(
            { idempotencyKey: key, bodySha256: sha(7), referral: { same: true }, receivedAt: AT },
            () => `LW-AAAA-${String(2222 + n++).slice(-4)}`,
          ),
        ),
      );
      expect(results.filter((r) => r.outcome === 'created')).to.have.length(1);
      const receipts = new Set(
        results.map((r) => (r.outcome === 'conflict' ? '' : r.receipt.reference)),
      );
      expect(receipts.size).to.equal(1);
      const [count] = await db.query<{ n: unknown }>('SELECT count(*) AS n FROM referrals');
      expect(Number(count?.n)).to.equal(1);
    });

    it('lists the inbox newest first, paged, from a time', async () => {
      for (const [i, at] of [
        '2026-11-01T09:00:00Z',
        '2026-11-03T09:00:00Z',
        '2026-11-02T09:00:00Z',
      ].entries())
        await store.saveReferral(
          {
            idempotencyKey: randomUUID(),
            bodySha256: sha(i),
            referral: { i, nested: { ok: [1, 'two'] } },
            receivedAt: new Date(at),
          },
          references(`LW-AAAA-${'234'[i]}222`),
        );
      const all = await store.listReferrals({ page: 1, size: 20 });
      expect(all.total).to.equal(3);
      expect(all.items.map((r) => r.referral)).to.deep.equal([
        { i: 1, nested: { ok: [1, 'two'] } },
        { i: 2, nested: { ok: [1, 'two'] } },
        { i: 0, nested: { ok: [1, 'two'] } },
      ]);
      expect(all.items[0]).to.include({
        reference: 'LW-AAAA-3222',
        receivedAt: '2026-11-03T09:00:00.000Z',
      });
      const second = await store.listReferrals({ page: 2, size: 2 });
      expect(second.total).to.equal(3);
      expect(second.items.map((r) => r.reference)).to.deep.equal(['LW-AAAA-2222']);
      const since = await store.listReferrals({ page: 1, size: 20, since: '2026-11-02T09:00:00Z' });
      expect(since.total).to.equal(2);
      expect(since.items.map((r) => r.reference)).to.deep.equal(['LW-AAAA-3222', 'LW-AAAA-4222']);
    });

    it('stores consent once per key, withdraws it once, and tells conflicts apart', async () => {
      const key = randomUUID();
      const record = {
        id: randomUUID(),
        idempotencyKey: key,
        bodySha256: sha(3),
        consent: { referral: true },
        recordedAt: AT,
      };
      const first = await store.saveConsent(record);
      expect(first).to.deep.equal({
        outcome: 'created',
        receipt: { id: record.id, recordedAt: '2026-11-26T12:00:00.000Z' },
      });
      expect(await store.saveConsent({ ...record, id: randomUUID() })).to.deep.equal({
        ...first,
        outcome: 'repeated',
      });
      expect(
        await store.saveConsent({ ...record, id: randomUUID(), bodySha256: sha(4) }),
      ).to.deep.equal({ outcome: 'conflict' });

      const withdrawal = { at: '2026-11-27T09:00:00Z', by: 'Link worker' };
      const later = new Date('2026-11-27T09:01:00Z');
      const anything: WithdrawalRule = () => ({ ok: true });
      const withdrawn = await store.withdrawConsent(
        record.id,
        { withdrawal, bodySha256: sha(5), recordedAt: later },
        anything,
      );
      expect(withdrawn).to.deep.equal({
        outcome: 'created',
        receipt: { id: record.id, recordedAt: '2026-11-27T09:01:00.000Z' },
      });
      const refuseAll: WithdrawalRule = () => ({ ok: false, conflict: true });
      expect(
        await store.withdrawConsent(
          record.id,
          { withdrawal, bodySha256: sha(5), recordedAt: new Date() },
          refuseAll,
        ),
        'a repeat is answered before the rule is asked',
      ).to.deep.equal({ ...withdrawn, outcome: 'repeated' });
      expect(
        await store.withdrawConsent(
          record.id,
          {
            withdrawal: { ...withdrawal, by: 'Someone else' },
            bodySha256: sha(6),
            recordedAt: later,
          },
          refuseAll,
        ),
      ).to.deep.equal({ outcome: 'conflict' });
      expect(
        await store.withdrawConsent(
          randomUUID(),
          { withdrawal, bodySha256: sha(5), recordedAt: later },
          anything,
        ),
      ).to.deep.equal({ outcome: 'not-found' });
    });

    it('keeps every withdrawal beside the record, in order, and asks the rule with them', async () => {
      const id = randomUUID();
      const consent = { referral: true, contactBy: ['phone', 'letter'] };
      await store.saveConsent({
        id,
        idempotencyKey: randomUUID(),
        bodySha256: sha(7),
        consent,
        recordedAt: AT,
      });
      const seen: unknown[] = [];
      const rule: WithdrawalRule = (record, earlier) => {
        seen.push([record, earlier.length]);
        return earlier.length < 2
          ? { ok: true }
          : {
              ok: false,
              conflict: false,
              errors: [{ path: 'items.0', code: 'not-agreed', message: 'x' }],
            };
      };
      const phone = {
        at: '2026-11-27T09:00:00Z',
        by: 'Patient',
        items: [{ type: 'contactBy', channel: 'phone' }] as const,
      };
      const letter = { ...phone, items: [{ type: 'contactBy', channel: 'letter' }] as const };
      for (const [n, withdrawal] of [phone, letter, phone].entries()) {
        await store.withdrawConsent(
          id,
          {
            withdrawal: { ...withdrawal, by: `Patient ${n}` },
            bodySha256: sha(10 + n),
            recordedAt: AT,
          },
          rule,
        );
      }
      expect(seen).to.deep.equal([
        [consent, 0],
        [consent, 1],
        [consent, 2],
      ]);
      expect(await store.findConsentRecord(id)).to.deep.equal({
        consent,
        withdrawals: [
          { ...phone, by: 'Patient 0' },
          { ...letter, by: 'Patient 1' },
        ],
      });
      expect(await store.findConsentRecord(randomUUID())).to.equal(undefined);
    });

    it('lets concurrent withdrawals of one consent take turns, so one part is withdrawn once', async () => {
      const id = randomUUID();
      await store.saveConsent({
        id,
        idempotencyKey: randomUUID(),
        bodySha256: sha(8),
        consent: { referral: true },
        recordedAt: AT,
      });
      // The rule allows the part only while no earlier withdrawal holds it.
      const once: WithdrawalRule = (_record, earlier) =>
        earlier.length === 0 ? { ok: true } : { ok: false, conflict: true };
      const outcomes = await Promise.all(
        Array.from({ length: 8 }, (_, n) =>
          store.withdrawConsent(
            id,
            {
              withdrawal: {
                at: '2026-11-27T09:00:00Z',
                by: `Person ${n}`,
                items: [{ type: 'followUp' }],
              },
              bodySha256: sha(20 + n),
              recordedAt: AT,
            },
            once,
          ),
        ),
      );
      expect(outcomes.filter((o) => o.outcome === 'created')).to.have.length(1);
      expect(outcomes.filter((o) => o.outcome === 'conflict')).to.have.length(7);
      expect((await store.findConsentRecord(id))?.withdrawals).to.have.length(1);
    });

    it('holds at most one whole withdrawal per consent, whatever the code above does', async () => {
      const id = randomUUID();
      await store.saveConsent({
        id,
        idempotencyKey: randomUUID(),
        bodySha256: sha(9),
        consent: { referral: true },
        recordedAt: AT,
      });
      const insert = (n: number, withdrawal: object) =>
        db.query(
          `INSERT INTO consent_withdrawals (consent_id, body_sha256, recorded_at, withdrawal)
           VALUES ($1, $2, $3::timestamptz, $4::jsonb)`,
          [id, sha(30 + n), AT.toISOString(), JSON.stringify(withdrawal)],
        );
      await insert(1, { at: '2026-11-27T09:00:00Z', by: 'a', items: [{ type: 'followUp' }] });
      await insert(2, {
        at: '2026-11-27T09:00:00Z',
        by: 'a',
        items: [{ type: 'shareWithProviders' }],
      });
      await insert(3, { at: '2026-11-27T09:00:00Z', by: 'a' });
      let refused = false;
      await insert(4, { at: '2026-11-28T09:00:00Z', by: 'b' }).catch(() => (refused = true));
      expect(refused).to.equal(true);
    });

    it('keeps values as data: SQL in a value is stored, not run', async () => {
      const hostile = "x'); DROP TABLE referrals; --";
      const saved = await store.saveReferral(
        {
          idempotencyKey: hostile,
          bodySha256: sha(1),
          referral: { notes: hostile },
          receivedAt: AT,
        },
        references('LW-AAAA-2222'),
      );
      expect(saved.outcome).to.equal('created');
      const page = await store.listReferrals({ page: 1, size: 1 });
      expect(page.items[0]?.referral).to.deep.equal({ notes: hostile });
    });
  });
}

describeStore({ name: 'PGlite (in memory)', open: () => openPglite() });

if (POSTGRES_URL) {
  const url = POSTGRES_URL;
  // The suite gets its own schema, dropped afterwards: the database is left as it was.
  let schema = '';
  describeStore({
    name: 'PostgreSQL',
    async open() {
      schema = `lw_test_${randomUUID().replaceAll('-', '')}`;
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      // The name is generated above (letters, digits, underscores): safe as an identifier.
      await admin.query(`CREATE SCHEMA ${schema}`);
      await admin.end();
      return openPostgres(url, { schema, poolSize: 25 });
    },
    async cleanUp() {
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
    },
  });
} else {
  // `npm test` starts a throwaway PostgreSQL where it can (scripts/with-postgres.sh); say so when it could not.
  console.warn('SQL store on PostgreSQL: not run, no LINKWORK_TEST_DATABASE_URL or DATABASE_URL.');
}
