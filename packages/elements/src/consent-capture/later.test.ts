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
  // First in this page: the chunk is not here when these elements first render.
  it('is invalid for the one reason an untouched form has before the chunk arrives, as judged in full after it', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="en">
        <lw-consent-capture mode="self" .configuration=${sampleConfiguration}></lw-consent-capture>
        <lw-consent-capture mode="staff" .configuration=${sampleConfiguration}></lw-consent-capture>
      </div>`,
    );
    const elements = [...wrapper.querySelectorAll<LwConsentCapture>('lw-consent-capture')];
    await Promise.all(elements.map((el) => el.updateComplete));
    const validity = () =>
      elements.map((el) => {
        const { internals } = el as unknown as { internals: ElementInternals };
        return [internals.validity.valueMissing, internals.validationMessage];
      });
    const sheetsAtFirst = elements.map((el) => el.shadowRoot!.adoptedStyleSheets.length);
    expect(sheetsAtFirst).to.deep.equal([7, 7]);
    const before = validity();
    expect(before).to.deep.equal([
      [true, 'Select whether you agree to the referral'],
      [true, 'Select whether the patient agrees to the referral'],
    ]);
    // The chunk's sheets are added before anything from it renders: their arrival shows it came.
    await import('./later.js');
    for (let i = 0; i < 50 && elements[1]!.shadowRoot!.adoptedStyleSheets.length === 7; i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await Promise.all(elements.map((el) => el.updateComplete));
    expect(elements.map((el) => el.shadowRoot!.adoptedStyleSheets.length)).to.deep.equal(
      sheetsAtFirst.map((count) => count + 4),
    );
    expect(validity()).to.deep.equal(before);
  });

  it('shows the fields of a choice, and the error summary, at once: updateComplete means they are rendered', async () => {
    const el = await mount('staff');
    const root = el.shadowRoot!;
    root.querySelector<HTMLInputElement>('#given-by-2')!.click();
    [...root.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Continue')!.click();
    await el.updateComplete;
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
