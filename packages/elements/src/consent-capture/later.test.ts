/**
 * What comes after the first screen (a proxy's fields, the read-back, the
 * record) is a chunk of its own, fetched after the first render. These tests
 * run in a page of their own, so each element starts before that chunk has
 * arrived (the first test; the second element's record needs it at its first
 * render): it must wait for it rather than render half a step.
 */
import type { Consent } from '@linkwork/core';
import { expect, fixture, html } from '@open-wc/testing';
import '../define/lw-consent-capture.js';
import type { LwConsentCapture } from './consent-capture.js';
import { sampleConfiguration, sampleSavedConsent } from './testing/configuration.js';

const saved = sampleSavedConsent();

async function mount(mode: 'self' | 'staff', record?: Consent): Promise<LwConsentCapture> {
  const el = await fixture<LwConsentCapture>(
    html`<lw-consent-capture
      lang="en"
      mode=${mode}
      .configuration=${sampleConfiguration}
      .saved=${record}
    ></lw-consent-capture>`,
  );
  await el.updateComplete;
  return el;
}

describe('<lw-consent-capture> after its first screen, loaded on demand', () => {
  it('shows the error summary, and the next step, at once: updateComplete means they are rendered', async () => {
    const el = await mount('staff');
    const root = el.shadowRoot!;
    const press = async (label: string) => {
      [...root.querySelectorAll('button')].find((b) => b.textContent!.trim() === label)!.click();
      await el.updateComplete;
    };
    // Continue before the chunk has arrived: the error summary comes with it.
    await press('Continue');
    expect(root.activeElement).to.equal(root.querySelector('.lw-error-summary'));
    expect(root.querySelectorAll('.lw-error-summary a').length).to.equal(2);
    root.querySelector<HTMLInputElement>('#item-referral')!.click();
    root.querySelector<HTMLInputElement>('#contact-by')!.click();
    await press('Continue');
    expect(root.querySelector('h2')!.textContent!.trim()).to.equal('Who gave consent, and how');
    root.querySelector<HTMLInputElement>('#given-by-2')!.click();
    await press('Continue');
    expect(root.querySelector('#decision-maker')).to.not.equal(null);
    expect(root.querySelector('#reason')).to.not.equal(null);
    expect(root.activeElement).to.equal(root.querySelector('.lw-error-summary'));
    expect(root.querySelectorAll('.lw-error-summary a').length).to.be.greaterThan(2);
    expect(root.querySelector('.lw-warning')).to.equal(null);
  });

  it('shows a saved record at its first render', async () => {
    const el = await mount('self', saved);
    expect(el.shadowRoot!.querySelector('h2')!.textContent!.trim()).to.equal('Consent saved');
    expect(el.shadowRoot!.querySelectorAll('.lw-summary__row').length).to.be.greaterThan(3);
    expect(el.shadowRoot!.querySelector('.lw-warning')).to.equal(null);
  });
});
