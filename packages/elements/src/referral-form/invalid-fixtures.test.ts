import { loadLocale, validateReferral, type Locale } from '@linkwork/core';
import { expect, fixture, html } from '@open-wc/testing';
import { loadFixture } from '../../../../test/fixtures.js';
import type { ReferralPrefill } from './prefill.js';
import type { ReferralForm } from './referral-form.js';
import { stepOf, stepsFor } from './steps.js';
import { fieldId } from './steps/step-view.js';
import { $, giveConsent, NOW, settle, textOf } from './testing/journey.js';

interface InvalidCase {
  readonly source: string;
  readonly _expect: { readonly path: string; readonly reason: string; readonly note: string };
  readonly [field: string]: unknown;
}

/**
 * Cases the form's controls cannot produce, and why: each is still refused by
 * core validation (core's tests), and the form never sends what validation refuses.
 */
const NOT_ENTERABLE: Record<string, string> = {
  'patient.dateOfBirth format': 'the date is typed in three boxes, never as one string',
  'patient.preferredContact enum': 'chosen from radios',
  'consent.referral must-be-true':
    'the consent capture will not save without agreement (its own tests)',
  'consent.method enum': 'chosen by the consent capture',
  'consent.at format': 'set by the consent capture from the clock',
  'consent.contactBy required': 'the consent capture asks for a channel (its own tests)',
  'consent.givenBy.name required': 'the consent capture asks for the proxy’s name (its own tests)',
  'referrer required': 'staff mode always has the referrer step',
  'reasons.1 unknown-term': 'needs are chosen from the taxonomy',
  'source enum': 'the mode attribute is staff or self',
  'submittedAt required': 'set by the form when it checks the answers',
};

/** Consent the case needs before its problem can show (channels by position: phone, text, email, letter). */
const CONSENT_FIRST: Record<string, readonly number[]> = {
  'patient.email required-for-contact': [1, 2],
  'patient.preferredContact not-consented': [2],
};

const at = (value: unknown, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], value);

async function setValue(el: ReferralForm, id: string, value: string): Promise<void> {
  const control = $<HTMLInputElement | HTMLTextAreaElement>(el, `#${id}`);
  control.value = value;
  control.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  control.dispatchEvent(new FocusEvent('blur'));
  await el.updateComplete;
}

/** Types the case's bad value into its field, as a person would enter it. */
async function enter(el: ReferralForm, path: string, value: unknown): Promise<void> {
  if (path === 'patient.dateOfBirth') {
    const [year = '', month = '', day = ''] = String(value).split('-');
    await setValue(el, fieldId(path), day);
    await setValue(el, `${fieldId(path)}-month`, month);
    await setValue(el, `${fieldId(path)}-year`, year);
  } else if (path === 'risk.details') {
    $<HTMLInputElement>(el, '#lw-risk-safeguardingConcern').click(); // yes, and no details
    await el.updateComplete;
  } else if (typeof value === 'string') {
    await setValue(el, fieldId(path), value);
  }
  // Anything else is a required answer left blank: the field stays empty.
}

async function continueOn(el: ReferralForm): Promise<void> {
  $<HTMLButtonElement>(el, '#lw-continue').click();
  await settle(el, 2);
}

describe('<lw-referral-form>: every invalid fixture, entered through the form', () => {
  let cases: InvalidCase[] = [];
  before(async () => {
    cases = await loadFixture<InvalidCase[]>('referrals.invalid.json');
    await loadLocale('cy');
  });

  it('leaves out only the cases its controls cannot produce, each for a stated reason', () => {
    const skipped = cases
      .map((c) => `${c._expect.path} ${c._expect.reason}`)
      .filter((key) => key in NOT_ENTERABLE);
    expect(skipped.sort()).to.deep.equal(Object.keys(NOT_ENTERABLE).sort());
    expect(cases.length - skipped.length).to.equal(29);
  });

  for (const locale of ['en', 'cy'] as Locale[]) {
    it(`shows each message at its field and in the summary, in ${locale === 'en' ? 'English' : 'Welsh'}`, async function () {
      this.timeout(60_000);
      let checked = 0;
      for (const invalid of cases) {
        const { path, reason } = invalid._expect;
        const key = `${path} ${reason}`;
        if (key in NOT_ENTERABLE) continue;
        const mode = invalid.source === 'self' ? 'self' : 'staff';
        const wrapper = await fixture(
          html`<div lang=${locale}>
            <lw-referral-form
              mode=${mode}
              steps="risk"
              .now=${NOW}
              .prefill=${invalid as unknown as ReferralPrefill}
            ></lw-referral-form>
          </div>`,
        );
        const el = wrapper.querySelector('lw-referral-form')!;
        await settle(el);
        const steps = stepsFor(mode, ['risk'], ['activities']);
        expect(stepOf(steps, path), key).to.not.equal(undefined);
        const consentFirst = CONSENT_FIRST[key];
        // Walk to the step the field is on (every other answer came valid from the prefill).
        for (
          let guard = 0;
          guard < 10 && !el.shadowRoot!.querySelector(`#${fieldId(path)}`);
          guard++
        )
          await continueOn(el);
        await enter(el, path, at(invalid, path));
        if (consentFirst) {
          // Walk on to consent, agree to the case's channels, and Continue: the problem is back on its step.
          for (let guard = 0; guard < 10 && !el.shadowRoot!.querySelector('#lw-consent'); guard++)
            await continueOn(el);
          await giveConsent(el, mode, consentFirst);
        }
        await continueOn(el);
        const validated = validateReferral(invalid, { locale, now: NOW });
        const expected = validated.ok
          ? undefined
          : validated.errors.find((error) => error.path === path)?.message;
        expect(expected, key).to.be.a('string');
        const links = [...el.shadowRoot!.querySelectorAll('.lw-error-summary a')].map((link) =>
          textOf(link),
        );
        expect(links, `${key}: summary`).to.include(expected);
        const inline = el.shadowRoot!.querySelector(`#${fieldId(path)}-error`);
        expect(inline && textOf(inline), `${key}: at the field`).to.contain(expected);
        checked++;
      }
      expect(checked).to.equal(29);
    });
  }
});
