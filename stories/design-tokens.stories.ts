import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { defaultTheme, tokenNames, type TokenName } from '@linkwork/elements';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { expect } from 'storybook/test';

const colourTokens = tokenNames.filter((name) => name.startsWith('--lw-color-'));
const otherTokens = tokenNames.filter((name) => !name.startsWith('--lw-color-'));

function tokenRow(name: TokenName) {
  const isColour = name.startsWith('--lw-color-');
  return html`<tr>
    <th scope="row"><code>${name}</code></th>
    <td><code>${defaultTheme[name]}</code></td>
    <td>
      ${
        isColour
          ? html`<span
              data-token=${name}
              style=${styleMap({
                display: 'inline-block',
                width: '3rem',
                height: '1.5rem',
                border: '1px solid #4c6272',
                background: `var(${name}, ${defaultTheme[name]})`,
              })}
            ></span>`
          : ''
      }
    </td>
  </tr>`;
}

function tokenTable(caption: string, names: TokenName[]) {
  const left = styleMap({ textAlign: 'left', padding: '0.25rem 1rem 0.25rem 0' });
  return html`<table
    style=${styleMap({ borderCollapse: 'collapse', marginBottom: '2rem', fontFamily: 'Arial, sans-serif' })}
  >
    <caption
      style=${styleMap({ textAlign: 'left', fontWeight: 'bold', fontSize: '1.25rem', padding: '0.5rem 0' })}
    >
      ${caption}
    </caption>
    <thead>
      <tr>
        <th scope="col" style=${left}>Custom property</th>
        <th scope="col" style=${left}>Default (NHS theme)</th>
        <th scope="col" style=${left}>Sample</th>
      </tr>
    </thead>
    <tbody>
      ${names.map(tokenRow)}
    </tbody>
  </table>`;
}

/**
 * Every `--lw-*` custom property that Linkwork elements read, with its default.
 * Set any of them on a Linkwork element or an ancestor to theme it.
 */
const meta: Meta = {
  title: 'Foundations/Design tokens',
  tags: ['autodocs'],
};
export default meta;

export const DefaultTheme: StoryObj = {
  render: () =>
    html`${tokenTable('Colours', colourTokens)}
    ${tokenTable('Type, spacing and shape', otherTokens)}`,
  play: async ({ canvasElement }) => {
    const rows = canvasElement.querySelectorAll('tbody tr');
    await expect(rows.length).toBe(tokenNames.length);
    const primary = canvasElement.querySelector<HTMLElement>('[data-token="--lw-color-primary"]')!;
    await expect(getComputedStyle(primary).backgroundColor).toBe('rgb(0, 94, 184)');
  },
};

export const CustomTheme: StoryObj = {
  name: 'A host theme overrides the defaults',
  render: () =>
    html`<div style=${styleMap({ '--lw-color-primary': '#330072', '--lw-color-error': '#8a1538' })}>
      ${tokenTable('Colours under a host theme', colourTokens)}
    </div>`,
  play: async ({ canvasElement }) => {
    const primary = canvasElement.querySelector<HTMLElement>('[data-token="--lw-color-primary"]')!;
    await expect(getComputedStyle(primary).backgroundColor).toBe('rgb(51, 0, 114)');
  },
};
