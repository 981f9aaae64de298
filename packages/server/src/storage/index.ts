/** Storage: PGlite by default, PostgreSQL through a connection string; migrated on open. */
import { migrate, readMigrations } from './migrations.js';
import { openPglite, openPostgres, type SqlDatabase } from './sql.js';
import { createSqlStore, type Store } from './store.js';

export { migrate, readMigrations, MIGRATIONS_DIRECTORY, type Migration } from './migrations.js';
export {
  openPglite,
  openPostgres,
  type PostgresOptions,
  type SqlDatabase,
  type SqlExecutor,
} from './sql.js';
export {
  createSqlStore,
  type Earlier,
  type Idempotent,
  type InboxQuery,
  type NewConsentRecord,
  type NewReferral,
  type Store,
  type StoredReferral,
  type WithdrawalOutcome,
  type WithdrawalRule,
  type NewWithdrawal,
  type ConsentWithdrawal,
} from './store.js';

/** Where to keep the data. */
export interface StorageOptions {
  /** A PostgreSQL connection string; without it, PGlite. */
  readonly databaseUrl?: string;
  /** PGlite's data directory; without it, PGlite keeps the data in memory. */
  readonly dataDir?: string;
  /** PostgreSQL only: the schema to work in (default the server's `search_path`). */
  readonly schema?: string;
}

/** Opens the database, applies the migrations and returns the store over it. */
export async function openStore(options: StorageOptions = {}): Promise<Store> {
  const db: SqlDatabase = options.databaseUrl
    ? await openPostgres(options.databaseUrl, options.schema ? { schema: options.schema } : {})
    : await openPglite(options.dataDir);
  try {
    await migrate(db, await readMigrations());
  } catch (error) {
    await db.close();
    throw error;
  }
  return createSqlStore(db);
}
