/**
 * The page side of the hostile browser gate, bundled with the elements'
 * npm build (esbuild, as a consumer's bundler would). It renders outside
 * data through each element and reports what ended up in their shadow
 * roots. The gate (hostile-browser.test.mjs) drives it from Playwright.
 */
import { createMemoryBackend, createRestBackend, fromOrukV3Service } from '@linkwork/core';
import { standardConsentItems } from '@linkwork/elements';
import '@linkwork/elements/define/lw-activity-picker.js';
import '@linkwork/elements/define/lw-consent-capture.js';
import '@linkwork/elements/define/lw-referral-form.js';

const NOW = new Date('2026-11-26T12:00:00Z');
const SAFE_URL = /^(?:https?:|tel:|mailto:)/i;

/** Every element in the document and in every shadow root under it. */
function allElements(root = document) {
  const found = [];
  const walk = (node) => {
    for (const el of node.querySelectorAll('*')) {
      found.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root);
  return found;
}

/** What the elements rendered: tag names, links and URL-bearing attributes. */
function inspect(host) {
  const elements = allElements(host);
  const tags = [...new Set(elements.map((el) => el.localName))];
  const unsafeLinks = [];
  for (const el of elements) {
    for (const name of ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'srcdoc']) {
      const value = el.getAttribute(name);
      if (value === null) continue;
      // Fragment links within the element are its own (#field-id in an error summary).
      if (name === 'href' && value.startsWith('#')) continue;
      if (name !== 'href' || !SAFE_URL.test(value.trim()))
        unsafeLinks.push(`<${el.localName} ${name}="${value.slice(0, 80)}">`);
    }
    for (const attr of el.attributes)
      if (/^on/i.test(attr.name)) unsafeLinks.push(`<${el.localName} ${attr.name}>`);
  }
  const text = elements.map((el) => el.shadowRoot?.textContent ?? '').join(' ');
  return { tags, unsafeLinks, text };
}

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

async function until(check, what, timeout = 5000) {
  const started = performance.now();
  while (!check()) {
    if (performance.now() - started > timeout) throw new Error(`Timed out: ${what}`);
    await frame();
  }
}

function mount(tag) {
  document.body.replaceChildren();
  const el = document.createElement(tag);
  document.body.append(el);
  return el;
}

/** Replaces the text a directory shows (names, descriptions, links, contacts) with `payload`. */
function hostileService(template, payload, index) {
  const TEXT = new Set([
    'name',
    'description',
    'url',
    'email',
    'website',
    'application_process',
    'fees_description',
    'number',
    'address_1',
    'city',
    'region',
    'title',
    'alternate_name',
    'eligibility_description',
    'wait_time',
  ]);
  const replace = (value, key) => {
    if (Array.isArray(value)) return value.map((item) => replace(item, undefined));
    if (value && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replace(v, k)]));
    return typeof value === 'string' && TEXT.has(key) ? payload : value;
  };
  return { ...replace(template, undefined), id: `hostile-${index}` };
}

async function pickerSettled(el) {
  await el.updateComplete;
  const root = el.shadowRoot;
  await until(
    () =>
      root.querySelector('.results')?.getAttribute('aria-busy') !== 'true' &&
      !/Searching|Wrthi/.test(root.querySelector('#results-status')?.textContent ?? ''),
    'the picker kept loading',
  );
  await frame();
  await frame();
  await el.updateComplete;
}

window.gate = {
  inspect: () => inspect(document.body),

  /** The picker over a directory whose records carry the payloads; every card opened. */
  async picker(template, payloads, offset) {
    // A record core cannot map (a blank name) is left out, as the ORUK backend leaves it out.
    const activities = payloads.flatMap((p, i) => {
      try {
        return [fromOrukV3Service(hostileService(template, p, offset + i))];
      } catch {
        return [];
      }
    });
    const el = mount('lw-activity-picker');
    el.setAttribute('page-size', String(payloads.length));
    el.now = () => NOW;
    el.backend = createMemoryBackend({ activities, now: () => NOW });
    await pickerSettled(el);
    for (const button of el.shadowRoot.querySelectorAll('[part="details-button"]')) button.click();
    await el.updateComplete;
    await frame();
    const cards = el.shadowRoot.querySelectorAll('.results .card-name').length;
    return { cards, records: activities.length, ...inspect(document.body) };
  },

  /** The picker whose API answers searches with a hostile problem document (or HTML). */
  async pickerError(kind) {
    const el = mount('lw-activity-picker');
    el.now = () => NOW;
    el.backend = createRestBackend({ baseUrl: `${location.origin}/api/${kind}/`, timeoutMs: 3000 });
    await el.updateComplete;
    await until(
      () =>
        /\S/.test(el.shadowRoot.querySelector('#results-status')?.textContent ?? '') &&
        !/Searching|Wrthi/.test(el.shadowRoot.querySelector('#results-status')?.textContent ?? ''),
      'the picker showed no outcome',
    );
    await frame();
    return inspect(document.body);
  },

  /** The referral form prefilled with the payloads, one in each field (15 at a time). */
  async form(payloads) {
    const at = (i) => payloads[i % payloads.length];
    const el = mount('lw-referral-form');
    el.now = () => NOW;
    el.prefill = {
      patient: {
        givenName: at(0),
        familyName: at(1),
        address: { lines: [at(2), at(3)], town: at(4), postcode: at(5) },
        phone: at(6),
        email: at(7),
        language: at(8),
        accessibilityNeeds: at(9),
      },
      referrer: {
        name: at(10),
        role: at(11),
        organisationOdsCode: at(12),
        email: at(13),
        phone: at(14),
      },
    };
    await el.updateComplete;
    await frame();
    return inspect(document.body);
  },

  /**
   * The consent capture with the payloads as configured wording (each item's
   * question and detail, in English and Welsh) and as partner names.
   */
  async consent(payloads, lang) {
    const at = (i) => payloads[i % payloads.length];
    const el = mount('lw-consent-capture');
    el.lang = lang;
    el.configuration = {
      items: Object.values(standardConsentItems).map((item, i) => ({
        ...item,
        en: { text: at(2 * i), detail: at(2 * i + 1) },
        cy: { text: at(2 * i), detail: at(2 * i + 1) },
      })),
      partners: payloads.slice(10).map((name, i) => ({ id: `p${i}`, name })),
      textVersion: { en: 'en-1', cy: 'cy-1' },
    };
    await el.updateComplete;
    await frame();
    // Open every "more detail" disclosure so the details render too.
    for (const details of el.shadowRoot.querySelectorAll('details')) details.open = true;
    await frame();
    return inspect(document.body);
  },
};
