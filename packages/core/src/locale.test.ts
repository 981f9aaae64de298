import { expect } from 'chai';
import { DEFAULT_LOCALE, isLocale, matchLocale, SUPPORTED_LOCALES } from './locale.js';

describe('matchLocale', () => {
  it('accepts the supported primary tags in any case and with regions', () => {
    expect(matchLocale('en')).to.equal('en');
    expect(matchLocale('cy')).to.equal('cy');
    expect(matchLocale('cy-GB')).to.equal('cy');
    expect(matchLocale('EN_gb')).to.equal('en');
    expect(matchLocale('  Cy  ')).to.equal('cy');
  });

  it('returns undefined for unsupported or empty tags', () => {
    expect(matchLocale('fr')).to.equal(undefined);
    expect(matchLocale('english')).to.equal(undefined);
    expect(matchLocale('')).to.equal(undefined);
    expect(matchLocale(null)).to.equal(undefined);
    expect(matchLocale(undefined)).to.equal(undefined);
  });

  it('defaults to a supported locale', () => {
    expect(SUPPORTED_LOCALES).to.deep.equal(['en', 'cy']);
    expect(isLocale(DEFAULT_LOCALE)).to.equal(true);
    expect(isLocale('de')).to.equal(false);
    expect(isLocale(1)).to.equal(false);
  });
});
