/**
 * Gate (issue #9): nothing lost, nothing doubled.
 *
 * The reference server (in-memory PGlite) behind a fault-injecting proxy
 * (fault-proxy.mjs: dropped connections, answers held past the client's
 * timeout, 500 and 503 with Retry-After, connections cut mid-response after
 * the server committed, and an offline window). Through it:
 *
 * - Node: 200 distinct referrals through core's REST backend and
 *   `ReferralSubmission` (its retries and outbox, with a short timeout and
 *   backoff), until every one is acknowledged;
 * - Chromium: 200 referrals through real `<lw-referral-form>` elements, each
 *   sending with its own submission (IndexedDB outbox, default retry policy),
 *   including a spell offline where the form says the referral is saved and
 *   will be sent when back online, and sends it when the browser is back.
 *
 * Then the database must hold each referral exactly once, as entered.
 *
 * Needs the built packages and the script-tag bundle (`npm run build`; CI
 * builds them before this runs). Builds them when they are missing.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { chromiumPath, CHROMIUM_ARGS } from '../../scripts/chromium.mjs';
import { FAULT_KINDS, startFaultProxy } from './fault-proxy.mjs';
import { makePrefills, makeReferrals, tagIn } from './referrals.mjs';

const at = (path) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const N = 200;
/** Forms on the browser half's page, sending side by side (as several tabs would, over one outbox). */
const FORMS = 8;
const STAFF_TOKEN = randomBytes(24).toString('base64url');

/** Builds what the gate imports when it is missing (CI has built it already). */
function ensureBuilt() {
  const steps = [];
  if (
    !existsSync(at('packages/core/dist/index.js')) ||
    !existsSync(at('packages/server/dist/index.js')) ||
    !existsSync(at('packages/elements/dist/index.js'))
  )
    steps.push([
      'npm',
      [
        'run',
        'build',
        '-w',
        '@linkwork/core',
        '-w',
        '@linkwork/elements',
        '-w',
        '@linkwork/server',
      ],
    ]);
  if (steps.length > 0 || !existsSync(at('dist/linkwork.js')))
    steps.push(['npx', ['vite', 'build', '--config', 'scripts/bundle/vite.config.ts']]);
  for (const [command, args] of steps) {
    const result = spawnSync(command, args, { cwd: at('.'), encoding: 'utf8' });
    if (result.status !== 0) {
      process.stderr.write(`${result.stdout}${result.stderr}`);
      throw new Error(`build failed: ${command} ${args.join(' ')}`);
    }
  }
}

let server;
let db;
let core;
let browser;

before(async () => {
  const started = performance.now();
  ensureBuilt();
  // Chromium starts while PGlite does.
  const launching = chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  launching.catch(() => undefined);
  core = await import('@linkwork/core');
  const { createSqlStore, migrate, openPglite, readMigrations, startServer } =
    await import('@linkwork/server');
  // The store is opened here, so the test can read the table itself afterwards.
  db = await openPglite();
  await migrate(db, await readMigrations());
  server = await startServer({
    store: createSqlStore(db),
    staffToken: STAFF_TOKEN,
    log: () => {},
    // The self-referrals of the Node half come without a token, all from loopback.
    publicWriteLimit: { burst: 1000, perMinute: 60_000 },
    site: { root: at('test/gates/page'), mounts: { '/dist': at('dist') } },
    shutdownTimeoutMs: 1000,
  });
  browser = await launching;
  console.log(`# server and browser up in ${Math.round(performance.now() - started)} ms`);
});

after(async () => {
  await browser?.close();
  await server?.close();
  await db?.close();
});

/** Every stored referral of one half, with its key and reference; fails on any the gate did not send. */
async function storedRows(half) {
  const rows = (
    await db.query('SELECT idempotency_key, reference, referral FROM referrals ORDER BY seq')
  ).map((row) => ({
    key: row.idempotency_key,
    reference: row.reference,
    referral: typeof row.referral === 'string' ? JSON.parse(row.referral) : row.referral,
  }));
  assert.deepEqual(
    rows.filter((row) => !tagIn(row.referral.notes)).map((row) => row.reference),
    [],
    'referrals in the database that no half sent',
  );
  return rows.filter((row) => tagIn(row.referral.notes).startsWith(`[gate ${half}-`));
}

/**
 * Counts and checks one half against what was sent: each sent referral stored
 * once (by key and by content) and as entered (`expected(tag)`), nothing else.
 */
async function tally(half, sent, expected, label = `${half} half`) {
  const rows = await storedRows(half);
  const byTag = new Map();
  for (const row of rows) {
    const tag = tagIn(row.referral.notes);
    byTag.set(tag, [...(byTag.get(tag) ?? []), row]);
  }
  const keys = new Set(rows.map((row) => row.key));
  const duplicated =
    rows.length - keys.size + [...byTag.values()].reduce((sum, list) => sum + list.length - 1, 0);
  let lost = 0;
  const mismatched = [];
  for (const tag of sent) {
    const found = byTag.get(tag);
    if (!found) {
      lost++;
      continue;
    }
    const difference = expected(tag, found[0]);
    if (difference) mismatched.push(`${tag}: ${difference}`);
  }
  const stored = byTag.size;
  console.log(
    `${label}: referrals: ${sent.length} sent, ${stored} stored, ${duplicated} duplicated, ${lost} lost`,
  );
  return { rows, stored, duplicated, lost, mismatched };
}

/** Waits until `condition()` is true, or fails after `ms`. */
async function eventually(condition, what, ms) {
  const end = Date.now() + ms;
  for (;;) {
    if (await condition()) return;
    if (Date.now() > end) throw new Error(`timed out: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function assertFaults(proxy) {
  console.log(
    `# faults: ${FAULT_KINDS.map((kind) => `${kind} ${proxy.counts[kind]}`).join(', ')}, passed ${proxy.counts.pass}`,
  );
  for (const kind of FAULT_KINDS) assert.ok(proxy.counts[kind] > 0, `the proxy did ${kind}`);
}

// One half after the other: side by side they are hardly quicker on two cores, and a busy
// PGlite then answers so late that clients time out good answers and retry in a storm.
// Each half has its own proxy (and fault counts); the tags keep their referrals apart.
describe('nothing lost, nothing doubled', () => {
  it(`Node: ${N} referrals through core's REST backend and ReferralSubmission`, async () => {
    // Short, so the gate is quick, but not so short that a busy machine times out good answers.
    const timeoutMs = 800;
    const proxy = await startFaultProxy({
      target: server.url,
      seed: 9,
      delayMs: timeoutMs + 300,
      blockSize: 20,
      // Longer than a run of six attempts takes, so some referrals are queued and sent by the outbox alone.
      offline: { afterRequests: 120, durationMs: 1200 },
    });
    try {
      const started = performance.now();
      proxy.arm();
      const baseUrl = `${proxy.url}/api`;
      // Short waits so the gate is quick; the same retry logic as the default policy.
      const policy = { maxAttempts: 6, baseMs: 50, maxMs: 400, attemptTimeoutMs: 2000 };
      // Staff referrals with the staff token; self-referrals as the public sends them, without.
      const submissions = {
        staff: new core.ReferralSubmission({
          backend: core.createRestBackend({ baseUrl, token: STAFF_TOKEN, timeoutMs }),
          outbox: { store: 'memory', policy },
        }),
        self: new core.ReferralSubmission({
          backend: core.createRestBackend({ baseUrl, timeoutMs }),
          outbox: { store: 'memory', policy },
        }),
      };
      const referrals = makeReferrals({ half: 'node', count: N, seed: 9 });
      const acknowledged = new Map();
      for (const submission of Object.values(submissions))
        submission.outbox.subscribe((_, change) => {
          if (change?.type === 'delivered') acknowledged.set(change.key, change.receipt);
        });
      // Connected, as a page would be: what cannot be sent now is retried in the background.
      const connectivity = new EventTarget();
      const disconnect = Object.values(submissions).map((s) => s.connect(connectivity));
      const keyOf = new Map();
      const outcomes = {};
      // Sixteen at a time, as sixteen people sending at once would.
      let next = 0;
      await Promise.all(
        Array.from({ length: 16 }, async () => {
          while (next < referrals.length) {
            const referral = referrals[next++];
            const started = submissions[referral.source].start();
            keyOf.set(tagIn(referral.notes), started.key);
            const result = await started.submit(referral);
            outcomes[result.status] = (outcomes[result.status] ?? 0) + 1;
            if (result.status === 'delivered') acknowledged.set(result.key, result.receipt);
            else
              assert.equal(result.status, 'queued', `${tagIn(referral.notes)}: ${result.status}`);
          }
        }),
      );
      const submitted = performance.now();
      // What could not be sent waits in the outbox, which sends it by itself: nobody flushes.
      const left = async () =>
        (await Promise.all(Object.values(submissions).map((s) => s.outbox.entries()))).flat();
      try {
        await eventually(async () => (await left()).length === 0, 'the outboxes empty', 60_000);
      } catch (error) {
        const entries = (await left()).map(
          ({ key, state, lastError, attempts, notBefore, lease }) => ({
            key,
            state,
            lastError,
            attempts,
            notBefore,
            leased: lease !== undefined,
          }),
        );
        throw new Error(`${error.message}: ${JSON.stringify(entries.slice(0, 5))}`);
      } finally {
        for (const stop of disconnect) stop();
      }
      console.log(
        `# node: ${outcomes.delivered ?? 0} delivered at once, ${outcomes.queued ?? 0} queued then sent by the outbox (${Math.round(submitted - started)} ms to submit, ${Math.round(performance.now() - submitted)} ms to drain)`,
      );
      // The offline window outlasts a run of attempts: the background retries had work to do.
      assert.ok((outcomes.queued ?? 0) > 0, 'some referrals waited in the outbox');
      assertFaults(proxy);

      const sentTags = referrals.map((referral) => tagIn(referral.notes));
      const expectedByTag = new Map(
        referrals.map((referral) => [tagIn(referral.notes), core.validateReferral(referral).value]),
      );
      const result = await tally('node', sentTags, (tag, row) => {
        try {
          assert.deepEqual(row.referral, expectedByTag.get(tag));
        } catch {
          return 'stored content differs from what was sent';
        }
        if (row.key !== keyOf.get(tag)) return 'stored under another key';
        if (acknowledged.get(row.key)?.reference !== row.reference)
          return 'the acknowledged reference is not the stored one';
        return undefined;
      });
      assert.deepEqual(result.mismatched.slice(0, 3), [], `${result.mismatched.length} differ`);
      assert.equal(acknowledged.size, N, 'every referral acknowledged');
      assert.equal(result.duplicated, 0, 'duplicated');
      assert.equal(result.lost, 0, 'lost');
      assert.equal(result.stored, N, 'stored');
      assert.equal(result.rows.length, N, 'rows');
    } finally {
      await proxy.close();
    }
  });

  it(`Chromium: ${N} referrals through <lw-referral-form>, offline spell included`, async () => {
    const timeoutMs = 700;
    const proxy = await startFaultProxy({
      target: server.url,
      seed: 11,
      blockSize: 16,
      delayMs: timeoutMs + 300,
      // After the browser's own offline spell (below), so no `online` event brings these back: only
      // the outbox's own retries. Long enough that some forms run out of attempts and say so.
      offline: { afterRequests: 100, durationMs: 4000 },
    });
    const context = await browser.newContext({ baseURL: proxy.url });
    try {
      const page = await context.newPage();
      const problems = [];
      page.on('pageerror', (error) => problems.push(`exception: ${error.message}`));
      await page.goto('/');
      await page.waitForFunction(() => document.documentElement.dataset.gateReady === 'true');
      await page.evaluate((options) => window.__gate.setup(options), {
        token: STAFF_TOKEN,
        timeoutMs,
        count: FORMS,
      });
      const items = makePrefills({ half: 'browser', count: N, seed: 11 });
      const drive = (slice) => page.evaluate((list) => window.__gate.drive(list), slice);
      const times = [performance.now()];
      // One referral per form before any fault: the forms load what they load lazily (consent).
      const first = await drive(items.slice(0, FORMS));
      times.push(performance.now());
      // Offline: the forms keep what is sent and say so.
      await context.setOffline(true);
      const offline = await drive(items.slice(FORMS, FORMS + 30));
      const waiting = await page.evaluate(() => window.__gate.outboxSize());
      times.push(performance.now());
      // Back online, through the faults: the outboxes send what waited, the forms send the rest.
      proxy.arm();
      await context.setOffline(false);
      const rest = await drive(items.slice(FORMS + 30));
      times.push(performance.now());
      const results = [...first, ...offline, ...rest];

      for (const record of offline) {
        assert.equal(record.status, 'queued', `${record.tag} offline`);
        assert.equal(record.reason, 'offline');
        assert.match(record.shown, /Referral saved, not sent yet/);
        assert.match(
          record.notice,
          /You are offline\. The referral is saved on this device and will be sent automatically when you are back online\./,
        );
      }
      assert.equal(waiting, offline.length, 'every referral made offline waits in the outbox');
      // Those the proxy's offline window outlasted: saved, with the promise to send them by themselves.
      const unreachable = rest.filter((record) => record.status === 'queued');
      assert.ok(unreachable.length > 0, 'some forms ran out of attempts in the offline window');
      for (const record of unreachable) {
        assert.notEqual(record.reason, 'offline');
        assert.match(
          record.notice,
          /We could not reach the service just now\. The referral is saved on this device and will be sent automatically as soon as the service can be reached\./,
        );
      }
      const errors = results.filter((record) => record.status === 'error');
      assert.deepEqual(errors, [], 'the forms reported no errors');

      // Nothing is left on the device: every outbox entry reaches the server by itself.
      await eventually(
        async () => (await page.evaluate(() => window.__gate.outboxSize())) === 0,
        'the outbox empties',
        30_000,
      );
      const counts = results.reduce((sum, record) => {
        const what = record.status === 'queued' ? `queued (${record.reason})` : record.status;
        return { ...sum, [what]: (sum[what] ?? 0) + 1 };
      }, {});
      console.log(
        `# browser: ${Object.entries(counts)
          .map(([what, count]) => `${count} ${what}`)
          .join(', ')}, every queued one then sent by the outbox (phases ${times
          .slice(1)
          .map((t, i) => Math.round(t - times[i]))
          .join(', ')} ms, drain ${Math.round(performance.now() - times.at(-1))} ms)`,
      );
      assertFaults(proxy);
      assert.deepEqual(problems, [], 'no exceptions in the page');

      const byTag = new Map(results.map((record) => [record.tag, record]));
      const intended = new Map(items.map((item) => [tagIn(item.prefill.notes), item]));
      const result = await tally('browser', [...intended.keys()], (tag, row) => {
        const record = byTag.get(tag);
        const { prefill, channels } = intended.get(tag);
        try {
          // What the element sent is what is stored, and it is what was entered.
          assert.deepEqual(row.referral, core.validateReferral(record.referral).value);
          const stored = row.referral;
          assert.equal(stored.source, 'staff');
          assert.deepEqual(
            {
              givenName: stored.patient.givenName,
              familyName: stored.patient.familyName,
              dateOfBirth: stored.patient.dateOfBirth,
              nhsNumber: stored.patient.nhsNumber.replace(/\D/g, ''),
              lines: stored.patient.address.lines,
              postcode: stored.patient.address.postcode,
              phone: stored.patient.phone,
              preferredContact: stored.patient.preferredContact,
            },
            {
              givenName: prefill.patient.givenName,
              familyName: prefill.patient.familyName,
              dateOfBirth: prefill.patient.dateOfBirth,
              nhsNumber: prefill.patient.nhsNumber,
              lines: prefill.patient.address.lines,
              postcode: prefill.patient.address.postcode,
              // Stored in E.164, as the server normalises it.
              phone: prefill.patient.phone.replace(/^0/, '+44').replace(/\s/g, ''),
              preferredContact: prefill.patient.preferredContact,
            },
          );
          assert.equal(stored.referrer.name, prefill.referrer.name);
          assert.deepEqual([...stored.reasons].sort(), [...prefill.reasons].sort());
          assert.equal(stored.notes, prefill.notes);
          assert.equal(stored.urgency, prefill.urgency);
          assert.deepEqual(
            [...stored.consent.contactBy].sort(),
            channels.map((channel) => ['phone', 'text', 'email', 'letter'][channel]).sort(),
          );
          assert.equal(stored.consent.recordedBy, 'Dr Amira Haddad');
        } catch (error) {
          return error.message.slice(0, 600);
        }
        if (record.status === 'delivered' && record.reference !== row.reference)
          return 'the reference shown is not the stored one';
        if (record.status === 'queued' && record.key !== row.key)
          return 'stored under another key than the one queued';
        return undefined;
      });
      assert.deepEqual(result.mismatched.slice(0, 3), [], `${result.mismatched.length} differ`);
      assert.equal(result.duplicated, 0, 'duplicated');
      assert.equal(result.lost, 0, 'lost');
      assert.equal(result.stored, N, 'stored');
      assert.equal(result.rows.length, N, 'rows');
    } finally {
      await context.close();
      await proxy.close();
    }
  });

  it('catches doubling: a client that makes a new key for each retry stores referrals twice', async () => {
    // The control: the same faults, but retries that forget the key. The counts above mean
    // something only if this shows duplicates.
    const proxy = await startFaultProxy({ target: server.url, seed: 13, delayMs: 750 });
    try {
      proxy.arm();
      const backend = core.createRestBackend({
        baseUrl: `${proxy.url}/api`,
        token: STAFF_TOKEN,
        timeoutMs: 500,
      });
      const referrals = makeReferrals({ half: 'control', count: 20, seed: 13 });
      let next = 0;
      await Promise.all(
        Array.from({ length: 5 }, async () => {
          while (next < referrals.length) {
            const referral = referrals[next++];
            for (let attempt = 1; attempt <= 5; attempt++) {
              try {
                await backend.submitReferral(referral, { idempotencyKey: randomUUID() });
                break;
              } catch {
                await new Promise((resolve) => setTimeout(resolve, 50));
              }
            }
          }
        }),
      );
      const result = await tally(
        'control',
        referrals.map((referral) => tagIn(referral.notes)),
        () => undefined,
        '# control, a new key per retry',
      );
      assert.ok(result.duplicated > 0, 'the gate sees referrals stored twice');
    } finally {
      await proxy.close();
    }
  });
});
