import { expect } from 'chai';
import {
  civilDateOf,
  dayNumberOf,
  londonInstantOf,
  londonOffsetAt,
  londonWallTimeOf,
  parseCivilDate,
  parseWallTime,
  weekdayOf,
} from './london-time.js';

describe('London civil time', () => {
  it('round-trips day numbers and knows their weekdays', () => {
    expect(dayNumberOf({ year: 1970, month: 1, day: 1 })).to.equal(0);
    expect(weekdayOf(0)).to.equal('TH');
    const day = dayNumberOf({ year: 2026, month: 11, day: 26 });
    expect(weekdayOf(day)).to.equal('TH');
    expect(civilDateOf(day)).to.deep.equal({ year: 2026, month: 11, day: 26 });
    expect(weekdayOf(dayNumberOf({ year: 1969, month: 12, day: 29 }))).to.equal('MO');
  });

  it('parses real dates and times only', () => {
    expect(parseCivilDate('2028-02-29')).to.equal(dayNumberOf({ year: 2028, month: 2, day: 29 }));
    expect(parseCivilDate('2027-02-29')).to.equal(undefined);
    expect(parseCivilDate('2026-13-01')).to.equal(undefined);
    expect(parseCivilDate('26/11/2026')).to.equal(undefined);
    expect(parseWallTime('09:30')).to.equal(570);
    expect(parseWallTime('18:00:00')).to.equal(1080);
    expect(parseWallTime('9:05')).to.equal(545);
    expect(parseWallTime('24:00')).to.equal(undefined);
    expect(parseWallTime('12:60')).to.equal(undefined);
    expect(parseWallTime('noon')).to.equal(undefined);
  });

  it('has offset 0 in winter and one hour in summer, changing at 01:00 UTC', () => {
    expect(londonOffsetAt(Date.parse('2026-03-29T00:59:59Z'))).to.equal(0);
    expect(londonOffsetAt(Date.parse('2026-03-29T01:00:00Z'))).to.equal(3_600_000);
    expect(londonOffsetAt(Date.parse('2026-10-25T00:59:59Z'))).to.equal(3_600_000);
    expect(londonOffsetAt(Date.parse('2026-10-25T01:00:00Z'))).to.equal(0);
  });

  it('turns wall times into instants and back', () => {
    const springDay = dayNumberOf({ year: 2026, month: 3, day: 29 });
    expect(londonInstantOf(springDay, 0).toISOString()).to.equal('2026-03-29T00:00:00.000Z');
    expect(londonInstantOf(springDay, 60).toISOString()).to.equal('2026-03-29T01:00:00.000Z'); // 02:00 BST
    expect(londonInstantOf(springDay, 120).toISOString()).to.equal('2026-03-29T01:00:00.000Z');
    expect(londonInstantOf(springDay, 180).toISOString()).to.equal('2026-03-29T02:00:00.000Z');
    const autumnDay = dayNumberOf({ year: 2026, month: 10, day: 25 });
    expect(londonInstantOf(autumnDay, 60).toISOString()).to.equal('2026-10-25T00:00:00.000Z');
    expect(londonInstantOf(autumnDay, 120).toISOString()).to.equal('2026-10-25T02:00:00.000Z');
    expect(londonWallTimeOf(new Date('2026-10-25T01:30:00Z'))).to.deep.equal({
      year: 2026,
      month: 10,
      day: 25,
      hour: 1,
      minute: 30,
    });
    expect(londonWallTimeOf(new Date('2026-06-30T23:00:00Z'))).to.deep.equal({
      year: 2026,
      month: 7,
      day: 1,
      hour: 0,
      minute: 0,
    });
  });
});
