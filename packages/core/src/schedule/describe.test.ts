import { expect } from 'chai';
import type { Schedule, Weekday } from '../model/activity.js';
import { describeSchedule, wordSchedule } from './describe.js';
import { loadLocale } from '../messages/catalogue.js';

// Welsh schedule wording comes with the Welsh catalogue (see wordings.test.ts for before it loads).
await loadLocale('cy');

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

const days = (...list: Weekday[]): Schedule['byDay'] => list.map((day) => ({ day }));
const ordinals = (...list: [number, Weekday][]): Schedule['byDay'] =>
  list.map(([ordinal, day]) => ({ day, ordinal }));

interface Case {
  readonly rule: Partial<Schedule>;
  readonly en: string;
  readonly cy: string;
}

const CASES: readonly Case[] = [
  {
    rule: { byDay: days('TU'), opensAt: '10:00', closesAt: '12:00' },
    en: 'Tuesdays, 10am to midday',
    cy: 'Dydd Mawrth, 10yb i ganol dydd',
  },
  {
    rule: { byDay: days('WE', 'MO'), opensAt: '09:30', closesAt: '12:00' },
    en: 'Mondays and Wednesdays, 9:30am to midday',
    cy: 'Dydd Llun a dydd Mercher, 9:30yb i ganol dydd',
  },
  {
    rule: { byDay: days('TU', 'TH', 'FR'), opensAt: '10:00', closesAt: '15:00' },
    en: 'Tuesdays, Thursdays and Fridays, 10am to 3pm',
    cy: 'Dydd Mawrth, dydd Iau a dydd Gwener, 10yb i 3yp',
  },
  {
    rule: { byDay: days('MO', 'TU', 'WE', 'TH', 'FR'), opensAt: '09:00', closesAt: '17:00' },
    en: 'Monday to Friday, 9am to 5pm',
    cy: 'Dydd Llun i ddydd Gwener, 9yb i 5yp',
  },
  {
    rule: {
      byDay: days('SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'),
      opensAt: '18:00',
      closesAt: '23:00',
    },
    en: 'Every day, 6pm to 11pm',
    cy: 'Bob dydd, 6yp i 11yp',
  },
  {
    rule: {
      interval: 2,
      dtstart: '2026-09-03',
      byDay: days('TH'),
      opensAt: '14:00',
      closesAt: '16:00',
    },
    en: 'Every other Thursday, 2pm to 4pm',
    cy: 'Bob yn ail ddydd Iau, 2yp i 4yp',
  },
  {
    rule: {
      interval: 2,
      dtstart: '2026-09-07',
      byDay: days('MO', 'WE'),
      opensAt: '12:00',
      closesAt: '13:30',
    },
    en: 'Every other Monday and Wednesday, midday to 1:30pm',
    cy: 'Bob yn ail wythnos ar ddydd Llun a dydd Mercher, canol dydd i 1:30yp',
  },
  {
    rule: { interval: 3, dtstart: '2026-09-01', byDay: days('TU'), opensAt: '10:00' },
    en: 'Every 3 weeks on Tuesday at 10am',
    cy: 'Bob 3 wythnos ar ddydd Mawrth am 10yb',
  },
  {
    rule: { freq: 'MONTHLY', byDay: ordinals([2, 'TU']), opensAt: '19:00', closesAt: '21:00' },
    en: 'Second Tuesday of the month, 7pm to 9pm',
    cy: 'Ail ddydd Mawrth y mis, 7yp i 9yp',
  },
  {
    rule: {
      freq: 'MONTHLY',
      byDay: ordinals([3, 'TH'], [1, 'TH']),
      opensAt: '14:00',
      closesAt: '16:00',
    },
    en: 'First and third Thursday of the month, 2pm to 4pm',
    cy: 'Dydd Iau cyntaf a thrydydd dydd Iau y mis, 2yp i 4yp',
  },
  {
    rule: { freq: 'MONTHLY', byDay: ordinals([-1, 'WE']), opensAt: '19:00', closesAt: '21:00' },
    en: 'Last Wednesday of the month, 7pm to 9pm',
    cy: 'Dydd Mercher olaf y mis, 7yp i 9yp',
  },
  {
    rule: { freq: 'MONTHLY', byDay: ordinals([1, 'SA']), opensAt: '10:00', closesAt: '12:00' },
    en: 'First Saturday of the month, 10am to midday',
    cy: 'Dydd Sadwrn cyntaf y mis, 10yb i ganol dydd',
  },
  {
    rule: {
      freq: 'MONTHLY',
      byDay: ordinals([4, 'SU'], [2, 'SU']),
      opensAt: '10:00',
      closesAt: '12:30',
    },
    en: 'Second and fourth Sunday of the month, 10am to 12:30pm',
    cy: 'Ail a phedwerydd dydd Sul y mis, 10yb i 12:30yp',
  },
  {
    rule: { freq: 'MONTHLY', byDay: ordinals([1, 'FR'], [-1, 'FR']), opensAt: '19:00' },
    en: 'First and last Friday of the month at 7pm',
    cy: 'Dydd Gwener cyntaf ac olaf y mis am 7yp',
  },
  {
    rule: {
      freq: 'MONTHLY',
      byDay: ordinals([1, 'MO'], [3, 'WE']),
      opensAt: '13:30',
      closesAt: '15:30',
    },
    en: 'First Monday and third Wednesday of the month, 1:30pm to 3:30pm',
    cy: 'Dydd Llun cyntaf a thrydydd dydd Mercher y mis, 1:30yp i 3:30yp',
  },
  {
    rule: { freq: 'MONTHLY', byDay: ordinals([-2, 'TU']), opensAt: '10:00', closesAt: '11:00' },
    en: 'Second-to-last Tuesday of the month, 10am to 11am',
    cy: 'Dydd Mawrth olaf ond un y mis, 10yb i 11yb',
  },
  {
    rule: {
      freq: 'MONTHLY',
      interval: 2,
      dtstart: '2026-09-08',
      byDay: ordinals([2, 'TU']),
      opensAt: '10:00',
    },
    en: 'Second Tuesday of every other month at 10am',
    cy: 'Ail ddydd Mawrth bob yn ail fis am 10yb',
  },
  {
    rule: { freq: 'MONTHLY', byMonthDay: [15], opensAt: '14:00', closesAt: '15:30' },
    en: '15th of each month, 2pm to 3:30pm',
    cy: 'Y 15fed o bob mis, 2yp i 3:30yp',
  },
  {
    rule: { freq: 'MONTHLY', byMonthDay: [22, 1, 8], opensAt: '00:00', closesAt: '02:00' },
    en: '1st, 8th and 22nd of each month, midnight to 2am',
    cy: "Y 1af, yr 8fed a'r 22ain o bob mis, hanner nos i 2yb",
  },
  {
    rule: { freq: 'MONTHLY', byMonthDay: [-1], opensAt: '17:00', closesAt: '00:00' },
    en: 'Last day of each month, 5pm to midnight',
    cy: 'Y diwrnod olaf o bob mis, 5yp i hanner nos',
  },
  {
    rule: {
      byDay: days('MO', 'WE'),
      opensAt: '09:30',
      closesAt: '12:00',
      validFrom: '2026-09-14',
      validTo: '2027-07-16',
    },
    en: 'Mondays and Wednesdays, 9:30am to midday, from 14 September 2026 until 16 July 2027',
    cy: 'Dydd Llun a dydd Mercher, 9:30yb i ganol dydd, o 14 Medi 2026 tan 16 Gorffennaf 2027',
  },
  {
    rule: { byDay: days('TH'), opensAt: '10:00', closesAt: '12:30', validFrom: '2027-01-14' },
    en: 'Thursdays, 10am to 12:30pm, from 14 January 2027',
    cy: 'Dydd Iau, 10yb i 12:30yp, o 14 Ionawr 2027 ymlaen',
  },
  {
    rule: { byDay: days('MO'), opensAt: '11:00', closesAt: '12:00', validTo: '2026-07-20' },
    en: 'Mondays, 11am to midday, until 20 July 2026',
    cy: 'Dydd Llun, 11yb i ganol dydd, tan 20 Gorffennaf 2026',
  },
  {
    rule: { byDay: days('SA') },
    en: 'Saturdays',
    cy: 'Dydd Sadwrn',
  },
  {
    rule: { byDay: days('FR'), opensAt: '12:00' },
    en: 'Fridays at midday',
    cy: 'Dydd Gwener am ganol dydd',
  },
];

describe('wordSchedule', () => {
  for (const { rule, en, cy } of CASES) {
    it(`says “${en}” / “${cy}”`, () => {
      expect(wordSchedule(schedule(rule), 'en')).to.equal(en);
      expect(wordSchedule(schedule(rule), 'cy')).to.equal(cy);
    });
  }

  it('leaves out a start date that has passed when given now', () => {
    const term = schedule({
      byDay: days('TU'),
      opensAt: '18:00',
      closesAt: '20:30',
      validFrom: '2026-09-14',
      validTo: '2027-07-16',
    });
    const now = new Date('2026-11-26T12:00:00Z');
    expect(wordSchedule(term, 'en', { now })).to.equal(
      'Tuesdays, 6pm to 8:30pm, until 16 July 2027',
    );
    expect(wordSchedule(term, 'cy', { now })).to.equal(
      'Dydd Mawrth, 6yp i 8:30yp, tan 16 Gorffennaf 2027',
    );
    expect(wordSchedule(term, 'en', { now: new Date('2026-09-13T12:00:00Z') })).to.equal(
      'Tuesdays, 6pm to 8:30pm, from 14 September 2026 until 16 July 2027',
    );
  });

  it('cannot word rules it cannot compute or that mix weekdays with month days', () => {
    expect(wordSchedule(schedule({ interval: 2, byDay: days('TH') }), 'en')).to.equal(undefined);
    expect(
      wordSchedule(schedule({ freq: 'MONTHLY', byDay: days('FR'), byMonthDay: [13] }), 'en'),
    ).to.equal(undefined);
    expect(wordSchedule(schedule({ freq: 'MONTHLY', byMonthDay: [-2] }), 'en')).to.equal(undefined);
    expect(wordSchedule(schedule({ freq: 'MONTHLY', byMonthDay: [-2] }), 'cy')).to.equal(undefined);
    expect(
      wordSchedule(
        schedule({ freq: 'MONTHLY', byDay: [{ day: 'TU', ordinal: 2 }, { day: 'TH' }] }),
        'en',
      ),
    ).to.equal(undefined);
  });

  it('words a monthly rule without ordinals as the weekly rule it is', () => {
    expect(
      wordSchedule(schedule({ freq: 'MONTHLY', byDay: days('TU'), opensAt: '10:00' }), 'en'),
    ).to.equal('Tuesdays at 10am');
  });
});

describe('describeSchedule', () => {
  it('uses our wording when it can, even when the directory has its own', () => {
    const tuesday = schedule({
      byDay: days('TU'),
      opensAt: '10:00',
      closesAt: '11:00',
      description: 'Every Tuesday',
    });
    expect(describeSchedule(tuesday, 'en')).to.equal('Tuesdays, 10am to 11am');
    expect(describeSchedule(tuesday, 'cy')).to.equal('Dydd Mawrth, 10yb i 11yb');
  });

  it("falls back to the directory's description only when the rule cannot be worded", () => {
    const unworded = schedule({
      interval: 2,
      byDay: days('TH'),
      description: '  Every other Thursday (ask us which)  ',
    });
    expect(describeSchedule(unworded, 'en')).to.equal('Every other Thursday (ask us which)');
    expect(describeSchedule(unworded, 'cy')).to.equal('Every other Thursday (ask us which)');
    expect(describeSchedule(schedule({ interval: 2, byDay: days('TH') }), 'en')).to.equal(
      undefined,
    );
    expect(
      describeSchedule(schedule({ interval: 2, byDay: days('TH'), description: ' ' }), 'en'),
    ).to.equal(undefined);
  });
});
