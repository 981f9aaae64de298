import { expect } from 'chai';
import fc from 'fast-check';
import { loadFixture } from '../../../../test/fixtures.js';
import type { ActivitySort, TimeOfDay } from '../backend/backend.js';
import type { Activity, AttendanceMode, GeoPoint, Weekday } from '../model/activity.js';
import type { Taxonomy } from '../model/taxonomy.js';
import { fromOrukV3Service } from '../oruk/v3.js';
import { nextSessionOf } from '../schedule/occurrences.js';
import { createActivityIndex, type ActivityIndex, type IndexQuery } from './activity-index.js';
import { foldText, tokenise, welshRadicals } from './text.js';

const NOW = new Date('2026-11-26T12:00:00Z');
const RIVERSIDE: GeoPoint = { lat: 52.6, lng: -1.1 };

// Top-level await rather than hooks: both runners wait for the module before running its tests.
const activities: Activity[] = (await loadFixture<unknown[]>('riverside.oruk3.json')).map(
  fromOrukV3Service,
);
const taxonomy = await loadFixture<Taxonomy>('taxonomy.json');
const index: ActivityIndex = createActivityIndex(activities, { taxonomy, now: () => NOW });

const ids = (page: { items: readonly Activity[] }): string[] => page.items.map((a) => a.id);
const termId = (code: string): string => {
  const term = taxonomy.terms.find((t) => t.code === code);
  if (!term) throw new Error(`No term ${code}`);
  return term.id;
};
const all = (query: IndexQuery = {}): Activity[] =>
  index.search({ ...query, page: 1, size: 1000 }).items as Activity[];

/** A minimal activity for hand-made cases. */
function activity(id: string, overrides: Partial<Activity> = {}): Activity {
  return {
    id,
    name: `Activity ${id}`,
    organisation: { name: 'Plain Organisation' },
    description: '',
    status: 'active',
    taxonomyTermIds: [],
    locations: [],
    modes: [],
    schedules: [],
    costs: [],
    eligibility: {},
    languages: ['en'],
    contacts: [],
    ...overrides,
  };
}

describe('createActivityIndex: text', () => {
  it('ignores accents and case both ways (Siân = Sian, dwr = dŵr)', () => {
    const small = createActivityIndex([
      activity('a', { name: "Siân's Knit and Natter" }),
      activity('b', { name: 'Sian Evans Choir' }),
      activity('c', { name: 'Sewing circle' }),
    ]);
    expect(ids(small.search({ text: 'sian' }))).to.have.members(['a', 'b']);
    expect(ids(small.search({ text: 'SIÂN' }))).to.have.members(['a', 'b']);
    expect(all({ text: 'dwr' }).map((a) => a.name)).to.include('Cerddwyr Glan y Dŵr');
    expect(all({ text: 'DŴR' }).map((a) => a.name)).to.deep.equal(
      all({ text: 'dwr' }).map((a) => a.name),
    );
    expect(all({ text: 'cor cymraeg' })[0]?.name).to.equal('Côr Cymraeg Glan-yr-Afon');
  });

  it('tolerates Welsh initial mutations in the query', () => {
    expect(all({ text: 'gerddwyr' }).map((a) => a.name)).to.include('Cerddwyr Glan y Dŵr');
    expect(all({ text: 'gôr' }).map((a) => a.name)).to.include('Côr Cymraeg Glan-yr-Afon');
    const bread = createActivityIndex([
      activity('bara', { name: 'Bara Brith Baking' }),
      activity('other', { name: 'Fabric swap' }),
    ]);
    expect(ids(bread.search({ text: 'fara' }))).to.deep.equal(['bara']);
    // A literal match outranks a mutated one.
    const mixed = createActivityIndex([
      activity('radical', { name: 'Cerddwyr y bryniau' }),
      activity('literal', { name: 'Taith y gerddwyr' }),
    ]);
    expect(ids(mixed.search({ text: 'gerddwyr' }))).to.deep.equal(['literal', 'radical']);
  });

  it('finds the Welsh-language groups in Welsh', () => {
    expect(all({ text: 'paned sgwrs' }).map((a) => a.name)).to.deep.equal([
      'Paned a Sgwrs – Clwb Cymraeg Glan-yr-Afon',
    ]);
    const welsh = all({ languages: ['cy'] }).map((a) => a.name);
    expect(welsh).to.have.length(5);
    expect(welsh).to.include.members(['Cerddwyr Glan y Dŵr', 'Amser Stori a Chân']);
  });

  it('searches taxonomy labels in English and Welsh', () => {
    const loneliness = termId('loneliness-isolation');
    const english = all({ text: 'loneliness' });
    const welsh = all({ text: 'unigrwydd' });
    expect(welsh.length).to.be.greaterThan(5);
    expect(welsh.every((a) => a.taxonomyTermIds.includes(loneliness))).to.equal(true);
    expect(english.map((a) => a.id)).to.include.members(welsh.map((a) => a.id));
    // The Linkwork needs taxonomy is the default…
    const byDefault = createActivityIndex(activities, { now: () => NOW });
    expect(byDefault.search({ text: 'unigrwydd' }).total).to.equal(welsh.length);
    // …and a host's own taxonomy replaces it: no Linkwork labels to search then.
    const hostTaxonomy = { id: 'host', name: 'Host needs', version: '1', terms: [] };
    const bare = createActivityIndex(activities, { now: () => NOW, taxonomy: hostTaxonomy });
    expect(bare.search({ text: 'unigrwydd' }).total).to.equal(0);
  });

  it('needs every word, each as a word or the start of one', () => {
    const walks = all({ text: 'walk' });
    expect(walks.length).to.be.greaterThan(2);
    const both = all({ text: 'walk kingfisher' });
    expect(both.map((a) => a.name)).to.include('Tuesday Health Walk at Kingfisher Meadows');
    for (const result of both) {
      const words = tokenise(`${result.name} ${result.organisation.name} ${result.description}`);
      expect(words.some((w) => w.startsWith('walk'))).to.equal(true);
      expect(words.some((w) => w.startsWith('kingfisher'))).to.equal(true);
    }
    expect(all({ text: 'walk zzyzx' })).to.deep.equal([]);
    // Stop words do not have to match, unless they are all there is.
    expect(all({ text: 'the walk' }).length).to.equal(walks.length);
  });

  it('ranks name > organisation > taxonomy > description, whole words above prefixes', () => {
    const customTaxonomy: Taxonomy = {
      id: 't',
      name: 't',
      version: '1',
      terms: [{ id: 'term-z', code: 'z', label: { en: 'Zither music', cy: 'Sither' } }],
    };
    const small = createActivityIndex(
      [
        activity('description', { description: 'We play the zither.' }),
        activity('taxonomy', { taxonomyTermIds: ['term-z'] }),
        activity('organisation', { organisation: { name: 'Zither Society' } }),
        activity('name', { name: 'Zither club' }),
        activity('prefix', { name: 'Zithering about' }),
      ],
      { taxonomy: customTaxonomy },
    );
    expect(ids(small.search({ text: 'zither' }))).to.deep.equal([
      'name',
      'prefix',
      'organisation',
      'taxonomy',
      'description',
    ]);
  });
});

describe('createActivityIndex: filters', () => {
  it('leaves out services that are not active unless asked', () => {
    expect(index.search({}).total).to.equal(83);
    expect(index.search({ includeInactive: true }).total).to.equal(89);
  });

  it('matches any of the taxonomy terms, a group matching its needs', () => {
    const food = termId('food-support');
    const housing = termId('housing');
    const results = all({ taxonomy: [food, housing] });
    expect(results.length).to.be.greaterThan(0);
    expect(
      results.every((a) => a.taxonomyTermIds.some((id) => id === food || id === housing)),
    ).to.equal(true);
    const group = taxonomy.terms.find(
      (t) => t.code === 'practical-support' || (!t.parent && t.label.en === 'Practical support'),
    )!;
    const needs = new Set(taxonomy.terms.filter((t) => t.parent === group.id).map((t) => t.id));
    const inGroup = all({ taxonomy: [group.id] });
    expect(inGroup.length).to.equal(
      activities.filter(
        (a) =>
          a.status === 'active' && a.taxonomyTermIds.some((id) => needs.has(id) || id === group.id),
      ).length,
    );
  });

  it('filters by day and time of day from the schedules', () => {
    const tuesdayMornings = all({ days: ['TU'], timesOfDay: ['morning'] });
    expect(tuesdayMornings.map((a) => a.name)).to.include(
      'Tuesday Health Walk at Kingfisher Meadows',
    );
    for (const result of tuesdayMornings)
      expect(
        result.schedules.some(
          (s) => s.byDay.some((d) => d.day === 'TU') && Number(s.opensAt?.slice(0, 2)) < 12,
        ),
      ).to.equal(true);
    const evenings = all({ timesOfDay: ['evening'] });
    expect(evenings.length).to.be.greaterThan(0);
    expect(
      evenings.every((a) => a.schedules.some((s) => Number(s.opensAt?.slice(0, 2)) >= 17)),
    ).to.equal(true);
  });

  it('leaves out schedules that have ended', () => {
    const ended = activity('ended', {
      schedules: [
        {
          id: 's',
          freq: 'WEEKLY',
          interval: 1,
          byDay: [{ day: 'MO' }],
          byMonthDay: [],
          validTo: '2026-10-31',
          opensAt: '10:00',
          mode: 'in-person',
        },
      ],
    });
    const small = createActivityIndex([ended], { now: () => NOW });
    expect(small.search({ days: ['MO'] }).total).to.equal(0);
    const earlier = createActivityIndex([ended], { now: () => new Date('2026-10-01T12:00:00Z') });
    expect(earlier.search({ days: ['MO'] }).total).to.equal(1);
  });

  it('keeps free activities only when asked', () => {
    const free = all({ freeOnly: true });
    expect(free.length).to.be.greaterThan(40);
    expect(
      free.every((a) => a.costs.length > 0 && a.costs.every((c) => c.kind === 'free')),
    ).to.equal(true);
    expect(free.map((a) => a.name)).to.include('Tuesday Health Walk at Kingfisher Meadows');
  });

  it('keeps activities whose eligibility includes the age', () => {
    const teens = all({ age: 14 });
    expect(
      teens.every(
        (a) => (a.eligibility.minimumAge ?? 0) <= 14 && (a.eligibility.maximumAge ?? 200) >= 14,
      ),
    ).to.equal(true);
    expect(all({ age: 70 }).length).to.be.greaterThan(all({ age: 14 }).length);
    expect(all({ age: 14 }).some((a) => a.eligibility.minimumAge === 18)).to.equal(false);
  });

  it('needs every accessibility feature at one venue, with synonyms', () => {
    const wheelchair = all({ accessibility: ['wheelchair'] });
    expect(wheelchair.length).to.be.greaterThan(10);
    for (const result of wheelchair)
      expect(
        result.locations.some((l) =>
          l.accessibility.some((f) => ['Step-free access', 'Ramp'].includes(f.feature)),
        ),
      ).to.equal(true);
    expect(wheelchair.map((a) => a.locations[0]?.name)).not.to.include('Upper Seddon Reading Room');
    const both = all({ accessibility: ['step-free', 'hearing-loop'] });
    expect(both.length).to.be.greaterThan(0);
    expect(both.length).to.be.lessThan(wheelchair.length);
    for (const result of both)
      expect(
        result.locations.some(
          (l) =>
            l.accessibility.some((f) => f.feature === 'Hearing loop') &&
            l.accessibility.some((f) => ['Step-free access', 'Ramp'].includes(f.feature)),
        ),
      ).to.equal(true);
  });

  it('matches any of the modes and languages', () => {
    const remote = all({ modes: ['online', 'phone'] });
    expect(remote.length).to.be.greaterThanOrEqual(8);
    expect(remote.every((a) => a.modes.includes('online') || a.modes.includes('phone'))).to.equal(
      true,
    );
    const arabicOrUrdu = all({ languages: ['ar', 'UR'] });
    expect(
      arabicOrUrdu.every((a) => a.languages.includes('ar') || a.languages.includes('ur')),
    ).to.equal(true);
    expect(arabicOrUrdu.length).to.be.greaterThan(0);
  });

  it('keeps venues within a radius of a point and reports their distances', () => {
    const page = index.search({ near: { point: RIVERSIDE }, radiusMiles: 1, size: 100 });
    expect(page.total).to.be.greaterThan(0);
    expect(page.total).to.be.lessThan(79);
    for (const item of page.items) expect(page.distances?.[item.id]).to.be.at.most(1);
    const far = index.search({ near: { point: RIVERSIDE }, radiusMiles: 20, size: 100 });
    expect(far.total).to.equal(all().filter((a) => a.locations.some((l) => l.point)).length);
  });
});

describe('createActivityIndex: sorting and paging', () => {
  it('sorts by distance from a point, venues without a point last', () => {
    const page = index.search({ near: { point: RIVERSIDE }, sort: 'distance', size: 100 });
    const distances = page.items.map((a) => page.distances?.[a.id] ?? Number.POSITIVE_INFINITY);
    expect(distances).to.deep.equal([...distances].sort((a, b) => a - b));
    const last = page.items.at(-1)!;
    expect(last.locations.length).to.equal(0);
    const first = page.items[0]!;
    expect(page.distances?.[first.id]).to.be.below(0.5);
  });

  it('sorts by name, ignoring case and accents', () => {
    const names = all({ sort: 'name' }).map((a) => a.name);
    const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });
    expect(names).to.deep.equal([...names].sort(collator.compare));
  });

  it('sorts soonest first with the injected next-session function', () => {
    const offsets = new Map([
      [activities[5]!.id, 3],
      [activities[2]!.id, 1],
      [activities[9]!.id, 2],
    ]);
    const seen: Date[] = [];
    const soon = createActivityIndex(activities, {
      now: () => NOW,
      nextSession: (a, now) => {
        seen.push(now);
        const hours = offsets.get(a.id);
        return hours === undefined ? undefined : new Date(now.getTime() + hours * 3_600_000);
      },
    });
    const order = ids(soon.search({ sort: 'soonest', size: 4 }));
    expect(order.slice(0, 3)).to.deep.equal([
      activities[2]!.id,
      activities[9]!.id,
      activities[5]!.id,
    ]);
    expect(seen.every((d) => d.getTime() === NOW.getTime())).to.equal(true);
  });

  it('remembers next sessions until they start, then works them out again', () => {
    let clock = NOW.getTime();
    const asked: number[] = [];
    const index = createActivityIndex(activities.slice(0, 6), {
      now: () => new Date(clock),
      nextSession: (_activity, now) => {
        asked.push(now.getTime());
        return new Date(now.getTime() + 3_600_000);
      },
    });
    index.search({ sort: 'soonest' });
    const first = asked.length;
    expect(first).to.be.greaterThan(0);
    clock += 1_800_000; // half an hour later: every session is still ahead
    index.search({ sort: 'soonest' });
    expect(asked.length).to.equal(first);
    clock += 3_600_000; // past them all
    index.search({ sort: 'soonest' });
    expect(asked.length).to.equal(first * 2);
    expect(asked.slice(first).every((time) => time === clock)).to.equal(true);
  });

  it('sorts soonest first from the schedules by default, in Europe/London', () => {
    const index = createActivityIndex(activities, { now: () => NOW });
    const page = index.search({ sort: 'soonest', size: 30 });
    const starts = page.items.map((a) => nextSessionOf(a, NOW)?.start.getTime() ?? Infinity);
    expect(starts[0]).to.be.lessThan(Infinity);
    expect(starts).to.deep.equal([...starts].sort((a, b) => a - b));
  });

  it('keeps the directory order for relevance without text', () => {
    expect(all().map((a) => a.id)).to.deep.equal(
      activities.filter((a) => a.status === 'active').map((a) => a.id),
    );
  });

  it('pages from 1 with a default size of 20', () => {
    const first = index.search({});
    expect([first.page, first.size, first.items.length, first.total]).to.deep.equal([
      1, 20, 20, 83,
    ]);
    const fifth = index.search({ page: 5 });
    expect(fifth.items).to.have.length(3);
    expect(index.search({ page: 6 }).items).to.have.length(0);
    expect(index.search({ page: 0, size: -3 }).page).to.equal(1);
  });

  it('refuses two activities with one id', () => {
    expect(() => createActivityIndex([activity('x'), activity('x')])).to.throw(TypeError, /x/);
  });
});

// --- Properties -------------------------------------------------------------------------------

const DAYS: Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const TIMES: TimeOfDay[] = ['morning', 'afternoon', 'evening'];
const MODES: AttendanceMode[] = ['in-person', 'online', 'phone', 'home-visit'];
const LANGUAGES = ['en', 'cy', 'ar', 'ur', 'uk', 'pa'];
const FEATURES: Record<string, readonly string[]> = {
  wheelchair: ['Step-free access', 'Ramp'],
  'hearing-loop': ['Hearing loop'],
  lift: ['Lift'],
  'accessible-toilet': ['Accessible toilet', 'Changing Places toilet'],
};
const WORDS = [
  'walk',
  'cafe',
  'riverside',
  'support',
  'art',
  'group',
  'cymraeg',
  'gerdd',
  'tea',
  'club',
];
const SORTS: ActivitySort[] = ['relevance', 'distance', 'name', 'soonest'];

/** Each filter present one time in four, so that most queries still find something. */
const sometimes = <T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> =>
  fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary });

function queryArbitrary(termIds: string[]): fc.Arbitrary<IndexQuery> {
  const parts = {
    text: sometimes(fc.constantFrom(...WORDS)),
    taxonomy: sometimes(
      fc.uniqueArray(fc.constantFrom(...termIds), { minLength: 1, maxLength: 3 }),
    ),
    days: sometimes(fc.uniqueArray(fc.constantFrom(...DAYS), { minLength: 1, maxLength: 3 })),
    timesOfDay: sometimes(
      fc.uniqueArray(fc.constantFrom(...TIMES), { minLength: 1, maxLength: 2 }),
    ),
    freeOnly: sometimes(fc.boolean()),
    near: sometimes(
      fc.record({
        point: fc.record({
          lat: fc.double({ min: 52.5, max: 52.7, noNaN: true }),
          lng: fc.double({ min: -1.2, max: -1.0, noNaN: true }),
        }),
      }),
    ),
    radiusMiles: sometimes(fc.double({ min: 0.2, max: 8, noNaN: true })),
    age: sometimes(fc.integer({ min: 0, max: 100 })),
    accessibility: sometimes(
      fc.uniqueArray(fc.constantFrom(...Object.keys(FEATURES)), { minLength: 1, maxLength: 2 }),
    ),
    modes: sometimes(fc.uniqueArray(fc.constantFrom(...MODES), { minLength: 1, maxLength: 2 })),
    languages: sometimes(
      fc.uniqueArray(fc.constantFrom(...LANGUAGES), { minLength: 1, maxLength: 2 }),
    ),
    includeInactive: sometimes(fc.boolean()),
    sort: sometimes(fc.constantFrom(...SORTS)),
  };
  return fc
    .record(parts)
    .map(
      (query) =>
        Object.fromEntries(
          Object.entries(query).filter(([, value]) => value !== undefined),
        ) as IndexQuery,
    );
}

function miles(a: GeoPoint, b: GeoPoint): number {
  const r = Math.PI / 180;
  const h =
    Math.sin(((b.lat - a.lat) * r) / 2) ** 2 +
    Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(((b.lng - a.lng) * r) / 2) ** 2;
  return 2 * 3958.7613 * Math.asin(Math.sqrt(h));
}

/** An independent statement of what each filter means. */
function satisfies(a: Activity, q: IndexQuery): boolean {
  if (!q.includeInactive && a.status !== 'active') return false;
  if (q.taxonomy) {
    const wanted = new Set(
      q.taxonomy.flatMap((id) => [
        id,
        ...taxonomy.terms.filter((t) => t.parent === id).map((t) => t.id),
      ]),
    );
    if (!a.taxonomyTermIds.some((id) => wanted.has(id))) return false;
  }
  if (q.days || q.timesOfDay) {
    const ok = a.schedules.some((s) => {
      if (s.validTo && s.validTo < '2026-11-26') return false;
      if (q.days && !s.byDay.some((d) => q.days!.includes(d.day))) return false;
      if (q.timesOfDay) {
        if (!s.opensAt) return false;
        const hour = Number(s.opensAt.slice(0, 2));
        const time: TimeOfDay = hour < 12 ? 'morning' : hour < 17 ? 'afternoon' : 'evening';
        if (!q.timesOfDay.includes(time)) return false;
      }
      return true;
    });
    if (!ok) return false;
  }
  if (q.freeOnly && !(a.costs.length > 0 && a.costs.every((c) => c.kind === 'free'))) return false;
  if (
    q.age !== undefined &&
    ((a.eligibility.minimumAge ?? -1) > q.age || (a.eligibility.maximumAge ?? 999) < q.age)
  )
    return false;
  if (
    q.accessibility &&
    !a.locations.some((l) =>
      q.accessibility!.every((f) => l.accessibility.some((x) => FEATURES[f]!.includes(x.feature))),
    )
  )
    return false;
  if (q.modes && !a.modes.some((m) => q.modes!.includes(m))) return false;
  if (q.languages && !a.languages.some((l) => q.languages!.includes(l))) return false;
  if (
    q.near &&
    q.radiusMiles !== undefined &&
    !a.locations.some((l) => l.point && miles(q.near!.point, l.point) <= q.radiusMiles!)
  )
    return false;
  if (q.text) {
    const words = tokenise(
      `${a.name} ${a.organisation.name} ${a.description} ${a.taxonomyTermIds.map((id) => Object.values(taxonomy.terms.find((t) => t.id === id)?.label ?? {}).join(' ')).join(' ')}`,
    );
    for (const word of tokenise(q.text)) {
      const forms = [word, ...welshRadicals(word)];
      if (!words.some((w) => forms.some((f) => w.startsWith(f)))) return false;
    }
  }
  return true;
}

describe('createActivityIndex: properties', () => {
  const termIds = taxonomy.terms.map((t) => t.id);

  it('returns exactly the activities that satisfy every filter', () => {
    const sizes: number[] = [];
    fc.assert(
      fc.property(queryArbitrary(termIds), (query) => {
        const found = all(query)
          .map((a) => a.id)
          .sort();
        sizes.push(found.length);
        const expected = activities
          .filter((a) => satisfies(a, query))
          .map((a) => a.id)
          .sort();
        expect(found).to.deep.equal(expected);
      }),
      { seed: 42, numRuns: 300 },
    );
    // The property is only worth something if most queries find something.
    expect(sizes.filter((n) => n > 0).length).to.be.greaterThan(200);
  });

  it('an extra filter gives a subset', () => {
    fc.assert(
      fc.property(queryArbitrary(termIds), queryArbitrary(termIds), (base, extra) => {
        // includeInactive widens rather than filters: the narrower query keeps the base's.
        const narrower = { ...extra, ...base, includeInactive: base.includeInactive };
        const wide = new Set(all(base).map((a) => a.id));
        for (const a of all(narrower)) expect(wide.has(a.id)).to.equal(true);
      }),
      { seed: 7, numRuns: 200 },
    );
  });

  it('pages cover every result exactly once, in order', () => {
    fc.assert(
      fc.property(queryArbitrary(termIds), fc.integer({ min: 1, max: 17 }), (query, size) => {
        const everything = all(query).map((a) => a.id);
        const paged: string[] = [];
        const pages = Math.ceil(everything.length / size);
        for (let page = 1; page <= pages + 1; page++) {
          const result = index.search({ ...query, page, size });
          expect(result.total).to.equal(everything.length);
          paged.push(...ids(result));
        }
        expect(paged).to.deep.equal(everything);
      }),
      { seed: 1234, numRuns: 150 },
    );
  });

  it('folding makes text search blind to accents and case', () => {
    fc.assert(
      fc.property(fc.constantFrom(...activities.map((a) => a.name)), (name) => {
        const upper = name.toUpperCase();
        const plain = foldText(name);
        expect(ids(index.search({ text: upper, includeInactive: true, size: 200 }))).to.deep.equal(
          ids(index.search({ text: plain, includeInactive: true, size: 200 })),
        );
        expect(ids(index.search({ text: name, includeInactive: true, size: 200 }))).to.include(
          activities.find((a) => a.name === name)!.id,
        );
      }),
      { seed: 99, numRuns: 89 },
    );
  });
});
