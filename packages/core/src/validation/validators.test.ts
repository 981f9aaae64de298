import { expect } from 'chai';
import fc from 'fast-check';
import {
  ageOn,
  checkDateOfBirth,
  checkDateTime,
  checkEmail,
  checkLanguageTag,
  checkName,
  checkNhsNumber,
  checkOdsCode,
  checkPostcode,
  checkText,
  checkUkPhone,
  dateOfBirthFromParts,
  dateTimeToEpochMs,
  formatNhsNumber,
  hasForbiddenCharacters,
  isMobile,
  isValidNhsNumber,
  londonDate,
  nationalPhoneNumber,
  nhsNumberCheckDigit,
  normaliseEmail,
  normaliseLanguageTag,
  normaliseNhsNumber,
  normalisePostcode,
  normaliseUkPhone,
  parseIsoDate,
} from './index.js';

const SEED = { seed: 42, numRuns: 200 };
const now = (): Date => new Date('2026-11-26T12:00:00Z');
const code = (result: { ok: boolean; code?: string; value?: unknown }): unknown =>
  result.ok ? 'ok' : result.code;

describe('NHS number', () => {
  it('normalises by removing spaces and hyphens only', () => {
    expect(normaliseNhsNumber(' 999 100 0011 ')).to.equal('9991000011');
    expect(normaliseNhsNumber('999-100-0011')).to.equal('9991000011');
    expect(normaliseNhsNumber('999.100.0011')).to.equal('999.100.0011');
    expect(checkNhsNumber('999 100 0011')).to.deep.equal({ ok: true, value: '9991000011' });
    expect(formatNhsNumber('9991000011')).to.equal('999 100 0011');
    expect(formatNhsNumber('12')).to.equal('12');
  });

  it('computes modulus-11 check digits', () => {
    expect(nhsNumberCheckDigit('999100001')).to.equal(1);
    expect(nhsNumberCheckDigit('943476591')).to.equal(9); // 943 476 5919, the NHS's own example
    expect(nhsNumberCheckDigit('999450004')).to.equal(undefined); // remainder gives 10
    expect(nhsNumberCheckDigit('12345678')).to.equal(undefined);
  });

  it('reports the first rule broken, in table order', () => {
    expect(code(checkNhsNumber(''))).to.equal('required');
    expect(code(checkNhsNumber('  '))).to.equal('required');
    expect(code(checkNhsNumber('999ABC1234'))).to.equal('format');
    expect(code(checkNhsNumber('12AB'))).to.equal('format');
    expect(code(checkNhsNumber('999.100.0011'))).to.equal('format');
    expect(code(checkNhsNumber('999 442 211'))).to.equal('length');
    expect(code(checkNhsNumber('99944221117'))).to.equal('length');
    expect(code(checkNhsNumber('999 999 9999'))).to.equal('repeated-digits');
    expect(code(checkNhsNumber('0000000000'))).to.equal('repeated-digits');
    expect(code(checkNhsNumber('9994422114'))).to.equal('checksum');
    expect(code(checkNhsNumber('9994500040'))).to.equal('checksum');
    expect(code(checkNhsNumber('9434765919'))).to.equal('ok');
  });

  const nineDigits = fc
    .array(fc.integer({ min: 0, max: 9 }), { minLength: 9, maxLength: 9 })
    .map((d) => d.join(''));
  const validNhsNumber = nineDigits
    .map((nine) => {
      const check = nhsNumberCheckDigit(nine);
      return check === undefined ? undefined : `${nine}${check}`;
    })
    .filter((n): n is string => n !== undefined && !/^(\d)\1{9}$/.test(n));

  it('accepts any nine digits with their computed check digit (property)', () => {
    fc.assert(
      fc.property(validNhsNumber, (n) => {
        expect(checkNhsNumber(n)).to.deep.equal({ ok: true, value: n });
      }),
      SEED,
    );
  });

  it('rejects any single-digit change of a valid number (property)', () => {
    fc.assert(
      fc.property(
        validNhsNumber,
        fc.nat({ max: 9 }),
        fc.integer({ min: 1, max: 9 }),
        (n, position, delta) => {
          const digit = (Number(n[position]) + delta) % 10;
          const changed = n.slice(0, position) + digit + n.slice(position + 1);
          expect(isValidNhsNumber(changed)).to.equal(false);
        },
      ),
      SEED,
    );
  });

  it('gives the same verdict however it is spaced or hyphenated (property)', () => {
    const digits = fc.oneof(
      validNhsNumber,
      fc
        .array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 12 })
        .map((d) => d.join('')),
    );
    const separators = fc.array(fc.constantFrom('', ' ', '-', '  ', ' - '), {
      minLength: 13,
      maxLength: 13,
    });
    fc.assert(
      fc.property(digits, separators, (n, seps) => {
        const formatted = [...n].map((d, i) => seps[i] + d).join('') + seps[12];
        expect(checkNhsNumber(formatted)).to.deep.equal(checkNhsNumber(n));
      }),
      SEED,
    );
  });
});

describe('postcode', () => {
  it('normalises case and spacing', () => {
    expect(normalisePostcode('le1 7rh')).to.equal('LE1 7RH');
    expect(normalisePostcode('LE73AX')).to.equal('LE7 3AX');
    expect(normalisePostcode(' le8  4tw ')).to.equal('LE8 4TW');
    expect(normalisePostcode('ec1a1bb')).to.equal('EC1A 1BB');
    expect(normalisePostcode('le7')).to.equal('LE7');
    expect(checkPostcode('gir0aa')).to.deep.equal({ ok: true, value: 'GIR 0AA' });
  });

  it('accepts every outward format', () => {
    for (const postcode of [
      'M1 1AE',
      'B33 8TH',
      'CR2 6XH',
      'DN55 1PT',
      'W1A 0AX',
      'EC1A 1BB',
      'LE7 1QT',
      'GIR 0AA',
    ]) {
      expect(code(checkPostcode(postcode)), postcode).to.equal('ok');
    }
  });

  it('rejects what is not a full UK postcode', () => {
    expect(code(checkPostcode(''))).to.equal('required');
    expect(code(checkPostcode('   '))).to.equal('required');
    for (const postcode of [
      'XX1 1XX', // X cannot start a postcode
      'QA1 1AA', // nor Q
      'VA1 1AA', // nor V
      'LE7', // outward code only
      'LE7 1C', // short inward code
      'LE7 1CA', // C not used in the inward code
      'LE7 1AI',
      'LE7 1KA',
      'LE7 1MA',
      'LE7 1OA',
      'LE7 1AV',
      'LE71 1QT1',
      'L 1AA',
      '123 4AB',
      'BFPO 123', // out of scope
      'GIR 0AB',
    ]) {
      expect(code(checkPostcode(postcode)), postcode).to.equal('format');
    }
  });

  it('normalisation is idempotent (property)', () => {
    const raw = fc.stringMatching(/^[ a-zA-Z0-9]{0,12}$/);
    fc.assert(
      fc.property(raw, (s) => {
        const once = normalisePostcode(s);
        expect(normalisePostcode(once)).to.equal(once);
      }),
      SEED,
    );
  });

  it('validity does not depend on case or spacing (property)', () => {
    const postcode = fc
      .tuple(
        fc.constantFrom('LE', 'M', 'EC', 'B', 'W', 'CR'),
        fc.integer({ min: 1, max: 99 }),
        fc.integer({ min: 0, max: 9 }),
        fc.constantFrom(...'ABDEFGHJLNPQRSTUWXYZ'),
        fc.constantFrom(...'ABDEFGHJLNPQRSTUWXYZ'),
      )
      .map(([area, district, sector, a, b]) => `${area}${district} ${sector}${a}${b}`);
    fc.assert(
      fc.property(postcode, fc.boolean(), fc.nat({ max: 3 }), (p, lower, spaces) => {
        const messy = (lower ? p.toLowerCase() : p).replace(' ', ' '.repeat(spaces));
        expect(checkPostcode(messy)).to.deep.equal({ ok: true, value: p });
      }),
      SEED,
    );
  });
});

describe('UK phone', () => {
  it('normalises the forms people write to E.164', () => {
    const cases: [string, string][] = [
      ['0116 496 0377', '+441164960377'],
      ['(0116) 496 0588', '+441164960588'],
      ['0116-496-0744', '+441164960744'],
      ['0116.496.0744', '+441164960744'],
      ['+44 7700 900518', '+447700900518'],
      ['+44 (0)7700 900721', '+447700900721'],
      ['0044 7700 900721', '+447700900721'],
      ['+447700900721', '+447700900721'],
      ['016977 3456', '+44169773456'],
    ];
    for (const [raw, e164] of cases)
      expect(checkUkPhone(raw), raw).to.deep.equal({ ok: true, value: e164 });
    expect(nationalPhoneNumber('+44 (0)7700 900721')).to.equal('07700900721');
  });

  it('rejects what is not a UK number', () => {
    expect(code(checkUkPhone(''))).to.equal('required');
    for (const raw of [
      '0116 496 01',
      '01164960377123',
      '7700 900518',
      '+33 1 23 45 67 89',
      'phone me',
      '+44 07700 900518',
    ]) {
      expect(code(checkUkPhone(raw)), raw).to.equal('format');
    }
  });

  it('knows mobiles: 071–075 and 077–079', () => {
    for (const raw of [
      '07700 900431',
      '+44 7700 900518',
      '07123 456789',
      '07512 345678',
      '07912 345678',
    ]) {
      expect(isMobile(raw), raw).to.equal(true);
    }
    for (const raw of [
      '0116 496 0432',
      '07612 345678',
      '07012 345678',
      '0800 123 4567',
      'nonsense',
    ]) {
      expect(isMobile(raw), raw).to.equal(false);
    }
  });

  it('normalisation produces E.164 and is idempotent (property)', () => {
    const national = fc
      .tuple(fc.constantFrom('1', '2', '3', '7', '8'), fc.stringMatching(/^\d{8,9}$/))
      .map(([first, rest]) => `0${first}${rest}`);
    const decorate = fc.constantFrom(
      (n: string) => n,
      (n: string) => `+44 ${n.slice(1)}`,
      (n: string) => `+44 (0)${n.slice(1)}`,
      (n: string) => `0044${n.slice(1)}`,
      (n: string) => `(${n.slice(0, 4)}) ${n.slice(4, 7)}-${n.slice(7)}`,
      (n: string) => `${n.slice(0, 5)}.${n.slice(5)}`,
    );
    fc.assert(
      fc.property(national, decorate, (n, style) => {
        const e164 = normaliseUkPhone(style(n));
        expect(e164).to.equal(`+44${n.slice(1)}`);
        expect(e164).to.match(/^\+44\d{9,10}$/);
        expect(normaliseUkPhone(e164!)).to.equal(e164);
      }),
      SEED,
    );
  });
});

describe('email', () => {
  it('accepts apostrophes, plus signs and capitals; lower-cases the domain', () => {
    expect(checkEmail(" aoife.o'brien@example.com ")).to.deep.equal({
      ok: true,
      value: "aoife.o'brien@example.com",
    });
    expect(checkEmail('zoe+referrals@example.com').ok).to.equal(true);
    expect(normaliseEmail('DAFYDD.APGRUFFYDD@EXAMPLE.ORG')).to.equal(
      'DAFYDD.APGRUFFYDD@example.org',
    );
  });

  it('rejects addresses without one @, with spaces, or without a dotted domain', () => {
    expect(code(checkEmail(''))).to.equal('required');
    for (const raw of [
      'dafydd.apgruffydd@',
      'dafydd ap gruffydd@example.org',
      'amira.haddad.riversidemedical.example',
      'a@@example.org',
      'a@b@example.org',
      'a@localhost',
      'a@example.',
      'a@.example.org',
      'a@example..org',
      '@example.org',
      `${'a'.repeat(250)}@example.org`,
    ]) {
      expect(code(checkEmail(raw)), raw).to.equal('format');
    }
  });
});

describe('names', () => {
  it('trims and composes to NFC', () => {
    expect(checkName('  Zoe\u0308 ')).to.deep.equal({ ok: true, value: 'Zo\u00eb' });
    for (const name of [
      "O'Brien",
      'O’Brien',
      'Núñez-García',
      '李',
      'Nguyễn',
      'Seán Ó Súilleabháin',
    ]) {
      expect(code(checkName(name)), name).to.equal('ok');
    }
  });

  it('requires 1 to 100 characters, counted after NFC', () => {
    expect(code(checkName(''))).to.equal('required');
    expect(code(checkName('   '))).to.equal('required');
    expect(code(checkName('a'.repeat(100)))).to.equal('ok');
    expect(code(checkName('a'.repeat(101)))).to.equal('too-long');
    // 100 decomposed ë are 200 code points but 100 characters in NFC.
    expect(code(checkName('e\u0308'.repeat(100)))).to.equal('ok');
    // Astral characters count once.
    expect(code(checkName('𠀀'.repeat(100)))).to.equal('ok');
  });

  it('refuses control characters and unpaired surrogates, keeping tabs, new lines and emoji', () => {
    for (const name of [
      'Ann\u0000e',
      '\u0007bell',
      'esc\u001b[31m',
      'del\u007f',
      'next\u0085line',
      'csi\u009b2J',
      'form\u000cfeed',
      '\ud800',
      'abc\udc00def',
      '\udfff\ud800',
      'Zo\ud83d',
    ]) {
      expect(code(checkName(name)), JSON.stringify(name)).to.equal('characters');
      expect(hasForbiddenCharacters(name), JSON.stringify(name)).to.equal(true);
    }
    for (const text of [
      'tab\tseparated',
      'line one\nline two',
      'a\r\nb',
      '👩‍👩‍👧 family',
      '\u202Egnp',
    ]) {
      expect(code(checkText(text, 100)), JSON.stringify(text)).to.equal('ok');
      expect(hasForbiddenCharacters(text), JSON.stringify(text)).to.equal(false);
    }
  });
});

describe('dates of birth', () => {
  it('reads YYYY-MM-DD and real calendar dates only', () => {
    expect(parseIsoDate('1946-03-09')).to.deep.equal({
      ok: true,
      value: { year: 1946, month: 3, day: 9 },
    });
    expect(code(parseIsoDate(''))).to.equal('required');
    expect(code(parseIsoDate('11/02/1961'))).to.equal('format');
    expect(code(parseIsoDate('1961-2-1'))).to.equal('format');
    expect(code(parseIsoDate('1961-02-29'))).to.equal('invalid-date');
    expect(code(parseIsoDate('2000-02-29'))).to.equal('ok');
    expect(code(parseIsoDate('1900-02-29'))).to.equal('invalid-date');
    expect(code(parseIsoDate('1961-04-31'))).to.equal('invalid-date');
    expect(code(parseIsoDate('1961-13-01'))).to.equal('invalid-date');
    expect(code(parseIsoDate('1961-00-10'))).to.equal('invalid-date');
  });

  it('applies the range rules in order', () => {
    const check = (dob: string, minimumAge?: number): unknown =>
      code(checkDateOfBirth(dob, minimumAge === undefined ? { now } : { now, minimumAge }));
    expect(check('2099-04-01')).to.equal('future');
    expect(check('2026-11-27')).to.equal('future');
    expect(check('1894-02-11')).to.equal('too-old');
    expect(check('1906-11-25')).to.equal('too-old');
    expect(check('1906-11-26')).to.equal('ok'); // exactly 120 years ago
    expect(check('2019-06-30')).to.equal('too-young');
    expect(check('2008-11-27')).to.equal('too-young'); // 18 tomorrow
    expect(check('2008-11-26')).to.equal('ok'); // 18 today
    expect(check('2019-06-30', 5)).to.equal('ok');
    expect(check('2026-11-26', 0)).to.equal('ok');
    expect(checkDateOfBirth(' 1946-03-09 ', { now })).to.deep.equal({
      ok: true,
      value: '1946-03-09',
    });
  });

  it('uses the UK date, not the UTC date', () => {
    // 23:30 UTC on 30 June is 00:30 BST on 1 July.
    const lateJune = new Date('2026-06-30T23:30:00Z');
    expect(londonDate(lateJune)).to.deep.equal({ year: 2026, month: 7, day: 1 });
    expect(code(checkDateOfBirth('2008-07-01', { now: () => lateJune }))).to.equal('ok');
    expect(londonDate(new Date('2026-12-31T23:30:00Z'))).to.deep.equal({
      year: 2026,
      month: 12,
      day: 31,
    });
  });

  it('ages people born on 29 February on 1 March in common years', () => {
    const born = { year: 2008, month: 2, day: 29 };
    expect(ageOn(born, { year: 2026, month: 2, day: 28 })).to.equal(17);
    expect(ageOn(born, { year: 2026, month: 3, day: 1 })).to.equal(18);
  });

  it('rejects a minimum age that is not a whole number of years', () => {
    expect(() => checkDateOfBirth('1946-03-09', { now, minimumAge: -1 })).to.throw(RangeError);
    expect(() => checkDateOfBirth('1946-03-09', { now, minimumAge: 17.5 })).to.throw(RangeError);
  });

  it('reads day, month and year boxes', () => {
    const parts = (day: string, month: string, year: string): unknown =>
      dateOfBirthFromParts({ day, month, year }, { now });
    expect(parts('9', '3', '1946')).to.deep.equal({ ok: true, value: '1946-03-09' });
    expect(parts(' 09 ', '03', '1946')).to.deep.equal({ ok: true, value: '1946-03-09' });
    expect(dateOfBirthFromParts({ day: 9, month: 3, year: 1946 }, { now })).to.deep.equal({
      ok: true,
      value: '1946-03-09',
    });
    expect(code(parts('', '', '') as never)).to.equal('required');
    expect(code(parts('9', '', '1946') as never)).to.equal('format');
    expect(code(parts('9', 'March', '1946') as never)).to.equal('format');
    expect(code(parts('9', '3', '46') as never)).to.equal('format');
    expect(code(parts('29', '2', '1961') as never)).to.equal('invalid-date');
    expect(code(parts('1', '13', '1961') as never)).to.equal('invalid-date');
    expect(code(parts('1', '4', '2099') as never)).to.equal('future');
    expect(code(parts('11', '2', '1894') as never)).to.equal('too-old');
    expect(code(parts('30', '6', '2019') as never)).to.equal('too-young');
  });
});

describe('RFC 3339 date-times', () => {
  it('accepts Z and offsets, with or without fractions', () => {
    for (const raw of [
      '2026-11-02T10:14:27Z',
      '2026-11-05T18:30:00+00:00',
      '2026-09-15T14:05:00+01:00',
      '2026-09-15T14:05:00.123Z',
      '2026-09-15t14:05:00z',
      '2024-02-29T00:00:00-05:30',
    ]) {
      expect(code(checkDateTime(raw)), raw).to.equal('ok');
    }
    expect(checkDateTime(' 2026-09-15t14:05:00z ')).to.deep.equal({
      ok: true,
      value: '2026-09-15T14:05:00Z',
    });
  });

  it('rejects other shapes and unreal dates or times', () => {
    expect(code(checkDateTime(''))).to.equal('required');
    for (const raw of [
      'last Tuesday',
      '2026-11-02',
      '2026-11-02T10:14:27', // no offset
      '2026-11-02 10:14:27Z',
      '2026-11-02T10:14Z',
      '2026-02-30T10:00:00Z',
      '2026-11-02T24:00:00Z',
      '2026-11-02T10:60:00Z',
      '2026-11-02T10:00:60Z',
      '2026-11-02T10:00:00+24:00',
      '2026-11-02T10:00:00+0100',
    ]) {
      expect(code(checkDateTime(raw)), raw).to.equal('format');
    }
  });

  it('converts to instants, honouring the offset', () => {
    expect(dateTimeToEpochMs('2026-09-15T14:05:00+01:00')).to.equal(
      Date.parse('2026-09-15T13:05:00Z'),
    );
    expect(dateTimeToEpochMs('2026-09-15T14:05:00.5Z')).to.equal(
      Date.parse('2026-09-15T14:05:00.500Z'),
    );
    // Two-digit years are not read as 19xx.
    expect(dateTimeToEpochMs('0099-01-01T00:00:00Z')).to.equal(
      Date.parse('0099-01-01T00:00:00.000Z'),
    );
  });
});

describe('ODS codes', () => {
  it('accepts 3 to 6 letters or digits after trimming and upper-casing', () => {
    expect(checkOdsCode(' c99003 ')).to.deep.equal({ ok: true, value: 'C99003' });
    for (const raw of ['RX9', 'RX9AB', 'U99101'])
      expect(code(checkOdsCode(raw)), raw).to.equal('ok');
    expect(code(checkOdsCode(''))).to.equal('required');
    for (const raw of ['C99-001!', 'RX', 'C990011', 'C99 01'])
      expect(code(checkOdsCode(raw)), raw).to.equal('format');
  });
});

describe('language tags', () => {
  it('accepts BCP 47-style tags and normalises their case', () => {
    const cases: [string, string][] = [
      ['cy', 'cy'],
      ['bfi', 'bfi'],
      ['PT-br', 'pt-BR'],
      ['zh-hant-tw', 'zh-Hant-TW'],
      ['en_GB', 'en-GB'],
      ['es-419', 'es-419'],
      ['sl-rozaj', 'sl-rozaj'],
    ];
    for (const [raw, tag] of cases) {
      expect(normaliseLanguageTag(raw)).to.equal(tag);
      expect(checkLanguageTag(raw), raw).to.deep.equal({ ok: true, value: tag });
    }
  });

  it('rejects what is not a language tag', () => {
    expect(code(checkLanguageTag(' '))).to.equal('required');
    for (const raw of ['Welsh', 'c', 'cy-', 'cy--GB', 'en-GB-x-private', '12', 'cy GB']) {
      expect(code(checkLanguageTag(raw)), raw).to.equal('format');
    }
  });
});
