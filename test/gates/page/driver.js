/**
 * The browser half of the "nothing lost, nothing doubled" gate, in the page:
 * several real `<lw-referral-form>` elements (the script-tag bundle), each
 * with the REST backend on this origin (the fault proxy) and its own
 * submission (the element makes it: IndexedDB outbox, default retry policy,
 * flush when back online). For each referral the driver sets the portal's
 * prefill and goes through the element's own UI: Continue on each step,
 * consent in the embedded consent capture, Continue to check your answers,
 * then Send; it records what the element said. Clicks, not keystrokes: the
 * keyboard journeys are the demo tests' job; this gate is about sending.
 */
import { createRestBackend } from '/dist/linkwork-rest.js';

const forms = [];
let backend;

/** A macrotask without setTimeout's clamping (nested timeouts wait at least 4 ms). */
const channel = new MessageChannel();
const waiting = [];
channel.port1.onmessage = () => waiting.shift()?.();
const nextTask = () =>
  new Promise((resolve) => {
    waiting.push(resolve);
    channel.port2.postMessage(null);
  });

const settle = async (el, rounds = 2) => {
  for (let i = 0; i < rounds; i++) {
    await el.updateComplete;
    await nextTask();
  }
};

const textOf = (node) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function until(condition, what, el, timeoutMs = 20_000) {
  const end = performance.now() + timeoutMs;
  for (;;) {
    const value = condition();
    if (value) return value;
    if (performance.now() > end) throw new Error(`never: ${what}`);
    if (el) await settle(el, 1);
    else await nextTask();
  }
}

const heading = (el) => textOf(el.shadowRoot.querySelector('.lw-heading'));

async function press(el, selector) {
  const button = el.shadowRoot.querySelector(selector);
  if (!button) throw new Error(`no ${selector} at "${heading(el)}"`);
  button.click();
  await settle(el);
}

/** Consent in the embedded capture: referral agreed, the channels, by the patient, verbally, read aloud, saved. */
async function giveConsent(el, channels) {
  const capture = await until(
    () => {
      const found = el.shadowRoot.querySelector('lw-consent-capture');
      return found?.shadowRoot?.querySelector('#item-referral') ? found : undefined;
    },
    'the consent capture shows',
    el,
  );
  const root = capture.shadowRoot;
  const click = async (selector) => {
    const target = root.querySelector(selector);
    if (!target) throw new Error(`no ${selector} in the consent capture`);
    target.click();
    await capture.updateComplete;
  };
  const button = async (label) => {
    const found = [...root.querySelectorAll('button')].find((b) => textOf(b) === label);
    if (!found) throw new Error(`no button "${label}" in the consent capture`);
    found.click();
    await settle(el, 3);
  };
  await click('#item-referral');
  for (const channel of channels)
    await click(channel === 0 ? '#contact-by' : `#contact-by-${channel}`);
  // Who is giving consent, and how, is the consent capture's second step.
  await button('Continue');
  await click('#given-by');
  await click('#method');
  const recorder = root.querySelector('#recorded-by');
  recorder.value = 'Dr Amira Haddad';
  recorder.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await click('#read-aloud');
  await button('Continue');
  await button('Save consent');
  await until(() => !el.shadowRoot.querySelector('lw-consent-capture'), 'consent is recorded', el);
}

/** One referral through one form, from the first step to what the element says after Send. */
async function refer(el, { prefill, channels }) {
  // After the previous referral: "Make another referral" (back to the first step with the prefill).
  el.prefill = prefill;
  if (el.shadowRoot.querySelector('[part="another-button"]'))
    await press(el, '[part="another-button"]');
  await settle(el);
  for (let step = 0; step < 4; step++) await press(el, '#lw-continue');
  await giveConsent(el, channels);
  await press(el, '#lw-continue');
  if (heading(el) !== 'Check the referral before sending it')
    throw new Error(`not at check your answers but at "${heading(el)}"`);

  const record = { tag: /\[gate [a-z]+-\d{3}\]/.exec(prefill.notes)[0] };
  const events = ['lw-submit', 'lw-submitted', 'lw-queued', 'lw-error'];
  const outcome = new Promise((resolve) => {
    const listener = (event) => {
      if (event.type === 'lw-submit') {
        record.referral = event.detail.referral;
        return;
      }
      for (const type of events) el.removeEventListener(type, listener);
      resolve(event);
    };
    for (const type of events) el.addEventListener(type, listener);
  });
  await press(el, '#lw-continue');
  const event = await outcome;
  await settle(el);
  if (event.type === 'lw-submitted') {
    record.status = 'delivered';
    record.reference = event.detail.receipt.reference;
  } else if (event.type === 'lw-queued') {
    record.status = 'queued';
    record.key = event.detail.key;
    record.reason = event.detail.reason;
  } else {
    record.status = 'error';
    record.code = event.detail.code;
  }
  // What the person reads now: the panel's title and, when queued, the status line.
  record.shown = textOf(el.shadowRoot.querySelector('[part="panel"]'));
  record.notice = textOf(el.shadowRoot.querySelector('p[role="status"]'));
  return record;
}

window.__gate = {
  /** Mounts `count` forms over the REST API on this origin. */
  setup({ token, timeoutMs, count }) {
    backend = createRestBackend({ baseUrl: new URL('/api', location.origin), token, timeoutMs });
    const main = document.getElementById('forms');
    for (let i = 0; i < count; i++) {
      const el = document.createElement('lw-referral-form');
      el.setAttribute('mode', 'staff');
      el.setAttribute('steps', '');
      el.backend = backend;
      main.append(el);
      forms.push(el);
    }
    return Promise.all(forms.map((el) => el.updateComplete)).then(() => forms.length);
  },

  /** Sends `items` through the forms, each form taking the next item as it finishes one. */
  async drive(items) {
    const results = [];
    let next = 0;
    await Promise.all(
      forms.map(async (el) => {
        while (next < items.length) {
          const index = next++;
          results[index] = await refer(el, items[index]);
        }
      }),
    );
    return results;
  },

  /** Entries still in the IndexedDB outbox (every form's outbox shares it). */
  outboxSize() {
    return new Promise((resolve, reject) => {
      const open = indexedDB.open('linkwork');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        if (!db.objectStoreNames.contains('outbox')) {
          db.close();
          resolve(0);
          return;
        }
        const count = db.transaction('outbox', 'readonly').objectStore('outbox').count();
        count.onsuccess = () => {
          db.close();
          resolve(count.result);
        };
        count.onerror = () => reject(count.error);
      };
    });
  },

  /** What each form shows now (to see queued referrals turn into sent ones). */
  shown() {
    return forms.map((el) => textOf(el.shadowRoot.querySelector('[part="panel"]')));
  },
};
document.documentElement.dataset.gateReady = 'true';
