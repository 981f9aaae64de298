/**
 * Every schedule in the shared Riverside directory, as of the fixtures' "now"
 * (2026-11-26T12:00:00Z). The fixtures use ORUK v3 field names; the small
 * converter below is for these tests only (the production mapping lives in
 * the ORUK adapter).
 */

import { expect } from 'chai';
import { loadFixture } from '../../../../test/fixtures.js';
import type {
  Activity,
  ActivityStatus,
  AttendanceMode,
  Schedule,
  Weekday,
} from '../model/activity.js';
import { wordSchedule } from './describe.js';
import { isScheduleCurrent, nextOccurrence, nextSessionOf } from './occurrences.js';

interface Oruk3Schedule {
  id: string;
  service_at_location_id?: string;
  valid_from?: string;
  valid_to?: string;
  dtstart?: string;
  freq: 'WEEKLY' | 'MONTHLY';
  interval: number;
  byday?: string;
  bymonthday?: string;
  description: string;
  opens_at: string;
  closes_at: string;
  attending_type: string;
  notes?: string;
}

interface Oruk3Service {
  id: string;
  name: string;
  description: string;
  status: string;
  organization: { id: string; name: string };
  schedules: Oruk3Schedule[];
}

const NOW = new Date('2026-11-26T12:00:00Z');
const TODAY = '2026-11-26';

const MODES: Record<string, AttendanceMode> = {
  'In person': 'in-person',
  Online: 'online',
  'By phone': 'phone',
  'Home visit': 'home-visit',
};

/** ORUK v3 `schedules[]` entry to our `Schedule` (test-only). */
function toSchedule(source: Oruk3Schedule): Schedule {
  const byDay = (source.byday ?? '')
    .split(',')
    .filter(Boolean)
    .map((token) => {
      const match = /^(-?\d)?(MO|TU|WE|TH|FR|SA|SU)$/.exec(token.trim());
      if (!match) throw new Error(`Unexpected byday ${token}`);
      const day = match[2] as Weekday;
      return match[1] === undefined ? { day } : { day, ordinal: Number(match[1]) };
    });
  const mode = MODES[source.attending_type];
  if (!mode) throw new Error(`Unexpected attending_type ${source.attending_type}`);
  return {
    id: source.id,
    freq: source.freq,
    interval: source.interval,
    byDay,
    byMonthDay: (source.bymonthday ?? '').split(',').filter(Boolean).map(Number),
    ...(source.dtstart ? { dtstart: source.dtstart } : {}),
    ...(source.valid_from ? { validFrom: source.valid_from } : {}),
    ...(source.valid_to ? { validTo: source.valid_to } : {}),
    opensAt: source.opens_at.slice(0, 5),
    closesAt: source.closes_at.slice(0, 5),
    mode,
    description: source.description,
    ...(source.notes ? { notes: source.notes } : {}),
  };
}

/** Just enough of an `Activity` for `nextSessionOf` (test-only). */
function toActivity(service: Oruk3Service): Activity {
  const schedules = service.schedules.map(toSchedule);
  return {
    id: service.id,
    name: service.name,
    organisation: { id: service.organization.id, name: service.organization.name },
    description: service.description,
    status: service.status.replace(' ', '-') as ActivityStatus,
    taxonomyTermIds: [],
    locations: [],
    modes: [...new Set(schedules.map(({ mode }) => mode))],
    schedules,
    costs: [],
    eligibility: {},
    languages: [],
    contacts: [],
  };
}

/** London wall time from Intl directly, independent of the code under test. */
const london = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  weekday: 'short',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function wall(instant: Date): { weekday: string; date: string; day: number; time: string } {
  const parts = Object.fromEntries(
    london.formatToParts(instant).map(({ type, value }) => [type, value]),
  );
  return {
    weekday: (parts.weekday ?? '').slice(0, 2).toUpperCase(),
    date: `${parts.year}-${parts.month}-${parts.day}`,
    day: Number(parts.day),
    time: `${String(Number(parts.hour) % 24).padStart(2, '0')}:${parts.minute}`,
  };
}

/** Loaded once, on first use: Vitest has no mocha-style `before`, so the tests share a promise. */
let directory: Promise<{ services: Oruk3Service[]; schedules: Schedule[] }> | undefined;

function loadDirectory(): Promise<{ services: Oruk3Service[]; schedules: Schedule[] }> {
  directory ??= loadFixture<Oruk3Service[]>('riverside.oruk3.json').then((services) => ({
    services,
    schedules: services.flatMap((service) => service.schedules.map(toSchedule)),
  }));
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
    const { services } = await loadDirectory();
    const activities = services.map(toActivity);
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
