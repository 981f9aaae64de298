import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect } from 'chai';
import { afterAll, beforeAll, it } from 'vitest';
import { openStore } from './index.js';
import { migrate, readMigrations } from './migrations.js';
import { openPglite, type SqlDatabase } from './sql.js';
import { createSqlStore } from './store.js';

const STARTUP_MS = 60_000;

describe('migrations', () => {
  let folder: string;
  let db: SqlDatabase;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'linkwork-migrations-'));
    db = await openPglite();
  }, STARTUP_MS);
  afterAll(async () => {
    await db.close();
    await rm(folder, { recursive: true, force: true });
  }, STARTUP_MS);

  const directory = () => pathToFileURL(`${folder}/`);

  it('reads numbered .sql files in numeric order and ignores other files', async () => {
    await writeFile(join(folder, '010_later.sql'), 'CREATE TABLE later (id int);');
    await writeFile(join(folder, '2_second.sql'), 'CREATE TABLE second (id int);');
    await writeFile(join(folder, '001_first.sql'), 'CREATE TABLE first (id int);');
    await writeFile(join(folder, 'notes.txt'), 'not a migration');
    const migrations = await readMigrations(directory());
    expect(migrations.map((m) => [m.version, m.name])).to.deep.equal([
      [1, 'first'],
      [2, 'second'],
      [10, 'later'],
    ]);
  });

  it('applies only what is new, and rolls back a migration that fails', async () => {
    expect(await migrate(db, await readMigrations(directory()))).to.deep.equal([1, 2, 10]);
    await writeFile(join(folder, '011_next.sql'), 'CREATE TABLE next (id int);');
    expect(await migrate(db, await readMigrations(directory()))).to.deep.equal([11]);
    await writeFile(
      join(folder, '012_broken.sql'),
      'CREATE TABLE broken (id int); SELECT nonsense;',
    );
    let failed = false;
    await migrate(db, await readMigrations(directory())).catch(() => (failed = true));
    expect(failed).to.equal(true);
    const tables = await db.query<{ name: string }>(
      "SELECT table_name AS name FROM information_schema.tables WHERE table_name = 'broken'",
    );
    expect(tables).to.deep.equal([]);
    const versions = await db.query<{ version: number }>(
      'SELECT version FROM schema_migrations ORDER BY version',
    );
    expect(versions.map((v) => Number(v.version))).to.deep.equal([1, 2, 10, 11]);
  });

  it('refuses two migrations with one version', async () => {
    await writeFile(join(folder, '02_again.sql'), 'SELECT 1;');
    let error: unknown;
    await readMigrations(directory()).catch((e: unknown) => (error = e));
    expect(error).to.be.instanceOf(Error);
  });
});

describe('migration 002: partial withdrawals', () => {
  it(
    'keeps withdrawals made before it, as whole withdrawals, in a database it upgrades',
    async () => {
      const db = await openPglite();
      try {
        const all = await readMigrations();
        expect(
          await migrate(
            db,
            all.filter((m) => m.version === 1),
          ),
        ).to.deep.equal([1]);
        const id = 'c-upgraded';
        await db.query(
          `INSERT INTO consents (id, idempotency_key, body_sha256, recorded_at, consent)
           VALUES ($1, $2, $3, now(), $4::jsonb)`,
          [id, 'k-1', 'a'.repeat(64), JSON.stringify({ referral: true })],
        );
        const earlier = { at: '2026-11-20T09:00:00Z', by: 'Dr Amira Haddad' };
        await db.query(
          `INSERT INTO consent_withdrawals (consent_id, body_sha256, recorded_at, withdrawal)
           VALUES ($1, $2, now(), $3::jsonb)`,
          [id, 'b'.repeat(64), JSON.stringify(earlier)],
        );
        expect(await migrate(db, all)).to.deep.equal([2]);
        const rows = await db.query<{ whole: boolean; seq: unknown }>(
          'SELECT whole, seq FROM consent_withdrawals',
        );
        expect(rows.map((row) => row.whole)).to.deep.equal([true]);
        const store = createSqlStore(db);
        expect(await store.findConsentRecord(id)).to.deep.equal({
          consent: { referral: true },
          withdrawals: [earlier],
        });
        const again = await store.withdrawConsent(
          id,
          {
            withdrawal: { at: '2026-11-21T09:00:00Z', by: 'x', items: [{ type: 'followUp' }] },
            bodySha256: 'c'.repeat(64),
            recordedAt: new Date('2026-11-21T09:00:01Z'),
          },
          (_consent, withdrawals) =>
            withdrawals.some((w) => !w.items) ? { ok: false, conflict: true } : { ok: true },
        );
        expect(again).to.deep.equal({ outcome: 'conflict' });
      } finally {
        await db.close();
      }
    },
    STARTUP_MS,
  );
});

describe('openStore with a PGlite data directory', () => {
  it(
    'keeps referrals across restarts',
    async () => {
      const dataDir = await mkdtemp(join(tmpdir(), 'linkwork-pglite-'));
      try {
        const first = await openStore({ dataDir });
        const saved = await first.saveReferral(
          {
            idempotencyKey: 'e6c1f0a4-3c1b-4f7e-9d7a-2f41c7e2a9b3',
            bodySha256: 'a'.repeat(64),
            referral: { kept: true },
            receivedAt: new Date('2026-11-26T12:00:00Z'),
          },
          () => 'LW-AAAA-2222',
        );
        expect(saved.outcome).to.equal('created');
        await first.close();
        const second = await openStore({ dataDir });
        const inbox = await second.listReferrals({ page: 1, size: 20 });
        await second.close();
        expect(inbox.items).to.deep.equal([
          {
            reference: 'LW-AAAA-2222',
            receivedAt: '2026-11-26T12:00:00.000Z',
            referral: { kept: true },
          },
        ]);
      } finally {
        await rm(dataDir, { recursive: true, force: true });
      }
    },
    STARTUP_MS,
  );
});
