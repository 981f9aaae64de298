import { expect } from 'chai';
import { toFhirDateTime, tokenSearchValue } from './normalise.js';

describe('normal forms for FHIR', () => {
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
