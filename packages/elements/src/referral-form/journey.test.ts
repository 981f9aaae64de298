import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { expectAccessible } from '../../../../test/helpers/axe.js';
import type { ReferralSubmittedDetail } from './referral-form.js';
import type { ReferralForm } from './referral-form.js';
import {
  createMemoryBackend,
  message,
  Unauthorised,
  Unavailable,
  ValidationFailed,
  type Backend,
} from '@linkwork/core';
import { ContextProvider } from '@lit/context';
import { fixture, html } from '@open-wc/testing';
import { backendContext } from '../base/backend-context.js';
import type { ReferralFormErrorDetail, ReferralQueuedDetail } from './referral-form.js';
import {
  $,
  atCheck,
  choose,
  chooseRadio,
  continueWithKeyboard,
  deepActive,
  heading,
  mount,
  NOW,
  PORTAL_PREFILL,
  riversideBackend,
  settle,
  tabTo,
  textOf,
  typeInto,
  until,
} from './testing/journey.js';

/** The consent capture inside the form's shadow root. */
const consentCapture = (el: ReferralForm) =>
  el.shadowRoot!.querySelector('lw-consent-capture') as HTMLElement | null;
const picker = (el: ReferralForm) =>
  el.shadowRoot!.querySelector('lw-activity-picker') as HTMLElement | null;

/** Presses a button inside an embedded component by its text, with the keyboard. */
async function pressButton(el: ReferralForm, host: HTMLElement, label: string): Promise<void> {
  const button = [...host.shadowRoot!.querySelectorAll('button')].find(
    (candidate) => textOf(candidate) === label,
  );
  if (!button) throw new Error(`no button "${label}"`);
  button.id ||= `press-${label.replace(/\W+/g, '-')}`;
  await tabTo(button.id);
  await sendKeys({ press: 'Enter' });
  await settle(el, 3);
}

describe('<lw-referral-form>: end to end with the keyboard only', () => {
  it('staff: a GP refers a patient from the portal, with an activity and verbal consent', async function () {
    this.timeout(60_000);
    const { backend } = await riversideBackend();
    const el = await mount({ prefill: PORTAL_PREFILL, backend });
    const steps: string[] = [];
    el.addEventListener('lw-step-change', (event) => steps.push(event.detail.step));

    expect(heading(el)).to.equal('Your details');
    expect($(el, '.lw-progress').textContent!.trim()).to.equal('Step 1 of 9');
    expect($<HTMLInputElement>(el, '#lw-referrer-name').value).to.equal('Dr Priya Shah');
    await expectAccessible(el);
    // Enter in a text field moves on.
    await tabTo('lw-referrer-name');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(heading(el)).to.equal('About the patient');
    expect(deepActive()).to.equal($(el, '.lw-heading'));
    await expectAccessible(el);
    await continueWithKeyboard(el);

    expect(heading(el)).to.equal('How to contact the patient');
    await typeInto(el, 'lw-patient-address-lines', 'Flat 3, Afon Court');
    await typeInto(el, 'lw-patient-address-postcode', 'le7 1qt');
    await typeInto(el, 'lw-patient-phone', '07700 900 982');
    await choose(el, 'lw-patient-preferredContact');
    await expectAccessible(el);
    await continueWithKeyboard(el);

    expect(heading(el)).to.equal('What matters to the patient');
    await choose(el, 'lw-reasons');
    await typeInto(el, 'lw-notes', "Widowed last year; she'd like to meet people.");
    await continueWithKeyboard(el);

    expect(heading(el)).to.equal('Risk and urgency');
    await choose(el, 'lw-urgency');
    await expectAccessible(el);
    await continueWithKeyboard(el);

    expect(heading(el)).to.equal('What the patient needs to take part');
    await expectAccessible(el);
    await continueWithKeyboard(el);

    expect(heading(el)).to.equal('Activities the patient might like');
    await until(
      el,
      () => picker(el)?.shadowRoot?.querySelector('#search') != null,
      'the picker shows',
    );
    await typeInto(el, 'search', 'walking');
    await until(
      el,
      () => picker(el)?.shadowRoot?.querySelector('input[part~="shortlist-checkbox"]') != null,
      'the picker lists walks',
    );
    const firstCard = picker(el)!.shadowRoot!.querySelector<HTMLInputElement>(
      'input[part~="shortlist-checkbox"]',
    )!;
    await tabTo(firstCard.id);
    await sendKeys({ press: 'Space' });
    await settle(el);
    await expectAccessible(el);
    await continueWithKeyboard(el);

    expect(heading(el)).to.equal("The patient's consent");
    await until(
      el,
      () => consentCapture(el)?.shadowRoot?.querySelector('#item-referral') != null,
      'the consent capture shows',
    );
    const capture = consentCapture(el)!;
    await choose(el, 'item-referral');
    await choose(el, 'contact-by');
    await pressButton(el, capture, 'Continue');
    await choose(el, 'given-by');
    await choose(el, 'method');
    await typeInto(el, 'recorded-by', 'Dr Priya Shah');
    await choose(el, 'read-aloud');
    await pressButton(el, capture, 'Continue');
    await pressButton(el, capture, 'Save consent');
    await until(el, () => !consentCapture(el), 'consent is recorded');
    await expectAccessible(el);
    await continueWithKeyboard(el);

    expect(heading(el)).to.equal('Check the referral before sending it');
    await expectAccessible(el);
    const submitted = oneEvent(el, 'lw-submitted');
    await continueWithKeyboard(el);
    const { receipt, referral } = (await submitted).detail as ReferralSubmittedDetail;
    await settle(el);
    expect(heading(el)).to.equal('Referral sent');
    expect(textOf($(el, '[part="reference"]'))).to.equal(receipt.reference);
    expect(deepActive()).to.equal($(el, '.lw-heading'));
    await expectAccessible(el);

    const stored = backend.listReferrals();
    expect(stored).to.have.length(1);
    expect(stored[0]!.referral).to.deep.equal(referral);
    expect(referral.patient).to.include({
      givenName: 'Siân',
      nhsNumber: '9991000011',
      preferredContact: 'phone',
    });
    expect(referral.referrer).to.include({ name: 'Dr Priya Shah', organisationOdsCode: 'C99001' });
    expect(referral.urgency).to.equal('routine');
    expect(referral.activities).to.have.length(1);
    expect(referral.consent).to.include({
      method: 'verbal',
      referral: true,
      recordedBy: 'Dr Priya Shah',
    });
    expect(steps).to.deep.equal([
      'patient',
      'contact',
      'needs',
      'risk',
      'access',
      'activities',
      'consent',
      'check',
    ]);
  });
});

const send = async (el: ReferralForm) => {
  $<HTMLButtonElement>(el, '#lw-continue').click();
  await settle(el, 4);
};

/** A backend that fails the first `failures` submissions in the given way, then stores. */
function flaky(inner: Backend, failures: (() => Error)[]): Backend & { keys: string[] } {
  const keys: string[] = [];
  return {
    ...inner,
    keys,
    submitReferral: async (referral, options) => {
      keys.push(options.idempotencyKey);
      const failure = failures.shift();
      if (failure) throw failure();
      return inner.submitReferral(referral, options);
    },
  };
}

describe('<lw-referral-form>: the patient in Welsh, keyboard only', () => {
  it('self: a patient refers themselves in Welsh and gets a reference', async function () {
    this.timeout(60_000);
    const { backend } = await riversideBackend();
    const el = await mount({ mode: 'self', lang: 'cy', backend, steps: 'access' });
    expect(heading(el)).to.equal('Amdanoch chi');
    await typeInto(el, 'lw-patient-givenName', 'Gwenllian');
    await typeInto(el, 'lw-patient-familyName', "O'Connor-Hughes");
    await typeInto(el, 'lw-patient-dateOfBirth', '2');
    await typeInto(el, 'lw-patient-dateOfBirth-month', '11');
    await typeInto(el, 'lw-patient-dateOfBirth-year', '1971');
    await expectAccessible(el);
    await continueWithKeyboard(el);
    expect(heading(el)).to.equal('Sut i gysylltu â chi');
    await typeInto(el, 'lw-patient-address-postcode', 'LE7 1QT');
    await typeInto(el, 'lw-patient-email', 'gwen@example.org');
    await chooseRadio(el, 'lw-patient-preferredContact', 2);
    await continueWithKeyboard(el);
    await choose(el, 'lw-reasons');
    await continueWithKeyboard(el);
    expect(heading(el)).to.equal('Beth sydd ei angen arnoch chi i gymryd rhan');
    await chooseRadio(el, 'lw-patient-interpreterNeeded', 1);
    await continueWithKeyboard(el);
    expect(heading(el)).to.equal('Eich caniatâd');
    await until(
      el,
      () =>
        el
          .shadowRoot!.querySelector('lw-consent-capture')
          ?.shadowRoot?.querySelector('#item-referral') != null,
      'the consent capture shows',
    );
    const capture = el.shadowRoot!.querySelector('lw-consent-capture')!;
    await choose(el, 'item-referral');
    await choose(el, 'contact-by-2');
    await expectAccessible(el);
    await pressButton(el, capture, message('common.continue', {}, 'cy'));
    await choose(el, 'given-by');
    await expectAccessible(el);
    await pressButton(el, capture, message('common.continue', {}, 'cy'));
    await pressButton(el, capture, message('consent-capture.save', {}, 'cy'));
    await until(
      el,
      () => !el.shadowRoot!.querySelector('lw-consent-capture'),
      'consent is recorded',
    );
    await continueWithKeyboard(el);
    expect(heading(el)).to.equal('Gwiriwch eich atebion cyn eu hanfon');
    await expectAccessible(el);
    await continueWithKeyboard(el);
    await until(
      el,
      () => el.shadowRoot!.querySelector('[part="reference"]') != null,
      'the confirmation',
    );
    expect(heading(el)).to.equal("Atgyfeiriad wedi'i anfon");
    await expectAccessible(el);
    const [stored] = backend.listReferrals();
    expect(stored!.reference).to.equal(textOf($(el, '[part="reference"]')));
    expect(stored!.referral.source).to.equal('self');
    expect(stored!.referral.patient).to.include({
      familyName: "O'Connor-Hughes",
      interpreterNeeded: false,
      preferredContact: 'email',
    });
    expect(stored!.referral.consent.method).to.equal('online');
  });
});

describe('<lw-referral-form>: sending, and what can go wrong', () => {
  it('retries a failed send with the same idempotency key and stores it once', async () => {
    const inner = createMemoryBackend({ activities: [] });
    const backend = flaky(inner, [() => new Unavailable('down'), () => new Unavailable('down')]);
    const el = await atCheck({ backend });
    await send(el);
    await until(el, () => heading(el) === 'Referral sent', 'the confirmation');
    expect(backend.keys).to.have.length(3);
    expect(new Set(backend.keys).size).to.equal(1);
    expect(inner.listReferrals()).to.have.length(1);
  });

  it('takes a server validation error to its step and field, then sends again with the same key', async () => {
    const inner = createMemoryBackend({ activities: [] });
    const backend = flaky(inner, [
      () =>
        new ValidationFailed([
          { path: 'patient.phone', code: 'not-a-mobile', message: '<b>not a mobile</b>' },
        ]),
    ]);
    const errors: ReferralFormErrorDetail[] = [];
    const el = await atCheck({ backend });
    el.addEventListener('lw-error', (event) =>
      errors.push(event.detail as ReferralFormErrorDetail),
    );
    await send(el);
    await until(el, () => heading(el) === 'How to contact the patient', 'back at the contact step');
    expect(textOf($(el, '.lw-error-summary a'))).to.equal(
      message('patient.phone.not-a-mobile', {}, 'en'),
    );
    expect($(el, '#lw-patient-phone-error').textContent).to.contain(
      message('patient.phone.not-a-mobile', {}, 'en'),
    );
    expect(el.shadowRoot!.querySelector('b')).to.equal(null);
    expect(errors.map((error) => error.code)).to.deep.equal(['invalid']);
    await expectAccessible(el);
    const phone = $<HTMLInputElement>(el, '#lw-patient-phone');
    phone.value = '07700 900 983';
    phone.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await settle(el);
    expect(el.shadowRoot!.querySelector('#lw-patient-phone-error')).to.equal(null);
    await send(el); // Continue returns to check your answers
    expect(heading(el)).to.equal('Check the referral before sending it');
    await send(el);
    await until(el, () => heading(el) === 'Referral sent', 'the confirmation');
    expect(new Set(backend.keys).size).to.equal(1);
    expect(inner.listReferrals()[0]!.referral.patient.phone).to.equal('+447700900983');
  });

  it('offline: saves the referral on the device with a pending reference, and sends it once back online', async function () {
    this.timeout(20_000);
    const backend = createMemoryBackend({ activities: [] });
    // No submission given: the form makes its own, over IndexedDB, following online and offline.
    const el = await atCheck({ backend, submission: undefined, ownSubmission: true });
    window.dispatchEvent(new Event('offline'));
    try {
      const queued = oneEvent(el, 'lw-queued');
      await send(el);
      const detail = (await queued).detail as ReferralQueuedDetail;
      await settle(el);
      expect(detail.reason).to.equal('offline');
      expect(heading(el)).to.equal('Referral saved, not sent yet');
      expect(textOf($(el, '[part="reference"]'))).to.equal(
        detail.key
          .replace(/-/g, '')
          .slice(0, 8)
          .toUpperCase()
          .replace(/^(.{4})/, '$1-'),
      );
      expect(textOf($(el, '[role="status"]'))).to.contain('You are offline');
      await expectAccessible(el);
      expect(backend.listReferrals()).to.have.length(0);
    } finally {
      window.dispatchEvent(new Event('online'));
    }
    const submitted = oneEvent(el, 'lw-submitted');
    await submitted;
    await settle(el);
    expect(heading(el)).to.equal('Referral sent');
    expect(backend.listReferrals()).to.have.length(1);
    expect(textOf($(el, '[part="reference"]'))).to.equal(backend.listReferrals()[0]!.reference);
  });

  it('finds its backend from the nearest backendContext provider when none is set on it', async () => {
    const backend = createMemoryBackend({ activities: [] });
    const page = await fixture<HTMLElement>(html`<section></section>`);
    // A plain element provides the context: hosts need not use Lit.
    new ContextProvider(page, { context: backendContext, initialValue: backend });
    const el = document.createElement('lw-referral-form');
    el.mode = 'self';
    el.setAttribute('steps', '');
    el.now = NOW;
    page.append(el);
    await settle(el);
    // With a directory from the context, the activities step is offered (steps="" drops it again).
    expect(textOf($(el, '.lw-progress'))).to.equal('Step 1 of 5');
    el.removeAttribute('steps');
    await settle(el);
    expect(textOf($(el, '.lw-progress'))).to.equal('Step 1 of 7');
  });

  it('lets a host take the referral with lw-submit and show its own receipt', async () => {
    const backend = createMemoryBackend({ activities: [] });
    const el = await atCheck({ backend });
    el.addEventListener('lw-submit', (event) => event.preventDefault());
    const submit = oneEvent(el, 'lw-submit');
    await send(el);
    const { referral } = (await submit).detail;
    expect(referral.patient.givenName).to.equal('Siân');
    expect(heading(el)).to.equal('Check the referral before sending it');
    expect(backend.listReferrals()).to.have.length(0);
    el.showReceipt({ reference: 'RIV-0042', receivedAt: '2026-11-26T12:00:05Z' });
    await settle(el);
    expect(heading(el)).to.equal('Referral sent');
    expect(textOf($(el, '[part="reference"]'))).to.equal('RIV-0042');
  });

  it('says plainly when it has no backend, or the person is signed out', async () => {
    const lonely = await atCheck();
    const errors: string[] = [];
    lonely.addEventListener('lw-error', (event) => errors.push(event.detail.code));
    await send(lonely);
    expect(textOf($(lonely, '.lw-send-problem'))).to.equal(
      message('referral-form.error.no-backend', {}, 'en'),
    );
    expect(lonely.shadowRoot!.activeElement).to.equal($(lonely, '.lw-send-problem'));
    await expectAccessible(lonely);

    const backend = flaky(createMemoryBackend({ activities: [] }), [() => new Unauthorised('no')]);
    const signedOut = await atCheck({ backend });
    signedOut.addEventListener('lw-error', (event) => errors.push(event.detail.code));
    await send(signedOut);
    await until(
      signedOut,
      () => signedOut.shadowRoot!.querySelector('.lw-send-problem') != null,
      'the problem',
    );
    expect(textOf($(signedOut, '.lw-send-problem'))).to.contain('you are signed out');
    expect(errors).to.deep.equal(['no-backend', 'unauthorised']);
  });

  it('keeps a draft when asked: a reload restores the step and answers, and Start again clears them', async () => {
    sessionStorage.clear();
    const first = await mount({ mode: 'self', draft: 'session', steps: '' });
    $<HTMLInputElement>(first, '#lw-patient-givenName').value = 'Gwen';
    $<HTMLInputElement>(first, '#lw-patient-givenName').dispatchEvent(
      new InputEvent('input', { bubbles: true, composed: true }),
    );
    await settle(first);
    first.remove();
    const again = await mount({ mode: 'self', draft: 'session', steps: '' });
    expect($<HTMLInputElement>(again, '#lw-patient-givenName').value).to.equal('Gwen');
    expect(textOf($(again, '.lw-notice p'))).to.equal(
      'We kept your answers from earlier on this device.',
    );
    await expectAccessible(again);
    $<HTMLButtonElement>(again, '.lw-notice button').click();
    await settle(again);
    expect($<HTMLInputElement>(again, '#lw-patient-givenName').value).to.equal('');
    expect(again.shadowRoot!.querySelector('.lw-notice')).to.equal(null);
    again.remove();
    const fresh = await mount({ mode: 'self', draft: 'session', steps: '' });
    expect($<HTMLInputElement>(fresh, '#lw-patient-givenName').value).to.equal('');
    expect(Object.keys(sessionStorage).filter((key) => key.startsWith('linkwork'))).to.deep.equal(
      [],
    );
    // Without the attribute, nothing is kept.
    const none = await mount({ mode: 'self', steps: '' });
    $<HTMLInputElement>(none, '#lw-patient-givenName').value = 'Gwen';
    $<HTMLInputElement>(none, '#lw-patient-givenName').dispatchEvent(
      new InputEvent('input', { bubbles: true, composed: true }),
    );
    await settle(none);
    expect(Object.keys(sessionStorage).filter((key) => key.startsWith('linkwork'))).to.deep.equal(
      [],
    );
  });
});
