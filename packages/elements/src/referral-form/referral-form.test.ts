import { loadLocale } from '@linkwork/core';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { expectAccessible } from '../../../../test/helpers/axe.js';
import {
  emulateForcedColors,
  overflowsHorizontally,
  viewport,
} from '../../../../test/helpers/browser.js';
import '../define/lw-referral-form.js';
import type { ReferralPrefill } from './prefill.js';
import type { ReferralFormErrorDetail, ReferralForm } from './referral-form.js';
import { $, giveConsent, heading, NOW, PORTAL_PREFILL, settle, textOf } from './testing/journey.js';

/** A form at the patient step: staff mode starts with the referrer, prefilled here by the portal. */
async function form(mode: 'staff' | 'self' = 'staff', lang = 'en'): Promise<ReferralForm> {
  if (lang === 'cy') await loadLocale('cy');
  const wrapper = await fixture(
    html`<div lang=${lang}>
      <lw-referral-form
        mode=${mode}
        .now=${NOW}
        .prefill=${mode === 'staff' ? { referrer: PORTAL_PREFILL.referrer } : undefined}
      ></lw-referral-form>
    </div>`,
  );
  const el = wrapper.querySelector('lw-referral-form')!;
  await el.updateComplete;
  if (mode === 'staff') await next(el);
  return el;
}

/** Everything but consent, from the portal. */
const COMPLETE_PREFILL: ReferralPrefill = {
  ...PORTAL_PREFILL,
  patient: {
    ...PORTAL_PREFILL.patient,
    address: { postcode: 'LE7 1QT' },
    phone: '0116 496 0377',
    preferredContact: 'phone',
  },
  reasons: ['b196bb38-ff68-56a9-931b-338925c09ba4'],
};

const active = (el: ReferralForm) => el.shadowRoot!.activeElement;

async function next(el: ReferralForm): Promise<void> {
  $<HTMLButtonElement>(el, '#lw-continue').click();
  await settle(el, 2);
}

async function type(el: ReferralForm, id: string, text: string): Promise<void> {
  $<HTMLInputElement>(el, `#${id}`).focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

async function press(el: ReferralForm, key: string): Promise<void> {
  await sendKeys({ press: key });
  await settle(el, 2);
}

async function fillPatient(el: ReferralForm, nhs = '999 100 0011'): Promise<void> {
  await type(el, 'lw-patient-givenName', 'Siân');
  await type(el, 'lw-patient-familyName', 'Prydderch');
  await type(el, 'lw-patient-dateOfBirth', '9');
  await type(el, 'lw-patient-dateOfBirth-month', '3');
  await type(el, 'lw-patient-dateOfBirth-year', '1946');
  if (nhs) await type(el, 'lw-patient-nhsNumber', nhs);
}

async function fillContact(el: ReferralForm): Promise<void> {
  await type(el, 'lw-patient-address-postcode', 'le7 1qt');
  await type(el, 'lw-patient-phone', '0116 496 0377');
  $<HTMLInputElement>(el, '#lw-patient-preferredContact').click();
  await el.updateComplete;
}

const summaryLinks = (el: ReferralForm) =>
  [...el.shadowRoot!.querySelectorAll('.lw-error-summary a')].map((link) => textOf(link));

describe('<lw-referral-form>: fields and errors', () => {
  it('asks about the referrer, prefilled by the portal, with autofill tokens', async () => {
    const el = await fixture<ReferralForm>(
      html`<lw-referral-form .now=${NOW} .prefill=${PORTAL_PREFILL}></lw-referral-form>`,
    );
    await el.updateComplete;
    expect(heading(el)).to.equal('Your details');
    const fields = [...el.shadowRoot!.querySelectorAll('input')].map((input) => [
      input.labels?.[0]?.textContent?.trim(),
      input.getAttribute('autocomplete'),
      input.value,
    ]);
    expect(fields).to.deep.equal([
      ['Your full name', 'name', 'Dr Priya Shah'],
      ['Your role', 'organization-title', 'GP'],
      ['ODS code of your practice or organisation', 'off', 'C99001'],
      ['Your work email address', 'email', 'priya.shah@nhs.net'],
      ['Your work phone number (optional)', 'tel', ''],
    ]);
    await expectAccessible(el);
  });

  it('asks about the patient with labelled native inputs and autofill tokens', async () => {
    const el = await form();
    expect(heading(el)).to.equal('About the patient');
    expect(textOf($(el, '.lw-progress'))).to.equal('Step 2 of 8');
    const tokens = [...el.shadowRoot!.querySelectorAll('input')].map((input) => [
      input.labels?.[0]?.textContent?.trim(),
      input.getAttribute('autocomplete'),
    ]);
    expect(tokens).to.deep.equal([
      ['First name', 'given-name'],
      ['Last name', 'family-name'],
      ['Day', 'bday-day'],
      ['Month', 'bday-month'],
      ['Year', 'bday-year'],
      ['NHS number', 'off'],
    ]);
    expect($(el, '#lw-patient-nhsNumber').getAttribute('inputmode')).to.equal('numeric');
    await expectAccessible(el);
  });

  it('shows no error while typing, and the error once the person leaves the field', async () => {
    const el = await form();
    await type(el, 'lw-patient-nhsNumber', '999 100 001');
    expect(el.shadowRoot!.querySelector('.lw-error-message')).to.equal(null);
    await type(el, 'lw-patient-nhsNumber', '2');
    await press(el, 'Tab');
    expect($(el, '#lw-patient-nhsNumber-error').textContent).to.contain(
      'Check the NHS number: one or more digits are wrong',
    );
    expect(textOf($(el, '#lw-patient-nhsNumber-error .lw-visually-hidden'))).to.equal('Error:');
    expect($(el, '#lw-patient-nhsNumber').getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#lw-patient-nhsNumber').getAttribute('aria-describedby')).to.contain(
      'lw-patient-nhsNumber-error',
    );
  });

  it('on Continue with problems, focuses an error summary whose links move to each field', async () => {
    const el = await form();
    await next(el);
    const summary = $(el, '.lw-error-summary');
    expect(summary.getAttribute('role')).to.equal('alert');
    expect(active(el)).to.equal(summary);
    expect(summaryLinks(el)).to.deep.equal([
      "Enter the patient's first name",
      "Enter the patient's last name",
      "Enter the patient's date of birth",
      "Enter the patient's NHS number",
    ]);
    summary.querySelectorAll('a')[2]!.click();
    expect(active(el)?.id).to.equal('lw-patient-dateOfBirth');
    expect(heading(el)).to.equal('About the patient');
    await expectAccessible(el);
  });

  it('judges the date of birth from the three boxes', async () => {
    const el = await form();
    await type(el, 'lw-patient-dateOfBirth', '31');
    await type(el, 'lw-patient-dateOfBirth-month', '4');
    await type(el, 'lw-patient-dateOfBirth-year', '1980');
    await press(el, 'Tab');
    expect($(el, '#lw-patient-dateOfBirth-error').textContent).to.contain(
      'Enter a real date of birth',
    );
  });

  it('accepts names in any script and NHS numbers pasted with spaces or hyphens, and renders typed markup as text', async () => {
    const el = await form();
    await type(el, 'lw-patient-givenName', "Zoë O'Brien-Ñúñez <img src=x onerror=alert(1)>");
    await type(el, 'lw-patient-familyName', '王秀英');
    await type(el, 'lw-patient-dateOfBirth', '9');
    await type(el, 'lw-patient-dateOfBirth-month', '3');
    await type(el, 'lw-patient-dateOfBirth-year', '1946');
    await type(el, 'lw-patient-nhsNumber', '999-100-0011');
    await next(el);
    expect(heading(el)).to.equal('How to contact the patient');
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
  });
});

describe('<lw-referral-form>: moving through the steps', () => {
  it('goes on with Enter in a text field, focuses the next heading, and Back keeps answers', async () => {
    const el = await form();
    const steps: string[] = [];
    el.addEventListener('lw-step-change', (event) => steps.push(event.detail.step));
    await fillPatient(el);
    await press(el, 'Enter');
    expect(heading(el)).to.equal('How to contact the patient');
    expect(active(el)).to.equal($(el, '.lw-heading'));
    $<HTMLButtonElement>(el, '#lw-back').click();
    await el.updateComplete;
    expect(heading(el)).to.equal('About the patient');
    expect($<HTMLInputElement>(el, '#lw-patient-givenName').value).to.equal('Siân');
    expect(steps).to.deep.equal(['contact', 'patient']);
  });

  it('needs the contact detail for the chosen channel', async () => {
    const el = await form();
    await fillPatient(el);
    await press(el, 'Enter');
    await type(el, 'lw-patient-address-postcode', 'LE7 1QT');
    $<HTMLInputElement>(el, '#lw-patient-preferredContact-2').click(); // email
    await el.updateComplete;
    await next(el);
    const links = [...el.shadowRoot!.querySelectorAll('.lw-error-summary a')];
    expect(links.map((link) => link.getAttribute('href'))).to.deep.equal(['#lw-patient-email']);
  });

  it('asks the optional steps the host keeps: steps="" leaves only the required ones', async () => {
    const all = await form();
    const optional = await fixture<ReferralForm>(
      html`<lw-referral-form mode="self" steps="" .now=${NOW}></lw-referral-form>`,
    );
    await optional.updateComplete;
    expect(textOf($(all, '.lw-progress'))).to.equal('Step 2 of 8');
    expect(textOf($(optional, '.lw-progress'))).to.equal('Step 1 of 5');
    const access = await fixture<ReferralForm>(
      html`<lw-referral-form mode="self" steps="access" .now=${NOW}></lw-referral-form>`,
    );
    await access.updateComplete;
    expect(textOf($(access, '.lw-progress'))).to.equal('Step 1 of 6');
  });

  it('asks about risk and access needs, and requires details when a risk is flagged', async () => {
    const el = await form();
    await fillPatient(el);
    await next(el);
    await fillContact(el);
    await next(el);
    $<HTMLInputElement>(el, '#lw-reasons').click();
    await el.updateComplete;
    await next(el);
    expect(heading(el)).to.equal('Risk and urgency');
    $<HTMLInputElement>(el, '#lw-risk-safeguardingConcern').click(); // yes
    await el.updateComplete;
    await next(el);
    expect(summaryLinks(el)).to.deep.equal(['Enter details of the risk']);
    await type(el, 'lw-risk-details', 'Dog at the house; visit in pairs.');
    await next(el);
    expect(heading(el)).to.equal('What the patient needs to take part');
    const language = $<HTMLSelectElement>(el, '#lw-patient-language');
    expect(
      [...language.options].find((option) => option.value === 'cy')?.textContent?.trim(),
    ).to.equal('Welsh');
    language.value = 'bfi';
    language.dispatchEvent(new Event('change'));
    await el.updateComplete;
    $<HTMLInputElement>(el, '#lw-patient-interpreterNeeded').click();
    await el.updateComplete;
    await expectAccessible(el);
    await next(el);
    expect(heading(el)).to.equal("The patient's consent");
  });

  it('checks every answer, and Change returns to check your answers after Continue', async () => {
    const el = await fixture<ReferralForm>(
      html`<lw-referral-form steps="" .now=${NOW} .prefill=${PORTAL_PREFILL}></lw-referral-form>`,
    );
    await next(el);
    await next(el);
    await fillContact(el);
    await next(el);
    $<HTMLInputElement>(el, '#lw-reasons').click();
    await el.updateComplete;
    await next(el);
    expect(heading(el)).to.equal("The patient's consent");
    await next(el);
    expect(summaryLinks(el)).to.deep.equal(["Record the patient's consent"]);
    await giveConsent(el, 'staff');
    await next(el);
    expect(heading(el)).to.equal('Check the referral before sending it');
    const values = [...el.shadowRoot!.querySelectorAll('.lw-summary__value')].map((v) => textOf(v));
    expect(values).to.include.members([
      'Siân',
      '999 100 0011',
      'Phone call',
      'Given verbally by the patient',
    ]);
    await expectAccessible(el);
    const changes = el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="change-button"]');
    expect(textOf(changes[1]!)).to.equal('Change About the patient');
    changes[1]!.click();
    await el.updateComplete;
    expect(heading(el)).to.equal('About the patient');
    await next(el);
    expect(heading(el)).to.equal('Check the referral before sending it');
  });

  it('takes a new problem on an earlier step back to it: consent that leaves out the preferred channel', async () => {
    const el = await fixture<ReferralForm>(
      html`<lw-referral-form steps="" .now=${NOW} .prefill=${PORTAL_PREFILL}></lw-referral-form>`,
    );
    await next(el);
    await next(el);
    await type(el, 'lw-patient-address-postcode', 'le7 1qt');
    await type(el, 'lw-patient-email', 'sian@example.org');
    $<HTMLInputElement>(el, '#lw-patient-preferredContact-2').click(); // email
    await el.updateComplete;
    await next(el);
    $<HTMLInputElement>(el, '#lw-reasons').click();
    await el.updateComplete;
    await next(el);
    await giveConsent(el, 'staff'); // agrees to phone only
    await next(el);
    expect(heading(el)).to.equal('How to contact the patient');
    // Agreeing to phone calls needs a phone number, and email was not agreed to.
    expect(summaryLinks(el)).to.deep.equal([
      "Enter the patient's phone number, or choose a way to contact them other than by phone or text message",
      'Select a way of contacting the patient that they have agreed to',
    ]);
  });
});

describe('<lw-referral-form>: modes, language and the page around it', () => {
  it('speaks to the patient in self mode, where the NHS number is optional', async () => {
    const el = await form('self');
    expect(heading(el)).to.equal('About you');
    await next(el);
    expect(summaryLinks(el)).to.deep.equal([
      'Enter your first name',
      'Enter your last name',
      'Enter your date of birth',
    ]);
    await fillPatient(el, '');
    await next(el);
    expect(heading(el)).to.equal('How to contact you');
  });

  it('works in Welsh, messages included, and switches language without losing answers', async () => {
    const el = await form('staff', 'cy');
    expect(heading(el)).to.equal('Am y claf');
    await type(el, 'lw-patient-givenName', 'Siân');
    await next(el);
    expect(textOf($(el, '.lw-error-summary h2'))).to.equal('Mae problem wedi codi');
    expect($(el, '.lw-error-message').textContent).to.contain('Gwall:');
    await expectAccessible(el);
    el.parentElement!.lang = 'en';
    await settle(el, 3);
    expect(heading(el)).to.equal('About the patient');
    expect($<HTMLInputElement>(el, '#lw-patient-givenName').value).to.equal('Siân');
    expect(summaryLinks(el)[0]).to.equal("Enter the patient's last name");
  });

  it('takes part in a host form: value, validity, reset and a disabled fieldset', async () => {
    const host = await fixture<HTMLFormElement>(
      html`<form>
        <fieldset>
          <lw-referral-form
            name="referral"
            steps=""
            .now=${NOW}
            .prefill=${COMPLETE_PREFILL}
          ></lw-referral-form>
        </fieldset>
      </form>`,
    );
    const el = host.querySelector('lw-referral-form')!;
    await el.updateComplete;
    expect(host.checkValidity()).to.equal(false);
    expect(new FormData(host).get('referral')).to.equal(null);
    for (let step = 0; step < 4; step++) await next(el);
    await giveConsent(el, 'staff');
    await settle(el);
    expect(host.checkValidity()).to.equal(true);
    const value = JSON.parse(String(new FormData(host).get('referral'))) as {
      patient: { givenName: string };
      consent: { method: string };
    };
    expect(value.patient.givenName).to.equal('Siân');
    expect(value.consent.method).to.equal('verbal');
    host.reset();
    await el.updateComplete;
    expect(heading(el)).to.equal('Your details');
    expect(host.checkValidity()).to.equal(false);
    host.querySelector('fieldset')!.disabled = true;
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#lw-referrer-name').disabled).to.equal(true);
    expect($<HTMLButtonElement>(el, '#lw-continue').disabled).to.equal(true);
  });

  it('uses a portal’s good prefill, and leaves out a bad field with an lw-error naming it', async () => {
    const errors: ReferralFormErrorDetail[] = [];
    const wrapper = await fixture(
      html`<div
        @lw-error=${(event: CustomEvent) => errors.push(event.detail as ReferralFormErrorDetail)}
      ></div>`,
    );
    const el = document.createElement('lw-referral-form');
    el.now = NOW;
    el.prefill = {
      referrer: { ...PORTAL_PREFILL.referrer, organisationOdsCode: 'C99-001!' },
      patient: {
        givenName: 'Siân',
        familyName: 42 as unknown as string,
        nhsNumber: '999 100 0012',
        dateOfBirth: '1946-03-09',
      },
    };
    wrapper.append(el);
    await el.updateComplete;
    expect(errors).to.deep.equal([
      {
        code: 'invalid-prefill',
        problems: [
          { path: 'patient.familyName', code: 'type' },
          { path: 'patient.nhsNumber', code: 'checksum' },
          { path: 'referrer.organisationOdsCode', code: 'format' },
        ],
      },
    ]);
    expect($<HTMLInputElement>(el, '#lw-referrer-name').value).to.equal('Dr Priya Shah');
    expect($<HTMLInputElement>(el, '#lw-referrer-organisationOdsCode').value).to.equal('');
    await next(el);
    expect(summaryLinks(el)).to.deep.equal(["Enter the ODS code of the referrer's organisation"]);
    await type(el, 'lw-referrer-organisationOdsCode', 'C99001');
    await next(el);
    expect($<HTMLInputElement>(el, '#lw-patient-givenName').value).to.equal('Siân');
    expect($<HTMLInputElement>(el, '#lw-patient-dateOfBirth-year').value).to.equal('1946');
    expect($<HTMLInputElement>(el, '#lw-patient-nhsNumber').value).to.equal('');

    const odd = document.createElement('lw-referral-form');
    odd.prefill = 'not an object' as never;
    wrapper.append(odd);
    await odd.updateComplete;
    expect(errors.at(-1)).to.deep.equal({
      code: 'invalid-prefill',
      problems: [{ path: '', code: 'type' }],
    });
  });

  it('renders the host’s service name in a slot', async () => {
    const el = await fixture<ReferralForm>(
      html`<lw-referral-form mode="self" .now=${NOW}
        ><span slot="service-name">Riverside Connect</span></lw-referral-form
      >`,
    );
    const slot = $<HTMLSlotElement>(el, 'slot[name="service-name"]');
    expect(slot.assignedElements().map((node) => node.textContent)).to.deep.equal([
      'Riverside Connect',
    ]);
  });

  it('reflows at 320px and keeps its errors visible in forced colours', async () => {
    await viewport(320);
    try {
      const el = await form();
      await next(el);
      expect(overflowsHorizontally(el)).to.equal(false);
      await emulateForcedColors(true);
      await expectAccessible(el);
    } finally {
      await emulateForcedColors(false);
      await viewport(800, 600);
    }
  });

  it('reflows at 200% text size in a 640px window (WCAG 1.4.4 and 1.4.10)', async () => {
    await viewport(640);
    document.documentElement.style.fontSize = '200%';
    try {
      const el = await form();
      await next(el);
      expect(overflowsHorizontally(el)).to.equal(false);
    } finally {
      document.documentElement.style.fontSize = '';
      await viewport(800, 600);
    }
  });

  it('fires lw-change with the answers and whether they are valid', async () => {
    const el = await form('self');
    const change = oneEvent(el, 'lw-change');
    await type(el, 'lw-patient-givenName', 'S');
    const { detail } = await change;
    expect(detail.answers.givenName).to.equal('S');
    expect(detail.valid).to.equal(false);
  });
});
