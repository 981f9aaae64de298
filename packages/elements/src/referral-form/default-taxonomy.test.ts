/**
 * The default needs taxonomy comes with the later steps' chunk. This file runs
 * in a page of its own, so its first form renders before that chunk is here:
 * prefilled needs must still be judged against the default taxonomy.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../define/lw-referral-form.js';
import type { ReferralForm } from './referral-form.js';
import { $, COMPLETE_PREFILL, heading, NOW } from './testing/journey.js';

const LONELINESS = COMPLETE_PREFILL.reasons![0]!;

describe('<lw-referral-form> with the default taxonomy, loaded on demand', () => {
  it('judges prefilled needs against it at the first render: an unknown need is refused, known ones are kept', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const errors: unknown[] = [];
    wrapper.addEventListener('lw-error', (event) => errors.push(event.detail));
    const el = document.createElement('lw-referral-form') as ReferralForm;
    el.mode = 'self';
    el.steps = '';
    el.now = NOW;
    el.prefill = { ...COMPLETE_PREFILL, reasons: ['not-a-need'] };
    wrapper.append(el);
    await el.updateComplete;
    expect(errors).to.deep.equal([
      { code: 'invalid-prefill', problems: [{ path: 'reasons', code: 'unknown-term' }] },
    ]);
    el.prefill = COMPLETE_PREFILL;
    await el.updateComplete;
    expect(errors).to.have.length(1);
    for (const step of ['How to contact you', 'What matters to you']) {
      $<HTMLButtonElement>(el, '#lw-continue').click();
      await el.updateComplete;
      expect(heading(el)).to.equal(step);
    }
    const checked = [
      ...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="reasons"]:checked'),
    ].map((box) => box.value);
    expect(checked).to.deep.equal([LONELINESS]);
  });
});
