import { expect, waitUntil } from '@open-wc/testing';
import { isLocaleLoaded } from '@linkwork/core';
import { expectAccessible } from '../../../../test/helpers/axe.js';
import {
  announcement,
  picker,
  riversideBackend,
  settled,
  shadow,
  statusText,
} from './testing/picker-fixtures.js';

/*
 * A file of its own: each test file gets a fresh page, so Welsh is not loaded
 * yet when this test starts (other files load it first and keep it).
 */
describe('<lw-activity-picker> on a Welsh page', () => {
  it('loads its Welsh words on first use, never shows English, then searches', async () => {
    expect(isLocaleLoaded('cy')).to.equal(false);
    const el = await picker(await riversideBackend(), { lang: 'cy' });
    // Until Welsh has arrived the picker renders nothing rather than English.
    if (!isLocaleLoaded('cy')) expect(shadow(el).textContent?.trim()).to.equal('');
    await waitUntil(() => isLocaleLoaded('cy'), 'Welsh did not load');
    await settled(el);
    // The backend set while Welsh was loading is still searched.
    expect(statusText(el)).to.match(/^\d+ o weithgareddau wedi’u canfod$/);
    expect(announcement(el)).to.equal(statusText(el));
    expect(shadow(el).textContent).to.contain('Sesiwn nesaf:');
    expect(shadow(el).textContent).to.not.contain('Next session');
    await expectAccessible(el);
  });
});
