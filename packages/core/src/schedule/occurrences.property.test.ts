import { expect } from 'chai';
import fc from 'fast-check';
import type { Schedule, Weekday } from '../model/activity.js';
import { nextOccurrence, occurrencesBetween } from './occurrences.js';
import { londonWall as wall } from './testing/london-wall.js';

const DAYS: readonly Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/** Whether a London date is the last Sunday of March (the hour from 01:00 does not exist). */
function springForward(date: string): boolean {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return month === 3 && day > 24 && new Date(Date.UTC(year, 2, day)).getUTCDay() === 0;
}

const time = fc
  .record({ hour: fc.integer({ min: 0, max: 23 }), minute: fc.constantFrom(0, 15, 30, 45) })
  .map(({ hour, minute }) => ({
    text: `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`,
    minutes: hour * 60 + minute,
  }));

const isoDate = fc
  .date({
    min: new Date('2024-01-01T00:00:00Z'),
    max: new Date('2031-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

const weekly = fc.record({
  freq: fc.constant('WEEKLY' as const),
  interval: fc.integer({ min: 1, max: 3 }),
  byDay: fc
    .uniqueArray(fc.constantFrom(...DAYS), { minLength: 1, maxLength: 7 })
    .map((days) => days.map((day) => ({ day }))),
  byMonthDay: fc.constant([] as number[]),
});

const monthlyByDay = fc.record({
  freq: fc.constant('MONTHLY' as const),
  interval: fc.integer({ min: 1, max: 2 }),
  byDay: fc.uniqueArray(
    fc.record({ day: fc.constantFrom(...DAYS), ordinal: fc.constantFrom(1, 2, 3, 4, 5, -1, -2) }),
    { minLength: 1, maxLength: 3, selector: ({ day, ordinal }) => `${ordinal}${day}` },
  ),
  byMonthDay: fc.constant([] as number[]),
});

const monthlyByDate = fc.record({
  freq: fc.constant('MONTHLY' as const),
  interval: fc.integer({ min: 1, max: 2 }),
  byDay: fc.constant([] as { day: Weekday }[]),
  byMonthDay: fc.uniqueArray(fc.integer({ min: 1, max: 31 }), { minLength: 1, maxLength: 3 }),
});

const schedules = fc
  .record({
    rule: fc.oneof(weekly, monthlyByDay, monthlyByDate),
    opens: time,
    anchor: isoDate,
  })
  .map(({ rule, opens, anchor }): { schedule: Schedule; opens: number } => ({
    schedule: {
      id: 'p',
      ...rule,
      // An interval needs an anchor; give one to every other rule too.
      ...(rule.interval > 1 || anchor < '2028' ? { dtstart: anchor } : {}),
      opensAt: opens.text,
      mode: 'in-person',
    },
    opens: opens.minutes,
  }));

const after = fc.date({
  min: new Date('2024-01-01T00:00:00Z'),
  max: new Date('2031-12-31T23:59:59Z'),
  noInvalidDate: true,
});

describe('nextOccurrence properties (seeded)', () => {
  it('is after `after`, on an allowed London day, at opensAt on London clocks, with none missed', () => {
    fc.assert(
      fc.property(schedules, after, ({ schedule, opens }, when) => {
        const next = nextOccurrence(schedule, when);
        expect(next, 'an open-ended rule always has a next session').to.not.equal(undefined);
        const start = next!.start;
        expect(start.getTime()).to.be.greaterThan(when.getTime());
        if (schedule.dtstart) expect(wall(start).date >= schedule.dtstart).to.equal(true);
        const local = wall(start);
        if (schedule.byDay.length > 0) {
          expect(schedule.byDay.map(({ day }) => day)).to.include(local.weekday);
        } else {
          expect(schedule.byMonthDay).to.include(local.day);
        }
        // The one exception: a time the spring change skips is an hour later on the clock.
        const skipped = springForward(local.date) && opens >= 60 && opens < 120;
        expect(local.minutes).to.equal(skipped ? opens + 60 : opens);
        // Nothing starts between `after` and the answer.
        expect(occurrencesBetween(schedule, new Date(when.getTime() + 1), start)).to.deep.equal([]);
      }),
      { seed: 42, numRuns: 200 },
    );
  });

  it('chains: each occurrence in a range is the next occurrence after the one before', () => {
    fc.assert(
      fc.property(schedules, after, ({ schedule }, from) => {
        const to = new Date(from.getTime() + 120 * 86_400_000);
        const found = occurrencesBetween(schedule, from, to);
        let previous = new Date(from.getTime() - 1);
        for (const occurrence of found) {
          expect(nextOccurrence(schedule, previous)?.start.toISOString()).to.equal(
            occurrence.start.toISOString(),
          );
          previous = occurrence.start;
        }
        const following = nextOccurrence(schedule, previous);
        expect(following === undefined || following.start.getTime() >= to.getTime()).to.equal(true);
      }),
      { seed: 7, numRuns: 60 },
    );
  });
});
