import {
  createMemoryBackend,
  fromOrukV3Service,
  loadLocale,
  message,
  ReferralSubmission,
  type Backend,
  type MemoryBackend,
  type Taxonomy,
} from '@linkwork/core';
import { fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { loadFixture } from '../../../../../test/fixtures.js';
import '../../define/lw-referral-form.js';
import type { ReferralPrefill } from '../prefill.js';
import type { ReferralForm } from '../referral-form.js';

/** The pinned "now" of every referral form test. */
export const NOW = () => new Date('2026-11-26T12:00:00Z');

/** What a practice portal knows when a GP opens the form from a patient's record. */
export const PORTAL_PREFILL: ReferralPrefill = {
  referrer: {
    name: 'Dr Priya Shah',
    role: 'GP',
    organisationOdsCode: 'C99001',
    email: 'priya.shah@nhs.net',
  },
  patient: {
    givenName: 'Siân',
    familyName: 'Prydderch',
    dateOfBirth: '1946-03-09',
    nhsNumber: '9991000011',
  },
};

/** A memory backend over the Riverside directory (ORUK v3 fixture), and the needs taxonomy. */
export async function riversideBackend(): Promise<{ backend: MemoryBackend; taxonomy: Taxonomy }> {
  const raws = await loadFixture<unknown[]>('riverside.oruk3.json');
  const taxonomy = await loadFixture<Taxonomy>('taxonomy.json');
  return {
    backend: createMemoryBackend({ activities: raws.map(fromOrukV3Service), taxonomy, now: NOW }),
    taxonomy,
  };
}

/** A submission with an in-memory outbox, so tests never share IndexedDB entries. */
export const memorySubmission = (backend: Pick<Backend, 'submitReferral'>) =>
  new ReferralSubmission({
    backend,
    outbox: {
      store: 'memory',
      // Retries without waiting; no attempt times out (the memory backend answers at once).
      sleep: () => Promise.resolve(),
      deadline: () => new Promise<never>(() => undefined),
      random: () => 0,
    },
  });

export interface MountOptions {
  readonly mode?: 'staff' | 'self';
  readonly lang?: string;
  readonly prefill?: ReferralPrefill;
  readonly backend?: Backend;
  readonly submission?: ReferralSubmission;
  readonly steps?: string;
  readonly draft?: 'session' | 'local';
  /** Let the form make its own submission over IndexedDB (the default for hosts) instead of a memory one. */
  readonly ownSubmission?: boolean;
}

export async function mount(options: MountOptions = {}): Promise<ReferralForm> {
  if (options.lang === 'cy') await loadLocale('cy');
  const wrapper = await fixture(
    html`<div lang=${options.lang ?? 'en'}>
      <lw-referral-form
        mode=${options.mode ?? 'staff'}
        .now=${NOW}
        .prefill=${options.prefill}
        .backend=${options.backend}
        .submission=${
          options.submission ??
          (options.backend && !options.ownSubmission
            ? memorySubmission(options.backend)
            : undefined)
        }
        steps=${options.steps ?? 'risk access activities'}
        draft=${options.draft ?? 'none'}
      ></lw-referral-form>
    </div>`,
  );
  const el = wrapper.querySelector('lw-referral-form')!;
  await el.updateComplete;
  return el;
}

export const $ = <T extends Element = HTMLElement>(el: ReferralForm, selector: string): T => {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
};
export const textOf = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();
export const heading = (el: ReferralForm) => textOf($(el, '.lw-heading'));

/** The focused element, through every open shadow root. */
export function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Lets the form (and what it embeds) render, and any lazily loaded module arrive. */
export async function settle(el: ReferralForm, rounds = 3): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

/** Presses Tab (Shift+Tab with `back`) until the focused element is the one with `id`. */
export async function tabTo(id: string, { back = false, max = 400 } = {}): Promise<HTMLElement> {
  for (let i = 0; i < max; i++) {
    const active = deepActive();
    if (active?.id === id) return active as HTMLElement;
    await sendKeys({ press: back ? 'Shift+Tab' : 'Tab' });
  }
  throw new Error(`Tab never reached #${id} (last: ${deepActive()?.outerHTML.slice(0, 120)})`);
}

/** Tabs to a text field and types into it, as a person would. */
export async function typeInto(el: ReferralForm, id: string, text: string): Promise<void> {
  await tabTo(id);
  await sendKeys({ type: text });
  await el.updateComplete;
}

/** Tabs to a radio or checkbox and presses Space. */
export async function choose(el: ReferralForm, id: string): Promise<void> {
  await tabTo(id);
  await sendKeys({ press: 'Space' });
  await settle(el, 1);
}

/** Tabs into a radio group (its first radio) and moves to the option at `index` with the arrow keys. */
export async function chooseRadio(el: ReferralForm, id: string, index: number): Promise<void> {
  await tabTo(id);
  for (let i = 0; i < index; i++) await sendKeys({ press: 'ArrowDown' });
  if (index === 0) await sendKeys({ press: 'Space' });
  await settle(el, 1);
}

/** Presses a key and lets the form render. */
export async function press(el: ReferralForm, key: string): Promise<void> {
  await sendKeys({ press: key });
  await settle(el, 2);
}

/** Waits until `condition` holds, rendering in between. */
export async function until(
  el: ReferralForm,
  condition: () => boolean,
  what: string,
): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (condition()) return;
    await settle(el, 1);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`never: ${what}`);
}

/** Tabs to the step's primary button (Continue or Send) and presses Enter. */
export async function continueWithKeyboard(el: ReferralForm): Promise<void> {
  await tabTo('lw-continue');
  await press(el, 'Enter');
}

/**
 * Gives consent in the embedded `<lw-consent-capture>` (pointer, for tests
 * about the form rather than the keyboard): yes to the referral, the channels given (phone only by default),
 * Continue, the patient, verbal (staff) or online (self), read aloud, saved.
 */
export async function giveConsent(
  el: ReferralForm,
  mode: 'staff' | 'self',
  /** Contact channels agreed, by position: phone, text, email, letter. */
  channels: readonly number[] = [0],
): Promise<void> {
  await until(
    el,
    () =>
      el
        .shadowRoot!.querySelector('lw-consent-capture')
        ?.shadowRoot?.querySelector('#item-referral') != null,
    'the consent capture shows',
  );
  const capture = el.shadowRoot!.querySelector('lw-consent-capture')!;
  const root = capture.shadowRoot!;
  const click = async (selector: string) => {
    const target = root.querySelector<HTMLElement>(selector);
    if (!target) throw new Error(`no ${selector} in the consent capture`);
    target.click();
    await capture.updateComplete;
  };
  const press = async (label: string) => {
    const button = [...root.querySelectorAll('button')].find((b) => textOf(b) === label);
    if (!button) throw new Error(`no button "${label}" in the consent capture`);
    button.click();
    await settle(el, 3);
  };
  await click('#item-referral');
  for (const channel of channels)
    await click(channel === 0 ? '#contact-by' : `#contact-by-${channel}`);
  // Who is giving consent, and (staff) how, is the consent capture's second step.
  await press(message('common.continue', {}, el.locale));
  await click('#given-by');
  if (mode === 'staff') {
    await click('#method');
    const recorder = root.querySelector<HTMLInputElement>('#recorded-by')!;
    recorder.value = 'Dr Priya Shah';
    recorder.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await click('#read-aloud');
  }
  await press(message('common.continue', {}, el.locale));
  await press(message('consent-capture.save', {}, el.locale));
  await until(el, () => !el.shadowRoot!.querySelector('lw-consent-capture'), 'consent is recorded');
}

/** Everything but consent, as a portal might know it. */
export const COMPLETE_PREFILL: ReferralPrefill = {
  ...PORTAL_PREFILL,
  patient: {
    ...PORTAL_PREFILL.patient,
    address: { lines: ['Flat 3, Afon Court'], postcode: 'LE7 1QT' },
    phone: '07700 900 982',
    preferredContact: 'phone',
  },
  reasons: ['b196bb38-ff68-56a9-931b-338925c09ba4'],
};

/** Mounts a staff form with `COMPLETE_PREFILL` and only the required steps, and walks it to check your answers. */
export async function atCheck(options: MountOptions = {}): Promise<ReferralForm> {
  const el = await mount({ prefill: COMPLETE_PREFILL, steps: '', ...options });
  for (let step = 0; step < 4; step++) {
    $<HTMLButtonElement>(el, '#lw-continue').click();
    await settle(el, 2);
  }
  await giveConsent(el, 'staff');
  $<HTMLButtonElement>(el, '#lw-continue').click();
  await settle(el, 2);
  if (heading(el) !== 'Check the referral before sending it')
    throw new Error(`not at check your answers but at "${heading(el)}"`);
  return el;
}
