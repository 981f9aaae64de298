import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { expectAccessible } from '../../../../test/helpers/axe.js';
import type { ReferralSubmittedDetail } from './referral-form.js';
import type { ReferralForm } from './referral-form.js';
import {
  $,
  choose,
  continueWithKeyboard,
  deepActive,
  heading,
  mount,
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
