import { expect } from 'chai';
import { loadFixture } from './fixtures.js';

describe('loadFixture', () => {
  it('loads the copied shared fixtures', async () => {
    const taxonomy = await loadFixture<{ terms: unknown[] }>('taxonomy.json');
    expect(taxonomy.terms).to.have.length(24);
    const page = await loadFixture<{ total_items: number }>('paged/page-1.json');
    expect(page.total_items).to.equal(89);
  });

  it('fails clearly for a missing file', async () => {
    let failure: unknown;
    try {
      await loadFixture('no-such-file.json');
    } catch (error) {
      failure = error;
    }
    expect(String(failure)).to.match(/no-such-file/);
  });
});
