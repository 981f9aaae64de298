import { expect } from 'chai';
import { formatDate, formatDistance, formatNextSession, formatTime } from './format.js';
import { loadLocale } from '../messages/catalogue.js';

// Welsh schedule wording comes with the Welsh catalogue (see wordings.test.ts for before it loads).
await loadLocale('cy');

const NOW = new Date('2026-11-26T12:00:00Z');

describe('formatDate', () => {
  it('writes the London date in English and Welsh', () => {
    expect(formatDate(NOW, 'en')).to.equal('Thursday 26 November 2026');
    expect(formatDate(NOW, 'cy')).to.equal('Dydd Iau 26 Tachwedd 2026');
  });

  it('uses the London date, not the UTC one, in summer', () => {
    // 23:30 UTC on 30 June is 00:30 on 1 July in London.
    expect(formatDate(new Date('2026-06-30T23:30:00Z'), 'en')).to.equal('Wednesday 1 July 2026');
    expect(formatDate(new Date('2026-06-30T23:30:00Z'), 'cy')).to.equal(
      'Dydd Mercher 1 Gorffennaf 2026',
    );
    expect(formatDate(new Date('2027-01-01T00:30:00Z'), 'cy')).to.equal(
      'Dydd Gwener 1 Ionawr 2027',
    );
  });

  it('rejects an invalid date', () => {
    expect(() => formatDate(new Date('nonsense'), 'en')).to.throw(RangeError);
  });
});

describe('formatTime', () => {
  it('writes times the GOV.UK and Llyw.Cymru way', () => {
    const expected: [string, string, string][] = [
      ['00:00', 'midnight', 'hanner nos'],
      ['00:30', '12:30am', '12:30yb'],
      ['09:05', '9:05am', '9:05yb'],
      ['10:00', '10am', '10yb'],
      ['12:00', 'midday', 'canol dydd'],
      ['12:30:00', '12:30pm', '12:30yp'],
      ['14:00', '2pm', '2yp'],
      ['23:59', '11:59pm', '11:59yp'],
    ];
    for (const [time, en, cy] of expected) {
      expect(formatTime(time, 'en'), time).to.equal(en);
      expect(formatTime(time, 'cy'), time).to.equal(cy);
    }
  });

  it('shows an instant as London clocks show it', () => {
    expect(formatTime(new Date('2026-07-01T13:00:00Z'), 'en')).to.equal('2pm');
    expect(formatTime(new Date('2026-12-01T13:00:00Z'), 'en')).to.equal('1pm');
    expect(formatTime(new Date('2026-07-01T11:00:00Z'), 'cy')).to.equal('canol dydd');
  });

  it('rejects what is not a time', () => {
    expect(() => formatTime('24:00', 'en')).to.throw(RangeError);
    expect(() => formatTime('noon', 'en')).to.throw(RangeError);
    expect(() => formatTime(new Date(Number.NaN), 'en')).to.throw(RangeError);
  });
});

describe('formatNextSession', () => {
  it('says today and tomorrow in London', () => {
    const today = {
      start: new Date('2026-11-26T14:00:00Z'),
      end: new Date('2026-11-26T16:00:00Z'),
    };
    expect(formatNextSession(today, NOW, 'en')).to.equal('Today, 2pm to 4pm');
    expect(formatNextSession(today, NOW, 'cy')).to.equal('Heddiw, 2yp i 4yp');
    const tomorrow = { start: new Date('2026-11-27T10:00:00Z') };
    expect(formatNextSession(tomorrow, NOW, 'en')).to.equal('Tomorrow, 10am');
    expect(formatNextSession(tomorrow, NOW, 'cy')).to.equal('Yfory, 10yb');
  });

  it('gives the day and date further ahead, with the year only when it is not this year', () => {
    const december = {
      start: new Date('2026-12-01T10:00:00Z'),
      end: new Date('2026-12-01T12:00:00Z'),
    };
    expect(formatNextSession(december, NOW, 'en')).to.equal('Tuesday 1 December, 10am to midday');
    expect(formatNextSession(december, NOW, 'cy')).to.equal(
      'Dydd Mawrth 1 Rhagfyr, 10yb i ganol dydd',
    );
    const january = {
      start: new Date('2027-01-14T10:00:00Z'),
      end: new Date('2027-01-14T12:30:00Z'),
    };
    expect(formatNextSession(january, NOW, 'en')).to.equal(
      'Thursday 14 January 2027, 10am to 12:30pm',
    );
    expect(formatNextSession(january, NOW, 'cy')).to.equal(
      'Dydd Iau 14 Ionawr 2027, 10yb i 12:30yp',
    );
  });

  it('decides today and tomorrow by London dates, not UTC ones', () => {
    // 23:30 UTC on 1 July is 00:30 BST on 2 July: "tomorrow" for someone at 10:00 BST on 1 July.
    const lateNight = { start: new Date('2026-07-01T23:30:00Z') };
    expect(formatNextSession(lateNight, new Date('2026-07-01T09:00:00Z'), 'en')).to.equal(
      'Tomorrow, 12:30am',
    );
    expect(formatNextSession(lateNight, new Date('2026-07-01T23:15:00Z'), 'en')).to.equal(
      'Today, 12:30am',
    );
  });

  it('shows only the day when the time is unknown', () => {
    const untimed = { start: new Date('2026-11-27T00:00:00Z'), timeUnknown: true as const };
    expect(formatNextSession(untimed, NOW, 'en')).to.equal('Tomorrow');
    expect(formatNextSession(untimed, NOW, 'cy')).to.equal('Yfory');
  });
});

describe('formatDistance', () => {
  it('rounds to a tenth below 10 miles and to whole miles above', () => {
    const expected: [number, string, string][] = [
      [0.04, 'less than 0.1 miles', 'llai na 0.1 milltir'],
      [0.4, '0.4 miles', '0.4 milltir'],
      [0.96, '1 mile', '1 filltir'],
      [1, '1 mile', '1 filltir'],
      [1.04, '1 mile', '1 filltir'],
      [1.06, '1.1 miles', '1.1 milltir'],
      [2, '2 miles', '2 filltir'],
      [9.94, '9.9 miles', '9.9 milltir'],
      [9.96, '10 miles', '10 milltir'],
      [12.3, '12 miles', '12 milltir'],
      [1249.6, '1,250 miles', '1,250 milltir'],
    ];
    for (const [miles, en, cy] of expected) {
      expect(formatDistance(miles, 'en'), String(miles)).to.equal(en);
      expect(formatDistance(miles, 'cy'), String(miles)).to.equal(cy);
    }
  });

  it('rejects what is not a distance', () => {
    expect(() => formatDistance(-1, 'en')).to.throw(RangeError);
    expect(() => formatDistance(Number.NaN, 'en')).to.throw(RangeError);
    expect(() => formatDistance(Number.POSITIVE_INFINITY, 'cy')).to.throw(RangeError);
  });
});
