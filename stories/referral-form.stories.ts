import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../packages/elements/src/define/lw-referral-form.js';
import type { ReferralDraft } from '../packages/elements/src/referral-form/draft.js';
import type { ReferralForm } from '../packages/elements/src/referral-form/referral-form.js';

const NOW = () => new Date('2026-11-26T12:00:00Z');

/** What a practice portal knows from the patient record. */
const fromThePatientRecord: Partial<ReferralDraft> = {
  givenName: 'Siân',
  familyName: 'Prydderch',
  dateOfBirth: { day: '9', month: '3', year: '1946' },
  nhsNumber: '999 100 0011',
  postcode: 'LE7 1QT',
  phone: '0116 496 0377',
  preferredContact: 'phone',
};

const form = (el: HTMLElement): ReferralForm => el.querySelector('lw-referral-form')!;

/**
 * `<lw-referral-form>`: a referral to a social prescribing service, by practice
 * staff (`mode="staff"`) or by the patient (`mode="self"`), one topic per step,
 * then check your answers. Switch the language in the toolbar.
 */
const meta: Meta = {
  title: 'Components/Referral form',
  tags: ['autodocs'],
};
export default meta;

type Story = StoryObj;

export const StaffFirstStep: Story = {
  render: () => html`<lw-referral-form mode="staff" .now=${NOW}></lw-referral-form>`,
  play: async ({ canvasElement }) => {
    const el = form(canvasElement);
    await el.updateComplete;
    await expect(el.shadowRoot!.querySelectorAll('input').length).toBe(6);
  },
};

export const SelfReferral: Story = {
  render: () => html`<lw-referral-form mode="self" .now=${NOW}></lw-referral-form>`,
};

export const ErrorsOnContinue: Story = {
  render: () => html`<lw-referral-form mode="staff" .now=${NOW}></lw-referral-form>`,
  play: async ({ canvasElement }) => {
    const el = form(canvasElement);
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('.lw-button')!.click();
    await el.updateComplete;
    await expect(el.shadowRoot!.querySelector('.lw-error-summary')).not.toBeNull();
  },
};

export const PrefilledByThePortal: Story = {
  render: () =>
    html`<lw-referral-form
      mode="staff"
      .now=${NOW}
      .prefill=${fromThePatientRecord}
    ></lw-referral-form>`,
};

export const CheckYourAnswers: Story = {
  render: () =>
    html`<lw-referral-form
      mode="staff"
      .now=${NOW}
      .prefill=${{
        ...fromThePatientRecord,
        addressLines: 'Flat 3, Afon Court\n12 Mill Street',
        town: 'Riverside',
        contactTimes: ['morning'],
        reasons: ['b196bb38-ff68-56a9-931b-338925c09ba4'],
        notes: 'Widowed last year; would like to meet other Welsh speakers.',
      }}
    ></lw-referral-form>`,
  play: async ({ canvasElement }) => {
    const el = form(canvasElement);
    await el.updateComplete;
    for (let step = 0; step < 3; step++) {
      el.shadowRoot!.querySelector<HTMLButtonElement>('.lw-button')!.click();
      await el.updateComplete;
    }
    await expect(el.shadowRoot!.querySelectorAll('.lw-summary').length).toBe(3);
  },
};
