import {
  createMemoryBackend,
  message,
  fromOrukV3Service,
  ReferralSubmission,
  Unauthorised,
  ValidationFailed,
  type Backend,
  type Taxonomy,
} from '@linkwork/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor as waitForOnce } from 'storybook/test';
import '../packages/elements/src/define/lw-referral-form.js';
import { inWelsh } from './support/welsh.js';
import type { ReferralPrefill } from '../packages/elements/src/referral-form/prefill.js';
import type { ReferralForm } from '../packages/elements/src/referral-form/referral-form.js';
import riversideServices from '../test/fixtures/riverside.oruk3.json';
import taxonomyJson from '../test/fixtures/taxonomy.json';

/** Waits generously: embedded components load on demand, and CI machines are busy. */
const waitFor = (check: () => unknown) => waitForOnce(check, { timeout: 8000 });

const NOW = () => new Date('2026-11-26T12:00:00Z');
const taxonomy = taxonomyJson as unknown as Taxonomy;

/** The Riverside directory in memory: a backend that searches activities and stores referrals. */
const riverside = (): Backend =>
  createMemoryBackend({
    activities: (riversideServices as unknown[]).map(fromOrukV3Service),
    taxonomy,
    now: NOW,
  });

/** One submission per story, with an in-memory outbox (stories never share IndexedDB). */
const inMemory = (backend: Backend) =>
  new ReferralSubmission({
    backend,
    outbox: {
      store: 'memory',
      sleep: () => Promise.resolve(),
      deadline: () => new Promise<never>(() => undefined),
    },
  });

/** What a practice portal knows: the signed-in GP and the patient record. */
const fromThePortal: ReferralPrefill = {
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
    address: {
      lines: ['Flat 3, Afon Court', '12 Mill Street'],
      town: 'Riverside',
      postcode: 'LE7 1QT',
    },
    phone: '07700 900 982',
    preferredContact: 'phone',
  },
  reasons: ['b196bb38-ff68-56a9-931b-338925c09ba4'],
  notes: 'Widowed last year; would like to meet other Welsh speakers.',
};

const form = (el: HTMLElement): ReferralForm => el.querySelector('lw-referral-form')!;
const root = (el: HTMLElement) => form(el).shadowRoot!;
const headingOf = (el: HTMLElement) => root(el).querySelector('.lw-heading')?.textContent?.trim();

async function next(el: HTMLElement): Promise<void> {
  // A Welsh page renders once the Welsh messages have loaded.
  await waitFor(() => expect(root(el).querySelector('#lw-continue')).not.toBeNull());
  root(el).querySelector<HTMLButtonElement>('#lw-continue')!.click();
  await form(el).updateComplete;
}

/** Presses Continue until the step with `id`'s field (or the heading) is shown. */
async function walkTo(el: HTMLElement, selector: string): Promise<void> {
  for (let step = 0; step < 10 && !root(el).querySelector(selector); step++) await next(el);
  await waitFor(() => expect(root(el).querySelector(selector)).not.toBeNull());
}

/** Agrees in the embedded consent capture: referral, phone, Continue, the patient, verbal (staff) or online. */
async function giveConsent(el: HTMLElement, staff = true): Promise<void> {
  await waitFor(() =>
    expect(
      root(el).querySelector('lw-consent-capture')?.shadowRoot?.querySelector('#item-referral'),
    ).toBeTruthy(),
  );
  const capture = root(el).querySelector('lw-consent-capture')!;
  const inside = capture.shadowRoot!;
  const click = async (selector: string) => {
    inside.querySelector<HTMLElement>(selector)!.click();
    await capture.updateComplete;
  };
  const press = async (index: number) => {
    inside.querySelectorAll<HTMLButtonElement>('.lw-actions button')[index]!.click();
    await capture.updateComplete;
    await capture.updateComplete;
  };
  await click('#item-referral');
  await click('#contact-by');
  await press(0); // Continue to who is giving consent
  await waitFor(() => expect(inside.querySelector('#given-by')).toBeTruthy());
  await click('#given-by');
  if (staff) {
    await click('#method');
    const recorder = inside.querySelector<HTMLInputElement>('#recorded-by')!;
    recorder.value = 'Dr Priya Shah';
    recorder.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await click('#read-aloud');
  }
  await press(0); // Continue
  await press(0); // Save consent
  await waitFor(() => expect(root(el).querySelector('lw-consent-capture')).toBeNull());
}

/** A staff form from the portal, walked to check your answers. */
async function toCheck(el: HTMLElement): Promise<void> {
  await walkTo(el, '#lw-consent');
  await giveConsent(el);
  await next(el);
  await waitFor(() => expect(root(el).querySelectorAll('.lw-summary').length).toBeGreaterThan(0));
}

const staffForm = (backend?: Backend, steps = 'risk access activities') =>
  html`<lw-referral-form
    mode="staff"
    steps=${steps}
    .now=${NOW}
    .taxonomy=${taxonomy}
    .prefill=${fromThePortal}
    .backend=${backend}
    .submission=${backend ? inMemory(backend) : undefined}
  ></lw-referral-form>`;

type Story = StoryObj;

/** A staff form from the portal, walked to the step that shows `selector`. */
const atStep = (name: string, selector: string, steps?: string): Story => ({
  name,
  render: () => staffForm(riverside(), steps),
  play: async ({ canvasElement }) => walkTo(canvasElement, selector),
});

/** The Riverside backend with `submitReferral` answering as given. */
const submitting = (submitReferral: Backend['submitReferral']) => (): Backend => ({
  ...riverside(),
  submitReferral,
});

/** A staff form (with a fresh backend each render) sent from check your answers, until `selector` shows what happened. */
const sent = (name: string, backend: () => Backend | undefined, selector: string): Story => ({
  name,
  render: () => staffForm(backend(), ''),
  play: async ({ canvasElement }) => {
    await toCheck(canvasElement);
    await next(canvasElement);
    await waitFor(() => expect(root(canvasElement).querySelector(selector)).not.toBeNull());
  },
});

/**
 * `<lw-referral-form>`: a referral to a social prescribing service, by practice
 * staff (`mode="staff"`, referrer and patient prefilled by the portal) or by the
 * patient (`mode="self"`): one topic per step, check your answers, then a
 * confirmation with the reference. Switch language and theme in the toolbar.
 */
const meta: Meta = {
  title: 'Components/Referral form',
  component: 'lw-referral-form',
  tags: ['autodocs'],
};
export default meta;

export const StaffYourDetails: Story = {
  name: 'Staff: your details (prefilled by the portal)',
  render: () => staffForm(riverside()),
  play: async ({ canvasElement }) => {
    await form(canvasElement).updateComplete;
    await expect(
      root(canvasElement).querySelector<HTMLInputElement>('#lw-referrer-name')!.value,
    ).toBe('Dr Priya Shah');
  },
};

export const StaffEmpty: Story = {
  name: 'Staff: nothing prefilled',
  render: () => html`<lw-referral-form mode="staff" .now=${NOW}></lw-referral-form>`,
};

export const StaffErrors: Story = {
  name: 'Staff: errors on Continue',
  render: () => html`<lw-referral-form mode="staff" .now=${NOW}></lw-referral-form>`,
  play: async ({ canvasElement }) => {
    await form(canvasElement).updateComplete;
    await next(canvasElement);
    await expect(root(canvasElement).querySelectorAll('.lw-error-summary a').length).toBe(4);
  },
};

export const StaffErrorsWelsh: Story = inWelsh(StaffErrors, {
  name: 'Staff: errors, in Welsh',
});

export const StaffPatient = atStep('Staff: about the patient', '#lw-patient-givenName');

export const StaffContact = atStep('Staff: how to contact the patient', '#lw-patient-phone');

export const StaffNeeds = atStep('Staff: what matters to the patient', '#lw-notes');

export const StaffRisk = atStep('Staff: risk and urgency', '#lw-urgency');

export const StaffAccess = atStep('Staff: access needs', '#lw-patient-language');

export const StaffActivities: Story = {
  name: 'Staff: activities (the picker, loaded on demand)',
  render: () => staffForm(riverside()),
  play: async ({ canvasElement }) => {
    await walkTo(canvasElement, '#lw-activities');
    await waitFor(() =>
      expect(root(canvasElement).querySelector('lw-activity-picker')).not.toBeNull(),
    );
  },
};

export const StaffConsent: Story = {
  name: 'Staff: consent (the consent capture, loaded on demand)',
  render: () => staffForm(riverside()),
  play: async ({ canvasElement }) => {
    await walkTo(canvasElement, '#lw-consent');
    await waitFor(() =>
      expect(root(canvasElement).querySelector('lw-consent-capture')).not.toBeNull(),
    );
  },
};

export const StaffConsentRecorded: Story = {
  name: 'Staff: consent recorded',
  render: () => staffForm(riverside(), ''),
  play: async ({ canvasElement }) => {
    await walkTo(canvasElement, '#lw-consent');
    await giveConsent(canvasElement);
  },
};

export const StaffCheckYourAnswers: Story = {
  name: 'Staff: check your answers',
  render: () => staffForm(riverside(), 'risk access'),
  play: async ({ canvasElement }) => {
    await toCheck(canvasElement);
    // The sweep plays every story in Welsh too: expect the words of the story's language.
    await expect(headingOf(canvasElement)).toBe(
      message('referral-form.step.check.staff', {}, form(canvasElement).locale),
    );
  },
};

export const StaffCheckYourAnswersWelsh: Story = inWelsh(StaffCheckYourAnswers, {
  name: 'Staff: check your answers, in Welsh',
  play: async ({ canvasElement }) => toCheck(canvasElement),
});

export const Sending = sent(
  'Sending',
  submitting(() => new Promise(() => undefined)),
  '.lw-sending',
);

export const Confirmation = sent(
  'Confirmation with the reference',
  riverside,
  '[part="reference"]',
);

export const ConfirmationWelsh: Story = inWelsh(Confirmation, {
  name: 'Confirmation, in Welsh',
});

export const ConfirmationWithHostText: Story = {
  name: 'Confirmation with the service name and next steps from the host (slots)',
  render: () =>
    html`<lw-referral-form
      mode="staff"
      steps=""
      .now=${NOW}
      .taxonomy=${taxonomy}
      .prefill=${fromThePortal}
      .submission=${inMemory(riverside())}
      .backend=${riverside()}
    >
      <span slot="service-name">Riverside Connect social prescribing</span>
      <p slot="next-steps">
        Riverside Connect calls within 5 working days, Monday to Friday, 9am to 5pm.
      </p>
    </lw-referral-form>`,
  play: Confirmation.play,
};

export const SavedUntilOnline = sent(
  'Saved on this device until the service can be reached',
  submitting(() => Promise.reject(new TypeError('Failed to fetch'))),
  '[part="panel"]',
);

export const ServerValidationError = sent(
  'The service refused a field: back at its step',
  submitting(() =>
    Promise.reject(
      new ValidationFailed([
        { path: 'patient.phone', code: 'not-a-mobile', message: 'not a mobile' },
      ]),
    ),
  ),
  '#lw-patient-phone-error',
);

export const SignedOut = sent(
  'Signed out when sending',
  submitting(() => Promise.reject(new Unauthorised('signed out'))),
  '.lw-send-problem',
);

export const NoBackend = sent('Not connected to a service', () => undefined, '.lw-send-problem');

export const SelfReferral: Story = {
  name: 'Self-referral: about you',
  render: () =>
    html`<lw-referral-form mode="self" .now=${NOW} .backend=${riverside()}></lw-referral-form>`,
};

export const SelfReferralWelsh: Story = inWelsh(SelfReferral, {
  name: 'Self-referral, in Welsh',
});

export const SelfErrors: Story = {
  name: 'Self-referral: errors worded for the patient',
  render: () => html`<lw-referral-form mode="self" .now=${NOW}></lw-referral-form>`,
  play: async ({ canvasElement }) => {
    await form(canvasElement).updateComplete;
    await next(canvasElement);
    await expect(
      root(canvasElement).querySelector('.lw-error-summary a')?.textContent?.trim(),
    ).toBe(message('self.patient.givenName.required', {}, form(canvasElement).locale));
  },
};

export const DraftRestored: Story = {
  name: 'Answers kept from earlier (opt-in draft)',
  render: () => {
    sessionStorage.setItem(
      'linkwork:referral-form:self',
      JSON.stringify({
        v: 1,
        idempotencyKey: '5b0c6f0e-2a59-4a41-9d0e-7d6f6e0f3a11',
        // On the form's clock (NOW), not the machine's: the store refuses a draft that
        // expires more than its 24 hours after the form's now, so a draft dated by the
        // real clock stopped being restored once the real date passed NOW by 12 hours.
        savedAt: new Date(NOW().getTime() - 60_000).toISOString(),
        expiresAt: new Date(NOW().getTime() + 12 * 60 * 60 * 1000).toISOString(),
        value: { answers: { givenName: 'Gwen', familyName: 'Morgan' }, step: 'patient' },
      }),
    );
    return html`<lw-referral-form mode="self" draft="session" .now=${NOW}></lw-referral-form>`;
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(root(canvasElement).querySelector('.lw-notice')).not.toBeNull());
    sessionStorage.removeItem('linkwork:referral-form:self');
  },
};
