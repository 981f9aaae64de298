import { expect, fixture, html as testHtml } from '@open-wc/testing';
import { html, type TemplateResult } from 'lit';
import { expectAccessible } from '../../../../test/helpers/axe.js';
import {
  emulateForcedColors,
  overflowsHorizontally,
  viewport,
} from '../../../../test/helpers/browser.js';
import { baseStyles } from '../base/base.styles.js';
import { define } from '../base/define.js';
import { LinkworkElement } from '../base/linkwork-element.js';
import {
  checkboxes,
  dateInput,
  errorSummary,
  FieldInteractions,
  fieldStyles,
  focusErrorSummary,
  radios,
  select,
  textarea,
  textInput,
} from './index.js';

/** Renders whatever template a test gives it, in its own shadow root, with the field styles. */
class FieldsHost extends LinkworkElement {
  static override styles = [baseStyles, fieldStyles];
  static override properties = { view: { attribute: false } };
  view: () => TemplateResult = () => html``;
  override render() {
    return html`<form novalidate>${this.view()}</form>`;
  }
}
define('lw-fields-test-host', FieldsHost);

async function host(view: () => TemplateResult): Promise<FieldsHost> {
  const el = await fixture<FieldsHost>(testHtml`<lw-fields-test-host></lw-fields-test-host>`);
  el.view = view;
  el.requestUpdate();
  await el.updateComplete;
  return el;
}

const $ = <T extends Element>(el: FieldsHost, selector: string): T =>
  el.shadowRoot!.querySelector<T>(selector)!;

/** Every id an aria-describedby names must exist in the same shadow root. */
function expectDescriptionsResolve(el: FieldsHost): void {
  for (const control of el.shadowRoot!.querySelectorAll('[aria-describedby]')) {
    for (const id of control.getAttribute('aria-describedby')!.split(' ')) {
      expect(el.shadowRoot!.getElementById(id), `#${id}`).to.not.equal(null);
    }
  }
}

const common = { errorPrefix: 'Error' };

describe('textInput', () => {
  it('labels a native input and carries autofill and keyboard hints', async () => {
    const el = await host(() =>
      textInput({
        ...common,
        id: 'nhs',
        name: 'nhsNumber',
        label: 'NHS number',
        hint: 'For example, 485 777 3456',
        value: '',
        inputmode: 'numeric',
        autocomplete: 'off',
        width: 10,
      }),
    );
    const input = $<HTMLInputElement>(el, 'input');
    expect(input.labels?.[0]?.textContent?.trim()).to.equal('NHS number');
    expect(input.getAttribute('inputmode')).to.equal('numeric');
    expect(input.getAttribute('autocomplete')).to.equal('off');
    expect(input.getAttribute('aria-describedby')).to.equal('nhs-hint');
    expect(input.getAttribute('aria-invalid')).to.equal('false');
    expectDescriptionsResolve(el);
    await expectAccessible(el);
  });

  it('shows an inline error with a hidden prefix, described by hint then error', async () => {
    const el = await host(() =>
      textInput({
        ...common,
        id: 'postcode',
        name: 'postcode',
        label: 'Postcode',
        hint: 'For example, LE1 7RH',
        error: 'Enter a real postcode',
        value: 'XX',
        autocomplete: 'postal-code',
      }),
    );
    const input = $<HTMLInputElement>(el, 'input');
    expect(input.getAttribute('aria-describedby')).to.equal('postcode-hint postcode-error');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    const message = $<HTMLElement>(el, '#postcode-error');
    expect(message.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Error: Enter a real postcode',
    );
    const prefix = message.querySelector('.lw-visually-hidden')!;
    expect(prefix.getBoundingClientRect().width).to.be.at.most(1);
    expect($(el, '.lw-field').classList.contains('lw-field--error')).to.equal(true);
    expectDescriptionsResolve(el);
    await expectAccessible(el);
  });

  it('reports input and leaving with the current value', async () => {
    const seen: string[] = [];
    const el = await host(() =>
      textInput({
        ...common,
        id: 'given',
        name: 'givenName',
        label: 'First name',
        value: '',
        autocomplete: 'given-name',
        onInput: (value) => seen.push(`input:${value}`),
        onBlur: (value) => seen.push(`blur:${value}`),
      }),
    );
    const input = $<HTMLInputElement>(el, 'input');
    input.focus();
    input.value = 'Siân';
    input.dispatchEvent(new InputEvent('input', { bubbles: true }));
    input.blur();
    expect(seen).to.deep.equal(['input:Siân', 'blur:Siân']);
  });

  it('renders host text as text, never as markup', async () => {
    const el = await host(() =>
      textInput({
        ...common,
        id: 'x',
        name: 'x',
        label: '<img src=x onerror=alert(1)>',
        hint: '<b>bold</b>',
        error: '<script>1</script>',
        value: '',
      }),
    );
    expect(el.shadowRoot!.querySelector('img, b, script')).to.equal(null);
    expect($(el, 'label').textContent).to.contain('<img src=x onerror=alert(1)>');
  });
});

describe('dateInput', () => {
  const partLabels = { day: 'Day', month: 'Month', year: 'Year' };

  it('is three labelled numeric boxes in a fieldset, with birthday autofill', async () => {
    const el = await host(() =>
      dateInput({
        ...common,
        id: 'dob',
        name: 'dateOfBirth',
        label: 'Date of birth',
        hint: 'For example, 27 3 1956',
        value: { day: '', month: '', year: '' },
        partLabels,
        autocomplete: 'bday',
      }),
    );
    const inputs = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input')];
    expect(inputs.map((input) => input.getAttribute('autocomplete'))).to.deep.equal([
      'bday-day',
      'bday-month',
      'bday-year',
    ]);
    expect(inputs.map((input) => input.labels?.[0]?.textContent?.trim())).to.deep.equal([
      'Day',
      'Month',
      'Year',
    ]);
    expect(inputs.every((input) => input.inputMode === 'numeric')).to.equal(true);
    expect(inputs[0]!.id).to.equal('dob');
    expect($(el, 'legend').textContent!.trim()).to.equal('Date of birth');
    expect($(el, 'fieldset').getAttribute('aria-describedby')).to.equal('dob-hint');
    expectDescriptionsResolve(el);
    await expectAccessible(el);
  });

  it('marks only the boxes the error is about', async () => {
    const el = await host(() =>
      dateInput({
        ...common,
        id: 'dob',
        name: 'dateOfBirth',
        label: 'Date of birth',
        error: 'Date of birth must include a year',
        errorParts: ['year'],
        value: { day: '9', month: '3', year: '' },
        partLabels,
      }),
    );
    const invalid = [...el.shadowRoot!.querySelectorAll('input')].map((input) =>
      input.getAttribute('aria-invalid'),
    );
    expect(invalid).to.deep.equal(['false', 'false', 'true']);
    await expectAccessible(el);
  });

  it('reports leaving the whole date, not moving between its boxes', async () => {
    let left = 0;
    const el = await host(
      () =>
        html`${dateInput({
            ...common,
            id: 'dob',
            name: 'dateOfBirth',
            label: 'Date of birth',
            value: { day: '', month: '', year: '' },
            partLabels,
            onBlur: () => left++,
          })} <button type="button">Next</button>`,
    );
    const [day, month] = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input')];
    day!.focus();
    month!.focus();
    expect(left).to.equal(0);
    $<HTMLButtonElement>(el, 'button').focus();
    expect(left).to.equal(1);
  });
});

describe('radios and checkboxes', () => {
  const channels = [
    { value: 'phone', label: 'Phone call' },
    { value: 'text', label: 'Text message', hint: 'To a mobile' },
    { value: 'email', label: 'Email' },
  ];

  it('renders a radio group whose first option carries the field id', async () => {
    let chosen = '';
    const el = await host(() =>
      radios({
        ...common,
        id: 'preferred',
        name: 'preferredContact',
        label: 'How should we contact you?',
        options: channels,
        value: 'email',
        onChange: (value) => (chosen = value),
      }),
    );
    const inputs = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=radio]')];
    expect(inputs[0]!.id).to.equal('preferred');
    expect(inputs.map((input) => input.checked)).to.deep.equal([false, false, true]);
    expect(inputs[1]!.labels?.[0]?.textContent?.trim()).to.equal('Text message');
    inputs[0]!.click();
    expect(chosen).to.equal('phone');
    expectDescriptionsResolve(el);
    await expectAccessible(el);
  });

  it('keeps checkbox answers in the order of the options', async () => {
    let value: string[] = ['email'];
    const el = await host(() =>
      checkboxes({
        ...common,
        id: 'contactBy',
        name: 'contactBy',
        label: 'How may we contact you?',
        error: 'Select how we may contact you',
        options: channels,
        value,
        onChange: (next) => (value = next),
      }),
    );
    $<HTMLInputElement>(el, '#contactBy').click();
    expect(value).to.deep.equal(['phone', 'email']);
    expect($(el, 'fieldset').getAttribute('aria-describedby')).to.equal('contactBy-error');
    await expectAccessible(el);
  });
});

describe('select and textarea', () => {
  it('selects the current value and offers a placeholder', async () => {
    const el = await host(() =>
      select({
        ...common,
        id: 'authority',
        name: 'authority',
        label: 'Their authority',
        placeholder: 'Choose one',
        options: [
          { value: 'lasting-power-of-attorney', label: 'Lasting power of attorney' },
          { value: 'parent', label: 'Parent of a child under 16' },
        ],
        value: 'parent',
      }),
    );
    const control = $<HTMLSelectElement>(el, 'select');
    expect(control.value).to.equal('parent');
    expect(control.options[0]!.textContent!.trim()).to.equal('Choose one');
    await expectAccessible(el);
  });

  it('counts characters down and past the limit, politely', async () => {
    const count = {
      remaining: (n: number) => `You have ${n} characters remaining`,
      over: (n: number) => `You have ${n} characters too many`,
    };
    let value = 'Hello';
    const el = await host(() =>
      textarea({
        ...common,
        id: 'notes',
        name: 'notes',
        label: 'What would you like help with?',
        value,
        maxLength: 10,
        count,
      }),
    );
    const live = $<HTMLElement>(el, '#notes-count');
    expect(live.getAttribute('aria-live')).to.equal('polite');
    expect(live.textContent!.trim()).to.equal('You have 5 characters remaining');
    expect($(el, 'textarea').getAttribute('aria-describedby')).to.equal('notes-count');
    value = 'Hello, world!';
    el.requestUpdate();
    await el.updateComplete;
    expect($(el, '#notes-count').textContent!.trim()).to.equal('You have 3 characters too many');
    // The textarea never cuts what someone typed.
    expect($<HTMLTextAreaElement>(el, 'textarea').value).to.equal('Hello, world!');
    await expectAccessible(el);
  });
});

describe('errorSummary', () => {
  const partLabels = { day: 'Day', month: 'Month', year: 'Year' };
  const form = () =>
    html`${errorSummary({
      title: 'There is a problem',
      errors: [
        { targetId: 'given', message: 'Enter a first name' },
        { targetId: 'dob', message: 'Date of birth must be in the past' },
      ],
    })}
    ${textInput({
      ...common,
      id: 'given',
      name: 'givenName',
      label: 'First name',
      value: '',
      error: 'Enter a first name',
    })}
    ${dateInput({
      ...common,
      id: 'dob',
      name: 'dob',
      label: 'Date of birth',
      value: { day: '1', month: '1', year: '2099' },
      error: 'Date of birth must be in the past',
      partLabels,
    })}`;

  it('is an alert that takes focus and links to each field inside the shadow root', async () => {
    const el = await host(form);
    const summary = $<HTMLElement>(el, '.lw-error-summary');
    expect(summary.getAttribute('role')).to.equal('alert');
    expect(focusErrorSummary(el.shadowRoot!)).to.equal(true);
    expect(el.shadowRoot!.activeElement).to.equal(summary);
    const links = [...summary.querySelectorAll('a')];
    expect(links.map((link) => link.textContent!.trim())).to.deep.equal([
      'Enter a first name',
      'Date of birth must be in the past',
    ]);
    links[1]!.click();
    expect(el.shadowRoot!.activeElement?.id).to.equal('dob');
    links[0]!.click();
    expect(el.shadowRoot!.activeElement?.id).to.equal('given');
    await expectAccessible(el);
  });

  it('renders nothing without errors', async () => {
    const el = await host(
      () => errorSummary({ title: 'There is a problem', errors: [] }) as TemplateResult,
    );
    expect(el.shadowRoot!.querySelector('.lw-error-summary')).to.equal(null);
    expect(focusErrorSummary(el.shadowRoot!)).to.equal(false);
  });

  it('reflows at 320px without sideways scrolling, and survives forced colours', async () => {
    await viewport(320);
    try {
      const el = await host(form);
      expect(overflowsHorizontally(el)).to.equal(false);
      await emulateForcedColors(true);
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      // In forced colours the error bar keeps a visible border in the system text colour.
      const group = $<HTMLElement>(el, '.lw-field--error');
      expect(getComputedStyle(group).borderInlineStartStyle).to.equal('solid');
      await expectAccessible(el);
    } finally {
      await emulateForcedColors(false);
      await viewport(800, 600);
    }
  });
});

describe('FieldInteractions', () => {
  it('shows no error while someone types the first characters', () => {
    const state = new FieldInteractions();
    state.start('patient.givenName', '');
    state.input('patient.givenName', 'S');
    expect(state.showsError('patient.givenName')).to.equal(false);
  });

  it('shows errors after leaving a changed field, or after continue', () => {
    const state = new FieldInteractions();
    state.start('a', '');
    state.start('b', '');
    state.leave('a');
    expect(state.showsError('a')).to.equal(false);
    state.input('a', 'x');
    state.leave('a');
    expect(state.showsError('a')).to.equal(true);
    expect(state.showsError('b')).to.equal(false);
    state.submitted = true;
    expect(state.showsError('b')).to.equal(true);
  });

  it('shows errors on host prefill at once, and forgets everything on reset', () => {
    const state = new FieldInteractions();
    state.start('patient.nhsNumber', '123', { prefilled: true });
    expect(state.showsError('patient.nhsNumber')).to.equal(true);
    state.reset();
    expect(state.showsError('patient.nhsNumber')).to.equal(false);
  });
});
