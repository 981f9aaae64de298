import { expect } from 'chai';
import {
  isUkMobile,
  normaliseNhsNumber,
  normaliseOdsCode,
  normalisePostcode,
  normaliseText,
  normaliseUkPhone,
  toFhirDateTime,
  tokenSearchValue,
} from './normalise.js';

describe('normal forms for FHIR', () => {
  it('writes NHS numbers, postcodes and ODS codes one way', () => {
    expect(['999 100 0011', '999-204-5175', '9993188425'].map(normaliseNhsNumber)).to.deep.equal([
      '9991000011',
      '9992045175',
      '9993188425',
    ]);
    expect(['le1 7rh', 'LE73AX', 'le8  4tw', 'GIR 0AA'].map(normalisePostcode)).to.deep.equal([
      'LE1 7RH',
      'LE7 3AX',
      'LE8 4TW',
      'GIR 0AA',
    ]);
    expect(normaliseOdsCode(' c99001 ')).to.equal('C99001');
  });

  it('writes UK phone numbers in national form and knows a mobile', () => {
    const phones = [
      '+44 7700 900518',
      '(0116) 496 0588',
      '0116-496-0744',
      '+44 (0)7700 900721',
      '0044 7700 900123',
    ];
    expect(phones.map(normaliseUkPhone)).to.deep.equal([
      '07700900518',
      '01164960588',
      '01164960744',
      '07700900721',
      '07700900123',
    ]);
    expect(
      ['07700900518', '07612345678', '01164960588', '0770090051'].map(isUkMobile),
    ).to.deep.equal([true, false, false, false]);
  });

  it('composes text to NFC, so a decomposed Zoë is the precomposed one', () => {
    expect(normaliseText(' Zoe\u0308 ')).to.equal('Zo\u00eb');
  });

  it('keeps FHIR-shaped date-times with their offset and converts the rest to UTC', () => {
    expect(toFhirDateTime('2026-11-02T10:14:27+01:00')).to.equal('2026-11-02T10:14:27+01:00');
    expect(toFhirDateTime('2026-11-02T10:14:27.5Z')).to.equal('2026-11-02T10:14:27.5Z');
    expect(toFhirDateTime('2026-11-02t10:14:27z')).to.equal('2026-11-02T10:14:27.000Z');
    expect(() => toFhirDateTime('yesterday')).to.throw(TypeError);
  });

  it('escapes token search values and encodes them for a query', () => {
    expect(tokenSearchValue('6f1c2d9e-4b7a-4c35-9e0f-2a8d7b3c1e54:consent')).to.equal(
      '6f1c2d9e-4b7a-4c35-9e0f-2a8d7b3c1e54:consent',
    );
    expect(tokenSearchValue('a|b,c$d\\e f&g')).to.equal('a%5C%7Cb%5C%2Cc%5C%24d%5C%5Ce%20f%26g');
  });
});
