import { expect, fixture, oneEvent } from '@open-wc/testing';
import { html } from 'lit';
import type { Activity } from '@linkwork/core';
import { expectAccessible } from '../../../../test/helpers/axe.js';
import type { ActivityPicker } from './activity-picker.js';
import {
  NOW,
  announcement,
  picker,
  required,
  riversideBackend,
  settled,
  shadow,
  typeSearch,
} from './testing/picker-fixtures.js';

const checkboxes = (el: ActivityPicker): HTMLInputElement[] => [
  ...shadow(el).querySelectorAll<HTMLInputElement>('[part="shortlist-checkbox"]'),
];

const shortlisted = (el: ActivityPicker): string[] =>
  [...shadow(el).querySelectorAll('.shortlist-items li > span')].map(
    (node) => node.textContent?.trim() ?? '',
  );

async function formWithPicker(
  attributes: string,
): Promise<{ form: HTMLFormElement; el: ActivityPicker }> {
  const backend = await riversideBackend();
  const form = await fixture<HTMLFormElement>(
    html`<form><lw-activity-picker></lw-activity-picker></form>`,
  );
  const el = required(form.querySelector('lw-activity-picker'), 'picker');
  for (const [name, value] of attributes
    .split(' ')
    .map((pair) => pair.split('=') as [string, string]))
    el.setAttribute(name, value);
  el.now = () => NOW;
  el.backend = backend;
  await settled(el);
  return { form, el };
}

describe('<lw-activity-picker> shortlist', () => {
  it('adds and removes with real checkboxes, announcing each change and telling the host', async () => {
    const el = await picker(await riversideBackend());
    const [first, second] = checkboxes(el);
    const firstName =
      required(shadow(el).querySelector('.card-name'), 'name').textContent?.trim() ?? '';
    expect(required(first, 'checkbox').labels?.[0]?.textContent).to.contain(
      `Add to shortlist: ${firstName}`,
    );
    const changed = oneEvent(el, 'lw-selection-change');
    required(first, 'checkbox').click();
    const event = await changed;
    expect(event.detail.ids).to.have.length(1);
    expect((event.detail.activities[0] as Activity).name).to.equal(firstName);
    await el.updateComplete;
    expect(announcement(el)).to.equal(`${firstName} added to shortlist`);
    expect(shortlisted(el)).to.deep.equal([firstName]);
    required(second, 'checkbox').click();
    await el.updateComplete;
    expect(el.selected).to.have.length(2);

    // The shortlist outlives a search that no longer shows its activities.
    await typeSearch(el, 'zzqxv nothing');
    await settled(el);
    expect(shortlisted(el)[0]).to.equal(firstName);
    await expectAccessible(el);

    const remove = required(
      shadow(el).querySelector<HTMLButtonElement>('.shortlist-items button'),
      'remove',
    );
    expect(remove.textContent).to.contain(`Remove ${firstName} from shortlist`);
    remove.click();
    await el.updateComplete;
    expect(shortlisted(el)).to.have.length(1);
    expect(announcement(el)).to.equal(`${firstName} removed from shortlist`);
  });

  it('keeps to max-selections and says why', async () => {
    const el = await picker(await riversideBackend(), { attributes: 'max-selections="2"' });
    const boxes = checkboxes(el);
    for (const box of boxes.slice(0, 3)) {
      box.click();
      await el.updateComplete;
    }
    expect(el.selected).to.have.length(2);
    expect(required(boxes[2], 'third').checked).to.equal(false);
    expect(announcement(el)).to.equal(
      'You can shortlist up to 2 activities. Remove one to add another',
    );
    expect(shadow(el).querySelector('.shortlist-count')?.textContent?.trim()).to.equal(
      '2 of 2 shortlisted',
    );
  });

  it('posts the shortlisted ids with its form, validates required and resets', async () => {
    const { form, el } = await formWithPicker('name=activities required=');
    expect(form.checkValidity()).to.equal(false);
    expect(el.matches(':invalid')).to.equal(true);
    const boxes = checkboxes(el);
    required(boxes[0], 'first').click();
    required(boxes[2], 'third').click();
    await el.updateComplete;
    expect(new FormData(form).getAll('activities')).to.deep.equal([...el.selected]);
    expect(el.selected).to.have.length(2);
    expect(form.checkValidity()).to.equal(true);
    form.reset();
    await el.updateComplete;
    expect(new FormData(form).getAll('activities')).to.deep.equal([]);
    expect(el.selected).to.deep.equal([]);
    expect(boxes.every((box) => !box.checked)).to.equal(true);
  });

  it('takes a selection from the host and is disabled with its fieldset', async () => {
    const backend = await riversideBackend();
    const { items } = await backend.searchActivities({ size: 2 });
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <fieldset><lw-activity-picker name="picked"></lw-activity-picker></fieldset>
      </form>`,
    );
    const el = required(form.querySelector('lw-activity-picker'), 'picker');
    el.now = () => NOW;
    el.backend = backend;
    el.selected = items.map((a) => a.id);
    await settled(el);
    expect(
      checkboxes(el)
        .slice(0, 2)
        .map((box) => box.checked),
    ).to.deep.equal([true, true]);
    expect(new FormData(form).getAll('picked')).to.deep.equal(items.map((a) => a.id));
    expect(shortlisted(el)).to.deep.equal(items.map((a) => a.name));
    required(form.querySelector('fieldset'), 'fieldset').disabled = true;
    await el.updateComplete;
    expect(checkboxes(el).every((box) => box.disabled)).to.equal(true);
    const controls = [
      ...shadow(el).querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLButtonElement>(
        'input, select, button',
      ),
    ];
    expect(
      controls
        .filter((control) => !control.disabled)
        .map((control) => control.id || control.textContent?.trim()),
    ).to.deep.equal([]);
    expect(
      required(shadow(el).querySelector<HTMLInputElement>('#search'), 'search').disabled,
    ).to.equal(true);
  });
});
