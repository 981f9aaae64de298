import { expect } from 'chai';
import fc from 'fast-check';
import { endpointUrl, parseBaseUrl, pathSegment } from './base-url.js';

describe('parseBaseUrl', () => {
  it('accepts absolute http and https URLs and ends the path with one slash', () => {
    expect(parseBaseUrl('https://api.example/v1').href).to.equal('https://api.example/v1/');
    expect(parseBaseUrl('https://api.example/v1/').href).to.equal('https://api.example/v1/');
    expect(parseBaseUrl('https://api.example/v1///').href).to.equal('https://api.example/v1/');
    expect(parseBaseUrl('http://127.0.0.1:8080').href).to.equal('http://127.0.0.1:8080/');
    expect(parseBaseUrl(new URL('https://api.example/a/b')).href).to.equal(
      'https://api.example/a/b/',
    );
    expect(parseBaseUrl('  https://api.example/v1  ').href).to.equal('https://api.example/v1/');
  });

  it('resolves dot segments written in the base itself', () => {
    expect(parseBaseUrl('https://api.example/v1/../v2').href).to.equal('https://api.example/v2/');
  });

  it('refuses relative and non-http(s) URLs', () => {
    for (const bad of [
      '/api',
      'api.example/v1',
      '',
      'ftp://api.example/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'data:application/json,{}',
      'ws://api.example/',
    ]) {
      expect(() => parseBaseUrl(bad), bad).to.throw(TypeError);
    }
  });

  it('refuses credentials, queries and fragments, without repeating the URL', () => {
    for (const bad of [
      'https://user:secret@api.example/v1',
      'https://api.example/v1?key=secret',
      'https://api.example/v1#secret',
    ]) {
      expect(() => parseBaseUrl(bad), bad)
        .to.throw(TypeError)
        .with.property('message')
        .that.does.not.include('secret');
    }
  });
});

describe('endpointUrl', () => {
  const base = parseBaseUrl('https://api.example/v1');

  it('joins segments under the base path', () => {
    expect(endpointUrl(base, ['activities', 'search'])).to.equal(
      'https://api.example/v1/activities/search',
    );
    expect(endpointUrl(parseBaseUrl('https://api.example/'), ['geocode'])).to.equal(
      'https://api.example/geocode',
    );
  });

  it('encodes separators and escapes so an id stays one segment', () => {
    expect(endpointUrl(base, ['activities', '../referrals'])).to.equal(
      'https://api.example/v1/activities/..%2Freferrals',
    );
    expect(endpointUrl(base, ['activities', 'a?b#c'])).to.equal(
      'https://api.example/v1/activities/a%3Fb%23c',
    );
    expect(endpointUrl(base, ['activities', '%2e%2e'])).to.equal(
      'https://api.example/v1/activities/%252e%252e',
    );
    expect(endpointUrl(base, ['activities', 'a\\..\\b'])).to.equal(
      'https://api.example/v1/activities/a%5C..%5Cb',
    );
    expect(endpointUrl(base, ['activities', 'Siân'])).to.equal(
      'https://api.example/v1/activities/Si%C3%A2n',
    );
  });

  it('refuses empty and dot segments and lone surrogates', () => {
    for (const bad of ['', '.', '..', '\uD800']) {
      expect(() => endpointUrl(base, ['activities', bad]), JSON.stringify(bad)).to.throw(
        RangeError,
      );
      expect(pathSegment(bad)).to.equal(undefined);
    }
  });

  it('adds query values and leaves out absent ones', () => {
    expect(
      endpointUrl(base, ['referrals'], { page: 2, size: undefined, since: '2026-11-01T00:00:00Z' }),
    ).to.equal('https://api.example/v1/referrals?page=2&since=2026-11-01T00%3A00%3A00Z');
  });

  it('never leaves the base path, and keeps each segment intact, whatever the segment', () => {
    fc.assert(
      fc.property(
        fc
          .string({ unit: 'grapheme', minLength: 1, maxLength: 20 })
          .filter((s) => s !== '.' && s !== '..'),
        (segment) => {
          const url = new URL(endpointUrl(base, ['activities', segment]));
          expect(url.origin).to.equal('https://api.example');
          expect(url.pathname.startsWith('/v1/activities/')).to.equal(true);
          const rest = url.pathname.slice('/v1/activities/'.length);
          expect(rest).to.not.include('/');
          expect(decodeURIComponent(rest)).to.equal(segment);
          expect(url.search).to.equal('');
          expect(url.hash).to.equal('');
        },
      ),
      { seed: 42, numRuns: 300 },
    );
  });
});
