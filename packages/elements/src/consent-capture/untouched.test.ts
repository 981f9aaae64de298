/**
 * The untouched first screen renders before the chunk that judges answers
 * (`later.ts`) has arrived. This file runs in a page of its own, so its
 * elements render first without that chunk.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../define/lw-consent-capture.js';
import { consentCaptureStyles } from './consent-capture.styles.js';
import type { LwConsentCapture } from './consent-capture.js';
import { consentCaptureLaterStyles } from './later.styles.js';
import { sampleConfiguration } from './testing/configuration.js';

describe('<lw-consent-capture> before what it loads on demand has arrived', () => {
  it('is invalid for the one reason an untouched form has before the chunk arrives, as judged in full after it, and keeps its fields (and focus) when it comes', async () => {
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
    expect(sheetsAtFirst).to.deep.equal([consentCaptureStyles.length, consentCaptureStyles.length]);
    const before = validity();
    // Someone already on a question when the chunk arrives keeps their place.
    const referral = elements[0]!.shadowRoot!.querySelector<HTMLInputElement>('#item-referral')!;
    referral.focus();
    expect(before).to.deep.equal([
      [true, 'Select whether you agree to the referral'],
      [true, 'Select whether the patient agrees to the referral'],
    ]);
    // The chunk's sheets are added before anything from it renders: their arrival shows it came.
    await import('./later.js');
    for (
      let i = 0;
      i < 50 && elements[1]!.shadowRoot!.adoptedStyleSheets.length === consentCaptureStyles.length;
      i++
    ) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await Promise.all(elements.map((el) => el.updateComplete));
    expect(elements.map((el) => el.shadowRoot!.adoptedStyleSheets.length)).to.deep.equal(
      sheetsAtFirst.map((count) => count + consentCaptureLaterStyles.length),
    );
    expect(validity()).to.deep.equal(before);
    expect(elements[0]!.shadowRoot!.querySelector('#item-referral')).to.equal(referral);
    expect(elements[0]!.shadowRoot!.activeElement).to.equal(referral);
  });
});
