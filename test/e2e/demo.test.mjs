/**
 * The demo as a person uses it: builds it, starts it on a free port with a
 * fresh in-memory database, and walks every page in Chromium (playwright-core
 * driving Debian's Chromium), with the keyboard where a person would.
 *
 * Every page must work under its strict Content Security Policy: each test
 * fails on any `securitypolicyviolation` event or console error in any page
 * it opened.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, afterEach, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { chromiumPath, CHROMIUM_ARGS } from '../../scripts/chromium.mjs';
import { buildDemo, startDemo } from '../../scripts/demo-server.mjs';

const STAFF_TOKEN = randomBytes(24).toString('base64url');
/** Pages are quick locally; CI machines are shared. */
const TIMEOUT_MS = 20_000;
const PAGES = [
  '/',
  '/sign-in/',
  '/practice/',
  '/council/',
  '/council/find/',
  '/council/self-referral/',
  '/inbox/',
  '/script-tag/',
  '/npm/',
  '/react/',
];

let demo;
let browser;
let context;
/** Every page opened by the current test, with what it reported. */
let opened = [];

before(async () => {
  const started = performance.now();
  // LINKWORK_DEMO_BUILT=1 reuses the last build (while working on the tests themselves).
  if (process.env.LINKWORK_DEMO_BUILT !== '1') buildDemo({ quiet: true });
  const built = performance.now();
  demo = await startDemo({ port: 0, staffToken: STAFF_TOKEN });
  browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  console.log(
    `# demo built in ${Math.round((built - started) / 1000)} s, serving on ${demo.url} with ${demo.seeded} sample referrals`,
  );
});

after(async () => {
  await browser?.close();
  await demo?.close();
});

/** A fresh browser profile per test: no sign-in carried over. */
async function freshContext() {
  await context?.close();
  context = await browser.newContext({ baseURL: demo.url, viewport: { width: 1024, height: 800 } });
  context.setDefaultTimeout(TIMEOUT_MS);
  await context.addInitScript(() => {
    const seen = [];
    Object.defineProperty(window, '__policyViolations', { value: seen });
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || event.sample}`),
    );
  });
}

/** A new tab that records console errors, uncaught exceptions and policy violations. */
async function open(path) {
  if (!context) await freshContext();
  const page = await context.newPage();
  const record = { path, page, errors: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') record.errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => record.errors.push(`exception: ${error.message}`));
  opened.push(record);
  const response = await page.goto(path);
  record.response = response;
  return page;
}

/** Policy violations a page has seen so far. */
const violationsOf = (page) => page.evaluate(() => [...window.__policyViolations]);

afterEach(async () => {
  const problems = [];
  for (const { path, page, errors } of opened) {
    if (page.isClosed()) continue;
    const violations = await violationsOf(page);
    for (const violation of violations) problems.push(`${path}: CSP violation: ${violation}`);
    for (const error of errors) problems.push(`${path}: ${error}`);
  }
  opened = [];
  await context?.close();
  context = undefined;
  assert.deepEqual(problems, [], 'pages reported policy violations or errors');
});

/** Signs in through the sign-in page with the keyboard, as staff would. */
async function signInFrom(path) {
  const page = await open(path);
  await page.waitForURL(`**/sign-in/?next=${encodeURIComponent(path)}`);
  await page.getByLabel('Staff token').focus();
  await page.keyboard.type(STAFF_TOKEN);
  await page.keyboard.press('Enter');
  await page.waitForURL(`**${path}`);
  return page;
}

describe('the demo server', () => {
  it('serves every page with a strict Content Security Policy and Trusted Types', async () => {
    for (const path of PAGES) {
      const response = await fetch(new URL(path, demo.url));
      assert.equal(response.status, 200, path);
      const policy = response.headers.get('content-security-policy') ?? '';
      assert.match(policy, /(^|;\s*)default-src 'self'(;|$)/, path);
      assert.match(policy, /require-trusted-types-for 'script'/, path);
      assert.doesNotMatch(policy, /unsafe-inline|unsafe-eval|unsafe-hashes|data:/, path);
      const html = await response.text();
      // No inline scripts or styles: every script has a src, and no style element or attribute.
      assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, `${path}: inline script`);
      assert.doesNotMatch(html, /<style[\s>]|\sstyle=/, `${path}: inline style`);
    }
  });

  it('keeps the API under /api with its own headers, and the script-tag bundle under /dist', async () => {
    const inbox = await fetch(new URL('/api/referrals', demo.url));
    assert.equal(inbox.status, 401);
    assert.equal(
      inbox.headers.get('content-security-policy'),
      "default-src 'none'; frame-ancestors 'none'",
    );
    const bundle = await fetch(new URL('/dist/linkwork.js', demo.url));
    assert.equal(bundle.status, 200);
    assert.match(bundle.headers.get('content-type') ?? '', /javascript/);
    assert.equal((await fetch(new URL('/dist/../package.json', demo.url))).status, 404);
  });

  it('catches a page that breaks the policy (so the zero counts below mean something)', async () => {
    const page = await open('/');
    await page.evaluate(() => {
      const image = document.createElement('img');
      image.src = 'https://tracker.example/pixel.png';
      document.body.append(image);
    });
    await page.waitForFunction(() => window.__policyViolations.length > 0);
    assert.deepEqual(await violationsOf(page), [
      'img-src blocked https://tracker.example/pixel.png',
    ]);
    // This test's own violation is the expected one: clear it before the shared check.
    await page.close();
    opened = [];
  });
});

describe('the index page', () => {
  it('links to every demo page', async () => {
    const page = await open('/');
    const links = await page
      .getByRole('main')
      .getByRole('link')
      .evaluateAll((anchors) => anchors.map((anchor) => new URL(anchor.href).pathname));
    for (const path of PAGES.filter((path) => path !== '/' && path !== '/sign-in/'))
      assert.ok(links.includes(path), `the index links to ${path}`);
  });
});

describe('Riverside Medical Practice', () => {
  it('sends staff to sign in, refuses a wrong token, and comes back after a right one', async () => {
    const page = await open('/practice/');
    await page.waitForURL('**/sign-in/?next=%2Fpractice%2F');
    await page.getByLabel('Staff token').fill('not-the-token-at-all');
    await page.keyboard.press('Enter');
    await assertText(
      page.locator('#token-error'),
      'Error: The staff token is not right: copy it again from the terminal',
    );
    await page.getByLabel('Staff token').fill(STAFF_TOKEN);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/practice/');
    await assertText(page.locator('#signed-in-as'), 'Signed in as Dr Amira Haddad (GP)');
    // The 401 of the wrong token is an answer the page handles, not a page error.
    opened[0].errors = opened[0].errors.filter((error) => !/status of 401/.test(error));
  });

  it('prefills the patient and the referrer, and a staff referral made with the keyboard reaches the inbox', async () => {
    const page = await signInFrom('/practice/');
    const form = page.locator('lw-referral-form');
    const heading = form.locator('.lw-heading');
    /** Tabs are what a person presses; here focus moves to the step's button and Enter presses it. */
    const continueWithKeyboard = async () => {
      await form.locator('#lw-continue').focus();
      await page.keyboard.press('Enter');
    };
    const choose = async (locator) => {
      await locator.focus();
      await page.keyboard.press('Space');
    };
    assert.equal(await form.getAttribute('mode'), 'staff');
    await assertText(page.locator('#patient dl'), /Siân Prydderch.*9 March 1946.*999 100 0011/s);

    await assertText(heading, 'Your details');
    assert.equal(await form.locator('#lw-referrer-name').inputValue(), 'Dr Amira Haddad');
    await continueWithKeyboard();
    await assertText(heading, 'About the patient');
    assert.equal(await form.locator('#lw-patient-givenName').inputValue(), 'Siân');
    assert.equal(await form.locator('#lw-patient-nhsNumber').inputValue(), '9991000011');
    await continueWithKeyboard();

    await assertText(heading, 'How to contact the patient');
    assert.equal(await form.locator('#lw-patient-address-postcode').inputValue(), 'LE7 1QT');
    await choose(form.getByRole('radio', { name: 'Phone call' }));
    await continueWithKeyboard();

    await assertText(heading, 'What matters to the patient');
    await choose(form.getByRole('checkbox', { name: 'Loneliness and isolation' }));
    await form.locator('#lw-notes').focus();
    await page.keyboard.type('Would like to meet other Welsh speakers.');
    await continueWithKeyboard();

    await assertText(heading, 'Risk and urgency');
    await choose(form.getByRole('radio', { name: 'Routine' }));
    await continueWithKeyboard();
    await assertText(heading, 'What the patient needs to take part');
    await continueWithKeyboard();

    // The council's directory, searched through its Open Referral UK API, inside the form.
    await assertText(heading, 'Activities the patient might like');
    const picker = form.locator('lw-activity-picker');
    await picker.getByLabel('Search for activities').focus();
    await page.keyboard.type('walk');
    const walk = picker.locator('[part~="card"]', {
      hasText: 'Tuesday Health Walk at Kingfisher Meadows',
    });
    await choose(walk.locator('[part~="shortlist-checkbox"]'));
    await continueWithKeyboard();

    await assertText(heading, "The patient's consent");
    const consent = form.locator('lw-consent-capture');
    for (const id of ['item-referral', 'contact-by']) await choose(consent.locator(`#${id}`));
    await consent.getByRole('button', { name: 'Continue', exact: true }).focus();
    await page.keyboard.press('Enter');
    for (const id of ['given-by', 'method']) await choose(consent.locator(`#${id}`));
    await consent.locator('#recorded-by').focus();
    await page.keyboard.type('Dr Amira Haddad');
    await choose(consent.locator('#read-aloud'));
    for (const label of ['Continue', 'Save consent']) {
      await consent.getByRole('button', { name: label, exact: true }).focus();
      await page.keyboard.press('Enter');
    }
    await consent.waitFor({ state: 'detached' });
    await continueWithKeyboard();

    await assertText(heading, 'Check the referral before sending it');
    await continueWithKeyboard();
    await assertText(heading, 'Referral sent');
    const reference = (await form.locator('[part~="reference"]').textContent())?.trim() ?? '';
    assert.match(reference, /^LW-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    // The portal heard lw-submitted and noted it in the patient's record.
    await assertText(
      page.locator('#record-note'),
      `Referred to social prescribing today: ${reference}`,
    );

    // The portal's "what happens next" (slotted into the form) leads to the inbox.
    await form.getByRole('link', { name: 'referrals inbox' }).click();
    await page.waitForURL('**/inbox/');
    const first = page.locator('.referral').first();
    await first.waitFor();
    assert.equal(await first.getAttribute('data-reference'), reference);
    await assertText(first.getByRole('heading', { level: 2 }), 'Siân Prydderch');
    await assertText(
      first.locator('.referral__meta'),
      /Referred by Dr Amira Haddad, GP \(C99001\)/,
    );
    await assertText(first, /Needs\s*Loneliness and isolation/);
    await assertText(first, /Shortlisted\s*Tuesday Health Walk at Kingfisher Meadows/);
    await assertText(first, /Consent\s*Agreed to referral; contact by phone/);
    await first.locator('summary').focus();
    await page.keyboard.press('Enter');
    await assertText(first.locator('.consent'), /Verbal, recorded by Dr Amira Haddad/);
  });
});

describe('the link worker inbox', () => {
  it('lists the referrals newest first, each with its consent', async () => {
    // What the API holds now (other tests may have added referrals): the page must show exactly this.
    const response = await fetch(new URL('/api/referrals?size=20', demo.url), {
      headers: { Authorization: `Bearer ${STAFF_TOKEN}` },
    });
    const inbox = await response.json();
    assert.ok(inbox.total >= demo.seeded);
    const received = inbox.items.map((item) => Date.parse(item.receivedAt));
    assert.deepEqual(
      received,
      [...received].sort((a, b) => b - a),
      'the API answers newest first',
    );

    const page = await signInFrom('/inbox/');
    await assertText(page.locator('#status'), `${inbox.total} referrals`);
    const items = page.locator('.referral');
    assert.deepEqual(
      await items.evaluateAll((cards) => cards.map((card) => card.dataset.reference)),
      inbox.items.map((item) => item.reference),
    );
    // The samples went in oldest first: the last submitted is above the first.
    const names = await items.locator('h2').allTextContents();
    assert.ok(names.indexOf('Harold Jenkins') < names.indexOf('Tomasz Wiśniewski'));

    // Consent in summary on each card, and the full record behind a disclosure, opened with the keyboard.
    const hallam = items.filter({ has: page.getByRole('heading', { name: 'Kenneth Hallam' }) });
    await assertText(hallam, /Consent\s*Agreed to referral; contact by/);
    await hallam.locator('summary').focus();
    await page.keyboard.press('Enter');
    await assertText(
      hallam.locator('.consent'),
      /Given by\s*Best-interests decision by Dr Amira Haddad.*How\s*Written, recorded by Dr Amira Haddad/s,
    );
    const proxy = items.filter({
      has: page.getByRole('heading', { name: 'Mary-Jane Fotheringham-Smythe' }),
    });
    await proxy.locator('summary').focus();
    await page.keyboard.press('Enter');
    await assertText(
      proxy.locator('.consent'),
      /Given by\s*Caroline Fotheringham-Smythe \(Daughter\) on the patient's behalf/,
    );
  });
});

describe('Riverside Council', () => {
  it('finds activities near you in the ORUK directory, and shortlists one with the keyboard', async () => {
    const page = await open('/council/find/');
    const picker = page.locator('lw-activity-picker');
    const search = picker.getByLabel('Search for activities');
    await search.focus();
    await page.keyboard.type('walk');
    await assertText(picker.locator('[part~="status"]'), /^\d+ activit(y|ies) found$/);
    const card = picker.locator('[part~="card"]', {
      hasText: 'Tuesday Health Walk at Kingfisher Meadows',
    });
    await card.first().waitFor();
    await card.first().locator('[part~="shortlist-checkbox"]').focus();
    await page.keyboard.press('Space');
    await assertText(page.locator('#shortlist-items'), 'Tuesday Health Walk at Kingfisher Meadows');
    // The directory's ORUK API was asked, not the REST search.
    assert.ok(
      await page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .some((entry) => entry.name.includes('/api/oruk/v3/services')),
      ),
    );
  });

  it('takes a self-referral from the public, without a token, into the inbox', async () => {
    const page = await open('/council/self-referral/');
    const form = page.locator('lw-referral-form');
    const heading = form.locator('.lw-heading');
    const next = async () => {
      await form.locator('#lw-continue').focus();
      await page.keyboard.press('Enter');
    };
    const type = async (id, text) => {
      await form.locator(`#${id}`).focus();
      await page.keyboard.type(text);
    };
    const choose = async (locator) => {
      await locator.focus();
      await page.keyboard.press('Space');
    };
    await assertText(heading, 'About you');
    await type('lw-patient-givenName', 'Gwenllian');
    await type('lw-patient-familyName', "O'Connor-Hughes");
    await type('lw-patient-dateOfBirth', '2');
    await type('lw-patient-dateOfBirth-month', '11');
    await type('lw-patient-dateOfBirth-year', '1971');
    await next();
    await assertText(heading, 'How to contact you');
    await type('lw-patient-address-postcode', 'le7 1qt');
    await type('lw-patient-email', 'gwen@example.org');
    await choose(form.getByRole('radio', { name: 'Email' }));
    await next();
    await assertText(heading, 'What matters to you');
    await choose(form.getByRole('checkbox', { name: 'Loneliness and isolation' }));
    await next();
    await assertText(heading, 'What you need to take part');
    await choose(form.locator('#lw-patient-interpreterNeeded-1'));
    await next();
    await assertText(heading, 'Activities you might like');
    await next();
    await assertText(heading, 'Your consent');
    const consent = form.locator('lw-consent-capture');
    for (const id of ['item-referral', 'contact-by-2']) await choose(consent.locator(`#${id}`));
    await consent.getByRole('button', { name: 'Continue', exact: true }).focus();
    await page.keyboard.press('Enter');
    await choose(consent.locator('#given-by'));
    for (const label of ['Continue', 'Save consent']) {
      await consent.getByRole('button', { name: label, exact: true }).focus();
      await page.keyboard.press('Enter');
    }
    await consent.waitFor({ state: 'detached' });
    await next();
    await assertText(heading, 'Check your answers before sending them');
    await next();
    await assertText(heading, 'Referral sent');
    const reference = (await form.locator('[part~="reference"]').textContent())?.trim();

    const response = await fetch(new URL('/api/referrals?size=1', demo.url), {
      headers: { Authorization: `Bearer ${STAFF_TOKEN}` },
    });
    const [newest] = (await response.json()).items;
    assert.equal(newest.reference, reference);
    assert.equal(newest.referral.source, 'self');
    assert.equal(newest.referral.referrer, undefined);
    assert.deepEqual(newest.referral.patient.address, { postcode: 'LE7 1QT' });
    assert.equal(newest.referral.consent.method, 'online');
  });

  it('shows the self-referral form in the council colours', async () => {
    const page = await open('/council/self-referral/');
    const form = page.locator('lw-referral-form');
    assert.equal(await form.getAttribute('mode'), 'self');
    await assertText(form.locator('.lw-heading'), 'About you');
    const colour = await form
      .locator('#lw-continue')
      .evaluate((button) => getComputedStyle(button).backgroundColor);
    assert.equal(colour, 'rgb(11, 95, 90)');
  });
});

describe('embedding', () => {
  it('defines all three elements from the one script-tag bundle, with its backend modules and no build step', async () => {
    const page = await open('/script-tag/');
    await assertText(
      page.locator('#defined'),
      /<lw-activity-picker> defined, <lw-consent-capture> defined, <lw-referral-form> defined/,
    );
    const scripts = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name).pathname)
        .filter((path) => path.endsWith('.js')),
    );
    assert.ok(scripts.includes('/dist/linkwork.js'));
    // Each backend is a module of its own, fetched because the page's module imports it.
    assert.ok(scripts.includes('/dist/linkwork-rest.js'));
    assert.ok(scripts.includes('/dist/linkwork-oruk.js'));
    assert.deepEqual(
      scripts.filter((path) => path.startsWith('/assets/')),
      [],
      'nothing from the Vite build',
    );
    await assertText(page.locator('lw-activity-picker [part~="status"]'), /^\d+ activities found$/);
    await page
      .locator('lw-consent-capture')
      .getByText('Do you agree to be referred to the social prescribing service?')
      .waitFor();
  });

  it('records consent from the npm + Vite page', async () => {
    const page = await open('/npm/');
    const capture = page.locator('lw-consent-capture');
    for (const id of [
      'item-referral',
      'partner-0',
      'contact-by',
      'Continue',
      'given-by',
      'Continue',
    ]) {
      const target =
        id === 'Continue'
          ? capture.getByRole('button', { name: 'Continue' })
          : capture.locator(`#${id}`);
      await target.focus();
      await page.keyboard.press(id === 'Continue' ? 'Enter' : 'Space');
    }
    await capture.getByRole('button', { name: 'Save consent' }).focus();
    await page.keyboard.press('Enter');
    await assertText(page.locator('#recorded'), /^Consent recorded: [0-9a-f-]{36}$/);
  });

  it('says so with Try again when a part loaded on demand cannot be fetched, and recovers', async () => {
    // The picker's results view and the consent capture's later part are chunks of their own
    // (decision 0015). Blocked as if offline, the page says so; let through, Try again brings them.
    const blocked = /\/assets\/(results-view|later(?!-steps))-[\w-]+\.js$/;
    let blocking = true;
    await freshContext();
    await context.route(blocked, (route) => (blocking ? route.abort() : route.continue()));
    const page = await open('/council/find/');
    const picker = page.locator('lw-activity-picker');
    await assertText(picker.locator('[part~="status"]'), /^\d+ activit(y|ies) found$/);
    await picker
      .getByText('The activities could not be shown. Check your connection and try again')
      .waitFor();
    assert.equal(await picker.locator('[part~="card"]').count(), 0);
    blocking = false;
    await picker.getByRole('button', { name: 'Try again' }).click();
    await picker.locator('[part~="card"]').first().waitFor();

    blocking = true;
    const npm = await open('/npm/');
    const capture = npm.locator('lw-consent-capture');
    // An answer is judged by the later part: without it the form says so, and keeps the answer.
    await capture.locator('#item-referral').click();
    const failed = capture.getByText(
      'This part of the form could not be loaded. Check your connection and try again.',
    );
    await failed.waitFor();
    assert.equal(await capture.locator('#item-referral').isChecked(), true);
    // Continue with the form unjudged stays on the questions, still saying so.
    await capture.getByRole('button', { name: 'Continue' }).click();
    await failed.waitFor();
    blocking = false;
    await capture.getByRole('button', { name: 'Try again' }).click();
    await capture.getByRole('alert').getByText('There is a problem').waitFor();
    assert.equal(await capture.locator('#item-referral').isChecked(), true);
    // The failed fetches are expected here: only they may be reported.
    for (const record of opened)
      record.errors = record.errors.filter(
        (error) =>
          !/Failed to load resource|Failed to fetch dynamically imported module/.test(error),
      );
  });

  it('renders the React wrappers and passes their events into React state', async () => {
    const page = await open('/react/');
    assert.deepEqual(
      await page.evaluate(() =>
        ['lw-activity-picker', 'lw-referral-form'].map((tag) => Boolean(customElements.get(tag))),
      ),
      [true, true],
    );
    const picker = page.locator('lw-activity-picker');
    await picker.getByLabel('Search for activities').focus();
    await page.keyboard.type('choir');
    const checkbox = picker.locator('[part~="shortlist-checkbox"]').first();
    await checkbox.focus();
    await page.keyboard.press('Space');
    await assertText(page.locator('#react-shortlist'), /^React state: 1 shortlisted: .*choir/i);
    const form = page.locator('lw-referral-form');
    await form.locator('#lw-patient-givenName').fill('Gwen');
    await form.locator('#lw-patient-familyName').fill('Morgan');
    await form.locator('#lw-patient-dateOfBirth').fill('14');
    await form.locator('#lw-patient-dateOfBirth-month').fill('7');
    await form.locator('#lw-patient-dateOfBirth-year').fill('1958');
    await form.locator('#lw-continue').click();
    await assertText(page.locator('#react-step'), /^React state: Step 2 of \d+: contact$/);
  });
});

/** Waits until a locator's text is (or matches) the expected, then checks it once more. */
async function assertText(locator, expected) {
  const matches = (text) =>
    typeof expected === 'string'
      ? text.replace(/\s+/g, ' ').trim() === expected
      : expected.test(text);
  const deadline = Date.now() + TIMEOUT_MS;
  let text = '';
  while (Date.now() < deadline) {
    text = (await locator.first().textContent({ timeout: TIMEOUT_MS })) ?? '';
    if (matches(text)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  assert.fail(`expected ${expected} but the text was: ${text.replace(/\s+/g, ' ').trim()}`);
}
