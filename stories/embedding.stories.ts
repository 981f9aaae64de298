import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { codeBlock, storyPage } from './support/story-page.js';

const scriptTag = `
<!-- Every element, with Lit inside: one file, no build step. -->
<script type="module" src="/linkwork/linkwork.js"></script>
<!-- Your own code in a file of its own, never inline (strict CSP). -->
<script type="module" src="/js/self-referral.js"></script>

<lw-referral-form mode="self"></lw-referral-form>
`;

const scriptTagModule = `
// /js/self-referral.js
import { createRestBackend } from '/linkwork/linkwork-rest.js';

const form = document.querySelector('lw-referral-form');
form.backend = createRestBackend({ baseUrl: 'https://referrals.example.org/api/' });
form.addEventListener('lw-submitted', (event) => {
  console.log('Referral received', event.detail);
});
`;

const npmInstall = `
npm install @linkwork/elements @linkwork/core
`;

const npmVite = `
// src/main.ts: import only the elements you use; each define module registers one tag.
import '@linkwork/elements/define/lw-referral-form.js';
import '@linkwork/elements/define/lw-activity-picker.js';
import '@linkwork/elements/themes/council.css';
import { createRestBackend } from '@linkwork/core';

const form = document.querySelector('lw-referral-form')!;
form.backend = createRestBackend({ baseUrl: 'https://referrals.example.org/api/' });
form.addEventListener('lw-submitted', (event) => {
  console.log('Referral received', event.detail);
});
`;

const react = `
npm install @linkwork/react @linkwork/elements @linkwork/core react react-dom
`;

const reactApp = `
import { ReferralForm } from '@linkwork/react';
import { createRestBackend } from '@linkwork/core';
import '@linkwork/elements/themes/govuk.css';

const backend = createRestBackend({ baseUrl: 'https://referrals.example.org/api/' });

export function SelfReferral() {
  return (
    <div className="lw-theme-govuk">
      <ReferralForm
        mode="self"
        backend={backend}
        onLwStepChange={(event) => console.log('Step', event.detail.step)}
        onLwSubmitted={(event) => console.log('Referral received', event.detail)}
      />
    </div>
  );
}
`;

const themeLink = `
<link rel="stylesheet" href="/linkwork/themes/govuk.css">
<body class="lw-theme-govuk"> … </body>
`;

const themeOwn = `
/* Your own colours: set any --lw-* token on an element or an ancestor. */
.my-council {
  --lw-color-primary: #00626b;
  --lw-color-link: #00626b;
  --lw-color-button: #5b2a86;
  --lw-color-button-hover: #42205f;
  --lw-radius: 8px;
}
`;

const cspHeader = `
Content-Security-Policy: default-src 'self'; connect-src 'self' https://referrals.example.org; object-src 'none'; base-uri 'none'; frame-ancestors 'self'; require-trusted-types-for 'script'; trusted-types lit-html
`;

/**
 * How to put Linkwork elements on a page: a script tag, npm with a bundler, or
 * React; how to theme them; and the Content-Security-Policy they run under.
 * Every snippet can be copied as it is.
 */
const meta: Meta = {
  title: 'Guides/Embedding',
  parameters: { layout: 'padded' },
};
export default meta;

export const Embedding: StoryObj = {
  render: () =>
    storyPage(html`
      <h1>Embedding Linkwork</h1>
      <p>
        Linkwork's elements are standard custom elements: they work in any page, framework or
        content management system. Pick the way that suits your site.
      </p>

      <h2 id="script-tag">Script tag, no build step</h2>
      <p>
        For a council CMS or a static site. Copy <code>dist/linkwork.js</code> and the files beside
        it to your site: the chunks it loads when needed (Welsh only on Welsh pages) and one module
        per backend (<code>linkwork-rest.js</code>, <code>linkwork-oruk.js</code>), which a page
        imports only if it uses that backend. Then:
      </p>
      ${codeBlock(scriptTag, 'html')} ${codeBlock(scriptTagModule, 'js')}

      <h2 id="npm">npm and Vite (or any bundler)</h2>
      ${codeBlock(npmInstall, 'sh')} ${codeBlock(npmVite, 'ts')}
      <p>
        Types come with the packages: <code>document.querySelector('lw-referral-form')</code> is a
        <code>ReferralForm</code>, and every <code>lw-*</code> event has a typed
        <code>detail</code>.
      </p>

      <h2 id="react">React</h2>
      ${codeBlock(react, 'sh')} ${codeBlock(reactApp, 'tsx')}
      <p>
        Each element is a React component generated from the custom elements manifest: its
        properties are props, and each <code>lw-*</code> event is an <code>on…</code> prop (<code
          >lw-submitted</code
        >
        is <code>onLwSubmitted</code>).
      </p>

      <h2 id="themes">Themes</h2>
      <p>
        Without a stylesheet the elements use the NHS look. Three themes ship with
        <code>@linkwork/elements</code>, each a class of <code>--lw-*</code> custom properties that
        meets WCAG 2.2 AA contrast for every pair of colours the elements draw on each other:
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">File</th>
            <th scope="col">Class</th>
            <th scope="col">Look</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td><code>themes/nhs.css</code></td>
            <td><code>lw-theme-nhs</code></td>
            <td>NHS.UK, the default: every token listed, a starting point for your own</td>
          </tr>
          <tr>
            <td><code>themes/govuk.css</code></td>
            <td><code>lw-theme-govuk</code></td>
            <td>GOV.UK Frontend's palette, square corners, 3px focus</td>
          </tr>
          <tr>
            <td><code>themes/council.css</code></td>
            <td><code>lw-theme-council</code></td>
            <td>A council's own colours: teal and purple, amber focus</td>
          </tr>
        </tbody>
      </table>
      ${codeBlock(themeLink, 'html')}
      <p>
        With npm, import the file instead:
        <code>import '@linkwork/elements/themes/govuk.css'</code>. To use your own colours, set the
        tokens yourself (see Foundations ▸ Design tokens) and check them against
        <code>@linkwork/elements/themes/contrast-pairs.json</code>, which lists every pair and the
        contrast it needs.
      </p>
      ${codeBlock(themeOwn, 'css')}
      <p>
        In forced colours mode (Windows contrast themes) the elements follow the system colours.
        Storybook's "Forced colours palette" theme only previews that palette; to see the real mode,
        open DevTools ▸ Rendering ▸ "Emulate CSS media feature forced-colors".
      </p>

      <h2 id="csp">Strict Content-Security-Policy</h2>
      <p>
        The elements need no inline script, no inline style and no <code>eval</code>: styles are
        constructed stylesheets, and the only Trusted Types policy is Lit's own,
        <code>lit-html</code>. Serve the files from your own origin and allow your backend in
        <code>connect-src</code>:
      </p>
      ${codeBlock(cspHeader, 'http')}
      <p>
        Keep your own code in <code>.js</code> files too: an inline <code>&lt;script&gt;</code> or
        <code>onclick=""</code> is what such a policy blocks.
      </p>
    `),
  play: async ({ canvasElement }) => {
    const page = canvasElement.querySelector('lw-story-page')!;
    await waitFor(() => expect(page.shadowRoot?.querySelector('h1')).not.toBeNull());
    const code = [...page.shadowRoot!.querySelectorAll('pre code')].map(
      (block) => block.textContent,
    );
    await expect(
      code.some((text) => text?.includes('<script type="module" src="/linkwork/linkwork.js">')),
    ).toBe(true);
    await expect(
      code.some((text) => text?.includes("import { ReferralForm } from '@linkwork/react'")),
    ).toBe(true);
    await expect(code.some((text) => text?.includes("default-src 'self'"))).toBe(true);
  },
};
