import { expect } from 'chai';
import type { Schedule } from '../model/activity.js';
import { isLocaleLoaded, loadLocale } from '../messages/catalogue.js';
import { describeSchedule } from './describe.js';

const tuesdays: Schedule = {
  id: 's',
  freq: 'WEEKLY',
  interval: 1,
  byDay: [{ day: 'TU' }],
  byMonthDay: [],
  mode: 'in-person',
  opensAt: '10:00',
  closesAt: '11:00',
};

describe('Welsh schedule wording, loaded with the Welsh catalogue', () => {
  it('words Welsh schedules in English until loadLocale("cy") resolves, then in Welsh', async () => {
    expect(isLocaleLoaded('cy')).to.equal(false);
    expect(describeSchedule(tuesdays, 'cy')).to.equal('Tuesdays, 10am to 11am');
    await loadLocale('cy');
    expect(describeSchedule(tuesdays, 'cy')).to.equal('Dydd Mawrth, 10yb i 11yb');
  });
});
