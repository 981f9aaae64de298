import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { baseStyles, define, LinkworkElement } from '@linkwork/elements';
import {
  checkboxes,
  dateInput,
  errorSummary,
  fieldStyles,
  radios,
  select,
  textarea,
  textInput,
} from '../packages/elements/src/fields/index.js';

/** Shows field primitives inside a Linkwork shadow root, as the components render them. */
class FieldGallery extends LinkworkElement {
  static override styles = [baseStyles, fieldStyles];
  static override properties = { view: { attribute: false } };
  view: (locale: 'en' | 'cy') => TemplateResult = () => html``;
  override render() {
    return html`<form novalidate>${this.view(this.locale)}</form>`;
  }
}
define('lw-field-gallery', FieldGallery);

const words = {
  en: {
    errorPrefix: 'Error',
    day: 'Day',
    month: 'Month',
    year: 'Year',
    problem: 'There is a problem',
    remaining: (n: number) => `You have ${n} characters remaining`,
    over: (n: number) => `You have ${n} characters too many`,
  },
  cy: {
    errorPrefix: 'Gwall',
    day: 'Diwrnod',
    month: 'Mis',
    year: 'Blwyddyn',
    problem: 'Mae problem wedi codi',
    remaining: (n: number) => `Mae gennych ${n} nod ar ôl`,
    over: (n: number) => `Mae gennych ${n} nod yn ormod`,
  },
};

const gallery = (view: (locale: 'en' | 'cy') => TemplateResult) =>
  html`<lw-field-gallery .view=${view}></lw-field-gallery>`;

const shadow = (canvas: HTMLElement): ShadowRoot =>
  canvas.querySelector('lw-field-gallery')!.shadowRoot!;

/** The gallery's first render waits for the messages of its language (Welsh loads on demand). */
async function rendered(canvas: HTMLElement): Promise<ShadowRoot> {
  await waitFor(() => expect(shadow(canvas).querySelector('form > *')).not.toBeNull());
  return shadow(canvas);
}

/**
 * The building blocks of every Linkwork form, in the GOV.UK / NHS.UK patterns:
 * a label, a hint, an inline error with a hidden "Error:" prefix, and native
 * controls. Switch the language in the toolbar.
 */
const meta: Meta = {
  title: 'Foundations/Fields',
  tags: ['autodocs'],
};
export default meta;

type Story = StoryObj;

export const TextInput: Story = {
  render: () =>
    gallery(
      (locale) =>
        html`${textInput({
          id: 'nhs',
          name: 'nhsNumber',
          label: locale === 'cy' ? 'Rhif GIG' : 'NHS number',
          hint: locale === 'cy' ? 'Er enghraifft, 485 777 3456' : 'For example, 485 777 3456',
          value: '',
          inputmode: 'numeric',
          width: 10,
          errorPrefix: words[locale].errorPrefix,
        })}`,
    ),
  play: async ({ canvasElement }) => {
    const input = (await rendered(canvasElement)).querySelector('input')!;
    await expect(input.labels?.length).toBe(1);
  },
};

export const TextInputWithError: Story = {
  render: () =>
    gallery(
      (locale) =>
        html`${textInput({
          id: 'postcode',
          name: 'postcode',
          label: locale === 'cy' ? 'Cod post' : 'Postcode',
          value: 'LE1 7R',
          autocomplete: 'postal-code',
          error:
            locale === 'cy'
              ? 'Rhowch god post go iawn, fel LE1 7RH'
              : 'Enter a real postcode, like LE1 7RH',
          errorPrefix: words[locale].errorPrefix,
        })}`,
    ),
  play: async ({ canvasElement }) => {
    const input = (await rendered(canvasElement)).querySelector('input')!;
    await expect(input.getAttribute('aria-invalid')).toBe('true');
  },
};

export const DateOfBirth: Story = {
  render: () =>
    gallery(
      (locale) =>
        html`${dateInput({
          id: 'dob',
          name: 'dateOfBirth',
          label: locale === 'cy' ? 'Dyddiad geni' : 'Date of birth',
          hint: locale === 'cy' ? 'Er enghraifft, 27 3 1956' : 'For example, 27 3 1956',
          value: { day: '9', month: '3', year: '2099' },
          partLabels: {
            day: words[locale].day,
            month: words[locale].month,
            year: words[locale].year,
          },
          autocomplete: 'bday',
          errorParts: ['year'],
          error:
            locale === 'cy'
              ? "Mae'n rhaid i'r dyddiad geni fod yn y gorffennol"
              : 'Date of birth must be in the past',
          errorPrefix: words[locale].errorPrefix,
        })}`,
    ),
};

export const RadiosAndCheckboxes: Story = {
  render: () =>
    gallery(
      (locale) =>
        html`${radios({
          id: 'preferred',
          name: 'preferredContact',
          label: locale === 'cy' ? 'Sut ddylen ni gysylltu â chi?' : 'How should we contact you?',
          value: 'phone',
          options: [
            { value: 'phone', label: locale === 'cy' ? 'Galwad ffôn' : 'Phone call' },
            { value: 'text', label: locale === 'cy' ? 'Neges destun' : 'Text message' },
            { value: 'email', label: locale === 'cy' ? 'E-bost' : 'Email' },
            { value: 'letter', label: locale === 'cy' ? 'Llythyr' : 'Letter' },
          ],
          errorPrefix: words[locale].errorPrefix,
        })}
        ${checkboxes({
          id: 'times',
          name: 'contactTimes',
          label: locale === 'cy' ? 'Pryd sydd orau?' : 'When is best?',
          hint: locale === 'cy' ? "Dewiswch bob un sy'n berthnasol" : 'Select all that apply',
          value: ['morning'],
          options: [
            { value: 'morning', label: locale === 'cy' ? 'Bore' : 'Morning' },
            { value: 'afternoon', label: locale === 'cy' ? 'Prynhawn' : 'Afternoon' },
            { value: 'evening', label: locale === 'cy' ? 'Gyda’r nos' : 'Evening' },
          ],
          inline: true,
          errorPrefix: words[locale].errorPrefix,
        })}`,
    ),
};

export const SelectAndCharacterCount: Story = {
  render: () =>
    gallery(
      (locale) =>
        html`${select({
          id: 'authority',
          name: 'authority',
          label: locale === 'cy' ? 'Eu hawl i roi caniatâd' : 'Their authority to consent',
          placeholder: locale === 'cy' ? 'Dewiswch un' : 'Choose one',
          value: '',
          options: [
            {
              value: 'lasting-power-of-attorney',
              label: locale === 'cy' ? 'Atwrneiaeth arhosol' : 'Lasting power of attorney',
            },
            { value: 'parent', label: locale === 'cy' ? 'Rhiant' : 'Parent of a child under 16' },
            { value: 'other', label: locale === 'cy' ? 'Arall' : 'Other' },
          ],
          errorPrefix: words[locale].errorPrefix,
        })}
        ${textarea({
          id: 'notes',
          name: 'notes',
          label:
            locale === 'cy' ? 'Gyda beth hoffech chi gael help?' : 'What would you like help with?',
          value: 'I would like to meet people nearby.',
          maxLength: 2000,
          count: { remaining: words[locale].remaining, over: words[locale].over },
          errorPrefix: words[locale].errorPrefix,
        })}`,
    ),
};

export const ErrorSummary: Story = {
  render: () =>
    gallery(
      (locale) =>
        html`${errorSummary({
          title: words[locale].problem,
          errors: [
            {
              targetId: 'given',
              message: locale === 'cy' ? 'Rhowch enw cyntaf' : 'Enter a first name',
            },
          ],
        })}
        ${textInput({
          id: 'given',
          name: 'givenName',
          label: locale === 'cy' ? 'Enw cyntaf' : 'First name',
          value: '',
          autocomplete: 'given-name',
          error: locale === 'cy' ? 'Rhowch enw cyntaf' : 'Enter a first name',
          errorPrefix: words[locale].errorPrefix,
        })}`,
    ),
  play: async ({ canvasElement }) => {
    const root = await rendered(canvasElement);
    root.querySelector<HTMLAnchorElement>('.lw-error-summary a')!.click();
    await expect(root.activeElement?.id).toBe('given');
  },
};
