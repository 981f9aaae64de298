/// <reference types="vite/client" />
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
// The shipped themes, each scoped to its `.lw-theme-*` class, so loading them changes nothing
// until a story root carries the class (see the theme decorator below).
import '../packages/elements/themes/govuk.css';
import '../packages/elements/themes/council.css';
import './preview.css';

/*
 * Controls (and, with @storybook/addon-docs, autodocs) take each element's attributes,
 * properties, events, slots, parts and CSS properties from the custom elements manifest
 * that `npm run build -w @linkwork/elements` (or `npm run manifest`) writes. A glob rather
 * than an import, so the typecheck does not need the generated file.
 */
const manifests = import.meta.glob<object>('../packages/elements/custom-elements.json', {
  eager: true,
  import: 'default',
});
const manifest = Object.values(manifests)[0];
if (!manifest) {
  throw new Error(
    'packages/elements/custom-elements.json is missing: run `npm run manifest` (or build @linkwork/elements) first.',
  );
}
setCustomElementsManifest(manifest);

/**
 * The toolbar's themes. `nhs` is the default of tokens.ts with no stylesheet at all;
 * `forced-colours` maps the tokens to CSS system colours (.storybook/preview.css). A page
 * cannot switch the browser into forced colours, so that item previews the palette only;
 * the accessibility sweep renders it under real `forced-colors: active` emulation.
 */
const THEMES = ['nhs', 'govuk', 'council', 'forced-colours'] as const;
type ThemeName = (typeof THEMES)[number];

const themeOf = (value: unknown): ThemeName =>
  THEMES.includes(value as ThemeName) ? (value as ThemeName) : 'nhs';

const preview: Preview = {
  parameters: {
    // Every story is also an accessibility test: a violation fails the run.
    a11y: {
      test: 'error',
      options: {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      },
    },
    controls: { expanded: true },
  },
  globalTypes: {
    locale: {
      description: 'Language of the components',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'cy', title: 'Cymraeg' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Theme of the components: a stylesheet of --lw-* tokens',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [
          { value: 'nhs', title: 'NHS (default)' },
          { value: 'govuk', title: 'GOV.UK-like (themes/govuk.css)' },
          { value: 'council', title: 'Riverside Council (themes/council.css)' },
          {
            value: 'forced-colours',
            title: 'Forced colours palette (real mode: DevTools ▸ Rendering)',
          },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', theme: 'nhs' },
  decorators: [
    (story, context) => {
      // The theme's class sits on a wrapper inside the story root, so it leaves with the
      // story: nothing global changes, and the next story starts from its own toolbar value.
      const theme = themeOf(context.globals['theme']);
      return html`<div class="lw-story-theme lw-theme-${theme}" data-theme=${theme}>
        ${story()}
      </div>`;
    },
    (story, context) => {
      // Components take their language from the nearest lang attribute.
      document.documentElement.lang = String(context.globals['locale'] ?? 'en');
      return story();
    },
  ],
};

export default preview;
