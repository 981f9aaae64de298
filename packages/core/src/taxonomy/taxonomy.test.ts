import { expect } from 'chai';
import { loadFixture } from '../../../../test/fixtures.js';
import type { Taxonomy } from '../model/taxonomy.js';
import {
  defaultTaxonomy,
  findTerm,
  groups,
  hasTerm,
  needs,
  needsInGroup,
  termLabel,
} from './index.js';

const LONELINESS = 'b196bb38-ff68-56a9-931b-338925c09ba4';
const WELLBEING = '742438f2-f47c-5eae-be6f-6d979c301366';

describe('defaultTaxonomy', () => {
  it('deep-equals test/fixtures/taxonomy.json', async () => {
    const fixture = await loadFixture<Taxonomy>('taxonomy.json');
    expect(defaultTaxonomy).to.deep.equal(fixture);
    expect(defaultTaxonomy.terms).to.have.length(24);
  });

  it('has unique ids and codes, and every parent is a group', () => {
    const ids = new Set(defaultTaxonomy.terms.map((t) => t.id));
    const codes = new Set(defaultTaxonomy.terms.map((t) => t.code));
    expect(ids.size).to.equal(24);
    expect(codes.size).to.equal(24);
    const groupIds = new Set(groups(defaultTaxonomy).map((t) => t.id));
    for (const need of needs(defaultTaxonomy)) expect(groupIds.has(need.parent!)).to.equal(true);
  });
});

describe('taxonomy helpers', () => {
  it('splits groups and needs', () => {
    expect(groups(defaultTaxonomy).map((t) => t.code)).to.deep.equal([
      'wellbeing',
      'practical-support',
      'activities-interests',
      'people-communities',
    ]);
    expect(needs(defaultTaxonomy)).to.have.length(20);
    expect(needs(defaultTaxonomy).every((t) => t.parent !== undefined)).to.equal(true);
    const wellbeing = needsInGroup(defaultTaxonomy, WELLBEING);
    expect(wellbeing.map((t) => t.id)).to.include(LONELINESS);
    expect(wellbeing.every((t) => t.parent === WELLBEING)).to.equal(true);
  });

  it('labels terms in English and Welsh', () => {
    expect(termLabel(defaultTaxonomy, WELLBEING, 'en')).to.equal('Wellbeing');
    expect(termLabel(defaultTaxonomy, WELLBEING, 'cy')).to.equal('Lles');
    expect(termLabel(defaultTaxonomy, WELLBEING)).to.equal('Wellbeing');
    expect(termLabel(defaultTaxonomy, 'nope', 'cy')).to.equal(undefined);
  });

  it('falls back to English when a label is empty', () => {
    const taxonomy: Taxonomy = {
      id: 't',
      name: 'T',
      version: '1',
      terms: [{ id: 'a', code: 'a', label: { en: 'Apples', cy: '' } }],
    };
    expect(termLabel(taxonomy, 'a', 'cy')).to.equal('Apples');
  });

  it('finds terms by id', () => {
    expect(findTerm(defaultTaxonomy, LONELINESS)?.code).to.equal('loneliness-isolation');
    expect(hasTerm(defaultTaxonomy, LONELINESS)).to.equal(true);
    expect(hasTerm(defaultTaxonomy, '00000000-0000-4000-8000-000000000000')).to.equal(false);
  });
});
