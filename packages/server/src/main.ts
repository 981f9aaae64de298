/**
 * `node packages/server/dist/main.js`: the reference server, configured from
 * the environment.
 *
 * - `PORT` (default 8787), `HOST` (default 127.0.0.1)
 * - `DATABASE_URL`: PostgreSQL; without it, PGlite (in memory, or in `LINKWORK_DATA_DIR`)
 * - `LINKWORK_STAFF_TOKEN`: the bearer token for staff referrals and the inbox;
 *   without it a random one is made and printed (for the demo)
 * - `LINKWORK_CORS_ORIGINS`: comma-separated origins allowed to call the API from a browser
 * - `LINKWORK_TRUST_PROXY=true`: behind a reverse proxy, rate-limit by `X-Forwarded-For`
 */
import { randomBytes } from 'node:crypto';
import { configFromEnvironment } from './config.js';
import { startServer } from './server.js';

async function main(): Promise<void> {
  const config = configFromEnvironment(process.env);
  const generated = config.staffToken === undefined;
  const staffToken = config.staffToken ?? randomBytes(24).toString('base64url');
  const server = await startServer({ ...config, staffToken });
  const storage = config.databaseUrl
    ? 'PostgreSQL'
    : config.dataDir
      ? 'PGlite (data directory)'
      : 'PGlite (in memory)';
  process.stdout.write(`Linkwork reference server on ${server.url} (${storage})\n`);
  if (generated) process.stdout.write(`Staff bearer token for this run: ${staffToken}\n`);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`${signal}: finishing requests in flight\n`);
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('Shutdown failed:', error instanceof Error ? error.name : 'unknown error');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
