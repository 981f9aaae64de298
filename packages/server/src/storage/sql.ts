/**
 * The one SQL port the store runs on: PGlite (embedded PostgreSQL, in memory
 * or in a data directory) or a PostgreSQL server through `pg`. Both speak the
 * same SQL with `$1` parameters; nothing here builds SQL from values.
 */
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

/** Runs parameterised statements. */
export interface SqlExecutor {
  /** One statement with `$n` parameters; the rows it returns. */
  query<Row>(text: string, params?: readonly unknown[]): Promise<Row[]>;
  /** A script of several statements without parameters (migrations only). */
  script(text: string): Promise<void>;
}

/** A database: statements, transactions and closing. */
export interface SqlDatabase extends SqlExecutor {
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** `pglite` or `postgres`, for logs and tests. */
  readonly kind: 'pglite' | 'postgres';
}

/** PGlite in memory (no `dataDir`) or in a data directory. */
export async function openPglite(dataDir?: string): Promise<SqlDatabase> {
  const db = dataDir === undefined ? await PGlite.create() : await PGlite.create(dataDir);
  const executor = (target: Pick<PGlite, 'query' | 'exec'>): SqlExecutor => ({
    async query<Row>(text: string, params: readonly unknown[] = []) {
      const result = await target.query<Row>(text, [...params]);
      return result.rows;
    },
    async script(text: string) {
      await target.exec(text);
    },
  });
  return {
    kind: 'pglite',
    ...executor(db),
    transaction: (work) => db.transaction((tx) => work(executor(tx))),
    close: () => db.close(),
  };
}

/** How to use a PostgreSQL server. */
export interface PostgresOptions {
  /** Connections in the pool (default 10). */
  readonly poolSize?: number;
  /** A schema to work in (`search_path`), such as a test's own; default the server's. */
  readonly schema?: string;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** A PostgreSQL server, through a `pg` connection pool. */
export async function openPostgres(
  connectionString: string,
  options: PostgresOptions = {},
): Promise<SqlDatabase> {
  if (options.schema !== undefined && !SCHEMA_NAME.test(options.schema))
    throw new RangeError('The schema name must be lower-case letters, digits and underscores');
  const pool = new pg.Pool({
    connectionString,
    max: options.poolSize ?? 10,
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  });
  // An idle connection that breaks is replaced on the next query; it must not end the process.
  pool.on('error', (error) => console.error(`PostgreSQL connection error: ${error.message}`));
  // Fail now, not on the first request, when the server cannot be reached.
  const probe = await pool.connect();
  probe.release();
  const executor = (target: pg.Pool | pg.PoolClient): SqlExecutor => ({
    async query<Row>(text: string, params: readonly unknown[] = []) {
      const result = await target.query(text, [...params]);
      return result.rows as Row[];
    },
    async script(text: string) {
      await target.query(text);
    },
  });
  return {
    kind: 'postgres',
    ...executor(pool),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(executor(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
