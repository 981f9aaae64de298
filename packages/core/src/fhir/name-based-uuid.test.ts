import { expect } from 'chai';
import fc from 'fast-check';
import { sha1, uuidV5 } from './name-based-uuid.js';

const hex = (bytes: Uint8Array) =>
  Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('sha1', () => {
  it('matches the FIPS 180 test vectors and multi-block, non-ASCII input', () => {
    expect(hex(sha1(utf8('abc')))).to.equal('a9993e364706816aba3e25717850c26c9cd0d89d');
    expect(hex(sha1(utf8('')))).to.equal('da39a3ee5e6b4b0d3255bfef95601890afd80709');
    expect(hex(sha1(utf8('a'.repeat(1000))))).to.equal('291e9a6c66994949b57ba5e650361e98fc36b1ba');
    expect(hex(sha1(utf8('Siân Zoë 李 '.repeat(7))))).to.equal(
      '3478704d146c27bf02510ed32cc1afe248bbe403',
    );
  });

  it('agrees with crypto.subtle for any input', async () => {
    const inputs = fc.sample(fc.uint8Array({ maxLength: 300 }), { seed: 42, numRuns: 50 });
    for (const input of inputs) {
      const expected = hex(new Uint8Array(await globalThis.crypto.subtle.digest('SHA-1', input)));
      expect(hex(sha1(input))).to.equal(expected);
    }
  });
});

describe('uuidV5', () => {
  it('matches RFC 9562 name-based UUIDs', () => {
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).to.equal(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
    expect(
      uuidV5('https://linkwork.example/ Siân', '6ba7b811-9dad-11d1-80b4-00c04fd430c8'),
    ).to.equal('053a95fc-882c-5bd8-860a-c1b6610fff19');
  });

  it('refuses a namespace that is not a UUID', () => {
    expect(() => uuidV5('x', 'not-a-uuid')).to.throw(TypeError);
  });
});
