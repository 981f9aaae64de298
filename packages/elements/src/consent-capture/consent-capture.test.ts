import { loadLocale, sha256Hex, type Consent } from '@linkwork/core';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { expectAccessible } from '../../../../test/helpers/axe.js';
import {
  emulateForcedColors,
  overflowsHorizontally,
  viewport,
} from '../../../../test/helpers/browser.js';
import {
  describeIssues,
  loadR4Definitions,
  r4Issues,
} from '../../../../test/helpers/fhir-r4-validator.js';
import '../define/lw-consent-capture.js';
import type { ConsentConfiguration } from './configuration.js';
import type {
  ConsentChangeDetail,
  ConsentErrorDetail,
  ConsentGivenDetail,
  ConsentWithdrawnDetail,
  LwConsentCapture,
} from './consent-capture.js';
import { readConfiguration, shownWording } from './configuration.js';
import { sampleConfiguration } from './testing/configuration.js';

const NOW = new Date('2026-11-26T12:00:00Z');

async function mount(
  options: { mode?: 'self' | 'staff'; lang?: string; saved?: Consent } = {},
): Promise<LwConsentCapture> {
  if (options.lang === 'cy') await loadLocale('cy');
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang=${options.lang ?? 'en'}>
      <lw-consent-capture
        mode=${options.mode ?? 'self'}
        .configuration=${sampleConfiguration}
        .now=${() => NOW}
        .recordId=${() => 'urn:uuid:6f1c2e0a-9b1d-4c1e-8f00-2b7a1c3d4e5f'}
        .saved=${options.saved}
      >
        <p slot="privacy-notice">
          Read our <a href="https://example.org/privacy">privacy notice</a>.
        </p>
      </lw-consent-capture>
    </div>`,
  );
  const el = wrapper.querySelector('lw-consent-capture')!;
  await el.updateComplete;
  await fingerprinted(el);
  return el;
}

/** Waits until the wording's fingerprint is ready (it is computed asynchronously). */
async function fingerprinted(el: LwConsentCapture): Promise<void> {
  for (let i = 0; i < 50; i++) {
    await el.updateComplete;
    if ((el as unknown as { fingerprint?: unknown }).fingerprint) return;
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  throw new Error('the wording was never fingerprinted');
}

const root = (el: LwConsentCapture) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: LwConsentCapture, selector: string): T => {
  const found = root(el).querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
};
const textOf = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();

async function click(el: LwConsentCapture, id: string): Promise<void> {
  $<HTMLInputElement>(el, `#${id}`).click();
  await el.updateComplete;
}

async function type(el: LwConsentCapture, id: string, value: string): Promise<void> {
  const input = $<HTMLInputElement>(el, `#${id}`);
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true }));
  await el.updateComplete;
}

async function press(el: LwConsentCapture, label: string): Promise<void> {
  const button = [...root(el).querySelectorAll('button')].find((b) => textOf(b) === label);
  if (!button) throw new Error(`no button "${label}"`);
  button.click();
  await el.updateComplete;
  await el.updateComplete;
}

/** Waits (for a lazily loaded step) until `done` holds. */
async function until(el: LwConsentCapture, done: () => boolean): Promise<void> {
  for (let i = 0; i < 100; i++) {
    await el.updateComplete;
    if (done()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('waited in vain');
}

/** Presses Withdraw consent on a saved record and waits for the withdrawal form. */
async function startWithdrawal(el: LwConsentCapture): Promise<void> {
  await press(el, 'Withdraw consent');
  await until(el, () => root(el).querySelector('#withdraw-scope') !== null);
}

/** Yes to the referral, yes to Carers, no to Age UK, phone and email, yes to follow-up, no to the GP. */
async function answerItems(el: LwConsentCapture): Promise<void> {
  await click(el, 'item-referral');
  await click(el, 'partner-0');
  await click(el, 'partner-1-1');
  await click(el, 'contact-by');
  await click(el, 'contact-by-2');
  await click(el, 'contact-times-1');
  await click(el, 'item-follow-up');
  await click(el, 'item-outcome-1');
}

const activeInShadow = (el: LwConsentCapture) => root(el).activeElement;

async function expectValidFhir(resource: unknown): Promise<void> {
  await loadR4Definitions();
  const errors = r4Issues(resource).filter((issue) => issue.severity === 'error');
  expect(describeIssues(errors)).to.deep.equal([]);
}

/** Agrees to the referral and to one way of contact (`contact-by`: phone), then Continue to who is giving consent. */
async function toWho(el: LwConsentCapture, contact = 'contact-by'): Promise<void> {
  await click(el, 'item-referral');
  await click(el, contact);
  await press(el, 'Continue');
}

/** Staff mode: the required item agreed, the first answer to each question, on to the read-back. */
async function toStaffReadBack(el: LwConsentCapture): Promise<void> {
  await toWho(el);
  await click(el, 'given-by');
  await click(el, 'method');
  await type(el, 'recorded-by', 'Sam');
  await click(el, 'read-aloud');
  await press(el, 'Continue');
  expect(textOf($(el, 'h2'))).to.equal('Check the consent before you save it');
}

describe('<lw-consent-capture>', () => {
  afterEach(async () => {
    await viewport(800, 640);
    await emulateForcedColors(false);
  });

  it('asks each item as its own decision, with nothing chosen and more detail in place', async () => {
    const el = await mount();
    expect(textOf($(el, 'h2'))).to.equal('Your consent');
    const inputs = [
      ...root(el).querySelectorAll<HTMLInputElement>('input[type=radio], input[type=checkbox]'),
    ];
    expect(inputs.length).to.be.greaterThan(10);
    expect(inputs.filter((input) => input.checked)).to.deep.equal([]);
    expect(textOf($(el, '#item-referral').closest('fieldset')!.querySelector('legend')!)).to.equal(
      'Do you agree to be referred to the social prescribing service?',
    );
    const partners = [...root(el).querySelectorAll('[id^=partner-] ')].map((input) => input.id);
    expect(partners).to.include.members(['partner-0', 'partner-0-1', 'partner-1', 'partner-1-1']);
    const details = $<HTMLDetailsElement>(el, 'details');
    expect(details.open).to.equal(false);
    expect(textOf(details.querySelector('summary')!)).to.equal('More about this');
    expect(root(el).querySelector('slot[name=privacy-notice]')).to.not.equal(null);
    // Who is giving consent is the next step.
    expect(root(el).querySelector('#given-by')).to.equal(null);
    await expectAccessible(el);
  });

  it('asks who is giving consent on a step of its own, with Back keeping every answer', async () => {
    const el = await mount();
    await toWho(el, 'contact-by-1');
    const heading = $(el, 'h2');
    expect(textOf(heading)).to.equal('Who is giving consent');
    expect(activeInShadow(el)).to.equal(heading);
    // Best interests decisions are for staff only; self-referral has no recorder.
    expect(root(el).querySelectorAll('input[name=given-by]').length).to.equal(2);
    expect(root(el).querySelector('#method')).to.equal(null);
    expect(root(el).querySelector('#item-referral')).to.equal(null);
    await expectAccessible(el);
    await press(el, 'Continue');
    const summary = $(el, '.lw-error-summary');
    expect(activeInShadow(el)).to.equal(summary);
    expect(
      [...summary.querySelectorAll('a')].map((a) => [a.getAttribute('href'), textOf(a)]),
    ).to.deep.equal([['#given-by', 'Select who gave consent']]);
    await expectAccessible(el);
    await press(el, 'Back');
    expect(textOf($(el, 'h2'))).to.equal('Your consent');
    expect(root(el).querySelector('.lw-error-summary')).to.equal(null);
    expect($<HTMLInputElement>(el, '#item-referral').checked).to.equal(true);
    expect($<HTMLInputElement>(el, '#contact-by-1').checked).to.equal(true);
  });

  it('shows the error summary, focused, when the referral is not agreed', async () => {
    const el = await mount();
    await press(el, 'Continue');
    const summary = $(el, '.lw-error-summary');
    expect(activeInShadow(el)).to.equal(summary);
    const links = [...summary.querySelectorAll('a')].map((a) => [
      a.getAttribute('href'),
      textOf(a),
    ]);
    expect(links).to.deep.equal([
      ['#item-referral', 'Select whether you agree to the referral'],
      ['#contact-by', 'Select at least one way you agree to us contacting you'],
    ]);
    await expectAccessible(el);
    summary.querySelector('a')!.click();
    expect(activeInShadow(el)).to.equal($(el, '#item-referral'));

    await click(el, 'item-referral-1');
    await press(el, 'Continue');
    expect(textOf($(el, '.lw-error-summary a'))).to.equal(
      'You must agree to the referral before you can send it',
    );
    expect(textOf($(el, '#item-referral-error'))).to.equal(
      'Error: You must agree to the referral before you can send it',
    );
  });

  it('patient path: read-back, save, the record with the fingerprint of the wording shown, and FHIR', async () => {
    const el = await mount();
    await answerItems(el);
    await press(el, 'Continue');
    await click(el, 'given-by');
    await press(el, 'Continue');
    const heading = $(el, 'h2');
    expect(textOf(heading)).to.equal('Check what you are agreeing to');
    expect(activeInShadow(el)).to.equal(heading);
    const rows = [...root(el).querySelectorAll('.lw-summary__row')].map((row) => [
      textOf(row.querySelector('dt')!),
      textOf(row.querySelector('dd')!),
    ]);
    expect(rows).to.deep.equal([
      ['Do you agree to be referred to the social prescribing service?', 'Agreed'],
      [
        'Can we share your name and contact details with these organisations so they can contact you?: Leicester Carers Centre',
        'Agreed',
      ],
      [
        'Can we share your name and contact details with these organisations so they can contact you?: Age UK Leicester Shire & Rutland',
        'Not agreed',
      ],
      ['How may we contact you?', 'Phone call, Email'],
      ['When we may contact you', 'Afternoon (12pm to 5pm)'],
      ['Can we contact you later to ask how it went?', 'Agreed'],
      ['Can we tell your GP practice what happened after the referral?', 'Not agreed'],
      ['Given by', 'The patient'],
      ['How it was given', 'Online, by the patient'],
      ['Date and time', '26 November 2026 at 12:00'],
      ['Version of the wording', 'en-2026-09'],
    ]);
    await expectAccessible(el);

    const given = oneEvent(el, 'lw-consent-given');
    await press(el, 'Save consent');
    const detail = (await given).detail as ConsentGivenDetail;
    const expectedSha = await sha256Hex(shownWording(readConfiguration(sampleConfiguration), 'en'));
    expect(detail.consent).to.deep.equal({
      referral: true,
      shareWithProviders: true,
      partners: [
        { name: 'Leicester Carers Centre', agreed: true },
        { name: 'Age UK Leicester Shire & Rutland', agreed: false },
      ],
      contactBy: ['phone', 'email'],
      contactTimes: ['afternoon'],
      followUp: true,
      shareOutcomeWithGp: false,
      givenBy: { type: 'patient' },
      method: 'online',
      at: '2026-11-26T12:00:00.000Z',
      textVersion: 'en-2026-09',
      textSha256: expectedSha,
    });
    expect(detail.contactTimes).to.deep.equal(['afternoon']);
    const fhir = (await el.toFhir())!;
    expect(fhir.status).to.equal('active');
    expect(fhir.identifier?.[0]?.value).to.equal('urn:uuid:6f1c2e0a-9b1d-4c1e-8f00-2b7a1c3d4e5f');
    expect(
      fhir.provision?.provision
        ?.filter((rule) => rule.code?.[0]?.coding?.[0]?.code?.startsWith('contact-time'))
        .map((rule) => rule.type),
    ).to.deep.equal(['deny', 'permit', 'deny']);
    await expectValidFhir(fhir);
    expect(textOf($(el, 'h2'))).to.equal('Consent saved');
    expect(activeInShadow(el)).to.equal($(el, 'h2'));
    expect([...root(el).querySelectorAll('button')].map(textOf)).to.deep.equal([
      'Print this page',
      'Withdraw consent',
    ]);
    await expectAccessible(el);
  });

  it('proxy path: name and relationship are required, then recorded with their authority', async () => {
    const el = await mount();
    await toWho(el, 'contact-by-3');
    await click(el, 'given-by-1');
    await press(el, 'Continue');
    expect(textOf($(el, '#proxy-name-error'))).to.equal(
      'Error: Enter the name of the person who gave consent for you',
    );
    expect(textOf($(el, '#proxy-relationship-error'))).to.equal(
      'Error: Enter their relationship to you',
    );
    await expectAccessible(el);
    await type(el, 'proxy-name', 'Rhian Evans');
    await type(el, 'proxy-relationship', 'Daughter');
    await click(el, 'proxy-authority');
    await press(el, 'Continue');
    expect(textOf($(el, 'h2'))).to.equal('Check what you are agreeing to');
    const given = oneEvent(el, 'lw-consent-given');
    await press(el, 'Save consent');
    const { consent } = (await given).detail as ConsentGivenDetail;
    expect(consent.givenBy).to.deep.equal({
      type: 'proxy',
      name: 'Rhian Evans',
      relationship: 'Daughter',
      authority: 'lasting-power-of-attorney',
    });
    expect(consent.shareWithProviders).to.equal(false);
    expect(consent.partners).to.deep.equal([
      { name: 'Leicester Carers Centre', agreed: false },
      { name: 'Age UK Leicester Shire & Rutland', agreed: false },
    ]);
    expect(consent.contactBy).to.deep.equal(['letter']);
    expect(consent).to.not.have.property('contactTimes');
    const fhir = (await el.toFhir())!;
    expect(fhir.performer).to.equal(undefined);
    await expectValidFhir(fhir);
  });

  it('staff, best interests and verbal: decision maker, reason, recorder and read-aloud confirmation', async () => {
    const el = await mount({ mode: 'staff' });
    expect(textOf($(el, 'h2'))).to.equal("The patient's consent");
    await click(el, 'item-referral');
    await press(el, 'Continue');
    expect([...root(el).querySelectorAll('.lw-error-summary a')].map(textOf)).to.deep.equal([
      'Select at least one way the patient agrees to be contacted',
    ]);
    await click(el, 'contact-by');
    await press(el, 'Continue');
    expect(textOf($(el, 'h2'))).to.equal('Who gave consent, and how');
    await click(el, 'given-by-2');
    await press(el, 'Continue');
    const messages = [...root(el).querySelectorAll('.lw-error-summary a')].map(textOf);
    expect(messages).to.deep.equal([
      'Enter the name of the person who made the best interests decision',
      "Enter why the referral is in the patient's best interests",
      'Select how consent was given',
      'Confirm that you read each item to the person giving consent',
    ]);
    await expectAccessible(el);
    await type(el, 'decision-maker', 'Dr Priya Shah, GP');
    const reason = $<HTMLTextAreaElement>(el, '#reason');
    reason.value = 'Isolated since a stroke; cannot weigh up the referral today.';
    reason.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await click(el, 'method');
    await press(el, 'Continue');
    expect([...root(el).querySelectorAll('.lw-error-summary a')].map(textOf)).to.deep.equal([
      'Enter the name of the person who recorded consent',
      'Confirm that you read each item to the person giving consent',
    ]);
    await type(el, 'recorded-by', 'Sam Link Worker');
    await click(el, 'read-aloud');
    await press(el, 'Continue');
    expect(textOf($(el, 'h2'))).to.equal('Check the consent before you save it');
    const given = oneEvent(el, 'lw-consent-given');
    await press(el, 'Save consent');
    const { consent } = (await given).detail as ConsentGivenDetail;
    expect(consent.givenBy).to.deep.equal({
      type: 'best-interests',
      decisionMaker: 'Dr Priya Shah, GP',
      reason: 'Isolated since a stroke; cannot weigh up the referral today.',
    });
    expect(consent.method).to.equal('verbal');
    expect(consent.recordedBy).to.equal('Sam Link Worker');
    await expectValidFhir(await el.toFhir());
  });

  it('staff, written consent from the patient', async () => {
    const el = await mount({ mode: 'staff' });
    await toWho(el);
    await click(el, 'given-by');
    await click(el, 'method-1');
    await type(el, 'recorded-by', 'Sam Link Worker');
    await click(el, 'read-aloud');
    await press(el, 'Continue');
    const given = oneEvent(el, 'lw-consent-given');
    await press(el, 'Save consent');
    const { consent } = (await given).detail as ConsentGivenDetail;
    expect(consent.method).to.equal('written');
    expect(consent.givenBy).to.deep.equal({ type: 'patient' });
  });

  it('reports every answer with lw-consent-change, with the record once it is valid', async () => {
    const el = await mount();
    const seen: ConsentChangeDetail[] = [];
    el.addEventListener('lw-consent-change', (event) => seen.push(event.detail));
    await click(el, 'item-referral');
    await click(el, 'contact-by');
    await click(el, 'contact-times-2');
    expect(seen.map((detail) => detail.valid)).to.deep.equal([false, false, false]);
    expect(seen[2]!.consent).to.equal(undefined);
    await press(el, 'Continue');
    await click(el, 'given-by');
    const last = seen[3]!;
    expect(last.valid).to.equal(true);
    expect(last.consent?.contactTimes).to.deep.equal(['evening']);
    expect(last.contactTimes).to.deep.equal(['evening']);
    expect(last.consent?.contactBy).to.deep.equal(['phone']);
    expect(last.consent?.givenBy).to.deep.equal({ type: 'patient' });
  });

  it('Change on the read-back goes back with every answer kept', async () => {
    const el = await mount();
    await answerItems(el);
    await press(el, 'Continue');
    await click(el, 'given-by');
    await press(el, 'Continue');
    await press(el, 'Change');
    expect(textOf($(el, 'h2'))).to.equal('Your consent');
    expect(activeInShadow(el)).to.equal($(el, 'h2'));
    expect($<HTMLInputElement>(el, '#partner-0').checked).to.equal(true);
    expect($<HTMLInputElement>(el, '#contact-by-2').checked).to.equal(true);
  });
});

const SAVED: Consent = {
  referral: true,
  shareWithProviders: true,
  partners: [
    { name: 'Leicester Carers Centre', agreed: true },
    { name: 'Age UK Leicester Shire & Rutland', agreed: true },
  ],
  contactBy: ['phone', 'letter'],
  followUp: true,
  shareOutcomeWithGp: true,
  givenBy: { type: 'patient' },
  method: 'online',
  at: '2026-10-01T09:30:00Z',
  textVersion: 'en-2026-09',
  textSha256: 'a'.repeat(64),
};

describe('<lw-consent-capture> withdrawal', () => {
  const rowsOf = (el: LwConsentCapture) =>
    [...root(el).querySelectorAll('.lw-summary__row')].map((row) => [
      textOf(row.querySelector('dt')!),
      textOf(row.querySelector('dd')!),
    ]);

  it('withdraws all of it after a confirmation, recorded with the time and by whom', async () => {
    const el = await mount({ saved: SAVED });
    expect(textOf($(el, 'h2'))).to.equal('Consent saved');
    await startWithdrawal(el);
    expect(textOf($(el, 'h2'))).to.equal('Withdraw consent');
    expect(activeInShadow(el)).to.equal($(el, 'h2'));
    await press(el, 'Continue');
    expect([...root(el).querySelectorAll('.lw-error-summary a')].map(textOf)).to.deep.equal([
      'Select whether to withdraw all or some consent',
      'Enter the name of the person withdrawing consent',
    ]);
    expect(activeInShadow(el)).to.equal($(el, '.lw-error-summary'));
    await expectAccessible(el);
    await click(el, 'withdraw-scope');
    await type(el, 'withdraw-by', ' Mrs Jean Patel ');
    await press(el, 'Continue');
    expect(textOf($(el, 'h2'))).to.equal('Are you sure you want to withdraw this consent?');
    expect([...root(el).querySelectorAll('li')].map(textOf)).to.deep.equal([
      'All consent, including the referral',
    ]);
    await expectAccessible(el);
    const withdrawn = oneEvent(el, 'lw-consent-withdrawn');
    await press(el, 'Yes, withdraw consent');
    const detail = (await withdrawn).detail as ConsentWithdrawnDetail;
    expect(detail.scope).to.equal('all');
    expect(detail.at).to.equal('2026-11-26T12:00:00.000Z');
    expect(detail.by).to.equal('Mrs Jean Patel');
    expect(detail.withdrawal).to.deep.equal({
      at: '2026-11-26T12:00:00.000Z',
      by: 'Mrs Jean Patel',
    });
    expect(detail.items.map((item) => item.type)).to.deep.equal([
      'partner',
      'partner',
      'contactBy',
      'contactBy',
      'followUp',
      'shareOutcomeWithGp',
    ]);
    expect(detail.consent).to.deep.equal({
      ...SAVED,
      withdrawn: { at: '2026-11-26T12:00:00.000Z', by: 'Mrs Jean Patel' },
    });
    const fhir = (await el.toFhir())!;
    expect(fhir.status).to.equal('inactive');
    await expectValidFhir(fhir);
    expect(textOf($(el, '.lw-panel'))).to.equal(
      'Consent withdrawn on 26 November 2026 at 12:00 by Mrs Jean Patel',
    );
    expect(rowsOf(el).at(-1)).to.deep.equal([
      'Withdrawn',
      'All consent, including the referral, on 26 November 2026 at 12:00 by Mrs Jean Patel',
    ]);
    expect([...root(el).querySelectorAll('button')].map(textOf)).to.deep.equal(['Print this page']);
    await expectAccessible(el);
    const print = window.print;
    let printed = 0;
    window.print = () => void printed++;
    try {
      await press(el, 'Print this page');
    } finally {
      window.print = print;
    }
    expect(printed).to.equal(1);
  });

  it('withdraws part of it beside the record, which keeps what was agreed', async () => {
    const el = await mount({ saved: SAVED });
    await startWithdrawal(el);
    await click(el, 'withdraw-scope-1');
    const options = [...root(el).querySelectorAll<HTMLInputElement>('input[name=withdraw-parts]')];
    expect(options.map((input) => [input.value, textOf(input.labels![0]!)])).to.deep.equal([
      ['partner:Leicester Carers Centre', 'Sharing details with Leicester Carers Centre'],
      [
        'partner:Age UK Leicester Shire & Rutland',
        'Sharing details with Age UK Leicester Shire & Rutland',
      ],
      ['contactBy:phone', 'Phone calls'],
      ['contactBy:letter', 'Letters'],
      ['followUp', 'Contact later to ask how it went'],
      ['shareOutcomeWithGp', 'Telling the GP practice what happened'],
    ]);
    await press(el, 'Continue');
    expect([...root(el).querySelectorAll('.lw-error-summary a')].map(textOf)).to.deep.equal([
      'Select at least one thing to withdraw',
      'Enter the name of the person withdrawing consent',
    ]);
    await expectAccessible(el);
    await click(el, 'withdraw-parts-2');
    await click(el, 'withdraw-parts-1');
    await type(el, 'withdraw-by', 'Jean Patel');
    await press(el, 'Continue');
    expect([...root(el).querySelectorAll('li')].map(textOf)).to.deep.equal([
      'Sharing details with Age UK Leicester Shire & Rutland',
      'Phone calls',
    ]);
    const withdrawn = oneEvent(el, 'lw-consent-withdrawn');
    await press(el, 'Yes, withdraw consent');
    const detail = (await withdrawn).detail as ConsentWithdrawnDetail;
    const items = [
      { type: 'partner', name: 'Age UK Leicester Shire & Rutland' },
      { type: 'contactBy', channel: 'phone' },
    ];
    expect(detail.scope).to.equal('part');
    expect(detail.items).to.deep.equal(items);
    expect(detail.withdrawal).to.deep.equal({
      at: '2026-11-26T12:00:00.000Z',
      by: 'Jean Patel',
      items,
    });
    expect(detail.consent).to.deep.equal({
      ...SAVED,
      partialWithdrawals: [{ at: '2026-11-26T12:00:00.000Z', by: 'Jean Patel', items }],
    });
    expect(el.saved).to.equal(detail.consent);
    const fhir = (await el.toFhir())!;
    await expectValidFhir(fhir);
    expect(fhir.status).to.equal('active');
    expect(
      fhir.provision?.provision
        ?.filter((rule) => rule.code?.[0]?.coding?.[0]?.code === 'contact-by-phone')
        .map((rule) => [rule.type, rule.period]),
    ).to.deep.equal([
      ['permit', { end: '2026-11-26T12:00:00.000Z' }],
      ['deny', { start: '2026-11-26T12:00:00.000Z' }],
    ]);

    expect(textOf($(el, 'h2'))).to.equal('Consent record');
    expect(activeInShadow(el)).to.equal($(el, 'h2'));
    expect(rowsOf(el).at(-1)).to.deep.equal([
      'Withdrawn',
      'Sharing details with Age UK Leicester Shire & Rutland, Phone calls, on 26 November 2026 at 12:00 by Jean Patel',
    ]);
    // What was agreed still reads as it was given.
    expect(rowsOf(el)[3]).to.deep.equal(['How may we contact you?', 'Phone call, Letter']);
    await expectAccessible(el);

    // Only what still stands can be withdrawn next time.
    await startWithdrawal(el);
    await click(el, 'withdraw-scope-1');
    expect(
      [...root(el).querySelectorAll<HTMLInputElement>('input[name=withdraw-parts]')].map(
        (input) => input.value,
      ),
    ).to.deep.equal([
      'partner:Leicester Carers Centre',
      'contactBy:letter',
      'followUp',
      'shareOutcomeWithGp',
    ]);
  });

  it('offers only the whole when no part stands on its own', async () => {
    const el = await mount({
      saved: {
        ...SAVED,
        shareWithProviders: false,
        partners: [],
        contactBy: ['phone'],
        followUp: false,
        shareOutcomeWithGp: false,
        partialWithdrawals: [
          {
            at: '2026-10-02T09:30:00Z',
            by: 'Jean Patel',
            items: [{ type: 'contactBy', channel: 'phone' }],
          },
        ],
      },
    });
    expect(textOf($(el, 'h2'))).to.equal('Consent record');
    await startWithdrawal(el);
    expect(root(el).querySelectorAll('input[name=withdraw-scope]').length).to.equal(1);
  });

  it('cancelling the confirmation keeps the consent as it is', async () => {
    const el = await mount({ saved: SAVED });
    await startWithdrawal(el);
    await click(el, 'withdraw-scope');
    await type(el, 'withdraw-by', 'Jean Patel');
    await press(el, 'Continue');
    let fired = false;
    el.addEventListener('lw-consent-withdrawn', () => (fired = true));
    await press(el, 'No, keep consent as it is');
    expect(fired).to.equal(false);
    expect(textOf($(el, 'h2'))).to.equal('Consent saved');
    expect(el.saved).to.equal(SAVED);
  });

  it('speaks Welsh when withdrawing, and in the record of it', async () => {
    const el = await mount({
      lang: 'cy',
      saved: {
        ...SAVED,
        partialWithdrawals: [
          { at: '2026-10-02T09:30:00Z', by: 'Jean Patel', items: [{ type: 'followUp' }] },
        ],
      },
    });
    expect(rowsOf(el).at(-1)).to.deep.equal([
      'Wedi’i dynnu’n ôl',
      'Cysylltu yn nes ymlaen i ofyn sut aeth pethau, ar 2 Hydref 2026 am 10:30 gan Jean Patel',
    ]);
    await press(el, 'Tynnu cydsyniad yn ôl');
    await until(el, () => root(el).querySelector('#withdraw-scope') !== null);
    expect(textOf($(el, '#withdraw-scope').closest('fieldset')!.querySelector('legend')!)).to.equal(
      'Beth ydych chi am ei dynnu’n ôl?',
    );
    await expectAccessible(el);
  });
});

describe('<lw-consent-capture> keyboard, language and layout', () => {
  afterEach(async () => {
    await viewport(800, 640);
    await emulateForcedColors(false);
  });

  it('can be completed with the keyboard alone', async () => {
    const el = await mount();
    $<HTMLInputElement>(el, '#item-referral').focus();
    await sendKeys({ press: 'Space' });
    expect($<HTMLInputElement>(el, '#item-referral').checked).to.equal(true);
    // Into the disclosure, and open it.
    await sendKeys({ press: 'Tab' });
    expect(activeInShadow(el)?.tagName).to.equal('SUMMARY');
    await sendKeys({ press: 'Enter' });
    expect($<HTMLDetailsElement>(el, 'details').open).to.equal(true);
    $<HTMLInputElement>(el, '#contact-by').focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    expect($<HTMLInputElement>(el, '#contact-by-1').checked).to.equal(true);
    $<HTMLButtonElement>(el, '.lw-actions button').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await el.updateComplete;
    // The next step's heading has focus: Tab goes on to its first control.
    expect(textOf($(el, 'h2'))).to.equal('Who is giving consent');
    expect(activeInShadow(el)).to.equal($(el, 'h2'));
    await sendKeys({ press: 'Tab' });
    expect(activeInShadow(el)).to.equal($(el, '#given-by'));
    await sendKeys({ press: 'Space' });
    $<HTMLButtonElement>(el, '.lw-actions button').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await el.updateComplete;
    expect(textOf($(el, 'h2'))).to.equal('Check what you are agreeing to');
    expect(activeInShadow(el)).to.equal($(el, 'h2'));
    await sendKeys({ press: 'Tab' });
    expect(textOf(activeInShadow(el)!)).to.equal('Save consent');
    const given = oneEvent(el, 'lw-consent-given');
    await sendKeys({ press: 'Enter' });
    expect(((await given).detail as ConsentGivenDetail).consent.referral).to.equal(true);
  });

  it('speaks Welsh, with the Welsh wording, its own version and its own fingerprint', async () => {
    const el = await mount({ lang: 'cy' });
    expect(textOf($(el, 'h2'))).to.equal('Eich cydsyniad');
    expect(textOf($(el, '#item-referral').closest('fieldset')!.querySelector('legend')!)).to.equal(
      "Ydych chi'n cytuno i gael eich atgyfeirio i'r gwasanaeth presgripsiynu cymdeithasol?",
    );
    await press(el, 'Parhau');
    expect(textOf($(el, '.lw-error-summary h2'))).to.equal('Mae problem wedi codi');
    await expectAccessible(el);
    await click(el, 'item-referral');
    await click(el, 'contact-by');
    await press(el, 'Parhau');
    expect(textOf($(el, 'h2'))).to.equal('Pwy sy’n rhoi cydsyniad');
    await expectAccessible(el);
    await click(el, 'given-by');
    await press(el, 'Parhau');
    expect(textOf($(el, 'h2'))).to.equal('Gwiriwch yr hyn rydych yn cytuno iddo');
    await expectAccessible(el);
    const given = oneEvent(el, 'lw-consent-given');
    await press(el, 'Cadw’r cydsyniad');
    const { consent } = (await given).detail as ConsentGivenDetail;
    expect(consent.textVersion).to.equal('cy-2026-09');
    const welsh = await sha256Hex(shownWording(readConfiguration(sampleConfiguration), 'cy'));
    const english = await sha256Hex(shownWording(readConfiguration(sampleConfiguration), 'en'));
    expect(consent.textSha256).to.equal(welsh);
    expect(welsh).to.not.equal(english);
  });

  it('reflows at 200% text size in a 640px window, read-back included (WCAG 1.4.4)', async () => {
    await viewport(640, 800);
    document.documentElement.style.fontSize = '200%';
    try {
      const el = await mount({ mode: 'staff' });
      expect(overflowsHorizontally(el)).to.equal(false);
      await toStaffReadBack(el);
      expect(overflowsHorizontally(el)).to.equal(false);
      await expectAccessible(el);
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });

  it('reflows at 320 CSS pixels in every step', async () => {
    await viewport(320, 640);
    const el = await mount({ mode: 'staff' });
    expect(overflowsHorizontally(el)).to.equal(false);
    await toWho(el);
    await click(el, 'given-by-1');
    expect(overflowsHorizontally(el)).to.equal(false);
    await click(el, 'given-by');
    await click(el, 'method');
    await type(el, 'recorded-by', 'Sam');
    await click(el, 'read-aloud');
    await press(el, 'Continue');
    expect(textOf($(el, 'h2'))).to.equal('Check the consent before you save it');
    expect(overflowsHorizontally(el)).to.equal(false);
    await expectAccessible(el);
  });

  it('keeps its borders and focus visible in forced colours', async () => {
    await emulateForcedColors(true);
    const el = await mount();
    await press(el, 'Continue');
    const summary = $(el, '.lw-error-summary');
    expect(getComputedStyle(summary).borderTopStyle).to.equal('solid');
    expect(getComputedStyle(summary).borderTopWidth).to.equal('4px');
    const button = $(el, '.lw-button');
    expect(getComputedStyle(button).borderTopStyle).to.equal('solid');
    await expectAccessible(el);
  });
});

/**
 * Host configuration full of markup and script, which must render as text. It
 * is still a well-formed configuration: the hostility is in the strings.
 */
const hostileConfiguration: ConsentConfiguration = {
  textVersion: { en: 'v1' },
  partners: [{ id: 'x', name: '<img src=x onerror="window.__pwned=1">' }],
  items: [
    {
      id: 'referral',
      kind: 'referral',
      en: { text: '<script>window.__pwned=1</script>Agree?', detail: '<b>bold</b>' },
    },
    {
      id: 'share',
      kind: 'share-with-partners',
      en: { text: '<a href="javascript:alert(1)">share</a>' },
    },
  ],
};

describe('<lw-consent-capture> host configuration', () => {
  it('renders hostile host text as inert text', async () => {
    const el = await fixture<LwConsentCapture>(
      html`<lw-consent-capture .configuration=${hostileConfiguration}></lw-consent-capture>`,
    );
    await el.updateComplete;
    expect(root(el).querySelector('img, script, b, a[href^=javascript]')).to.equal(null);
    expect(textOf($(el, 'legend'))).to.equal('<script>window.__pwned=1</script>Agree?');
    expect(root(el).textContent).to.contain('<img src=x onerror="window.__pwned=1">');
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('reports malformed configuration with lw-error and console.warn, and renders what is valid', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const errors: ConsentErrorDetail[] = [];
      const el = document.createElement('lw-consent-capture');
      el.addEventListener('lw-error', (event) => errors.push(event.detail as ConsentErrorDetail));
      el.configuration = {
        textVersion: { en: 'v1' },
        partners: [
          { id: 'a', name: '  ' },
          { id: 'b', name: 'Leicester Carers Centre' },
        ],
        items: [
          { id: 'referral', kind: 'referral', en: { text: 'Agree to the referral?' } },
          { id: 'referral', kind: 'follow-up', en: { text: 'Follow up?' } },
          { id: 'share', kind: 'share-with-partners', en: { text: 'Share?' } },
          { id: 'contact', kind: 'contact', en: { text: 'Contact?' } },
        ],
      };
      document.body.append(el);
      await el.updateComplete;
      expect(errors).to.have.length(1);
      expect(errors[0]!.code).to.equal('invalid-configuration');
      expect(errors[0]!.problems.map((p) => [p.code, p.path])).to.deep.equal([
        ['duplicate-item-id', 'items.1'],
        ['partner-without-name', 'partners.0'],
      ]);
      expect(warnings).to.deep.equal([
        '<lw-consent-capture> configuration items.1: item id "referral" is used more than once; later copies are left out',
        '<lw-consent-capture> configuration partners.0: partner organisation 0 has no name and is left out',
      ]);
      expect(root(el).querySelector('#item-referral')).to.not.equal(null);
      expect(root(el).querySelector('#partner-0')).to.not.equal(null);
      expect(root(el).querySelector('#partner-1')).to.equal(null);
      expect(textOf($(el, '.lw-warning'))).to.contain('could not be shown');
      await expectAccessible(el);
      el.remove();
    } finally {
      console.warn = warn;
    }
  });
});

describe('<lw-consent-capture> in a form', () => {
  async function inForm() {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <fieldset>
          <lw-consent-capture
            name="consent"
            .configuration=${sampleConfiguration}
            .now=${() => NOW}
          ></lw-consent-capture>
        </fieldset>
      </form>`,
    );
    const el = form.querySelector('lw-consent-capture')!;
    await el.updateComplete;
    await fingerprinted(el);
    return { form, el, fieldset: form.querySelector('fieldset')! };
  }

  it('is invalid until the referral is agreed, then submits the Consent JSON', async () => {
    const { form, el } = await inForm();
    expect(await el.toFhir()).to.equal(undefined);
    expect(form.checkValidity()).to.equal(false);
    expect(new FormData(form).get('consent')).to.equal(null);
    await click(el, 'item-referral');
    await click(el, 'contact-by');
    expect(form.checkValidity()).to.equal(false);
    await press(el, 'Continue');
    await click(el, 'given-by');
    expect(form.checkValidity()).to.equal(true);
    const value = JSON.parse(new FormData(form).get('consent') as string) as Consent;
    expect(value.referral).to.equal(true);
    expect(value.method).to.equal('online');
    expect(value.textSha256).to.match(/^[0-9a-f]{64}$/);
    expect(el.value).to.deep.equal(value);
  });

  it('refusing the referral is a missing value, anchored to the referral question', async () => {
    const { form, el } = await inForm();
    await click(el, 'item-referral-1');
    await click(el, 'contact-by');
    expect(form.checkValidity()).to.equal(false);
    const internals = (el as unknown as { internals: ElementInternals }).internals;
    expect(internals.validity.valueMissing).to.equal(true);
    expect(internals.validationMessage).to.equal(
      'You must agree to the referral before you can send it',
    );
  });

  it('restores its answers from the Consent JSON it submitted', async () => {
    const { el } = await inForm();
    el.formStateRestoreCallback(
      JSON.stringify({ ...SAVED, method: 'online', contactTimes: ['evening'] }),
    );
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#item-referral').checked).to.equal(true);
    expect($<HTMLInputElement>(el, '#partner-1').checked).to.equal(true);
    expect($<HTMLInputElement>(el, '#contact-by-3').checked).to.equal(true);
    expect($<HTMLInputElement>(el, '#contact-times-2').checked).to.equal(true);
    expect($<HTMLInputElement>(el, '#contact-times').checked).to.equal(false);
    el.formStateRestoreCallback('not json');
    el.formStateRestoreCallback(JSON.stringify({ referral: 'yes' }));
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#item-referral').checked).to.equal(true);
  });

  it('resets with its form and is disabled by a disabled fieldset', async () => {
    const { form, el, fieldset } = await inForm();
    await toWho(el);
    await click(el, 'given-by');
    form.reset();
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#item-referral').checked).to.equal(false);
    expect(form.checkValidity()).to.equal(false);
    fieldset.disabled = true;
    await el.updateComplete;
    expect($<HTMLFieldSetElement>(el, 'fieldset.lw-root').disabled).to.equal(true);
    expect($<HTMLInputElement>(el, '#item-referral').matches(':disabled')).to.equal(true);
    fieldset.disabled = false;
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#item-referral').matches(':disabled')).to.equal(false);
  });
});
