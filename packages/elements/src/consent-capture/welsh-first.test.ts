/**
 * A Welsh page that has not loaded Welsh yet: the element holds back its
 * renders until the words arrive, and must still take in what the host set
 * meanwhile. A file of its own, so that Welsh is not loaded before it runs.
 */
import { isLocaleLoaded } from '@linkwork/core';
import { expect, fixture, html } from '@open-wc/testing';
import '../define/lw-consent-capture.js';
import type { LwConsentCapture } from './consent-capture.js';
import { sampleConfiguration, sampleSavedConsent } from './testing/configuration.js';

async function rendered(el: LwConsentCapture, selector: string): Promise<Element> {
  for (let i = 0; i < 200; i++) {
    await el.updateComplete;
    const found = el.shadowRoot?.querySelector(selector);
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`${selector} never rendered`);
}

const saved = sampleSavedConsent('cy');

describe('<lw-consent-capture> on a Welsh page, before Welsh has loaded', () => {
  it('shows the configured questions, and a saved record, once its words arrive', async () => {
    expect(isLocaleLoaded('cy')).to.equal(false);
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="cy">
        <lw-consent-capture id="new" .configuration=${sampleConfiguration}></lw-consent-capture>
        <lw-consent-capture
          id="saved"
          .configuration=${sampleConfiguration}
          .saved=${saved}
        ></lw-consent-capture>
      </div>`,
    );
    const fresh = wrapper.querySelector<LwConsentCapture>('#new')!;
    await rendered(fresh, '#contact-times');
    expect(fresh.shadowRoot!.querySelector('h2')!.textContent!.trim()).to.equal('Eich cydsyniad');
    expect(fresh.shadowRoot!.querySelector('#item-referral')).to.not.equal(null);
    expect(fresh.shadowRoot!.querySelector('.lw-warning')).to.equal(null);
    const record = wrapper.querySelector<LwConsentCapture>('#saved')!;
    expect((await rendered(record, '.lw-summary')).tagName).to.equal('DL');
    expect(record.shadowRoot!.querySelector('h2')!.textContent!.trim()).to.equal(
      'Cydsyniad wedi’i gadw',
    );
  });
});
