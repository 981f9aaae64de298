#!/usr/bin/env node
/**
 * `npm run demo`: builds the packages and the demo pages, then serves them
 * with the reference server on one port and prints the address and the staff
 * token. `--no-build` serves the last build.
 *
 * PORT (default 5173), LINKWORK_STAFF_TOKEN (default a random one per run),
 * LINKWORK_DATA_DIR (keep PGlite's data there; default in memory).
 */
import { parseArgs } from 'node:util';
import { buildDemo, compactLog, startDemo } from './demo-server.mjs';

const { values } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
  },
});

/** Stops with one line that says what went wrong (the build's own output is already shown). */
function fail(error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

if (!values['no-build']) {
  console.log('Building the packages and the demo pages…');
  try {
    buildDemo({ quiet: true });
  } catch (error) {
    fail(error);
  }
}

const port = Number(process.env.PORT?.trim() || 5173);
// Requests are logged once the demo is up (not the sample referrals going in).
let logging = false;
const demo = await startDemo({
  port,
  ...(process.env.LINKWORK_STAFF_TOKEN?.trim()
    ? { staffToken: process.env.LINKWORK_STAFF_TOKEN.trim() }
    : {}),
  ...(process.env.LINKWORK_DATA_DIR ? { dataDir: process.env.LINKWORK_DATA_DIR } : {}),
  log: (entry) => {
    if (logging && !values.quiet) compactLog(entry);
  },
}).catch(fail);

const address = `http://localhost:${demo.port}/`;
console.log(`
Linkwork demo: ${address}

  Practice portal (staff):   ${address}practice/
  Council website (public):  ${address}council/
  Link worker inbox (staff): ${address}inbox/
  Script tag, npm and React: ${address}script-tag/  ${address}npm/  ${address}react/

Staff token (to sign in on the staff pages): ${demo.staffToken}
Database: PGlite ${process.env.LINKWORK_DATA_DIR ? `in ${process.env.LINKWORK_DATA_DIR}` : 'in memory (gone when the demo stops)'}, ${demo.seeded} sample referrals in the inbox.
Stop with Ctrl+C.
`);
logging = true;

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping the demo…`);
    demo.close().then(
      () => process.exit(0),
      (error) => {
        console.error(error instanceof Error ? error.message : error);
        process.exit(1);
      },
    );
  });
