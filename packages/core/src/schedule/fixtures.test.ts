/**
 * Every schedule in the shared Riverside directory, as of the fixtures' "now"
 * (2026-11-26T12:00:00Z), mapped from ORUK v3 by the ORUK adapter.
 */

import { expect } from 'chai';
import { loadFixture } from '../../../../test/fixtures.js';
import type { Activity, Schedule } from '../model/activity.js';
import { fromOrukV3Service } from '../oruk/v3.js';
import { wordSchedule } from './describe.js';
import { loadLocale } from '../messages/catalogue.js';
import { isScheduleCurrent, nextOccurrence, nextSessionOf } from './occurrences.js';
import { londonWall as wall } from './testing/london-wall.js';

// Welsh schedule wording comes with the Welsh catalogue (see wordings.test.ts for before it loads).
await loadLocale('cy');

const NOW = new Date('2026-11-26T12:00:00Z');
const TODAY = '2026-11-26';

/** Loaded once, on first use: Vitest has no mocha-style `before`, so the tests share a promise. */
let directory: Promise<{ activities: Activity[]; schedules: Schedule[] }> | undefined;

/** The directory mapped by the ORUK adapter, as the picker sees it. */
function loadDirectory(): Promise<{ activities: Activity[]; schedules: Schedule[] }> {
  directory ??= loadFixture<unknown[]>('riverside.oruk3.json').then((services) => {
    const activities = services.map(fromOrukV3Service);
    return { activities, schedules: activities.flatMap((activity) => activity.schedules) };
  });
  return directory;
}

describe('the Riverside directory schedules', () => {
  it('has all the rule shapes the README lists', async () => {
    const { schedules } = await loadDirectory();
    expect(schedules).to.have.length(99);
    const shapes = new Set(
      schedules.map((s) => {
        if (s.byMonthDay.length > 0) return 'monthly by date';
        if (s.freq === 'MONTHLY')
          return s.byDay.some((d) => (d.ordinal ?? 0) < 0) ? 'monthly last' : 'monthly ordinal';
        return s.interval === 2 ? 'fortnightly' : 'weekly';
      }),
    );
    expect([...shapes].sort()).to.deep.equal([
      'fortnightly',
      'monthly by date',
      'monthly last',
      'monthly ordinal',
      'weekly',
    ]);
  });

  it('gives every schedule a next session after now, or none exactly when it has ended', async () => {
    const { schedules } = await loadDirectory();
    let ended = 0;
    for (const schedule of schedules) {
      const next = nextOccurrence(schedule, NOW);
      const hasEnded = schedule.validTo !== undefined && schedule.validTo < TODAY;
      if (hasEnded) {
        ended++;
        expect(next, `${schedule.id} ended ${schedule.validTo}`).to.equal(undefined);
        expect(isScheduleCurrent(schedule, NOW)).to.equal(false);
        continue;
      }
      expect(next, schedule.id).to.not.equal(undefined);
      const start = next!.start;
      expect(start.getTime(), schedule.id).to.be.greaterThan(NOW.getTime());
      const local = wall(start);
      expect(local.time, schedule.id).to.equal(schedule.opensAt);
      expect(wall(next!.end!).time, schedule.id).to.equal(schedule.closesAt);
      if (schedule.byMonthDay.length > 0)
        expect(schedule.byMonthDay, schedule.id).to.include(local.day);
      else
        expect(
          schedule.byDay.map(({ day }) => day),
          schedule.id,
        ).to.include(local.weekday);
      if (schedule.validFrom) expect(local.date >= schedule.validFrom, schedule.id).to.equal(true);
      if (schedule.validTo) expect(local.date <= schedule.validTo, schedule.id).to.equal(true);
      // Weekly and fortnightly sessions come round within a fortnight unless the course has not started.
      if (schedule.freq === 'WEEKLY' && !(schedule.validFrom && schedule.validFrom > TODAY)) {
        expect(start.getTime() - NOW.getTime(), schedule.id).to.be.lessThan(14 * 86_400_000);
      }
    }
    // Six schedules ended before 26 November 2026 (README: "schedules that ended before November 2026" and
    // courses that finished in November).
    expect(ended).to.equal(6);
  });

  it('words every schedule in English and Welsh from its rule, never from its description', async () => {
    const { schedules } = await loadDirectory();
    for (const schedule of schedules) {
      const ruleOnly: Schedule = { ...schedule, description: undefined };
      for (const locale of ['en', 'cy'] as const) {
        const worded = wordSchedule(ruleOnly, locale);
        expect(worded, `${schedule.id} ${locale}`).to.be.a('string').and.not.equal('');
        expect(wordSchedule(schedule, locale)).to.equal(worded);
      }
    }
  });

  it("agrees with the directory's own wording wherever that gives days and times", async () => {
    const { schedules } = await loadDirectory();
    const timeRange = /(\d{1,2}(:\d{2})?(am|pm)|midday) to (\d{1,2}(:\d{2})?(am|pm)|midday)/;
    let compared = 0;
    for (const schedule of schedules) {
      const english = (schedule.description ?? '').split(' / ').pop() ?? '';
      if (!timeRange.test(english)) continue;
      // The directory writes "Every Tuesday"; we write "Tuesdays".
      const normalised = english.replace(
        /\b[Ee]very (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g,
        '$1s',
      );
      const withoutDates: Schedule = { ...schedule, validFrom: undefined, validTo: undefined };
      const ours = wordSchedule(withoutDates, 'en');
      expect(normalised, schedule.id).to.contain(ours);
      compared++;
    }
    expect(compared).to.be.greaterThan(80);
  });

  it('finds the next session of every active service that still runs', async () => {
    const { activities } = await loadDirectory();
    let withSession = 0;
    for (const activity of activities) {
      const session = nextSessionOf(activity, NOW);
      const runs = activity.schedules.some((s) => nextOccurrence(s, NOW) !== undefined);
      expect(session !== undefined, activity.name).to.equal(activity.status === 'active' && runs);
      if (!session) continue;
      withSession++;
      expect(activity.schedules).to.include(session.schedule);
      for (const schedule of activity.schedules) {
        const next = nextOccurrence(schedule, NOW);
        if (next) expect(session.start.getTime()).to.be.at.most(next.start.getTime());
      }
    }
    expect(withSession).to.equal(
      activities.filter(
        (a) => a.status === 'active' && a.schedules.some((s) => !s.validTo || s.validTo >= TODAY),
      ).length,
    );
  });
});
