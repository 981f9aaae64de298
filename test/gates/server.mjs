/**
 * What the server gates share: the reference server on loopback with an
 * in-memory PGlite database the gate can count rows in, and the fixture's
 * referrals. Needs `npm run build` (the packages' dist/).
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import {
  createSqlStore,
  migrate,
  openPglite,
  readMigrations,
  startServer,
} from '../../packages/server/dist/index.js';

export const STAFF_TOKEN = 'gate-staff-token-0123456789abcdef';

const fixture = (name) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

/** The fixture's valid referrals (staff and self). */
export async function validReferrals() {
  return JSON.parse(await readFile(fixture('referrals.valid.json'), 'utf8'));
}

/**
 * Starts the server on 127.0.0.1 (any free port) over a fresh in-memory
 * database. `rows()` counts what is stored, table by table.
 */
export async function startGateServer(options = {}) {
  const db = await openPglite();
  await migrate(db, await readMigrations());
  const store = createSqlStore(db);
  const server = await startServer({ store, staffToken: STAFF_TOKEN, log: () => {}, ...options });
  const count = async (table) =>
    Number((await db.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n);
  return {
    url: server.url,
    port: server.port,
    db,
    async rows() {
      return {
        referrals: await count('referrals'),
        consents: await count('consents'),
        withdrawals: await count('consent_withdrawals'),
      };
    },
    async close() {
      await server.close();
      await db.close();
    },
  };
}
