import { expect } from '@open-wc/testing';
import { expectAccessible } from '../../../../test/helpers/axe.js';
import { hostileBackend, IMG_ORGANISATION, LONG, SCRIPT_NAME } from './testing/hostile-corpus.js';
import { cardNames, picker, settled, shadow, statusText } from './testing/picker-fixtures.js';

declare global {
  interface Window {
    pwned?: number;
  }
}

describe('<lw-activity-picker> with a hostile directory', () => {
  it('renders every usable record as inert text and skips the rest', async () => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => {
      if (!/ResizeObserver loop/.test(event.message)) errors.push(event.message);
    };
    window.addEventListener('error', onError);
    delete window.pwned;
    const el = await picker(hostileBackend);
    const root = shadow(el);
    // Repeated ids, records that are not objects and ids that are not strings are left out.
    expect(cardNames(el)).to.deep.equal([
      SCRIPT_NAME,
      'Data links',
      'Bare record',
      'Untitled activity',
      'Untitled activity',
      '\u202Egnp.exe\u202C Zalgo t̷̡̛e̴͎̓x̶̢̛t̵͈̐',
    ]);
    expect(statusText(el)).to.equal('6 activities found');
    expect(root.querySelectorAll('script, img, iframe, b, em')).to.have.length(0);
    expect(root.textContent).to.contain(IMG_ORGANISATION);
    for (const link of root.querySelectorAll('a')) {
      expect(link.getAttribute('href')).to.match(/^(https?:\/\/|tel:|mailto:)/);
    }
    expect([...root.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal([
      'https://safe.example/path',
    ]);
    // The javascript: and data: URLs are shown as words, not links.
    expect(root.textContent).to.contain('javascript:window.pwned=5');
    expect(root.textContent).to.contain('data:text/html,<script>window.pwned=7</script>');
    const summaries = [...root.querySelectorAll('.card-summary')].map(
      (p) => p.textContent?.trim() ?? '',
    );
    expect(summaries[1]!.length).to.be.at.most(201);
    expect(summaries[1]!.endsWith('…')).to.equal(true);
    for (const button of root.querySelectorAll<HTMLButtonElement>('[part="details-button"]'))
      button.click();
    await settled(el);
    expect(root.textContent).to.contain(LONG);
    expect(root.querySelectorAll('script, img, iframe, b, em')).to.have.length(0);
    expect(window.pwned).to.equal(undefined);
    expect(errors).to.deep.equal([]);
    window.removeEventListener('error', onError);
    await expectAccessible(el);
  });
});
