import { expect } from 'chai';
import { loadFixture } from '../../../../test/fixtures.js';
import type { Activity, Schedule } from '../model/activity.js';
import { InvalidOrukRecord } from './fields.js';
import { mapOrukServices, type InvalidRecordReport } from './records.js';
import { costsFromFees, fromOrukV1Service } from './v1.js';
import { fromOrukV3Service } from './v3.js';

type Raw = Record<string, unknown> & { id: string };

const v3Raw = await loadFixture<Raw[]>('riverside.oruk3.json');
const v1Raw = await loadFixture<Raw[]>('riverside.oruk1.json');
const v3 = v3Raw.map(fromOrukV3Service);
const v1 = v1Raw.map(fromOrukV1Service);

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const byName = (list: Activity[], name: string): Activity => {
  const found = list.find((a) => a.name === name);
  if (!found) throw new Error(`No activity named ${name}`);
  return found;
};

/** What v1 carries of a v3 activity: the fields v1 has no place for removed. */
function commonPart(activity: Activity, v3Version: Activity): unknown {
  // v1 has no alert, application process or last-modified time.
  const rest: { -readonly [K in keyof Activity]?: Activity[K] } = { ...activity };
  delete rest.alert;
  delete rest.applicationProcess;
  delete rest.lastModified;
  const singleMode = v3Version.modes.length === 1;
  return {
    ...rest,
    // v1 has one attending_type per service, not per schedule.
    modes: singleMode ? activity.modes : 'mixed',
    eligibility: {
      minimumAge: activity.eligibility.minimumAge,
      maximumAge: activity.eligibility.maximumAge,
    },
    contacts: activity.contacts.map((contact) => ({
      name: contact.name,
      title: contact.title,
      phones: contact.phones.map((phone) => phone.number),
    })),
    locations: activity.locations.map((location) => ({
      ...location,
      accessibility: location.accessibility.map((item) => item.feature),
    })),
    schedules: activity.schedules.map((schedule: Schedule) => {
      // Multi-day v3 schedules are split in v1 under new ids; v1 does not tie schedules to one of several venues.
      const { id, mode, locationId, ...common } = schedule;
      return {
        ...common,
        id: schedule.byDay.length > 1 ? 'split' : id,
        mode: singleMode ? mode : 'mixed',
        locationId: activity.locations.length === 1 ? locationId : 'unknown',
      };
    }),
  };
}

describe('ORUK v1 and v3 mapping of the Riverside directory', () => {
  it('maps all 89 services in both dialects, with the same ids in the same order', () => {
    expect(v3).to.have.length(89);
    expect(v1).to.have.length(89);
    expect(v1.map((a) => a.id)).to.deep.equal(v3.map((a) => a.id));
    expect(v3.map((a) => a.id)).to.deep.equal(v3Raw.map((r) => r.id));
  });

  it('agrees on everything both dialects carry', () => {
    v3.forEach((activity, i) => {
      expect(commonPart(v1[i]!, activity), activity.name).to.deep.equal(
        commonPart(activity, activity),
      );
    });
  });

  it('v1 keeps single-day schedule ids and merges split weekdays back', () => {
    const mixed = v3.flatMap((a, i) =>
      a.schedules.map((s, j) => ({ v3: s, v1: v1[i]!.schedules[j]! })),
    );
    expect(mixed).to.have.length(99);
    for (const { v3: three, v1: one } of mixed) {
      expect(one.byDay).to.deep.equal(three.byDay);
      if (three.byDay.length <= 1) expect(one.id).to.equal(three.id);
    }
    const weekdays = mixed.find((m) => m.v3.byDay.length === 5)!;
    expect(weekdays.v1.byDay.map((d) => d.day)).to.deep.equal(['MO', 'TU', 'WE', 'TH', 'FR']);
  });

  it('maps status, including temporarily closed with its alert', () => {
    const counts: Record<string, number> = {};
    for (const a of v3) counts[a.status] = (counts[a.status] ?? 0) + 1;
    expect(counts).to.deep.equal({ active: 83, inactive: 2, 'temporarily-closed': 2, defunct: 2 });
    for (const a of v3.filter((x) => x.status === 'temporarily-closed'))
      expect(a.alert).to.be.a('string').and.not.equal('');
  });

  it('keeps costs in pence, free and pay-what-you-can', () => {
    const walk = byName(v3, 'Tuesday Health Walk at Kingfisher Meadows');
    expect(walk.costs).to.deep.equal([{ kind: 'free', label: 'Free' }]);
    const amounts = v3
      .flatMap((a) => a.costs)
      .flatMap((c) => (c.kind === 'fixed' ? [c.amountPence] : []));
    expect(amounts).to.include.members([380, 210, 450, 250, 1800, 9500, 420]);
    expect(amounts.every((p) => Number.isInteger(p))).to.equal(true);
    const payWhatYouCan = v3.flatMap((a) => a.costs).filter((c) => c.kind === 'pay-what-you-can');
    expect(payWhatYouCan).to.have.length(4);
    expect(payWhatYouCan[0]).to.deep.equal({
      kind: 'pay-what-you-can',
      label: 'Pay what you can',
      description: 'Suggested £2 a visit, tea included. Nobody is turned away.',
    });
  });

  it('writes every time as HH:MM, including the HH:MM:SS feeds', () => {
    const rawTimes = v3Raw.flatMap((r) =>
      (r['schedules'] as { opens_at: string }[]).map((s) => s.opens_at),
    );
    expect(rawTimes.some((t) => /^\d\d:\d\d:\d\d$/.test(t))).to.equal(true);
    const times = v3.flatMap((a) => a.schedules.flatMap((s) => [s.opensAt, s.closesAt]));
    expect(times.every((t) => t !== undefined && /^\d\d:\d\d$/.test(t))).to.equal(true);
    rawTimes.forEach((raw, i) =>
      expect(v3.flatMap((a) => a.schedules)[i]!.opensAt).to.equal(raw.slice(0, 5)),
    );
  });

  it('turns attending types into modes', () => {
    const modes = v3.map((a) => a.modes.join('+'));
    const count = (m: string): number => modes.filter((x) => x === m).length;
    expect(count('in-person')).to.equal(77);
    expect(count('phone')).to.equal(4);
    expect(count('online')).to.equal(4);
    expect(count('home-visit')).to.equal(2);
    expect(count('in-person+online')).to.equal(1);
    expect(count('in-person+phone')).to.equal(1);
  });

  it('keeps venues, postcodes, coordinates and accessibility; ties schedules to venues', () => {
    expect(v3.filter((a) => a.locations.length === 0)).to.have.length(10);
    expect(v3.filter((a) => a.locations.length === 2)).to.have.length(2);
    const walk = byName(v3, 'Tuesday Health Walk at Kingfisher Meadows');
    expect(walk.locations[0]).to.deep.include({
      id: '6f28ec1c-6d50-56f1-b312-3c1429271ffa',
      name: 'Kingfisher Meadows Visitor Centre',
      addressLines: ['Meadow Lane'],
      town: 'Riverside',
      postcode: 'LE7 2HR',
      point: { lat: 52.5931, lng: -1.0897 },
    });
    expect(walk.locations[0]!.accessibility[0]).to.deep.equal({
      feature: 'Accessible parking',
      description: 'Four blue badge bays next to the visitor centre.',
    });
    expect(walk.schedules[0]!.locationId).to.equal(walk.locations[0]!.id);
  });

  it('reads monthly, fortnightly and by-date rules', () => {
    const schedules = v3.flatMap((a) => a.schedules);
    expect(schedules.some((s) => s.freq === 'MONTHLY' && s.byDay[0]?.ordinal === -1)).to.equal(
      true,
    );
    expect(
      schedules.find((s) => s.byDay.length === 2 && s.byDay[0]?.ordinal === 1)?.byDay,
    ).to.deep.equal([
      { day: 'TH', ordinal: 1 },
      { day: 'TH', ordinal: 3 },
    ]);
    expect(
      schedules
        .filter((s) => s.interval === 2)
        .every((s) => /^\d{4}-\d\d-\d\d$/.test(s.dtstart ?? '')),
    ).to.equal(true);
    expect(schedules.filter((s) => s.byMonthDay.length > 0).map((s) => s.byMonthDay)).to.deep.equal(
      [[15]],
    );
  });

  it('keeps Welsh text, languages, emails and phones as given', () => {
    const walkers = byName(v3, 'Cerddwyr Glan y Dŵr');
    expect(walkers.languages).to.include('cy');
    const walk = byName(v3, 'Tuesday Health Walk at Kingfisher Meadows');
    expect(walk.email).to.equal('walks@riversidestrollers.example');
    expect(walk.contacts[0]).to.deep.equal({
      name: 'Helen Marsh',
      title: 'Walks co-ordinator',
      email: 'helen@riversidestrollers.example',
      phones: [{ number: '0116 496 0142' }],
    });
    expect(walk.url).to.equal('https://riversidestrollers.example/walks/tuesday');
    expect(walk.organisation).to.deep.equal({
      id: '36523c9c-91e7-5f66-aed5-c9d4177da45d',
      name: 'Riverside Strollers',
      url: 'https://riversidestrollers.example',
    });
    expect(walk.taxonomyTermIds).to.have.length(3);
  });

  it('keeps URLs only when they are http(s)', () => {
    const raw = copy(v3Raw[0]!);
    raw['url'] = 'javascript:alert(1)';
    (raw['organization'] as Record<string, unknown>)['website'] = 'www.riversidestrollers.example';
    const mapped = fromOrukV3Service(raw);
    expect(mapped.url).to.equal(undefined);
    expect(mapped.organisation.url).to.equal('https://www.riversidestrollers.example');
    raw['url'] = 'ftp://files.example/walks';
    expect(fromOrukV3Service(raw).url).to.equal(undefined);
  });

  it('reads v1 eligibility bounds of 0 and 120 as no limit', () => {
    const withAges = v1Raw.filter((r) => (r['eligibilitys'] as unknown[]).length > 0);
    expect(withAges.length).to.be.greaterThan(30);
    for (const raw of withAges) {
      const [elig] = raw['eligibilitys'] as { minimum_age: number; maximum_age: number }[];
      const mapped = fromOrukV1Service(raw);
      expect(mapped.eligibility.minimumAge).to.equal(
        elig!.minimum_age === 0 ? undefined : elig!.minimum_age,
      );
      expect(mapped.eligibility.maximumAge).to.equal(
        elig!.maximum_age === 120 ? undefined : elig!.maximum_age,
      );
    }
  });

  it('parses v1 fees when there are no cost options', () => {
    expect(costsFromFees('£3 per session; Free (your first session is free)')).to.deep.equal([
      { kind: 'fixed', amountPence: 300, description: 'per session' },
      { kind: 'free', description: 'your first session is free' },
    ]);
    expect(costsFromFees('Optional lunch: £4.50 for soup')).to.deep.equal([
      { kind: 'fixed', amountPence: 450, label: 'Optional lunch', description: 'for soup' },
    ]);
    expect(costsFromFees('Pay what you can: Suggested £2')).to.deep.equal([
      { kind: 'pay-what-you-can', label: 'Pay what you can', description: 'Suggested £2' },
    ]);
    expect(costsFromFees('Ask at reception')).to.deep.equal([]);
    const raw = copy(v1Raw.find((r) => r['fees'] === 'Free')!);
    raw['cost_options'] = [];
    expect(fromOrukV1Service(raw).costs).to.deep.equal([{ kind: 'free' }]);
  });

  it('reads plain v1 weekday schedules without byday, and numeric ids', () => {
    const raw = copy(v1Raw[0]!) as Record<string, unknown>;
    raw['id'] = 4321;
    raw['regular_schedules'] = [
      { id: 1, weekday: 'Monday', opens_at: '09:30:00', closes_at: '11:00:00' },
      { id: 2, weekday: 3, opens_at: '09:30:00', closes_at: '11:00:00' },
    ];
    const mapped = fromOrukV1Service(raw);
    expect(mapped.id).to.equal('4321');
    expect(mapped.schedules).to.have.length(1);
    expect(mapped.schedules[0]).to.deep.include({
      id: '1',
      freq: 'WEEKLY',
      interval: 1,
      opensAt: '09:30',
    });
    expect(mapped.schedules[0]!.byDay).to.deep.equal([{ day: 'MO' }, { day: 'WE' }]);
  });
});

describe('invalid ORUK records', () => {
  for (const dialect of ['v3', 'v1'] as const) {
    it(`${dialect}: skips and reports bad coordinates, unknown status, missing name, duplicate id and wrong types`, () => {
      const raws = copy(dialect === 'v3' ? v3Raw : v1Raw);
      const location = (raw: Raw): Record<string, unknown> =>
        (raw['service_at_locations'] as { location: Record<string, unknown> }[])[0]!.location;
      const badLat = raws[0]!;
      location(badLat)['latitude'] = 95.5;
      const badStatus = raws[1]!;
      badStatus['status'] = 'paused';
      const noName = raws[2]!;
      delete (noName as Record<string, unknown>)['name'];
      const stringSchedules = raws[3]!;
      stringSchedules[dialect === 'v3' ? 'schedules' : 'regular_schedules'] = 'Tuesdays';
      const duplicate = copy(raws[10]!);
      duplicate['name'] = 'A second record with the same id';
      raws.push(duplicate);
      raws.push('not an object' as unknown as Raw);

      const reports: InvalidRecordReport[] = [];
      const mapped = mapOrukServices(raws, dialect, (report) => reports.push(report));
      expect(mapped).to.have.length(85);
      expect(mapped.map((a) => a.id)).not.to.include.members([
        badLat.id,
        badStatus.id,
        noName.id,
        stringSchedules.id,
      ]);
      expect(mapped.find((a) => a.id === raws[10]!.id)?.name).to.equal(v3[10]!.name);
      const schedulesKey = dialect === 'v3' ? 'schedules' : 'regular_schedules';
      expect(reports).to.have.length(6);
      expect(reports[0]).to.deep.equal({
        id: badLat.id,
        reason: 'service_at_locations.0.location.latitude: out of range',
      });
      expect(reports[1]).to.deep.equal({ id: badStatus.id, reason: 'status: unknown value' });
      expect(reports[2]).to.deep.equal({ id: noName.id, reason: 'name: missing' });
      expect(reports[3]!.id).to.equal(stringSchedules.id);
      expect(reports[3]!.reason).to.equal(`${schedulesKey}: wrong type`);
      expect(reports[4]).to.deep.equal({ id: raws[10]!.id, reason: 'id: duplicate' });
      expect(reports[5]).to.deep.equal({ reason: 'wrong type' });
      // Reasons never carry the record's content.
      expect(JSON.stringify(reports)).not.to.include('Tuesdays');
    });
  }

  it('throws InvalidOrukRecord from the single-record mappers', () => {
    const raw = copy(v3Raw[0]!);
    raw['name'] = '   ';
    expect(() => fromOrukV3Service(raw)).to.throw(InvalidOrukRecord, 'name: missing');
    const badDay = copy(v3Raw[0]!);
    (badDay['schedules'] as Record<string, unknown>[])[0]!['byday'] = 'XX';
    expect(() => fromOrukV3Service(badDay)).to.throw(
      InvalidOrukRecord,
      'schedules.0.byday: unknown weekday',
    );
    const badPrice = copy(v3Raw[0]!);
    (badPrice['cost_options'] as Record<string, unknown>[])[0]!['amount'] = -2;
    expect(() => fromOrukV3Service(badPrice)).to.throw(
      InvalidOrukRecord,
      'cost_options.0.amount: negative',
    );
  });

  it('is lenient where real feeds are: missing arrays, null fields, string numbers', () => {
    const mapped = fromOrukV3Service({
      id: 'lean',
      name: 'Lean service',
      status: 'Active',
      service_at_locations: [
        {
          id: 'sal',
          location: {
            id: 'loc',
            name: 'Hall',
            latitude: '52.61',
            longitude: '-1.09',
            addresses: null,
          },
        },
      ],
      schedules: [{ byday: 'we', opens_at: '9:30', attending_type: 'in-person' }],
      cost_options: [{ option: 'Standard price', amount: '3.50' }],
      languages: [{ name: 'Welsh' }],
    });
    expect(mapped).to.deep.include({
      id: 'lean',
      status: 'active',
      description: '',
      modes: ['in-person'],
    });
    expect(mapped.organisation).to.deep.equal({ name: '' });
    expect(mapped.locations[0]!.point).to.deep.equal({ lat: 52.61, lng: -1.09 });
    expect(mapped.schedules[0]).to.deep.include({
      freq: 'WEEKLY',
      interval: 1,
      opensAt: '09:30',
      mode: 'in-person',
    });
    expect(mapped.schedules[0]!.byDay).to.deep.equal([{ day: 'WE' }]);
    expect(mapped.costs).to.deep.equal([
      { kind: 'fixed', amountPence: 350, label: 'Standard price' },
    ]);
    expect(mapped.languages).to.deep.equal(['cy']);
  });
});
