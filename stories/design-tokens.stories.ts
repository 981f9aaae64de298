import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { defaultTheme, tokenNames, type TokenName } from '@linkwork/elements';
import { css, html, LitElement, unsafeCSS } from 'lit';
import { expect, waitFor } from 'storybook/test';

const colourTokens = tokenNames.filter((name) => name.startsWith('--lw-color-'));
const otherTokens = tokenNames.filter((name) => !name.startsWith('--lw-color-'));

/**
 * A table of tokens: each one's NHS default, the value in force where the table
 * sits (the toolbar's theme, or any ancestor that sets it), and a swatch.
 * Styles are adopted stylesheets, never `style` attributes, so the story runs
 * under a strict Content-Security-Policy like the components do.
 */
class TokenTable extends LitElement {
  static override styles = [
    css`
      :host {
        display: block;
        margin-block-end: 2rem;
        font-family: Arial, Helvetica, sans-serif;
      }
      table {
        border-collapse: collapse;
      }
      caption {
        padding-block: 0.5rem;
        font-size: 1.25rem;
        font-weight: bold;
        text-align: start;
      }
      th,
      td {
        padding: 0.25rem 1rem 0.25rem 0;
        text-align: start;
        vertical-align: top;
        overflow-wrap: anywhere;
      }
      .swatch {
        display: inline-block;
        inline-size: 3rem;
        block-size: 1.5rem;
        border: 1px solid currentColor;
      }
    `,
    // One rule per colour token: a swatch shows the token as inherited from the page.
    unsafeCSS(
      colourTokens
        .map(
          (name) =>
            `.swatch[data-token='${name}'] { background: var(${name}, ${defaultTheme[name]}); }`,
        )
        .join('\n'),
    ),
  ];

  static override properties = { caption: {}, names: { attribute: false } };
  caption = '';
  names: readonly TokenName[] = [];

  /** The token's value where this table sits: a theme's, or else the default. */
  tokenValue(name: TokenName): string {
    return getComputedStyle(this).getPropertyValue(name).trim() || defaultTheme[name];
  }

  override render() {
    return html`<table>
      <caption>
        ${this.caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">Custom property</th>
          <th scope="col">NHS default</th>
          <th scope="col">In this theme</th>
          <th scope="col">Sample</th>
        </tr>
      </thead>
      <tbody>
        ${this.names.map(
          (name) =>
            html`<tr>
              <th scope="row"><code>${name}</code></th>
              <td><code>${defaultTheme[name]}</code></td>
              <td><code data-value=${name}>${this.tokenValue(name)}</code></td>
              <td>
                ${
                  name.startsWith('--lw-color-')
                    ? html`<span class="swatch" data-token=${name}></span>`
                    : ''
                }
              </td>
            </tr>`,
        )}
      </tbody>
    </table>`;
  }
}
if (!customElements.get('lw-story-token-table'))
  customElements.define('lw-story-token-table', TokenTable);

const tables = (canvas: HTMLElement): TokenTable[] => [
  ...canvas.querySelectorAll<TokenTable>('lw-story-token-table'),
];
const cell = (canvas: HTMLElement, selector: string): HTMLElement | null =>
  tables(canvas)
    .map((table) => table.shadowRoot?.querySelector<HTMLElement>(selector))
    .find((found) => found) ?? null;

/**
 * Every `--lw-*` custom property that Linkwork elements read, with its NHS
 * default and its value in the theme chosen in the toolbar. Theme a page with
 * one of the shipped stylesheets (`@linkwork/elements/themes/govuk.css`, …) or
 * set any token on a Linkwork element or an ancestor.
 */
const meta: Meta = {
  title: 'Foundations/Design tokens',
  tags: ['autodocs'],
};
export default meta;

export const Tokens: StoryObj = {
  render: () =>
    html`<lw-story-token-table .caption=${'Colours'} .names=${colourTokens}></lw-story-token-table>
      <lw-story-token-table
        .caption=${'Type, spacing and shape'}
        .names=${otherTokens}
      ></lw-story-token-table>`,
  play: async ({ canvasElement, globals }) => {
    await waitFor(() => expect(cell(canvasElement, 'tbody tr')).not.toBeNull());
    const rows = tables(canvasElement).flatMap((table) => [
      ...table.shadowRoot!.querySelectorAll('tbody tr'),
    ]);
    await expect(rows.length).toBe(tokenNames.length);
    if (globals['theme'] === 'nhs') {
      const swatch = cell(canvasElement, '[data-token="--lw-color-primary"]')!;
      await expect(getComputedStyle(swatch).backgroundColor).toBe('rgb(0, 94, 184)');
    }
  },
};

export const ThemedByAnAncestor: StoryObj = {
  name: 'A theme class on an ancestor overrides the defaults',
  globals: { theme: 'council' },
  render: () =>
    html`<lw-story-token-table
      .caption=${'Colours'}
      .names=${colourTokens}
    ></lw-story-token-table>`,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(cell(canvasElement, 'tbody tr')).not.toBeNull());
    // themes/council.css: teal brand, purple buttons.
    await expect(cell(canvasElement, '[data-value="--lw-color-primary"]')!.textContent).toBe(
      '#00626b',
    );
    // Forced colours mode replaces backgrounds with system colours, as it should.
    if (!matchMedia('(forced-colors: active)').matches) {
      const swatch = cell(canvasElement, '[data-token="--lw-color-button"]')!;
      await expect(getComputedStyle(swatch).backgroundColor).toBe('rgb(91, 42, 134)');
    }
  },
};
