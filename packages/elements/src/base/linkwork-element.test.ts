import { expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { isLocaleLoaded, loadLocale, message } from '@linkwork/core';
import { html as litHtml } from 'lit';
import { define } from './define.js';
import { LinkworkElement } from './linkwork-element.js';
import { resolveLocale } from './locale.js';
import { defaultTheme, tokenNames } from './tokens.js';
import { VERSION } from './version.js';

let counter = 0;
const uniqueTag = (): string => `lw-test-${++counter}-${Math.random().toString(36).slice(2, 8)}`;

/** Every render's locale and its message for a missing first name, across all probes. */
const renders: { locale: string; text: string }[] = [];

class ProbeElement extends LinkworkElement {
  override render() {
    const text = message('patient.givenName.required', {}, this.locale);
    renders.push({ locale: this.locale, text });
    return litHtml`<p part="text">${this.locale === 'cy' ? 'Helo' : 'Hello'}</p>
      <p>${text}</p>`;
  }

  announce(detail: { value: number }): boolean {
    return this.emit('lw-probe', detail, { cancelable: true });
  }
}
const probeTag = uniqueTag();
define(probeTag, ProbeElement);

/** A probe element rendered inside a fresh wrapper with the given attributes. */
async function probe(wrapperAttributes = ''): Promise<ProbeElement> {
  const wrapper = document.createElement('div');
  wrapper.innerHTML = `<div ${wrapperAttributes}><${probeTag}></${probeTag}></div>`;
  const root = await fixture(wrapper.firstElementChild!);
  const el = root.querySelector(probeTag) as ProbeElement;
  await el.updateComplete;
  return el;
}

const REGISTRY = Symbol.for('linkwork.registry');
function resetWarning(): void {
  (globalThis as unknown as Record<symbol, { warned: boolean }>)[REGISTRY]!.warned = false;
}

function captureWarnings(run: () => void): string[] {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
  try {
    run();
  } finally {
    console.warn = original;
  }
  return warnings;
}

describe('define', () => {
  it('registers a new tag and reports that it did', () => {
    const tag = uniqueTag();
    class A extends LinkworkElement {}
    expect(define(tag, A)).to.equal(true);
    expect(customElements.get(tag)).to.equal(A);
  });

  it('does not throw or warn when the same version defines the tag again', () => {
    const tag = uniqueTag();
    class A extends LinkworkElement {}
    class B extends LinkworkElement {}
    define(tag, A);
    resetWarning();
    const warnings = captureWarnings(() => expect(define(tag, B)).to.equal(false));
    expect(warnings).to.deep.equal([]);
    expect(customElements.get(tag)).to.equal(A);
  });

  it('warns once per page when another version got there first', () => {
    const first = uniqueTag();
    const second = uniqueTag();
    define(first, class extends LinkworkElement {}, '0.0.1');
    define(second, class extends LinkworkElement {}, '0.0.1');
    resetWarning();
    const warnings = captureWarnings(() => {
      define(first, class extends LinkworkElement {}, '9.9.9');
      define(first, class extends LinkworkElement {}, '9.9.9');
      define(second, class extends LinkworkElement {}, '9.9.9');
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain(`<${first}>`);
    expect(warnings[0]).to.contain('0.0.1');
    expect(warnings[0]).to.contain('9.9.9');
  });

  it('warns when the tag belongs to a script that is not Linkwork', () => {
    const tag = uniqueTag();
    customElements.define(tag, class extends HTMLElement {});
    resetWarning();
    const warnings = captureWarnings(() => define(tag, class extends LinkworkElement {}));
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('another script');
  });

  it('knows its own version, the one in package.json', async () => {
    const pkg = (await (await fetch('/packages/elements/package.json')).json()) as {
      version: string;
    };
    expect(VERSION).to.equal(pkg.version);
  });
});

describe('Welsh messages', () => {
  it('are loaded before a Welsh element first renders, so it never shows English', async () => {
    expect(isLocaleLoaded('cy'), 'no test before this one loads Welsh').to.equal(false);
    renders.length = 0;
    const el = await probe('lang="cy"');
    await loadLocale('cy');
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('Helo');
    expect(renders.length).to.be.greaterThan(0);
    expect(renders.every((render) => render.locale === 'cy')).to.equal(true);
    expect(renders[0]!.text).to.equal(message('patient.givenName.required', {}, 'cy'));
    expect(renders[0]!.text).to.not.equal(message('patient.givenName.required', {}, 'en'));
  });
});

describe('locale resolution', () => {
  afterEach(() => {
    document.documentElement.removeAttribute('lang');
  });

  it("uses the element's own lang first", async () => {
    const el = await probe('lang="en"');
    el.setAttribute('lang', 'cy-GB');
    expect(resolveLocale(el)).to.equal('cy');
  });

  it('uses the nearest ancestor lang', async () => {
    const root = await fixture(
      html`<div lang="en">
        <section lang="cy">
          <p><span>x</span></p>
        </section>
      </div>`,
    );
    expect(resolveLocale(root.querySelector('span')!)).to.equal('cy');
  });

  it('crosses shadow roots to the host', async () => {
    const host = await fixture(html`<div lang="cy"></div>`);
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(resolveLocale(inner)).to.equal('cy');
  });

  it('falls back to the document, then to English', async () => {
    const detached = document.createElement('span');
    document.documentElement.lang = 'cy';
    expect(resolveLocale(detached)).to.equal('cy');
    document.documentElement.lang = 'de';
    expect(resolveLocale(detached)).to.equal('en');
    document.documentElement.removeAttribute('lang');
    expect(resolveLocale(detached)).to.equal('en');
  });

  it('skips an empty lang and treats an unsupported one as English', async () => {
    const root = await fixture(
      html`<div lang="cy">
        <p lang=""><span>x</span></p>
      </div>`,
    );
    expect(resolveLocale(root.querySelector('span')!)).to.equal('cy');
    const french = await fixture(
      html`<div lang="cy">
        <p lang="fr"><span>x</span></p>
      </div>`,
    );
    expect(resolveLocale(french.querySelector('span')!)).to.equal('en');
  });

  it('re-renders when an ancestor changes language', async () => {
    const el = await probe('lang="en"');
    const wrapper = el.parentElement!;
    expect(el.locale).to.equal('en');
    expect(el.shadowRoot!.textContent).to.contain('Hello');
    wrapper.setAttribute('lang', 'cy');
    await nextFrame();
    await el.updateComplete;
    expect(el.locale).to.equal('cy');
    expect(el.shadowRoot!.textContent).to.contain('Helo');
  });

  it('re-renders inside another shadow root when its host changes language', async () => {
    const outer = await fixture(html`<div lang="en"></div>`);
    const shadow = outer.attachShadow({ mode: 'open' });
    shadow.innerHTML = `<section><${probeTag}></${probeTag}></section>`;
    const el = shadow.querySelector(probeTag) as ProbeElement;
    await el.updateComplete;
    expect(el.locale).to.equal('en');
    shadow.querySelector('section')!.setAttribute('lang', 'cy');
    await nextFrame();
    await el.updateComplete;
    expect(el.locale).to.equal('cy');
  });
});

describe('design tokens', () => {
  it('defaults to the NHS theme', async () => {
    const el = await probe();
    const style = getComputedStyle(el);
    expect(style.color).to.equal('rgb(33, 43, 50)');
    expect(style.fontFamily).to.contain('Arial');
  });

  it('takes a themed value from any ancestor', async () => {
    const el = await probe('style="--lw-color-text: rgb(1, 2, 3)"');
    expect(getComputedStyle(el).color).to.equal('rgb(1, 2, 3)');
  });

  it('names every token with the --lw- prefix and gives it a value', () => {
    expect(tokenNames.length).to.be.greaterThan(20);
    for (const name of tokenNames) {
      expect(name).to.match(/^--lw-[a-z0-9-]+$/);
      expect(defaultTheme[name]).to.not.equal('');
    }
  });
});

describe('events', () => {
  it('dispatches lw-* events with typed detail that bubble out of shadow roots', async () => {
    const outer = await fixture(html`<div></div>`);
    const shadow = outer.attachShadow({ mode: 'open' });
    const el = document.createElement(probeTag) as ProbeElement;
    shadow.append(el);
    setTimeout(() => el.announce({ value: 7 }));
    const event = (await oneEvent(outer, 'lw-probe')) as CustomEvent<{ value: number }>;
    expect(event.detail).to.deep.equal({ value: 7 });
    expect(event.composed).to.equal(true);
  });

  it('reports a cancelled event', async () => {
    const el = await probe();
    el.addEventListener('lw-probe', (event) => event.preventDefault());
    expect(el.announce({ value: 1 })).to.equal(false);
  });
});
