/**
 * Gate: hostile data in the browser, and two copies of Linkwork on one page.
 *
 * A page under `default-src 'self'; require-trusted-types-for 'script'`
 * loads the elements' npm build (bundled with esbuild from the packages'
 * dist/, as a consumer's bundler would) and renders the corpus through
 * every path that shows outside data: directory records in the picker
 * (names, organisations, descriptions, links, contacts, every card open),
 * prefill in the referral form, configured wording and partner names in
 * the consent capture (English and Welsh), and an API answering with
 * hostile problem documents and HTML. Then it checks that:
 *
 * - no script ran: `window.__pwned`, `pwned`, `alert`, `confirm` and
 *   `prompt` are getter traps, and dialogs are counted;
 * - no unsafe link: every `href` is http(s):, tel:, mailto: or a fragment,
 *   and no element has `src`, `srcdoc`, `action` or `on…` attributes;
 * - no unexpected element: every tag in every shadow root is one the same
 *   path renders from benign data;
 * - no `securitypolicyviolation` (nor a CSP console error).
 *
 * The picker's own unit test (hostile-corpus.test.ts) covers broken
 * records (missing fields, wrong types); this gate is about text.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/chromium.mjs';
import { PAYLOADS } from './payloads.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const CSP = "default-src 'self'; require-trusted-types-for 'script'";
/** Directory records per picker render. */
const BATCH = 46;
const TRAPS = ['__pwned', 'pwned', 'alert', 'confirm', 'prompt'];

const work = mkdtempSync(join(tmpdir(), 'linkwork-hostile-browser-'));
let server;
let origin;
let browser;
const problems = [];
const tally = { renders: 0, paths: new Set() };

const PAGES = {
  '/hostile.html': ['/harness.js'],
  '/two.html': ['/dist/linkwork.js', '/harness.js'],
  '/two-versions.html': ['/dist/linkwork.js', '/harness-other.js'],
};

/** Problem documents and pages an API might answer with, carrying the payloads of a batch. */
function hostileAnswer(kind, payloads, response) {
  const problem = (status) => {
    response.writeHead(status, { 'content-type': 'application/problem+json' });
    response.end(
      JSON.stringify({
        type: payloads[0],
        title: payloads[1] ?? payloads[0],
        status,
        detail: payloads.join(' '),
        errors: payloads.map((p) => ({ path: p, code: p, message: p })),
      }),
    );
  };
  if (kind === '422') return problem(422);
  if (kind === '500') return problem(500);
  if (kind === '400') return problem(400);
  if (kind === 'html') {
    response.writeHead(502, { 'content-type': 'text/html' });
    return response.end(`<html><body>${payloads.join('<br>')}</body></html>`);
  }
  // A 200 whose page is not a page: items that are the payloads themselves.
  response.writeHead(200, { 'content-type': 'application/json' });
  return response.end(
    JSON.stringify({ items: payloads, total: payloads.length, page: 1, size: 20 }),
  );
}

before(async () => {
  const bundle = (outfile, plugins = []) =>
    build({
      entryPoints: [fileURLToPath(new URL('./browser/harness.mjs', import.meta.url))],
      bundle: true,
      format: 'esm',
      target: 'es2022',
      outfile: join(work, outfile),
      logLevel: 'error',
      // Not the repository's tsconfig paths (to src/): the packages' dist/, as published.
      tsconfigRaw: '{}',
      plugins,
    });
  // The second build stands for an older copy of Linkwork on the page.
  const otherVersion = {
    name: 'other-version',
    setup(b) {
      b.onLoad({ filter: /elements[/\\]dist[/\\]base[/\\]version\.js$/ }, () => ({
        contents: "export const VERSION = '0.0.1-other';",
      }));
    },
  };
  await Promise.all([bundle('harness.js'), bundle('harness-other.js', [otherVersion])]);
  assert.ok(
    existsSync(join(root, 'dist/linkwork.js')),
    'dist/linkwork.js: run npm run build:bundle',
  );
  const template = JSON.parse(
    readFileSync(join(root, 'test/fixtures/riverside.oruk3.json'), 'utf8'),
  )[0];
  writeFileSync(join(work, 'template.json'), JSON.stringify(template));

  server = createServer((request, response) => {
    const url = new URL(request.url, 'http://x');
    const headers = { 'content-security-policy': CSP, 'x-content-type-options': 'nosniff' };
    const api = /^\/api\/([a-z0-9]+)-(\d+)\//.exec(url.pathname);
    if (api) {
      const start = Number(api[2]) * BATCH;
      return hostileAnswer(api[1], PAYLOADS.slice(start, start + BATCH), response);
    }
    if (PAGES[url.pathname]) {
      response.writeHead(200, { ...headers, 'content-type': 'text/html; charset=utf-8' });
      const scripts = PAGES[url.pathname].map(
        (src) => `<script type="module" src="${src}"></script>`,
      );
      return response.end(
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Gate</title>${scripts.join('')}</head><body></body></html>`,
      );
    }
    const file = url.pathname.startsWith('/dist/')
      ? join(root, 'dist', normalize(url.pathname.slice('/dist/'.length)))
      : join(work, normalize(url.pathname));
    if (!file.startsWith(root) && !file.startsWith(work)) return response.writeHead(404).end();
    try {
      const body = readFileSync(file);
      const type = extname(file) === '.js' ? 'text/javascript' : 'application/json';
      response.writeHead(200, { ...headers, 'content-type': type });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
  rmSync(work, { recursive: true, force: true });
  if (problems.length)
    console.log(`hostile (browser): problems:\n${problems.slice(0, 40).join('\n')}`);
});

/** A page with the traps set before any script of its own runs. */
async function open(path) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 4000 } });
  const seen = { dialogs: 0, errors: [], warnings: [], csp: [] };
  page.on('dialog', (dialog) => {
    seen.dialogs++;
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => seen.errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'warning') seen.warnings.push(message.text());
    if (/Content Security Policy|Trusted Type/i.test(message.text())) seen.csp.push(message.text());
  });
  await page.addInitScript((traps) => {
    const state = { fired: [], violations: [] };
    Object.defineProperty(window, '__gate', { value: state });
    for (const name of traps)
      Object.defineProperty(window, name, {
        get() {
          state.fired.push(`read ${name}`);
          return () => state.fired.push(`called ${name}`);
        },
        set() {
          state.fired.push(`set ${name}`);
        },
      });
    document.addEventListener(
      'securitypolicyviolation',
      (event) => state.violations.push(`${event.violatedDirective} ${event.blockedURI}`),
      true,
    );
  }, TRAPS);
  await page.goto(`${origin}${path}`);
  await page.waitForFunction(() => 'gate' in window);
  return { page, seen };
}

async function finish(label, { page, seen }) {
  const { fired, violations } = await page.evaluate(() => window.__gate);
  for (const f of fired) problems.push(`${label}: script ran (${f})`);
  if (seen.dialogs) problems.push(`${label}: ${seen.dialogs} dialogs`);
  for (const v of [...violations, ...seen.csp]) problems.push(`${label}: CSP violation ${v}`);
  for (const e of seen.errors) problems.push(`${label}: page error ${e}`);
  await page.close();
  return { fired: fired.length + seen.dialogs, violations: violations.length + seen.csp.length };
}

const figures = { scripts: 0, links: 0, elements: 0, violations: 0 };

/** Runs a path over benign data (its expected tags), then over every batch of payloads. */
async function path(name, page, call, batches) {
  tally.paths.add(name);
  const baseline = await call(page, batches.benign);
  const expected = new Set(baseline.tags);
  for (const [i, input] of batches.hostile.entries()) {
    const result = await call(page, input, i);
    tally.renders++;
    const unexpected = result.tags.filter((tag) => !expected.has(tag));
    for (const tag of unexpected) problems.push(`${name} #${i}: unexpected <${tag}>`);
    for (const link of result.unsafeLinks) problems.push(`${name} #${i}: unsafe ${link}`);
    figures.elements += unexpected.length;
    figures.links += result.unsafeLinks.length;
    if (result.cards !== undefined && result.cards !== result.records)
      problems.push(`${name} #${i}: ${result.cards} cards for ${result.records} records`);
  }
}

const batchesOf = (size) =>
  Array.from({ length: Math.ceil(PAYLOADS.length / size) }, (_, i) =>
    PAYLOADS.slice(i * size, (i + 1) * size),
  );

test('the corpus through every path that renders outside data', async () => {
  const opened = await open('/hostile.html');
  const { page } = opened;
  const template = await (await fetch(`${origin}/template.json`)).json();

  await path(
    'picker: directory records',
    page,
    (p, payloads, i = 0) =>
      p.evaluate(
        ([t, ps, offset]) => window.gate.picker(t, ps, offset),
        [template, payloads, i * BATCH],
      ),
    {
      // A name, a link, an email address and a phone number: every kind of text a card shows.
      benign: ['Sample', 'https://example.org/path', 'walks@example.org', '0116 496 0000'],
      hostile: batchesOf(BATCH),
    },
  );
  await path(
    'picker: API errors',
    page,
    (p, kind) => p.evaluate((k) => window.gate.pickerError(k), kind),
    {
      benign: '422-0',
      hostile: ['422', '500', '400', 'html', 'ok'].flatMap((kind) =>
        batchesOf(BATCH).map((_, i) => `${kind}-${i}`),
      ),
    },
  );
  await path(
    'referral form: prefill',
    page,
    (p, payloads) => p.evaluate((x) => window.gate.form(x), payloads),
    { benign: ["O'Brien"], hostile: batchesOf(15) },
  );
  for (const lang of ['en', 'cy'])
    await path(
      `consent capture: configured wording and partners (${lang})`,
      page,
      (p, payloads) => p.evaluate(([x, l]) => window.gate.consent(x, l), [payloads, lang]),
      {
        benign: Array.from({ length: 12 }, (_, i) => `Sample wording ${i}`),
        hostile: batchesOf(50),
      },
    );
  const { fired, violations } = await finish('hostile page', opened);
  figures.scripts += fired;
  figures.violations += violations;
  console.log(
    `hostile (browser): ${PAYLOADS.length} payloads through ${tally.paths.size} paths (${tally.renders} renders), ${figures.scripts} scripts ran, ${figures.links} unsafe links, ${figures.elements} unexpected elements, ${figures.violations} CSP violations`,
  );
  assert.deepEqual(problems, []);
});

/** Each element renders and does its job on a page with two copies of Linkwork. */
async function twoCopies(path) {
  const opened = await open(path);
  const { page } = opened;
  const template = await (await fetch(`${origin}/template.json`)).json();
  const picker = await page.evaluate(
    (t) => window.gate.picker(t, ['Walk', 'Choir', 'Garden'], 0),
    template,
  );
  const form = await page.evaluate(() => window.gate.form(["O'Brien"]));
  const consent = await page.evaluate(() => window.gate.consent(['Do you agree?'], 'en'));
  const working = {
    picker: picker.cards === 3,
    form: form.tags.includes('input') && form.tags.includes('button'),
    consent: consent.tags.includes('input') && consent.text.includes('Do you agree?'),
  };
  const warnings = opened.seen.warnings.filter((w) => /Linkwork/.test(w));
  const outcome = await finish(path, opened);
  return { working, warnings, ...outcome };
}

test('two copies on one page (the script-tag bundle and an npm build) keep working', async () => {
  const same = await twoCopies('/two.html');
  const other = await twoCopies('/two-versions.html');
  console.log(
    `two copies: ${Object.values(same.working).filter(Boolean).length} of 3 elements work with the bundle and an npm build of the same version (${same.warnings.length} warnings); ${Object.values(other.working).filter(Boolean).length} of 3 with another version (${other.warnings.length} warning)`,
  );
  assert.deepEqual(same.working, { picker: true, form: true, consent: true });
  assert.deepEqual(other.working, { picker: true, form: true, consent: true });
  // The same version defining a tag again is silent; another version warns once per page.
  assert.equal(same.warnings.length, 0, same.warnings.join('\n'));
  assert.equal(other.warnings.length, 1, other.warnings.join('\n'));
  assert.match(other.warnings[0], /Linkwork 0\.1\.0|Linkwork 0\.0\.1-other/);
  assert.equal(same.fired + other.fired + same.violations + other.violations, 0);
  assert.deepEqual(problems, []);
});
