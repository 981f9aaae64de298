import { expect } from 'chai';
import type { Activity, Schedule } from '../model/activity.js';
import {
  isScheduleCurrent,
  nextOccurrence,
  nextSessionOf,
  occurrencesBetween,
  runsOn,
  timeOfDay,
} from './occurrences.js';

const NOW = new Date('2026-11-26T12:00:00Z');

function schedule(rule: Partial<Schedule>): Schedule {
  return {
    id: 's',
    freq: 'WEEKLY',
    interval: 1,
    byDay: [],
    byMonthDay: [],
    mode: 'in-person',
    ...rule,
  };
}

const starts = (list: readonly { start: Date }[]): string[] =>
  list.map(({ start }) => start.toISOString());

function next(rule: Partial<Schedule>, after: string): string | undefined {
  return nextOccurrence(schedule(rule), new Date(after))?.start.toISOString();
}

describe('nextOccurrence across the clock changes', () => {
  const sunday10 = { byDay: [{ day: 'SU' as const }], opensAt: '10:00', closesAt: '12:00' };

  it('puts a 10:00 session at 10:00 UTC in winter and 09:00 UTC in summer (29 March 2026)', () => {
    const saturday = { byDay: [{ day: 'SA' as const }], opensAt: '10:00' };
    expect(next(saturday, '2026-03-27T12:00:00Z')).to.equal('2026-03-28T10:00:00.000Z');
    expect(next(sunday10, '2026-03-27T12:00:00Z')).to.equal('2026-03-29T09:00:00.000Z');
    expect(next({ byDay: [{ day: 'MO' }], opensAt: '10:00' }, '2026-03-27T12:00:00Z')).to.equal(
      '2026-03-30T09:00:00.000Z',
    );
    expect(
      starts(
        occurrencesBetween(schedule(sunday10), new Date('2026-03-20'), new Date('2026-04-06')),
      ),
    ).to.deep.equal([
      '2026-03-22T10:00:00.000Z',
      '2026-03-29T09:00:00.000Z',
      '2026-04-05T09:00:00.000Z',
    ]);
  });

  it('goes back to 10:00 UTC on 25 October 2026', () => {
    expect(
      starts(
        occurrencesBetween(schedule(sunday10), new Date('2026-10-15'), new Date('2026-11-02')),
      ),
    ).to.deep.equal([
      '2026-10-18T09:00:00.000Z',
      '2026-10-25T10:00:00.000Z',
      '2026-11-01T10:00:00.000Z',
    ]);
    expect(next({ byDay: [{ day: 'SA' }], opensAt: '10:00' }, '2026-10-23T00:00:00Z')).to.equal(
      '2026-10-24T09:00:00.000Z',
    );
  });

  it('ends a session on the right side of the change when the clocks go forward overnight', () => {
    const overnight = schedule({ byDay: [{ day: 'SA' }], opensAt: '22:00', closesAt: '06:00' });
    const found = nextOccurrence(overnight, new Date('2026-03-27T00:00:00Z'));
    expect(found?.start.toISOString()).to.equal('2026-03-28T22:00:00.000Z');
    // 06:00 BST on Sunday 29 March: seven hours of wall clock, seven hours of real time minus the lost hour.
    expect(found?.end?.toISOString()).to.equal('2026-03-29T05:00:00.000Z');
  });

  it('reads a time the spring change skips with the offset before it (RFC 5545), so 01:30 is 02:30 BST', () => {
    expect(next({ byDay: [{ day: 'SU' }], opensAt: '01:30' }, '2026-03-28T00:00:00Z')).to.equal(
      '2026-03-29T01:30:00.000Z',
    );
  });

  it('takes the first of the two 01:30s on the autumn change (BST)', () => {
    expect(next({ byDay: [{ day: 'SU' }], opensAt: '01:30' }, '2026-10-24T00:00:00Z')).to.equal(
      '2026-10-25T00:30:00.000Z',
    );
  });

  it('counts a session as next only when it starts strictly after `after`', () => {
    const tuesday = { byDay: [{ day: 'TU' as const }], opensAt: '10:00', closesAt: '11:00' };
    expect(next(tuesday, '2026-12-01T10:00:00Z')).to.equal('2026-12-08T10:00:00.000Z');
    expect(next(tuesday, '2026-12-01T09:59:59.999Z')).to.equal('2026-12-01T10:00:00.000Z');
  });
});

describe('monthly rules', () => {
  const twoPm = { freq: 'MONTHLY' as const, opensAt: '14:00', closesAt: '15:30' };

  it('finds a fifth Tuesday only in months that have one (December 2026, then March 2027 in BST)', () => {
    const fifth = { ...twoPm, byDay: [{ day: 'TU' as const, ordinal: 5 }], opensAt: '10:00' };
    expect(next(fifth, NOW.toISOString())).to.equal('2026-12-29T10:00:00.000Z');
    expect(next(fifth, '2026-12-30T00:00:00Z')).to.equal('2027-03-30T09:00:00.000Z');
  });

  it('tells the last Tuesday from the fourth in a month with five', () => {
    const last = { ...twoPm, byDay: [{ day: 'TU' as const, ordinal: -1 }] };
    const fourth = { ...twoPm, byDay: [{ day: 'TU' as const, ordinal: 4 }] };
    expect(next(last, NOW.toISOString())).to.equal('2026-12-29T14:00:00.000Z');
    expect(next(fourth, NOW.toISOString())).to.equal('2026-12-22T14:00:00.000Z');
    // November 2026 has four Tuesdays: the fourth is the last.
    expect(next(last, '2026-11-01T00:00:00Z')).to.equal('2026-11-24T14:00:00.000Z');
    expect(next(fourth, '2026-11-01T00:00:00Z')).to.equal('2026-11-24T14:00:00.000Z');
  });

  it('finds the last Wednesday and the second-to-last Friday', () => {
    const lastWednesday = { ...twoPm, byDay: [{ day: 'WE' as const, ordinal: -1 }] };
    expect(
      starts(occurrencesBetween(schedule(lastWednesday), NOW, new Date('2027-03-01'))),
    ).to.deep.equal([
      '2026-12-30T14:00:00.000Z',
      '2027-01-27T14:00:00.000Z',
      '2027-02-24T14:00:00.000Z',
    ]);
    expect(
      next({ ...twoPm, byDay: [{ day: 'FR', ordinal: -2 }] }, '2027-01-01T00:00:00Z'),
    ).to.equal('2027-01-22T14:00:00.000Z');
  });

  it('handles first and third Thursday together', () => {
    const both = {
      ...twoPm,
      byDay: [
        { day: 'TH' as const, ordinal: 1 },
        { day: 'TH' as const, ordinal: 3 },
      ],
    };
    expect(starts(occurrencesBetween(schedule(both), NOW, new Date('2027-01-31')))).to.deep.equal([
      '2026-12-03T14:00:00.000Z',
      '2026-12-17T14:00:00.000Z',
      '2027-01-07T14:00:00.000Z',
      '2027-01-21T14:00:00.000Z',
    ]);
  });

  it('skips months without a 31st', () => {
    const thirtyFirst = { ...twoPm, byMonthDay: [31] };
    expect(
      starts(
        occurrencesBetween(schedule(thirtyFirst), new Date('2027-01-01'), new Date('2028-01-01')),
      ).map((s) => s.slice(0, 10)),
    ).to.deep.equal([
      '2027-01-31',
      '2027-03-31',
      '2027-05-31',
      '2027-07-31',
      '2027-08-31',
      '2027-10-31',
      '2027-12-31',
    ]);
    expect(next(thirtyFirst, '2027-01-31T15:00:00Z')).to.equal('2027-03-31T13:00:00.000Z');
  });

  it('reads -1 as the last day of the month, and 29 only in a leap February', () => {
    expect(next({ ...twoPm, byMonthDay: [-1] }, '2027-02-01T00:00:00Z')).to.equal(
      '2027-02-28T14:00:00.000Z',
    );
    expect(next({ ...twoPm, byMonthDay: [29] }, '2027-02-01T00:00:00Z')).to.equal(
      '2027-03-29T13:00:00.000Z',
    );
    expect(next({ ...twoPm, byMonthDay: [29] }, '2028-02-01T00:00:00Z')).to.equal(
      '2028-02-29T14:00:00.000Z',
    );
  });

  it('runs every other month from dtstart', () => {
    const bimonthly = {
      ...twoPm,
      interval: 2,
      dtstart: '2026-09-08',
      byDay: [{ day: 'TU' as const, ordinal: 2 }],
    };
    expect(next(bimonthly, NOW.toISOString())).to.equal('2027-01-12T14:00:00.000Z');
    expect(next(bimonthly, '2026-01-01T00:00:00Z')).to.equal('2026-09-08T13:00:00.000Z');
  });

  it('intersects weekdays with month days when a rule has both (Friday the 13th)', () => {
    const friday13 = { ...twoPm, byDay: [{ day: 'FR' as const }], byMonthDay: [13] };
    expect(next(friday13, NOW.toISOString())).to.equal('2027-08-13T13:00:00.000Z');
  });
});

describe('fortnightly anchoring', () => {
  const thursday = {
    interval: 2,
    byDay: [{ day: 'TH' as const }],
    opensAt: '10:00',
    closesAt: '11:30',
  };

  it('counts weeks from dtstart', () => {
    expect(next({ ...thursday, dtstart: '2026-09-03' }, NOW.toISOString())).to.equal(
      '2026-12-10T10:00:00.000Z',
    );
    expect(next({ ...thursday, dtstart: '2026-09-10' }, NOW.toISOString())).to.equal(
      '2026-12-03T10:00:00.000Z',
    );
    expect(next({ ...thursday, dtstart: '2026-09-03' }, '2026-11-26T09:00:00Z')).to.equal(
      '2026-11-26T10:00:00.000Z',
    );
  });

  it('has nothing before dtstart', () => {
    expect(next({ ...thursday, dtstart: '2026-09-03' }, '2026-01-01T00:00:00Z')).to.equal(
      '2026-09-03T09:00:00.000Z',
    );
  });

  it('counts whole Monday-to-Sunday weeks for several days, from a mid-week dtstart', () => {
    const mondayWednesday = {
      interval: 2,
      dtstart: '2026-09-09',
      byDay: [{ day: 'MO' as const }, { day: 'WE' as const }],
      opensAt: '10:00',
    };
    const found = occurrencesBetween(
      schedule(mondayWednesday),
      new Date('2026-09-01'),
      new Date('2026-10-01'),
    );
    expect(starts(found).map((s) => s.slice(0, 10))).to.deep.equal([
      '2026-09-09',
      '2026-09-21',
      '2026-09-23',
    ]);
  });

  it('falls back to validFrom as the anchor, and has no answer without either', () => {
    expect(next({ ...thursday, validFrom: '2026-09-10' }, NOW.toISOString())).to.equal(
      '2026-12-03T10:00:00.000Z',
    );
    expect(nextOccurrence(schedule(thursday), NOW)).to.equal(undefined);
    expect(occurrencesBetween(schedule(thursday), NOW, new Date('2027-01-01'))).to.deep.equal([]);
  });

  it('runs every third week', () => {
    const found = occurrencesBetween(
      schedule({ ...thursday, interval: 3, dtstart: '2026-11-05' }),
      new Date('2026-11-01'),
      new Date('2027-01-01'),
    );
    expect(starts(found).map((s) => s.slice(0, 10))).to.deep.equal([
      '2026-11-05',
      '2026-11-26',
      '2026-12-17',
    ]);
  });
});

describe('validity', () => {
  const course = {
    byDay: [{ day: 'TU' as const }],
    opensAt: '13:00',
    closesAt: '15:00',
    validFrom: '2026-11-03',
    validTo: '2026-12-01',
  };

  it('includes both the first and the last day', () => {
    expect(next(course, '2026-10-01T00:00:00Z')).to.equal('2026-11-03T13:00:00.000Z');
    expect(next(course, NOW.toISOString())).to.equal('2026-12-01T13:00:00.000Z');
    expect(next(course, '2026-12-01T13:00:00Z')).to.equal(undefined);
    expect(
      occurrencesBetween(schedule(course), new Date('2026-01-01'), new Date('2027-01-01')),
    ).to.have.length(5);
  });

  it('answers undefined for a schedule that has ended, and finds the start of one that has not begun', () => {
    expect(
      next({ ...course, validFrom: undefined, validTo: '2025-12-17' }, NOW.toISOString()),
    ).to.equal(undefined);
    expect(
      next({ ...course, validFrom: '2027-01-14', validTo: undefined }, NOW.toISOString()),
    ).to.equal('2027-01-19T13:00:00.000Z');
  });

  it('is current from validFrom to validTo inclusive, in London dates', () => {
    const summer = schedule({ ...course, validFrom: '2026-05-07', validTo: '2026-07-20' });
    expect(isScheduleCurrent(summer, new Date('2026-05-06T22:59:00Z'))).to.equal(false);
    expect(isScheduleCurrent(summer, new Date('2026-05-06T23:00:00Z'))).to.equal(true); // 00:00 BST on 7 May
    expect(isScheduleCurrent(summer, new Date('2026-07-20T22:59:00Z'))).to.equal(true);
    expect(isScheduleCurrent(summer, new Date('2026-07-20T23:30:00Z'))).to.equal(false); // 00:30 BST on 21 July
    expect(isScheduleCurrent(schedule({ byDay: [{ day: 'MO' }] }), NOW)).to.equal(true);
    expect(
      isScheduleCurrent(schedule({ byDay: [{ day: 'MO' }], validTo: '2026-02-30' }), NOW),
    ).to.equal(false);
  });
});

describe('rules that cannot be computed', () => {
  it('answers undefined rather than guessing', () => {
    const base = { byDay: [{ day: 'MO' as const }], opensAt: '10:00' };
    expect(next({ ...base, interval: 0 }, NOW.toISOString())).to.equal(undefined);
    expect(next({ ...base, interval: 1.5 }, NOW.toISOString())).to.equal(undefined);
    expect(next({ ...base, opensAt: '25:00' }, NOW.toISOString())).to.equal(undefined);
    expect(next({ ...base, validTo: '16/07/2027' }, NOW.toISOString())).to.equal(undefined);
    expect(next({ byDay: [] }, NOW.toISOString())).to.equal(undefined);
    expect(
      next({ freq: 'MONTHLY', byDay: [{ day: 'TU', ordinal: 6 }] }, NOW.toISOString()),
    ).to.equal(undefined);
    expect(nextOccurrence(schedule(base), new Date(Number.NaN))).to.equal(undefined);
  });

  it('reads RFC 5545 defaults from dtstart: the weekday for weekly, the month day for monthly', () => {
    expect(next({ dtstart: '2026-09-03', opensAt: '10:00' }, NOW.toISOString())).to.equal(
      '2026-12-03T10:00:00.000Z',
    );
    expect(
      next({ freq: 'MONTHLY', dtstart: '2026-09-17', opensAt: '10:00' }, NOW.toISOString()),
    ).to.equal('2026-12-17T10:00:00.000Z');
  });

  it('marks a session without an opening time as timeUnknown, starting at London midnight', () => {
    const found = nextOccurrence(
      schedule({ byDay: [{ day: 'WE' }] }),
      new Date('2026-07-01T12:00:00Z'),
    );
    expect(found).to.deep.equal({ start: new Date('2026-07-07T23:00:00Z'), timeUnknown: true });
  });
});

describe('nextSessionOf', () => {
  function activity(status: Activity['status'], schedules: Schedule[]): Activity {
    return {
      id: 'a',
      name: 'Walking group',
      organisation: { name: 'Riverside Ramblers' },
      description: '',
      status,
      taxonomyTermIds: [],
      locations: [],
      modes: ['in-person'],
      schedules,
      costs: [],
      eligibility: {},
      languages: ['en'],
      contacts: [],
    };
  }
  const friday = schedule({
    id: 'fri',
    byDay: [{ day: 'FR' }],
    opensAt: '10:00',
    closesAt: '11:00',
  });
  const saturday = schedule({ id: 'sat', byDay: [{ day: 'SA' }], opensAt: '09:00' });
  const ended = schedule({
    id: 'old',
    byDay: [{ day: 'TH' }],
    opensAt: '13:00',
    validTo: '2026-11-19',
  });

  it('takes the earliest session over all schedules, with its schedule', () => {
    const session = nextSessionOf(activity('active', [saturday, ended, friday]), NOW);
    expect(session?.schedule.id).to.equal('fri');
    expect(session?.start.toISOString()).to.equal('2026-11-27T10:00:00.000Z');
    expect(session?.end?.toISOString()).to.equal('2026-11-27T11:00:00.000Z');
  });

  it('has none when every schedule has ended, or the activity is not active', () => {
    expect(nextSessionOf(activity('active', [ended]), NOW)).to.equal(undefined);
    expect(nextSessionOf(activity('active', []), NOW)).to.equal(undefined);
    for (const status of ['inactive', 'temporarily-closed', 'defunct'] as const) {
      expect(nextSessionOf(activity(status, [friday]), NOW), status).to.equal(undefined);
    }
  });
});

describe('timeOfDay', () => {
  it('is morning before 12:00, afternoon until 17:00, evening from 17:00', () => {
    expect(timeOfDay('00:00')).to.equal('morning');
    expect(timeOfDay('11:59')).to.equal('morning');
    expect(timeOfDay('12:00')).to.equal('afternoon');
    expect(timeOfDay('16:59:00')).to.equal('afternoon');
    expect(timeOfDay('17:00')).to.equal('evening');
    expect(timeOfDay('23:30')).to.equal('evening');
    expect(timeOfDay(undefined)).to.equal(undefined);
    expect(timeOfDay('noon')).to.equal(undefined);
  });
});

describe('runsOn', () => {
  it('follows byDay, with or without ordinals, and not month-day rules', () => {
    const weekdays = schedule({ byDay: [{ day: 'MO' }, { day: 'WE' }] });
    expect(runsOn(weekdays, 'MO')).to.equal(true);
    expect(runsOn(weekdays, 'WE')).to.equal(true);
    expect(runsOn(weekdays, 'TU')).to.equal(false);
    expect(
      runsOn(schedule({ freq: 'MONTHLY', byDay: [{ day: 'WE', ordinal: -1 }] }), 'WE'),
    ).to.equal(true);
    expect(runsOn(schedule({ freq: 'MONTHLY', byMonthDay: [15] }), 'MO')).to.equal(false);
    expect(runsOn(schedule({ dtstart: '2026-09-03' }), 'TH')).to.equal(true);
  });
});
