import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { message, type Consent } from '@linkwork/core';
import { html, type TemplateResult } from 'lit';
import { expect, waitFor as waitForOnce } from 'storybook/test';
import '../packages/elements/src/define/lw-consent-capture.js';
import { inWelsh } from './support/welsh.js';
import type { ConsentConfiguration } from '../packages/elements/src/consent-capture/configuration.js';
import type { ConsentMode } from '../packages/elements/src/consent-capture/answers.js';
import type { LwConsentCapture } from '../packages/elements/src/consent-capture/consent-capture.js';
import { sampleConfiguration } from '../packages/elements/src/consent-capture/testing/configuration.js';

/** Waits generously: the withdrawal form loads on demand, and CI machines are busy. */
const waitFor = (check: () => unknown) => waitForOnce(check, { timeout: 8000 });

const NOW = () => new Date('2026-11-26T12:00:00Z');

/** Verbal consent given by a daughter with lasting power of attorney, recorded by a link worker. */
const SAVED: Consent = {
  referral: true,
  shareWithProviders: true,
  partners: [
    { name: 'Leicester Carers Centre', agreed: true },
    { name: 'Age UK Leicester Shire & Rutland', agreed: false },
  ],
  contactBy: ['phone', 'letter'],
  contactTimes: ['morning', 'afternoon'],
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

/** The same record after phone calls and follow-up were withdrawn, on two occasions. */
const PARTLY_WITHDRAWN: Consent = {
  ...SAVED,
  partialWithdrawals: [
    {
      at: '2026-10-14T15:05:00Z',
      by: 'Rhian Evans',
      items: [{ type: 'contactBy', channel: 'phone' }],
    },
    { at: '2026-11-02T10:40:00Z', by: 'Sam Okafor, link worker', items: [{ type: 'followUp' }] },
  ],
};

interface Args {
  mode: ConsentMode;
  saved?: Consent;
  configuration?: unknown;
}

const render = (args: Args): TemplateResult =>
  html`<lw-consent-capture
    mode=${args.mode}
    .configuration=${(args.configuration as ConsentConfiguration | undefined) ?? sampleConfiguration}
    .saved=${args.saved}
    .now=${NOW}
  >
    <p slot="privacy-notice">
      Read how we use your information in our
      <a href="https://example.org/privacy">privacy notice</a>.
    </p>
  </lw-consent-capture>`;

async function component(canvas: HTMLElement): Promise<ShadowRoot> {
  const el = canvas.querySelector<LwConsentCapture>('lw-consent-capture')!;
  // Welsh renders once its words have loaded: wait for a step, not just the element.
  await waitFor(() => expect(el.shadowRoot?.querySelector('h2 + *')).toBeTruthy());
  await el.updateComplete;
  return el.shadowRoot!;
}

const host = (root: ShadowRoot) => root.host as LwConsentCapture;

async function click(root: ShadowRoot, selector: string): Promise<void> {
  root.querySelector<HTMLElement>(selector)!.click();
  await host(root).updateComplete;
}

/** Presses the action button at `index` (0: the primary one). */
async function press(root: ShadowRoot, index = 0): Promise<void> {
  root.querySelectorAll<HTMLButtonElement>('.lw-actions button')[index]!.click();
  await host(root).updateComplete;
  await host(root).updateComplete;
}

async function type(root: ShadowRoot, selector: string, value: string): Promise<void> {
  const input = root.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector)!;
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true }));
  await host(root).updateComplete;
}

/** Waits until the fingerprint of the wording is ready: Continue needs it. */
async function fingerprinted(root: ShadowRoot): Promise<void> {
  await waitFor(() =>
    expect((host(root) as unknown as { fingerprint?: unknown }).fingerprint).toBeTruthy(),
  );
}

/** Answers every item: referral yes, Carers yes, Age UK no, phone and email, mornings, follow-up yes, outcome no. */
async function answerItems(root: ShadowRoot): Promise<void> {
  await click(root, '#item-referral');
  await click(root, '#partner-0');
  await click(root, '#partner-1-1');
  await click(root, '#contact-by');
  await click(root, '#contact-by-2');
  await click(root, '#contact-times');
  await click(root, '#item-follow-up');
  await click(root, '#item-outcome-1');
}

/** Staff: verbal or written consent, recorded by them after reading each item aloud. */
async function recordAsStaff(root: ShadowRoot, method: '#method' | '#method-1'): Promise<void> {
  await click(root, method);
  await type(root, '#recorded-by', 'Sam Okafor, link worker');
  await click(root, '#read-aloud');
}

/** Continue from the questions to the next step: who is giving consent (and, for staff, how). */
async function toWho(root: ShadowRoot): Promise<void> {
  await press(root);
  await waitFor(() => expect(root.querySelector('#given-by')).toBeTruthy());
}

async function continueToReadBack(root: ShadowRoot): Promise<void> {
  await fingerprinted(root);
  await press(root);
  await waitFor(() => expect(root.querySelector('.lw-summary')).toBeTruthy());
}

async function startWithdrawal(root: ShadowRoot): Promise<void> {
  await press(root, 1);
  await waitFor(() => expect(root.querySelector('#withdraw-scope')).toBeTruthy());
}

/**
 * Consent that is informed and granular: each item its own decision with more
 * detail in place, when contact is welcome, who is consenting and how, a
 * read-back, a printable record, and withdrawal of all or part of it. Switch
 * the language and theme in the toolbar.
 */
const meta: Meta<Args> = {
  title: 'Components/Consent capture',
  tags: ['autodocs'],
  component: 'lw-consent-capture',
  render,
  args: { mode: 'self' },
  argTypes: { mode: { control: 'inline-radio', options: ['self', 'staff'] } },
};
export default meta;

type Story = StoryObj<Args>;

/** The patient on their own: nothing chosen, online consent. */
export const Empty: Story = {
  play: async ({ canvasElement }) => {
    const root = await component(canvasElement);
    await waitFor(() => expect(root.querySelector('#contact-times')).toBeTruthy());
    await expect(root.querySelectorAll('input:checked').length).toBe(0);
    // Who is giving consent is the next step.
    await expect(root.querySelector('#given-by')).toBeNull();
  },
};

/** Staff: the same questions, worded for recording the patient's answers. */
export const Staff: Story = {
  args: { mode: 'staff' },
  play: async ({ canvasElement }) => {
    const root = await component(canvasElement);
    await expect(root.querySelector('#item-referral + label')?.textContent?.trim()).toBe(
      message('consent-capture.agree.staff', {}, host(root).locale),
    );
    await expect(root.querySelector('#given-by')).toBeNull();
  },
};

/** The second step, for the patient: who is giving consent. */
export const Who: Story = {
  play: async ({ canvasElement }) => {
    const root = await component(canvasElement);
    await answerItems(root);
    await toWho(root);
    await expect(root.querySelector('#method')).toBeNull();
  },
};

/** Continue on the second step with nothing chosen: the error summary, focused. */
export const WhoErrors: Story = {
  play: async ({ canvasElement }) => {
    const root = await component(canvasElement);
    await answerItems(root);
    await toWho(root);
    await press(root);
    await waitFor(() =>
      expect(root.activeElement?.classList.contains('lw-error-summary')).toBe(true),
    );
  },
};

/** The second step, for staff: who gave consent, how, who records it, and that they read each item aloud. */
export const StaffWho: Story = {
  args: { mode: 'staff' },
  play: async ({ canvasElement }) => {
    const root = await component(canvasElement);
    await answerItems(root);
    await toWho(root);
    await expect(root.querySelector('#method')).toBeTruthy();
    await expect(root.querySelector('#read-aloud')).toBeTruthy();
  },
};

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

/** The referral refused: it must be agreed before the consent can be saved. */
export const ReferralRefused: Story = {
  play: async ({ canvasElement }) => {
    const root = await component(canvasElement);
    await click(root, '#item-referral-1');
    await expect(root.querySelector('#item-referral-error')).toBeTruthy();
  },
};

/** Patient path: everything answered, then the read-back of exactly what was agreed and refused. */
export const ReadBack: Story = {
  play: async ({ canvasElement }) => {
    const root = await component(canvasElement);
    await answerItems(root);
    await toWho(root);
    await click(root, '#given-by');
    await continueToReadBack(root);
    await expect(root.activeElement?.tagName).toBe('H2');
  },
};

/** Someone on the patient's behalf, with a missing name and relationship. */
export const ProxyErrors: Story = {
  play: async ({ canvasElement }) => {
    const root = await component(canvasElement);
    await click(root, '#item-referral');
    await click(root, '#contact-by-3');
    await toWho(root);
    await click(root, '#given-by-1');
    await press(root);
    await expect(root.querySelector('#proxy-name-error')).toBeTruthy();
    await expect(root.querySelector('#proxy-relationship-error')).toBeTruthy();
  },
};

/** Proxy path: a daughter with lasting power of attorney, then the read-back. */
export const ProxyReadBack: Story = {
  play: async ({ canvasElement }) => {
    const root = await component(canvasElement);
    await click(root, '#item-referral');
    await click(root, '#contact-by-3');
    await toWho(root);
    await click(root, '#given-by-1');
    await type(root, '#proxy-name', 'Rhian Evans');
    await type(root, '#proxy-relationship', 'Daughter');
    await click(root, '#proxy-authority');
    await continueToReadBack(root);
  },
};

/** Staff only: a best interests decision when the patient lacks capacity, with its reason. */
export const BestInterests: Story = {
  args: { mode: 'staff' },
  play: async ({ canvasElement }) => {
    const root = await component(canvasElement);
    await click(root, '#item-referral');
    await click(root, '#contact-by');
    await toWho(root);
    await click(root, '#given-by-2');
    await type(root, '#decision-maker', 'Dr Priya Shah, GP');
    await type(root, '#reason', 'Cannot weigh up the referral since a stroke; isolated at home.');
    await expect(root.querySelector('#reason')).toBeTruthy();
  },
};

/** Staff, verbal consent from the patient: the read-back before saving. */
export const StaffVerbalReadBack: Story = {
  args: { mode: 'staff' },
  play: async ({ canvasElement }) => {
    const root = await component(canvasElement);
    await answerItems(root);
    await toWho(root);
    await click(root, '#given-by');
    await recordAsStaff(root, '#method');
    await continueToReadBack(root);
  },
};

/** Staff, written consent after a best interests decision: the read-back before saving. */
export const StaffWrittenBestInterestsReadBack: Story = {
  args: { mode: 'staff' },
  play: async ({ canvasElement }) => {
    const root = await component(canvasElement);
    await click(root, '#item-referral');
    await click(root, '#contact-by');
    await toWho(root);
    await click(root, '#given-by-2');
    await type(root, '#decision-maker', 'Dr Priya Shah, GP');
    await type(root, '#reason', 'Cannot weigh up the referral since a stroke; isolated at home.');
    await recordAsStaff(root, '#method-1');
    await continueToReadBack(root);
  },
};

/** Saved just now: the printable record, with Withdraw. */
export const Saved: Story = {
  play: async ({ canvasElement }) => {
    const root = await component(canvasElement);
    await answerItems(root);
    await toWho(root);
    await click(root, '#given-by');
    await continueToReadBack(root);
    await press(root);
    await waitFor(() => expect(root.querySelectorAll('.lw-actions button').length).toBe(2));
  },
};

/** A record on file, shown to be printed or withdrawn. */
export const Record: Story = { args: { saved: SAVED } };

/** A record with parts withdrawn over time: what was agreed, then each withdrawal. */
export const PartlyWithdrawnRecord: Story = { args: { saved: PARTLY_WITHDRAWN } };

/** Withdraw with nothing chosen: the error summary. */
export const WithdrawErrors: Story = {
  args: { saved: SAVED },
  play: async ({ canvasElement }) => {
    const root = await component(canvasElement);
    await startWithdrawal(root);
    await press(root);
    await waitFor(() => expect(root.querySelector('.lw-error-summary')).toBeTruthy());
  },
};

/** Withdrawing some of it: the parts that still stand, two chosen. */
export const WithdrawPart: Story = {
  args: { saved: PARTLY_WITHDRAWN },
  play: async ({ canvasElement }) => {
    const root = await component(canvasElement);
    await startWithdrawal(root);
    await click(root, '#withdraw-scope-1');
    await click(root, '#withdraw-parts');
    await click(root, '#withdraw-parts-1');
    await type(root, '#withdraw-by', 'Rhian Evans');
  },
};

/** The confirmation of a partial withdrawal: what it will withdraw. */
export const WithdrawPartConfirmation: Story = {
  args: { saved: PARTLY_WITHDRAWN },
  play: async ({ canvasElement }) => {
    const root = await component(canvasElement);
    await startWithdrawal(root);
    await click(root, '#withdraw-scope-1');
    await click(root, '#withdraw-parts-1');
    await type(root, '#withdraw-by', 'Rhian Evans');
    await press(root);
    await waitFor(() => expect(root.querySelectorAll('li').length).toBe(1));
  },
};

/** The confirmation of withdrawing everything, the referral with it. */
export const WithdrawAllConfirmation: Story = {
  args: { saved: SAVED },
  play: async ({ canvasElement }) => {
    const root = await component(canvasElement);
    await startWithdrawal(root);
    await click(root, '#withdraw-scope');
    await type(root, '#withdraw-by', 'Rhian Evans');
    await press(root);
    await waitFor(() => expect(root.querySelectorAll('li').length).toBe(1));
  },
};

/** Withdrawn entirely: the record says when and by whom, and keeps its history. */
export const Withdrawn: Story = {
  args: {
    saved: { ...PARTLY_WITHDRAWN, withdrawn: { at: '2026-11-20T15:10:00Z', by: 'Rhian Evans' } },
  },
  play: async ({ canvasElement }) => {
    const root = await component(canvasElement);
    await expect(root.querySelector('[role=status]')).toBeTruthy();
    await expect(root.querySelectorAll('.lw-actions button').length).toBe(1);
  },
};

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

/** Welsh: the questions in the Welsh wording, with its own version. */
export const Welsh: Story = inWelsh(Empty);

/** Welsh: errors. */
export const WelshErrors: Story = inWelsh(Errors);

/** Welsh: the second step, for staff. */
export const WelshStaffWho: Story = inWelsh(StaffWho);

/** Welsh: staff, verbal consent, the read-back. */
export const WelshStaffReadBack: Story = inWelsh(StaffVerbalReadBack);

/** Welsh: a record with parts withdrawn. */
export const WelshPartlyWithdrawnRecord: Story = inWelsh(PartlyWithdrawnRecord);

/** Welsh: withdrawing some of it. */
export const WelshWithdrawPartConfirmation: Story = inWelsh(WithdrawPartConfirmation);

/** Welsh: withdrawn entirely. */
export const WelshWithdrawn: Story = inWelsh(Withdrawn);
