/**
 * The steps after the first (and check your answers, and the confirmation) are
 * a chunk of their own, fetched after the first render. These tests run in a
 * page of their own, so the first one starts before that chunk has arrived:
 * a form must wait for it rather than render half a step.
 */
import { createDraftStore } from '@linkwork/core';
import { expect } from '@open-wc/testing';
import '../define/lw-referral-form.js';
import { $, COMPLETE_PREFILL, heading, mount, NOW } from './testing/journey.js';

describe('<lw-referral-form> later steps, loaded on demand', () => {
  it('restores a draft saved on a later step at its first render, with nothing lost', async () => {
    sessionStorage.clear();
    createDraftStore<unknown>({
      storage: 'session',
      key: 'linkwork:referral-form:self',
      ttlMs: 24 * 60 * 60 * 1000,
      now: NOW,
    }).save({ answers: { givenName: 'Gwen', phone: '07700 900 982' }, step: 'contact' }, 'k-1');
    const el = await mount({ mode: 'self', draft: 'session', steps: '' });
    expect(heading(el)).to.equal('How to contact you');
    expect($<HTMLInputElement>(el, '#lw-patient-phone').value).to.equal('07700 900 982');
    expect(el.shadowRoot!.querySelector('.lw-warning')).to.equal(null);
    sessionStorage.clear();
  });

  it('shows the next step as soon as Continue is pressed: updateComplete means it is rendered', async () => {
    const el = await mount({ mode: 'self', prefill: COMPLETE_PREFILL, steps: '' });
    expect(heading(el)).to.equal('About you');
    $<HTMLButtonElement>(el, '#lw-continue').click();
    await el.updateComplete;
    expect(heading(el)).to.equal('How to contact you');
    $<HTMLButtonElement>(el, '#lw-continue').click();
    await el.updateComplete;
    expect(heading(el)).to.equal('What matters to you');
  });
});
