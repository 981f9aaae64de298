import { expect } from 'chai';
import { sha256Hex } from './index.js';

describe('sha256Hex', () => {
  it('matches the FIPS 180-2 test vectors', async () => {
    expect(await sha256Hex('')).to.equal(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
    expect(await sha256Hex('abc')).to.equal(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(await sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).to.equal(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('hashes the UTF-8 bytes as given: precomposed and decomposed Welsh ŵ differ', async () => {
    expect(await sha256Hex('\u0175')).to.equal(
      'e3c7706acef6e9c623c0b7c8c8edbea0fb5c4e1445225180d45a2f6f73dc197e',
    );
    expect(await sha256Hex('w\u0302')).to.equal(
      'e2c2a05b0e618e519368da1cf08f69e8b36a0d59a5528b00c8c8920261cc0bcc',
    );
  });

  it('changes when one character of the wording changes', async () => {
    const a = await sha256Hex('I agree to be referred.');
    const b = await sha256Hex('I agree to be referred!');
    expect(a).to.match(/^[0-9a-f]{64}$/);
    expect(a).to.not.equal(b);
  });
});
