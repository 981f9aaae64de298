import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { Consent } from '@linkwork/core';
import { html, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { expect, waitFor } from 'storybook/test';
import '../packages/elements/src/define/lw-consent-capture.js';
import type { ConsentConfiguration } from '../packages/elements/src/consent-capture/configuration.js';
import type { ConsentMode } from '../packages/elements/src/consent-capture/answers.js';
import type { LwConsentCapture } from '../packages/elements/src/consent-capture/consent-capture.js';
import { sampleConfiguration } from '../packages/elements/src/consent-capture/testing/configuration.js';

const NOW = () => new Date('2026-11-26T12:00:00Z');

const SAVED: Consent = {
  referral: true,
  shareWithProviders: true,
  partners: [
    { name: 'Leicester Carers Centre', agreed: true },
    { name: 'Age UK Leicester Shire & Rutland', agreed: false },
  ],
  contactBy: ['phone', 'letter'],
  followUp: true,
  shareOutcomeWithGp: true,
  givenBy: {
    type: 'proxy',
    name: 'Rhian Evans',
    relationship: 'Daughter',
    authority: 'lasting-power-of-attorney',
  },
  method: 'verbal',
  recordedBy: 'Sam Okafor, link worker',
  at: '2026-10-01T09:30:00Z',
  textVersion: 'en-2026-09',
  textSha256: '5f2b4d7f0c1e9a8b3c6d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b',
};

const THEMES: Record<string, Record<string, string>> = {
  nhs: {},
  council: {
    '--lw-color-primary': '#4c2c92',
    '--lw-color-link': '#4c2c92',
    '--lw-color-button': '#4c2c92',
    '--lw-color-button-hover': '#3a2170',
    '--lw-font-family': 'Georgia, serif',
    '--lw-radius': '0',
  },
  'large-text': {
    '--lw-font-size': '1.25rem',
    '--lw-font-size-heading': '2rem',
    '--lw-color-text': '#000000',
  },
};

interface Args {
  mode: ConsentMode;
  theme: keyof typeof THEMES;
  saved?: Consent;
  configuration?: unknown;
}

const render = (args: Args): TemplateResult =>
  html`<div style=${styleMap(THEMES[args.theme] ?? {})}>
    <lw-consent-capture
      mode=${args.mode}
      .configuration=${(args.configuration as ConsentConfiguration | undefined) ?? sampleConfiguration}
      .saved=${args.saved}
      .now=${NOW}
    >
      <p slot="privacy-notice">
        Read how we use your information in our
        <a href="https://example.org/privacy">privacy notice</a>.
      </p>
    </lw-consent-capture>
  </div>`;

async function component(canvas: HTMLElement): Promise<ShadowRoot> {
  const el = canvas.querySelector<LwConsentCapture>('lw-consent-capture')!;
  await waitFor(() => expect(el.shadowRoot?.querySelector('h2')).toBeTruthy());
  await el.updateComplete;
  return el.shadowRoot!;
}

async function click(root: ShadowRoot, selector: string): Promise<void> {
  root.querySelector<HTMLElement>(selector)!.click();
  await (root.host as LwConsentCapture).updateComplete;
}

async function press(root: ShadowRoot, index = 0): Promise<void> {
  root.querySelectorAll<HTMLButtonElement>('.lw-actions button')[index]!.click();
  const el = root.host as LwConsentCapture;
  await el.updateComplete;
  await el.updateComplete;
}

async function type(root: ShadowRoot, selector: string, value: string): Promise<void> {
  const input = root.querySelector<HTMLInputElement>(selector)!;
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true }));
  await (root.host as LwConsentCapture).updateComplete;
}

/**
 * Consent that is informed and granular: each item its own decision with more
 * detail in place, who is consenting and how, a read-back, a printable record
 * and withdrawal. Switch the language in the toolbar; pick a theme in controls.
 */
const meta: Meta<Args> = {
  title: 'Components/Consent capture',
  tags: ['autodocs'],
  component: 'lw-consent-capture',
  render,
  args: { mode: 'self', theme: 'nhs' },
  argTypes: {
    mode: { control: 'inline-radio', options: ['self', 'staff'] },
    theme: { control: 'inline-radio', options: Object.keys(THEMES) },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** The patient on their own: nothing chosen, online consent. */
export const Empty: Story = {
  play: async ({ canvasElement }) => {
    const root = await component(canvasElement);
    const checked = root.querySelectorAll('input:checked');
    await expect(checked.length).toBe(0);
    await expect(root.querySelector('#method')).toBeNull();
  },
};

/** Staff record verbal or written consent and confirm they read each item aloud. */
export const Staff: Story = { args: { mode: 'staff' } };

/** Continue with nothing answered: the error summary, focused. */
export const Errors: Story = {
  play: async ({ canvasElement }) => {
    const root = await component(canvasElement);
    await press(root);
    await waitFor(() =>
      expect(root.activeElement?.classList.contains('lw-error-summary')).toBe(true),
    );
  },
};

/** Someone on the patient's behalf, with a missing name and relationship. */
export const ProxyErrors: Story = {
  play: async ({ canvasElement }) => {
    const root = await component(canvasElement);
    await click(root, '#item-referral');
    await click(root, '#given-by-1');
    await press(root);
    await expect(root.querySelector('#proxy-name-error')).toBeTruthy();
    await expect(root.querySelector('#proxy-relationship-error')).toBeTruthy();
  },
};

/** Staff only: a best interests decision when the patient lacks capacity. */
export const BestInterests: Story = {
  args: { mode: 'staff' },
  play: async ({ canvasElement }) => {
    const root = await component(canvasElement);
    await click(root, '#given-by-2');
    await expect(root.querySelector('#decision-maker')).toBeTruthy();
    await expect(root.querySelector('#reason')).toBeTruthy();
  },
};

/** The read-back before saving: exactly what was agreed and refused. */
export const ReadBack: Story = {
  play: async ({ canvasElement }) => {
    const root = await component(canvasElement);
    await click(root, '#item-referral');
    await click(root, '#partner-0');
    await click(root, '#partner-1-1');
    await click(root, '#contact-by');
    await click(root, '#given-by');
    await press(root);
    await waitFor(() => expect(root.querySelector('.lw-summary')).toBeTruthy());
    await expect(root.activeElement?.tagName).toBe('H2');
  },
};

/** A saved consent: the printable record, with Withdraw. */
export const Saved: Story = { args: { saved: SAVED } };

/** Withdrawing part of a saved consent. */
export const WithdrawPart: Story = {
  args: { saved: SAVED },
  play: async ({ canvasElement }) => {
    const root = await component(canvasElement);
    await press(root, 1);
    await click(root, '#withdraw-scope-1');
    await click(root, '#withdraw-parts');
    await type(root, '#withdraw-by', 'Rhian Evans');
    await press(root);
    await expect(root.querySelector('h2')?.textContent).toMatch(/withdraw|tynnu/i);
  },
};

/** A consent that has been withdrawn: the record says when and by whom. */
export const Withdrawn: Story = {
  args: { saved: { ...SAVED, withdrawn: { at: '2026-11-20T15:10:00Z', by: 'Rhian Evans' } } },
};

/** Welsh: the Welsh wording and its own version. */
export const Welsh: Story = { globals: { locale: 'cy' } };

/** Malformed host configuration: what is valid still shows, with a warning. */
export const MalformedConfiguration: Story = {
  args: {
    configuration: {
      textVersion: { en: 'en-1' },
      partners: [{ id: 'nameless' }, { id: 'carers', name: 'Leicester Carers Centre' }],
      items: [
        ...sampleConfiguration.items,
        { id: 'referral', kind: 'follow-up', en: { text: 'Duplicate id' } },
      ],
    },
  },
  play: async ({ canvasElement }) => {
    const root = await component(canvasElement);
    await expect(root.querySelector('.lw-warning')).toBeTruthy();
    await expect(root.querySelector('#partner-1')).toBeNull();
  },
};

/** A council's theme, set through --lw-* custom properties. */
export const ThemedCouncil: Story = { args: { theme: 'council', mode: 'staff' } };

/** Larger text and pure black, as some practice portals set. */
export const ThemedLargeText: Story = { args: { theme: 'large-text' } };
