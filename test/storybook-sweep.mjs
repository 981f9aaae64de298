/**
 * The accessibility and strict-CSP sweep of the static Storybook (issue #9):
 * every story of storybook-static/index.json, in every language and every
 * theme of the toolbar, is rendered in Chromium and checked for
 *
 * - axe-core violations (WCAG 2.0/2.1 A and AA, 2.2 AA) in the story root,
 * - reflow at 320 CSS pixels: no horizontal scrolling of the page or the root,
 * - Content-Security-Policy violations (`securitypolicyviolation` events),
 * - the story failing to render or its play function failing.
 *
 * The "forced-colours" theme is rendered under real `forced-colors: active`
 * emulation. A story that pins a language or theme is swept in that one only, and a Welsh
 * copy of a story (stories/support/welsh.ts) not at all: its original is swept in Welsh.
 * Each (story, language, theme) is one test; the last lines print
 * `stories: N states checked, N violations`.
 *
 * The story iframe is served under the strictest policy Storybook's own shell
 * works under: `default-src 'self'` with hashes for exactly the inline
 * scripts and styles of iframe.html, and Trusted Types in report-only mode
 * (Storybook's renderer assigns strings to innerHTML). Events that Storybook's
 * shell itself causes are matched by signature (STORYBOOK_SHELL below),
 * printed and not counted; every other event counts as a violation.
 *
 * One browser and one context; SWEEP_PAGES pages (default 4) take (story,
 * language) tasks from one queue. A page loads the preview once per language and
 * switches stories through Storybook's channel (`setCurrentStory`, the play
 * function included); the themes after the first are the theme decorator's class
 * switched in place, so a story and its backend are made once per language. The
 * summary gives the wall time, the CPU time by process and the load average
 * before and after: on a shared machine the wall time alone says little.
 *
 * Needs `npm run build-storybook` first. Run:
 *   node --test-reporter=spec test/storybook-sweep.mjs
 * While debugging, SWEEP_STORIES (a regular expression of story ids),
 * SWEEP_LOCALES and SWEEP_THEMES (comma-separated) narrow the sweep.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { availableParallelism, loadavg } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../scripts/chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const staticDir = join(root, 'storybook-static');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** Every WCAG 2.2 A/AA rule of axe. */
const ALL_RULES = { type: 'tag', values: WCAG_TAGS };
/**
 * What a theme can change: themes set only `--lw-*` tokens (colours, borders, focus ring, font
 * family and sizes, radius), so a story's further themes are checked by the rules that read
 * colours and sizes; the structural rules (names, roles, ARIA, landmarks) ran on its first theme
 * and cannot come out differently. Reflow and CSP are checked in every theme.
 */
const THEME_RULES = {
  type: 'rule',
  values: ['color-contrast', 'link-in-text-block', 'target-size'],
};
/** Every state renders 320 CSS pixels wide (WCAG 1.4.10 reflow), where axe runs too. */
const REFLOW_WIDTH = 320;
const HEIGHT = 800;
const PAGES = Number(process.env.SWEEP_PAGES ?? 4);

/** `'sha256-…'` of a script or style's text, as CSP hashes it. */
const cspHash = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The hashes of iframe.html's own inline `<script>` and `<style>` blocks. */
function shellHashes(html) {
  const scripts = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)];
  const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)];
  return { scripts: scripts.map((m) => cspHash(m[1])), styles: styles.map((m) => cspHash(m[1])) };
}

/**
 * The enforced policy: `default-src 'self'`, plus only what Storybook's shell
 * forces (its inline blocks, by hash). `'report-sample'` makes each event
 * carry the start of what was blocked, so it can be told apart.
 */
export function enforcedPolicy(hashes) {
  return [
    "default-src 'self'",
    `script-src 'self' 'report-sample' ${hashes.scripts.join(' ')}`,
    `style-src 'self' 'report-sample' ${hashes.styles.join(' ')}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
  ].join('; ');
}

/** Trusted Types, reported not enforced: Storybook's renderer would otherwise throw. */
export const REPORT_ONLY_POLICY = "require-trusted-types-for 'script'; trusted-types lit-html";

/**
 * What Storybook's preview shell (not Linkwork) does that a strict policy
 * reports, by directive, source and the start of the blocked text. Nothing
 * else is excused.
 */
const STORYBOOK_SHELL = [
  {
    what: 'storybook/highlight: <style> of its element menu (blocked; the sweep never opens it)',
    directive: 'style-src-elem',
    sample: /^\s*#storybook-highlights-menu \{/,
  },
  {
    what: 'addon-a11y vision simulator: style="display: none" on its <svg> of filters (blocked)',
    directive: 'style-src-attr',
    sample: /^display: none !important;$/,
  },
  {
    what: 'addon-a11y vision simulator: insertAdjacentHTML of its <svg> (Trusted Types, reported)',
    directive: 'require-trusted-types-for',
    sample: /^Element insertAdjacentHTML\|<svg id="storybook-a11y-vision-filters"/,
  },
  {
    what: 'web-components renderer: innerHTML of its root-inner wrapper (Trusted Types, reported)',
    directive: 'require-trusted-types-for',
    sample: /^Element innerHTML\|<div id="root-inner"><\/div>$/,
  },
  {
    what: 'storybook/highlight: clears its root with innerHTML = "" (Trusted Types, reported)',
    directive: 'require-trusted-types-for',
    sample: /^Element innerHTML\|$/,
  },
];

/** Storybook's preview runtime: the module iframe.html loads and the chunks it preloads. */
function shellSources(html) {
  return new Set(
    [
      ...html.matchAll(
        /<(?:script type="module"[^>]*src|link rel="modulepreload"[^>]*href)="\.\/([^"]+)"/g,
      ),
    ].map((m) => m[1]),
  );
}

/** The Storybook-shell entry an event matches, if any. */
export function shellCause(event, sources) {
  const file = event.sourceFile.replace(/^https?:\/\/[^/]+\//, '').replace(/\?.*$/, '');
  const fromShell = file === '' || file === 'iframe.html' || sources.has(file);
  return fromShell
    ? STORYBOOK_SHELL.find(
        (entry) => entry.directive === event.directive && entry.sample.test(event.sample),
      )
    : undefined;
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

/**
 * A page that breaks every rule the sweep checks, served beside the stories:
 * the sweep's first test proves each check reports it (a sweep that cannot fail
 * proves nothing).
 */
const CANARY = {
  '__sweep/canary.html': [
    'text/html; charset=utf-8',
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Canary</title>
<link rel="stylesheet" href="canary.css"></head><body>
<div id="storybook-root">
  <p class="faint">Grey on white, 1.3:1</p>
  <div class="wide">Wider than the page</div>
  <p style="color: black">An inline style attribute</p>
  <script>document.title = 'inline script ran';</script>
  <div id="sink"></div>
</div>
<script type="module" src="canary.js"></script>
</body></html>`,
  ],
  '__sweep/canary.css': [
    'text/css',
    '.faint { color: #e0e0e0; background: #ffffff; } .wide { inline-size: 600px; }',
  ],
  '__sweep/canary.js': [
    'text/javascript; charset=utf-8',
    "document.getElementById('sink').innerHTML = '<b>a string into innerHTML</b>';",
  ],
};

/** Serves storybook-static (and the canary) on loopback; HTML under the policies above. */
async function serve(policy) {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname))
      .replace(/^[/\\]+/, '')
      .split(sep)
      .join('/');
    const headersFor = (type) => {
      const headers = { 'content-type': type, 'cache-control': 'max-age=3600' };
      if (type.startsWith('text/html')) {
        headers['content-security-policy'] = policy;
        headers['content-security-policy-report-only'] = REPORT_ONLY_POLICY;
      }
      return headers;
    };
    if (CANARY[path]) {
      const [type, body] = CANARY[path];
      response.writeHead(200, headersFor(type)).end(body);
      return;
    }
    const file = join(staticDir, path || 'index.html');
    if (path.split('/').includes('..') || !file.startsWith(staticDir) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    response.writeHead(200, headersFor(type)).end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

/**
 * Runs in every document before its own scripts: records CSP events, and the
 * story lifecycle events of Storybook's channel as soon as the channel exists.
 */
function instrument() {
  const sweep = { violations: [], events: [] };
  Object.defineProperty(window, '__sweep', { value: sweep });
  document.addEventListener('securitypolicyviolation', (event) => {
    sweep.violations.push({
      directive: event.effectiveDirective,
      disposition: event.disposition,
      sourceFile: event.sourceFile,
      line: event.lineNumber,
      sample: event.sample,
      blocked: event.blockedURI,
    });
  });
  let channel;
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(value) {
      channel = value;
      for (const name of [
        'storyFinished',
        'storyErrored',
        'storyMissing',
        'storyThrewException',
        'playFunctionThrewException',
      ]) {
        value.on(name, (detail) => {
          const error = detail && typeof detail === 'object' ? detail : {};
          sweep.events.push({
            name,
            storyId: typeof detail === 'string' ? detail : (error.storyId ?? error.id),
            status: error.status,
            message: error.message ?? error.title ?? error.description,
          });
        });
      }
    },
  });
}

/**
 * Waits until the story root and every shadow root under it have not changed
 * for three checks 25 ms apart (Welsh messages and fake backends resolve within
 * a few milliseconds; play functions have already waited for what they test).
 */
async function settle(page) {
  return page.evaluate(async () => {
    const signature = () => {
      let count = 0;
      let text = 0;
      const walk = (node) => {
        for (const element of node.querySelectorAll('*')) {
          count += 1;
          if (element.shadowRoot) {
            text += element.shadowRoot.textContent.length;
            walk(element.shadowRoot);
          }
        }
      };
      const storyRoot = document.getElementById('storybook-root');
      walk(storyRoot);
      return `${count}:${text}:${storyRoot.textContent.length}`;
    };
    // Timers, not animation frames: frames wait for paint, which a busy machine delays.
    const tick = () => new Promise((resolve) => setTimeout(resolve, 25));
    const deadline = performance.now() + 3000;
    const start = performance.now();
    let last = signature();
    let frames = 0;
    for (let same = 0; same < 3 && performance.now() < deadline; frames += 1) {
      await tick();
      const now = signature();
      same = now === last ? same + 1 : 0;
      last = now;
    }
    return { frames, ms: Math.round(performance.now() - start) };
  });
}

/** axe-core's violations in the story root: `[{ id, impact, help, targets }]`. */
async function axeViolations(page, axeSource, runOnly, context = '#storybook-root') {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(
    async ({ context, runOnly }) => {
      const result = await window.axe.run(context, { runOnly, resultTypes: ['violations'] });
      return result.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        help: violation.help,
        targets: violation.nodes.slice(0, 3).map((node) => node.target.join(' ')),
      }));
    },
    { context, runOnly },
  );
}

/** On a page 320 px wide: what scrolls sideways (the page or the root) and the elements that stick out. */
async function reflowProblems(page, rootSelector = '#storybook-root') {
  return page.evaluate((rootSelector) => {
    const storyRoot = document.querySelector(rootSelector);
    const page = document.scrollingElement;
    const problems = [];
    if (page.scrollWidth > page.clientWidth)
      problems.push(`the page scrolls sideways: ${page.scrollWidth}px in ${page.clientWidth}px`);
    if (storyRoot.scrollWidth > storyRoot.clientWidth)
      problems.push(
        `the story root scrolls sideways: ${storyRoot.scrollWidth}px in ${storyRoot.clientWidth}px`,
      );
    if (problems.length === 0) return [];
    const describe = (element) =>
      `${element.localName}${element.id ? `#${element.id}` : ''}${
        element.getAttribute('part') ? `[part=${element.getAttribute('part')}]` : ''
      }${element.classList.length ? `.${[...element.classList].join('.')}` : ''}`;
    const sticking = [];
    const walk = (node, path) => {
      for (const element of node.children) {
        const box = element.getBoundingClientRect();
        const here = [...path, describe(element)];
        if (box.right > innerWidth + 0.5 && box.width > 0)
          sticking.push(`${here.join(' > ')} (${Math.round(box.right)}px)`);
        if (element.shadowRoot) walk(element.shadowRoot, here);
        walk(element, here);
      }
    };
    walk(storyRoot, []);
    // The deepest few: the elements that cause it rather than their ancestors.
    return [...problems, ...sticking.slice(-3).map((entry) => `sticks out: ${entry}`)];
  }, rootSelector);
}

/** CSP events since `from`: counted ones, and Storybook-shell ones with their cause. */
async function cspEvents(page, from, sources) {
  const events = await page.evaluate((from) => window.__sweep.violations.slice(from), from);
  const counted = [];
  const shell = [];
  for (const event of events) {
    const cause = shellCause(event, sources);
    if (cause) shell.push(cause.what);
    else counted.push(event);
  }
  return { counted, shell };
}

// ---------------------------------------------------------------------------

/** Everything the sweep needs: the built Storybook, its policy, a server and a browser. */
async function prepare() {
  assert.ok(
    existsSync(join(staticDir, 'index.json')),
    'storybook-static/ is missing: run `npm run build-storybook` first',
  );
  const iframeHtml = readFileSync(join(staticDir, 'iframe.html'), 'utf8');
  const hashes = shellHashes(iframeHtml);
  const sources = shellSources(iframeHtml);
  const policy = enforcedPolicy(hashes);
  const axeSource = readFileSync(join(root, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
  const index = JSON.parse(readFileSync(join(staticDir, 'index.json'), 'utf8'));
  const only = process.env.SWEEP_STORIES ? new RegExp(process.env.SWEEP_STORIES) : undefined;
  const stories = Object.values(index.entries).filter(
    (entry) => entry.type === 'story' && (!only || only.test(entry.id)),
  );
  assert.ok(stories.length > 0, 'index.json lists no stories');

  const { server, origin } = await serve(policy);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const context = await browser.newContext({ viewport: { width: REFLOW_WIDTH, height: HEIGHT } });
  await context.addInitScript(instrument);

  /** The toolbar's languages and themes, read from the built preview itself. */
  async function toolbar() {
    const page = await context.newPage();
    await page.goto(`${origin}/iframe.html?id=${stories[0].id}&viewMode=story`);
    await page.waitForFunction(() => window.__STORYBOOK_PREVIEW__?.storyStoreValue);
    const items = await page.evaluate(
      async (ids) => {
        const store = window.__STORYBOOK_PREVIEW__.storyStoreValue;
        const types = store.projectAnnotations.globalTypes;
        // Globals a story pins (`globals: { locale: 'cy' }`), which the toolbar cannot change.
        const pinned = {};
        // Copies of stories pinned to Welsh (stories/support/welsh.ts, tagged at run time, so
        // not in index.json): the same states as their originals in Welsh.
        const copies = [];
        for (const storyId of ids) {
          const story = await store.loadStory({ storyId });
          pinned[storyId] = story.storyGlobals ?? {};
          if (story.tags.includes('welsh-copy')) copies.push(storyId);
        }
        return {
          copies,
          locale: types.locale.toolbar.items.map((item) => item.value),
          theme: types.theme.toolbar.items.map((item) => item.value),
          pinned,
        };
      },
      stories.map((story) => story.id),
    );
    await page.close();
    return items;
  }
  const toolbarItems = await toolbar();
  const pinned = toolbarItems.pinned;
  const copies = new Set(toolbarItems.copies);
  const originals = stories.filter((story) => !copies.has(story.id));
  console.log(
    `# ${copies.size} Welsh copies of stories left out: their originals are swept in Welsh`,
  );
  /** The toolbar's values, or those of SWEEP_LOCALES / SWEEP_THEMES (comma-separated) while debugging. */
  const globals = {
    locale: process.env.SWEEP_LOCALES?.split(',') ?? toolbarItems.locale,
    theme: process.env.SWEEP_THEMES?.split(',') ?? toolbarItems.theme,
  };

  return {
    policy,
    sources,
    axeSource,
    stories: originals,
    server,
    origin,
    browser,
    context,
    pinned,
    globals,
  };
}

let ready;
try {
  ready = await prepare();
} catch (error) {
  // A sweep that cannot start is a failure, not zero tests.
  it('prepares the Storybook sweep', () => {
    throw error;
  });
}

if (ready) {
  const { policy, sources, axeSource, stories, server, origin, browser, context, pinned, globals } =
    ready;

  /** Milliseconds spent in each step, over all states (pages overlap, so the sum exceeds the wall time). */
  const timings = new Map();
  const totals = { states: 0, violations: 0, shell: new Map(), byKind: new Map(), failures: [] };
  const started = Date.now();
  // The machine is shared: the load beside the sweep's own says what its seconds are worth.
  const loadBefore = loadavg()[0];

  after(async () => {
    // CPU time is what decides the wall time on a busy machine: Chromium's processes (all
    // still open) and this process.
    const cdp = await browser.newBrowserCDPSession();
    const { processInfo } = await cdp.send('SystemInfo.getProcessInfo');
    const cpuByType = new Map();
    for (const { type, cpuTime } of processInfo)
      cpuByType.set(type, (cpuByType.get(type) ?? 0) + cpuTime);
    const chromiumCpu = [...cpuByType.values()].reduce((sum, seconds) => sum + seconds, 0);
    const nodeCpu = (process.cpuUsage().user + process.cpuUsage().system) / 1e6;
    await browser.close();
    server.close();
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `\nStorybook sweep: ${stories.length} stories × ${globals.locale.length} languages × ${globals.theme.length} themes at ${REFLOW_WIDTH}px (stories that pin a language or theme once each), ${PAGES} pages at once: ${seconds} s`,
    );
    console.log(`Enforced CSP: ${policy.replace(/'sha256-[^']+'/g, "'sha256-…'")}`);
    console.log(`Report-only CSP: ${REPORT_ONLY_POLICY}`);
    console.log(
      `  CPU: ${chromiumCpu.toFixed(1)} s in Chromium (${[...cpuByType]
        .filter(([, cpu]) => cpu >= 0.5)
        .map(([type, cpu]) => `${type.replace(/\..*/, '')} ${cpu.toFixed(1)}`)
        .join(
          ', ',
        )}), ${nodeCpu.toFixed(1)} s in Node (${(chromiumCpu + nodeCpu).toFixed(1)} s in all) on ${availableParallelism()} cores; load average ${loadBefore.toFixed(1)} before, ${loadavg()[0].toFixed(1)} after`,
    );
    console.log(
      `  time in steps: ${[...timings].map(([step, ms]) => `${step} ${(ms / 1000).toFixed(1)} s`).join(', ')}`,
    );
    for (const [what, count] of totals.shell)
      console.log(`  Storybook shell, not counted (${count}×): ${what}`);
    for (const [kind, count] of totals.byKind) console.log(`  ${kind}: ${count}`);
    for (const failure of totals.failures.slice(0, 40)) console.log(`  ✗ ${failure}`);
    console.log(`stories: ${totals.states} states checked, ${totals.violations} violations`);
  });

  /**
   * Shows a story on a page that already runs the Storybook preview, the way the
   * Storybook UI does (`setCurrentStory`: rendered afresh, play function
   * included), or waits for the page's first story. Waits for Storybook to
   * finish, then for the components to settle; returns the lifecycle events of
   * that render.
   */
  async function show(page, message) {
    // The first render starts with the page, before anyone could ask: its events count from 0.
    const from = message ? await page.evaluate(() => window.__sweep.events.length) : 0;
    if (message) {
      await page.evaluate(
        ([name, payload]) => window.__STORYBOOK_ADDONS_CHANNEL__.emit(name, payload),
        message,
      );
    }
    await page.waitForFunction(
      (from) =>
        window.__sweep.events
          .slice(from)
          .some((event) => ['storyFinished', 'storyErrored', 'storyMissing'].includes(event.name)),
      from,
      { timeout: 20_000 },
    );
    await settle(page);
    return page.evaluate((from) => window.__sweep.events.slice(from), from);
  }

  /** A promise with its settling functions; never an unhandled rejection (its test awaits it). */
  const deferred = () => {
    const handle = {};
    handle.promise = new Promise((resolve, reject) => Object.assign(handle, { resolve, reject }));
    handle.promise.catch(() => undefined);
    return handle;
  };

  /**
   * The work: one task per story and language, whose states are the toolbar's themes. A
   * task's story is rendered once (in its language), then the story root's theme class is
   * switched in place for each further theme (forced colours under real emulation). Pages
   * take the next task from one queue, so none stands idle while another has a long list;
   * each language's tasks are together, so a page changes language (loads again) rarely.
   */
  const tasks = globals.locale.flatMap((locale) =>
    stories
      // A story that pins its language is one state per theme, not one per toolbar language.
      .filter(
        (story) =>
          (pinned[story.id].locale ?? locale) === locale ||
          (!globals.locale.includes(pinned[story.id].locale) && locale === globals.locale[0]),
      )
      .map((story) => ({
        story,
        locale,
        // A story that pins its theme has that one state.
        states: (pinned[story.id].theme ? [pinned[story.id].theme] : globals.theme).map(
          (theme) => ({
            theme,
            name: `${story.id} [${locale}, ${theme}, ${REFLOW_WIDTH}px]`,
            ...deferred(),
          }),
        ),
      })),
  );

  /** Fails after `ms` unless `work` has settled: a stuck state must not stall the whole sweep. */
  const within = (ms, what, work) => {
    let timer;
    return Promise.race([
      work.finally(() => clearTimeout(timer)),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${what}: no result in ${ms / 1000} s`)), ms);
      }),
    ]);
  };

  /**
   * Checks one state on a page (`worker.page`, opened or loaded again when needed) and
   * returns its problems: axe, reflow, CSP and render. Throws when the state cannot be
   * checked (the story is not the one shown, a timeout).
   */
  async function checkState(worker, task, state, first) {
    const { story, locale } = task;
    const { theme } = state;
    const timer = { start: Date.now() };
    const lap = (step) => {
      const now = Date.now();
      timings.set(step, (timings.get(step) ?? 0) + now - timer.start);
      timer.start = now;
    };
    const problems = [];
    const record = (kind, message) => {
      problems.push(`${kind}: ${message}`);
      totals.byKind.set(kind, (totals.byKind.get(kind) ?? 0) + 1);
    };
    const forcedColors = theme === 'forced-colours' ? 'active' : 'none';
    let cspFrom = 0;
    let events;
    if (!worker.page || worker.locale !== locale) {
      // A new page, or a page in the other language: load the preview with this story.
      worker.page ??= await context.newPage();
      await worker.page.setViewportSize({ width: REFLOW_WIDTH, height: HEIGHT });
      await worker.page.emulateMedia({ forcedColors });
      worker.emulated = forcedColors;
      worker.locale = locale;
      // Storybook's theme global is always the toolbar's first; other themes are switched in place.
      const query = `globals=locale:${locale};theme:${globals.theme[0]};a11y.manual:!true`;
      await worker.page.goto(`${origin}/iframe.html?id=${story.id}&viewMode=story&${query}`);
      lap('load');
      events = await show(worker.page);
      lap('render');
    } else {
      const { page } = worker;
      if (forcedColors !== worker.emulated) await page.emulateMedia({ forcedColors });
      worker.emulated = forcedColors;
      cspFrom = await page.evaluate(() => window.__sweep.violations.length);
      if (first) {
        events = await show(page, ['setCurrentStory', { storyId: story.id, viewMode: 'story' }]);
        lap('render');
      } else {
        // The theme decorator's output without re-rendering the story: its wrapper's
        // `lw-theme-*` class. Re-rendering through `updateGlobals` would re-create each
        // story's backend and search again.
        await page.evaluate((theme) => {
          const wrapper = document.querySelector('#storybook-root [data-theme]');
          wrapper.classList.remove(`lw-theme-${wrapper.dataset.theme}`);
          wrapper.classList.add(`lw-theme-${theme}`);
          wrapper.dataset.theme = theme;
        }, theme);
        await settle(page);
        events = [];
        lap('theme');
      }
    }
    const { page } = worker;
    for (const event of events.filter(
      (event) => event.name !== 'storyFinished' || event.status === 'error',
    ))
      record('render', `${event.name}${event.message ? `: ${event.message.split('\n')[0]}` : ''}`);

    const applied = await page.evaluate(() => ({
      storyId: window.__STORYBOOK_PREVIEW__.currentRender?.id,
      lang: document.documentElement.lang,
      theme: document.querySelector('#storybook-root [data-theme]')?.getAttribute('data-theme'),
      pinned: window.__STORYBOOK_PREVIEW__.currentRender?.story?.storyGlobals ?? {},
    }));
    assert.equal(applied.storyId, story.id, 'the story is the one shown');
    // A story may pin a global (`globals: { locale: 'cy' }`): then it renders in that one.
    assert.equal(applied.lang, applied.pinned.locale ?? locale, 'the toolbar language');
    assert.equal(applied.theme, applied.pinned.theme ?? theme, 'the toolbar theme');

    const reflow = await reflowProblems(page);
    if (reflow.length > 0) record(`reflow ${REFLOW_WIDTH}px`, reflow.join('; '));
    lap('reflow');
    for (const violation of await axeViolations(page, axeSource, first ? ALL_RULES : THEME_RULES))
      record(
        `axe ${REFLOW_WIDTH}px`,
        `${violation.id} (${violation.impact}): ${violation.help} at ${violation.targets.join(', ')}`,
      );
    lap('axe');
    const csp = await cspEvents(page, cspFrom, sources);
    for (const cause of csp.shell) totals.shell.set(cause, (totals.shell.get(cause) ?? 0) + 1);
    for (const event of csp.counted)
      record(
        'csp',
        `${event.disposition} ${event.directive} from ${event.sourceFile || '(inline)'}:${event.line} ${JSON.stringify(event.sample)}`,
      );

    totals.states += 1;
    totals.violations += problems.length;
    if (problems.length > 0) totals.failures.push(`${state.name}: ${problems[0]}`);
    return problems;
  }

  /** Runs every task on PAGES pages; each state's promise settles with its problems. */
  async function sweep() {
    let next = 0;
    const work = async () => {
      const worker = {};
      while (next < tasks.length) {
        const task = tasks[next++];
        for (const [index, state] of task.states.entries()) {
          try {
            state.resolve(
              await within(60_000, state.name, checkState(worker, task, state, index === 0)),
            );
          } catch (error) {
            // The page may be stuck or elsewhere: the task's other states fail with this
            // error, and the next task starts on a fresh page.
            for (const rest of task.states.slice(index)) rest.reject(error);
            await worker.page?.close().catch(() => undefined);
            worker.page = undefined;
            break;
          }
        }
      }
      // The page stays open until the end, so its renderer's CPU time is counted.
    };
    await Promise.all(Array.from({ length: Math.min(PAGES, tasks.length) }, work));
  }
  let sweeping;

  it('reports each kind of violation on a page made to have them', async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: REFLOW_WIDTH, height: HEIGHT });
    await page.goto(`${origin}/__sweep/canary.html`);
    await page.waitForFunction(() => document.getElementById('sink').textContent !== '');
    const axe = (await axeViolations(page, axeSource, ALL_RULES)).map((violation) => violation.id);
    const reflow = await reflowProblems(page);
    const csp = await cspEvents(page, 0, sources);
    await page.close();
    assert.deepEqual(axe, ['color-contrast']);
    assert.match(reflow[0], /^the page scrolls sideways: \d+px in 320px$/);
    assert.ok(
      reflow.some((problem) => problem.includes('div.wide')),
      reflow.join('; '),
    );
    assert.deepEqual(csp.shell, []);
    assert.deepEqual(csp.counted.map((event) => `${event.disposition} ${event.directive}`).sort(), [
      'enforce script-src-elem',
      'enforce style-src-attr',
      'report require-trusted-types-for',
    ]);
    // The inline script was blocked, and the string reached innerHTML only because
    // Trusted Types are reported, not enforced.
    assert.equal(await page.title().catch(() => 'closed'), 'closed');
  });

  describe('Storybook sweep', { concurrency: true }, () => {
    for (const task of tasks)
      for (const state of task.states)
        it(state.name, async () => {
          // Were the sweep itself to fail, every state still waiting fails with it.
          sweeping ??= sweep().catch((error) => {
            for (const { states } of tasks) for (const waiting of states) waiting.reject(error);
          });
          assert.deepEqual(await state.promise, []);
        });
  });
}
