import { expect, fixture, html } from '@open-wc/testing';
import { axeViolations, expectAccessible } from './axe.js';

// The helper every component test relies on must be able to fail.
describe('expectAccessible', () => {
  it('passes markup that meets WCAG 2.2 AA', async () => {
    const el = await fixture(
      html`<form>
        <label for="name">Full name</label>
        <input id="name" autocomplete="name" />
        <button>Continue</button>
      </form>`,
    );
    await expectAccessible(el);
  });

  it('fails markup with an unlabelled input and an empty button', async () => {
    // Deliberately inaccessible: this is what the helper must catch.
    // eslint-disable-next-line lit-a11y/accessible-name
    const el = await fixture(html`<form><input /><button></button></form>`);
    const ids = (await axeViolations(el)).map((violation) => violation.id).sort();
    expect(ids).to.include('label');
    expect(ids).to.include('button-name');
    let failure: unknown;
    try {
      await expectAccessible(el);
    } catch (error) {
      failure = error;
    }
    expect(String(failure)).to.contain('button-name');
  });

  it('looks inside shadow roots', async () => {
    const el = await fixture(html`<div></div>`);
    el.attachShadow({ mode: 'open' }).innerHTML = '<input type="text">';
    const ids = (await axeViolations(el)).map((violation) => violation.id);
    expect(ids).to.include('label');
  });
});
