import { expect } from 'chai';
import fc from 'fast-check';
import { MAX_RETRY_AFTER_MS, parseRetryAfter } from './retry-after.js';

const NOW = new Date('2026-11-26T12:00:00Z');

describe('parseRetryAfter', () => {
  it('reads delay-seconds', () => {
    expect(parseRetryAfter('120', NOW)).to.equal(120_000);
    expect(parseRetryAfter('0', NOW)).to.equal(0);
    expect(parseRetryAfter(' 7 ', NOW)).to.equal(7000);
  });

  it('reads HTTP dates relative to the clock', () => {
    expect(parseRetryAfter('Thu, 26 Nov 2026 12:02:00 GMT', NOW)).to.equal(120_000);
    // RFC 850 and asctime forms, which RFC 9110 says recipients must accept.
    expect(parseRetryAfter('Thursday, 26-Nov-26 12:00:30 GMT', NOW)).to.equal(30_000);
    expect(parseRetryAfter('Thu Nov 26 12:01:00 2026', NOW)).to.be.a('number');
  });

  it('answers 0 for a date that has passed', () => {
    expect(parseRetryAfter('Wed, 25 Nov 2026 12:00:00 GMT', NOW)).to.equal(0);
  });

  it('caps long waits at one day', () => {
    expect(parseRetryAfter('999999999', NOW)).to.equal(MAX_RETRY_AFTER_MS);
    expect(parseRetryAfter('Fri, 01 Jan 2100 00:00:00 GMT', NOW)).to.equal(MAX_RETRY_AFTER_MS);
  });

  it('ignores absent and unreadable values', () => {
    for (const value of [
      undefined,
      null,
      '',
      '   ',
      '-5',
      '1.5',
      '+3',
      '1e3',
      'soon',
      '12 minutes',
      'Thu, 99 Foo 2026',
    ]) {
      expect(parseRetryAfter(value, NOW), String(value)).to.equal(undefined);
    }
  });

  it('reads any whole number of seconds exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 86_400 }), (seconds) => {
        expect(parseRetryAfter(String(seconds), NOW)).to.equal(seconds * 1000);
      }),
      { seed: 42, numRuns: 200 },
    );
  });

  it('reads any IMF-fixdate within a day as the time until it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 86_400 }), (seconds) => {
        const date = new Date(NOW.getTime() + seconds * 1000).toUTCString();
        expect(parseRetryAfter(date, NOW)).to.equal(seconds * 1000);
      }),
      { seed: 42, numRuns: 200 },
    );
  });
});
