import { loadLocale } from '@linkwork/core';
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { expectAccessible } from '../../../../test/helpers/axe.js';
import {
  emulateForcedColors,
  overflowsHorizontally,
  viewport,
} from '../../../../test/helpers/browser.js';
import '../define/lw-referral-form.js';
import type { ReferralForm } from './referral-form.js';

const NOW = () => new Date('2026-11-26T12:00:00Z');

async function form(mode: 'staff' | 'self' = 'staff', lang = 'en'): Promise<ReferralForm> {
  const wrapper = await fixture(
    html`<div lang=${lang}>
      <lw-referral-form mode=${mode} .now=${NOW}></lw-referral-form>
    </div>`,
  );
  const el = wrapper.querySelector('lw-referral-form')!;
  if (lang === 'cy') await loadLocale('cy');
  await el.updateComplete;
  return el;
}

const $ = <T extends Element = HTMLElement>(el: ReferralForm, selector: string): T =>
  el.shadowRoot!.querySelector<T>(selector)!;
const heading = (el: ReferralForm) => $(el, '.lw-heading').textContent!.trim();
const active = (el: ReferralForm) => el.shadowRoot!.activeElement;

async function type(el: ReferralForm, id: string, text: string): Promise<void> {
  $<HTMLInputElement>(el, `#${id}`).focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

async function press(el: ReferralForm, key: string): Promise<void> {
  await sendKeys({ press: key });
  await el.updateComplete;
  await el.updateComplete;
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

describe('<lw-referral-form>: the first step', () => {
  it('asks about the patient with labelled native inputs and autofill tokens', async () => {
    const el = await form();
    expect(heading(el)).to.equal('About the patient');
    expect($(el, '.lw-progress').textContent!.trim()).to.equal('Step 1 of 4');
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
    expect($(el, '#lw-patient-nhsNumber').getAttribute('aria-invalid')).to.equal('true');
  });

  it('on Continue with problems, focuses an error summary whose links move to each field', async () => {
    const el = await form();
    $<HTMLButtonElement>(el, '.lw-button').click();
    await el.updateComplete;
    await el.updateComplete;
    const summary = $(el, '.lw-error-summary');
    expect(active(el)).to.equal(summary);
    const links = [...summary.querySelectorAll('a')].map((link) => link.textContent!.trim());
    expect(links).to.deep.equal([
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
    $<HTMLButtonElement>(el, '.lw-back').click();
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
    $<HTMLButtonElement>(el, '.lw-button').click();
    await el.updateComplete;
    const links = [...el.shadowRoot!.querySelectorAll('.lw-error-summary a')];
    expect(links.map((link) => link.getAttribute('href'))).to.deep.equal(['#lw-patient-email']);
  });

  it('checks every answer, and Change returns to check your answers after Continue', async () => {
    const el = await form();
    await fillPatient(el);
    await press(el, 'Enter');
    await fillContact(el);
    $<HTMLButtonElement>(el, '.lw-button').click();
    await el.updateComplete;
    expect(heading(el)).to.equal('What matters to the patient');
    $<HTMLInputElement>(el, '#lw-reasons').click();
    await el.updateComplete;
    $<HTMLButtonElement>(el, '.lw-button').click();
    await el.updateComplete;
    expect(heading(el)).to.equal('Check the referral before sending it');
    const values = [...el.shadowRoot!.querySelectorAll('.lw-summary__value')].map(
      (v) => v.textContent,
    );
    expect(values).to.include('Siân');
    expect(values).to.include('999 100 0011');
    expect(values).to.include('Phone call');
    await expectAccessible(el);
    $<HTMLButtonElement>(el, '[part="change-button"]').click();
    await el.updateComplete;
    expect(heading(el)).to.equal('About the patient');
    $<HTMLButtonElement>(el, '.lw-button').click();
    await el.updateComplete;
    expect(heading(el)).to.equal('Check the referral before sending it');
  });
});

describe('<lw-referral-form>: modes, language and the page around it', () => {
  it('speaks to the patient in self mode, where the NHS number is optional', async () => {
    const el = await form('self');
    expect(heading(el)).to.equal('About you');
    $<HTMLButtonElement>(el, '.lw-button').click();
    await el.updateComplete;
    const links = [...el.shadowRoot!.querySelectorAll('.lw-error-summary a')].map((a) =>
      a.textContent!.trim(),
    );
    expect(links).to.deep.equal([
      'Enter your first name',
      'Enter your last name',
      'Enter your date of birth',
    ]);
    await fillPatient(el, '');
    $<HTMLButtonElement>(el, '.lw-button').click();
    await el.updateComplete;
    expect(heading(el)).to.equal('How to contact you');
  });

  it('works in Welsh, messages included', async () => {
    const el = await form('staff', 'cy');
    expect(heading(el)).to.equal('Am y claf');
    $<HTMLButtonElement>(el, '.lw-button').click();
    await el.updateComplete;
    expect($(el, '.lw-error-summary h2').textContent!.trim()).to.equal('Mae problem wedi codi');
    expect($(el, '.lw-error-message').textContent).to.contain('Gwall:');
    await expectAccessible(el);
  });

  it('takes part in a host form: value, validity, reset and a disabled fieldset', async () => {
    const host = await fixture<HTMLFormElement>(
      html`<form>
        <fieldset>
          <lw-referral-form name="referral" .now=${NOW}></lw-referral-form>
        </fieldset>
      </form>`,
    );
    const el = host.querySelector('lw-referral-form')!;
    await el.updateComplete;
    expect(host.checkValidity()).to.equal(false);
    await fillPatient(el);
    await press(el, 'Enter');
    const value = JSON.parse(String(new FormData(host).get('referral'))) as { givenName: string };
    expect(value.givenName).to.equal('Siân');
    host.reset();
    await el.updateComplete;
    expect(heading(el)).to.equal('About the patient');
    expect($<HTMLInputElement>(el, '#lw-patient-givenName').value).to.equal('');
    host.querySelector('fieldset')!.disabled = true;
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#lw-patient-givenName').disabled).to.equal(true);
  });

  it('shows a portal’s prefilled answer’s problem at once', async () => {
    const el = await fixture<ReferralForm>(
      html`<lw-referral-form
        .now=${NOW}
        .prefill=${{ givenName: 'Siân', nhsNumber: '999 100 0012' }}
      ></lw-referral-form>`,
    );
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#lw-patient-givenName').value).to.equal('Siân');
    expect($(el, '#lw-patient-nhsNumber-error').textContent).to.contain(
      'one or more digits are wrong',
    );
    expect(el.shadowRoot!.querySelector('#lw-patient-familyName-error')).to.equal(null);
  });

  it('reflows at 320px and keeps its errors visible in forced colours', async () => {
    await viewport(320);
    try {
      const el = await form();
      $<HTMLButtonElement>(el, '.lw-button').click();
      await el.updateComplete;
      expect(overflowsHorizontally(el)).to.equal(false);
      await emulateForcedColors(true);
      await expectAccessible(el);
    } finally {
      await emulateForcedColors(false);
      await viewport(800, 600);
    }
  });
});
