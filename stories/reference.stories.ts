import { getCustomElements, type Meta, type StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { storyPage } from './support/story-page.js';

/** The parts of a Custom Elements Manifest (schema 2.x) that the reference shows. */
interface Described {
  name: string;
  description?: string;
  summary?: string;
  default?: string;
  type?: { text: string };
  inheritedFrom?: { name: string };
}
interface Member extends Described {
  kind: 'field' | 'method';
  static?: boolean;
  privacy?: 'public' | 'private' | 'protected';
  attribute?: string;
  readonly?: boolean;
}
interface Attribute extends Described {
  fieldName?: string;
}
interface ElementDeclaration extends Described {
  tagName?: string;
  customElement?: boolean;
  attributes?: Attribute[];
  members?: Member[];
  events?: Described[];
  slots?: Described[];
  cssParts?: Described[];
  cssProperties?: Described[];
}
interface Manifest {
  modules: { declarations?: ElementDeclaration[] }[];
}

/** Every custom element the manifest declares, by tag name. */
function elements(): Map<string, ElementDeclaration> {
  const manifest = getCustomElements() as Manifest;
  return new Map(
    manifest.modules
      .flatMap((module) => module.declarations ?? [])
      .filter((declaration) => declaration.customElement && declaration.tagName)
      .map((declaration) => [declaration.tagName!, declaration]),
  );
}

const text = (value: string | undefined) => (value ? html`<code>${value}</code>` : nothing);

function section(
  id: string,
  title: string,
  rows: Described[],
  columns: [string, (row: Described) => unknown][],
): TemplateResult {
  return html`<h2 id=${id}>${title}</h2>
    ${
      rows.length === 0
        ? html`<p data-empty=${id}>None.</p>`
        : html`<table data-section=${id}>
            <thead>
              <tr>
                ${columns.map(([heading]) => html`<th scope="col">${heading}</th>`)}
              </tr>
            </thead>
            <tbody>
              ${rows.map(
                (row) =>
                  html`<tr>
                    ${columns.map(([, cell], index) =>
                      index === 0
                        ? html`<th scope="row">${cell(row)}</th>`
                        : html`<td>${cell(row)}</td>`,
                    )}
                  </tr>`,
              )}
            </tbody>
          </table>`
    }`;
}

/**
 * The API of one element, as the custom elements manifest documents it:
 * attributes, properties, events, slots, CSS parts and CSS custom properties.
 * Events are the element's `lw-*` events (the manifest also lists a `type`
 * event that the analyzer infers from the shared `emit()` helper).
 */
function reference(tagName: string): TemplateResult {
  const element = elements().get(tagName);
  if (!element)
    return storyPage(
      html`<h1>&lt;${tagName}&gt;</h1>
        <p>Not in the manifest.</p>`,
    );
  const properties = (element.members ?? []).filter(
    (member) =>
      member.kind === 'field' &&
      !member.static &&
      member.privacy !== 'private' &&
      member.privacy !== 'protected',
  ) as Member[];
  const events = (element.events ?? []).filter((event) => event.name.startsWith('lw-'));
  const name = (row: Described) => text(row.name);
  const type = (row: Described) => text(row.type?.text);
  const fallback = (row: Described) => text(row.default);
  const description = (row: Described) => row.description ?? '';
  return storyPage(html`
    <h1><code>&lt;${tagName}&gt;</code></h1>
    <p>${element.summary ?? ''}</p>
    <p>${element.description ?? ''}</p>
    ${section('attributes', 'Attributes', element.attributes ?? [], [
      ['Attribute', name],
      ['Type', type],
      ['Default', fallback],
      ['Description', description],
    ])}
    ${section('properties', 'Properties', properties, [
      ['Property', name],
      ['Attribute', (row) => text((row as Member).attribute)],
      ['Type', type],
      ['Description', description],
    ])}
    ${section('events', 'Events', events, [
      ['Event', name],
      ['Description', description],
    ])}
    ${section('slots', 'Slots', element.slots ?? [], [
      ['Slot', (row) => text(row.name || '(default)')],
      ['Description', description],
    ])}
    ${section('parts', 'CSS parts', element.cssParts ?? [], [
      ['Part', (row) => text(`::part(${row.name})`)],
      ['Description', description],
    ])}
    ${section('css-properties', 'CSS custom properties', element.cssProperties ?? [], [
      ['Property', name],
      ['Default', fallback],
      ['Description', description],
    ])}
  `);
}

/** What each section of a rendered reference lists, by its first column. */
async function listed(canvas: HTMLElement, section: string): Promise<string[]> {
  const page = canvas.querySelector('lw-story-page')!;
  await waitFor(() => expect(page.shadowRoot?.querySelector('h1')).not.toBeNull());
  return [...page.shadowRoot!.querySelectorAll(`[data-section="${section}"] tbody th`)].map(
    (cell) => cell.textContent!.trim(),
  );
}

/**
 * The API of every Linkwork element, generated from the custom elements
 * manifest (`packages/elements/custom-elements.json`, written by the package
 * build from the elements' JSDoc): the same data the Controls panel uses.
 */
const meta: Meta = {
  title: 'Reference/Custom elements',
  parameters: { layout: 'padded' },
};
export default meta;

export const ReferralForm: StoryObj = {
  name: '<lw-referral-form>',
  render: () => reference('lw-referral-form'),
  play: async ({ canvasElement }) => {
    await expect(await listed(canvasElement, 'attributes')).toEqual([
      'mode',
      'steps',
      'name',
      'draft',
      'minimum-age',
    ]);
    await expect(await listed(canvasElement, 'parts')).toContain('::part(continue-button)');
    await expect(await listed(canvasElement, 'events')).toContain('lw-step-change');
    await expect(await listed(canvasElement, 'events')).toContain('lw-submitted');
    await expect(await listed(canvasElement, 'slots')).toEqual(['service-name', 'next-steps']);
  },
};

export const ActivityPicker: StoryObj = {
  name: '<lw-activity-picker>',
  render: () => reference('lw-activity-picker'),
  play: async ({ canvasElement }) => {
    await expect(await listed(canvasElement, 'events')).toContain('lw-selection-change');
    await expect(await listed(canvasElement, 'properties')).toContain('backend');
    await expect(await listed(canvasElement, 'css-properties')).toContain('--lw-color-primary');
  },
};

export const ConsentCapture: StoryObj = {
  name: '<lw-consent-capture>',
  render: () => reference('lw-consent-capture'),
  play: async ({ canvasElement }) => {
    await expect(await listed(canvasElement, 'slots')).toEqual(['privacy-notice']);
    await expect(await listed(canvasElement, 'events')).toContain('lw-consent-withdrawn');
  },
};

export const EveryElement: StoryObj = {
  name: 'Every element has a reference',
  render: () =>
    storyPage(
      html`<h1>Custom elements</h1>
        <ul>
          ${[...elements().values()].map(
            (element) =>
              html`<li><code>&lt;${element.tagName}&gt;</code>: ${element.summary ?? ''}</li>`,
          )}
        </ul>`,
    ),
  play: async ({ canvasElement }) => {
    const page = canvasElement.querySelector('lw-story-page')!;
    await waitFor(() => expect(page.shadowRoot?.querySelector('li')).not.toBeNull());
    // A new element needs a story above: this list and the stories must match.
    await expect([...elements().keys()].sort()).toEqual([
      'lw-activity-picker',
      'lw-consent-capture',
      'lw-referral-form',
    ]);
  },
};
