import { expect } from '@open-wc/testing';
import { mailtoHref, safeHref, telHref } from './safe-href.js';

describe('safeHref', () => {
  it('passes http, https, tel and mailto URLs, normalised', () => {
    expect(safeHref('https://riverside.example/walks')).to.equal('https://riverside.example/walks');
    expect(safeHref('  HTTP://Riverside.Example  ')).to.equal('http://riverside.example/');
    expect(safeHref('tel:01164960123')).to.equal('tel:01164960123');
    expect(safeHref('mailto:hello@riverside.example')).to.equal('mailto:hello@riverside.example');
  });

  it('refuses script and data URLs however they are dressed up', () => {
    for (const url of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      '\u0000javascript:alert(1)',
      '\u0001\u001fjavascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      'java\rscript:alert(1)',
      'javascript&colon;alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
      'vbscript:msgbox(1)',
      'VBScript:msgbox(1)',
      'file:///etc/passwd',
      'blob:https://riverside.example/1',
      'ftp://riverside.example/',
    ]) {
      expect(safeHref(url), JSON.stringify(url)).to.equal(undefined);
    }
  });

  it('refuses relative, empty, host-less and non-string values', () => {
    for (const value of [
      '',
      '   ',
      '/walks',
      '//evil.example/x',
      'www.riverside.example',
      'https://',

      undefined,
      null,
      42,
      {},
      ['https://a.example'],
    ]) {
      expect(safeHref(value), JSON.stringify(value)).to.equal(undefined);
    }
    expect(safeHref(`https://a.example/${'x'.repeat(3000)}`)).to.equal(undefined);
  });
});

describe('telHref and mailtoHref', () => {
  it('link phone numbers as directories write them', () => {
    expect(telHref('0116 496 0123')).to.equal('tel:01164960123');
    expect(telHref('+44 (0)116 496-0123')).to.equal('tel:+441164960123');
    expect(telHref('+44 116 496 0123')).to.equal('tel:+441164960123');
    expect(telHref('javascript:alert(1)')).to.equal(undefined);
    expect(telHref('call us')).to.equal(undefined);
  });

  it('link bare email addresses only', () => {
    expect(mailtoHref('hello@riverside.example')).to.equal('mailto:hello@riverside.example');
    expect(mailtoHref('a@b.example?body=x')).to.equal(undefined);
    expect(mailtoHref('javascript:alert(1)//@x.example')).to.equal(undefined);
    expect(mailtoHref('not an email')).to.equal(undefined);
    expect(mailtoHref(undefined)).to.equal(undefined);
  });
});
