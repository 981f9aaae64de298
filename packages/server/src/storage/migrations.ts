/**
 * SQL migrations: the numbered `.sql` files in `packages/server/migrations`
 * (`001_initial.sql`, `002_….sql`), applied in order, each once, each in the
 * transaction that records it in `schema_migrations`.
 */
import { readdir, readFile } from 'node:fs/promises';
import type { SqlDatabase } from './sql.js';

/** One migration file. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

/** Where the package keeps its migrations (the same from `src/` and `dist/`). */
export const MIGRATIONS_DIRECTORY = new URL('../../migrations/', import.meta.url);

const FILE_NAME = /^(\d+)_([a-z0-9_-]+)\.sql$/;

/** Any number, so that two servers starting at once migrate one after the other. */
const MIGRATION_LOCK = 4_206_090_301;

/** Reads the migrations in a directory, ordered by version; rejects duplicate versions. */
export async function readMigrations(directory: URL = MIGRATIONS_DIRECTORY): Promise<Migration[]> {
  const migrations: Migration[] = [];
  for (const file of await readdir(directory)) {
    const match = FILE_NAME.exec(file);
    if (!match) continue;
    const sql = await readFile(new URL(file, directory), 'utf8');
    migrations.push({ version: Number(match[1]), name: match[2] as string, sql });
  }
  migrations.sort((a, b) => a.version - b.version);
  for (let i = 1; i < migrations.length; i++) {
    if (migrations[i]?.version === migrations[i - 1]?.version)
      throw new Error(`Two migrations have version ${migrations[i]?.version}`);
  }
  return migrations;
}

/** Applies the migrations the database has not recorded yet; returns the versions applied. */
export async function migrate(
  db: SqlDatabase,
  migrations: readonly Migration[],
): Promise<number[]> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.script(
      `CREATE TABLE IF NOT EXISTS schema_migrations (
         version integer PRIMARY KEY,
         name text NOT NULL,
         applied_at timestamptz NOT NULL DEFAULT now()
       )`,
    );
    const rows = await tx.query<{ version: number }>('SELECT version FROM schema_migrations');
    const done = new Set(rows.map((row) => Number(row.version)));
    const applied: number[] = [];
    for (const migration of migrations) {
      if (done.has(migration.version)) continue;
      await tx.script(migration.sql);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
        migration.version,
        migration.name,
      ]);
      applied.push(migration.version);
    }
    return applied;
  });
}
