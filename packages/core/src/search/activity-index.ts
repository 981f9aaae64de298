import type { Activity, AttendanceMode, GeoPoint } from '../model/activity.js';
import type { Taxonomy } from '../model/taxonomy.js';
import type { ActivityQuery, Page } from '../backend/backend.js';
import { requestedAccessibilityKey, venueAccessibilityKeys } from './accessibility.js';
import { haversineMiles } from './geo.js';
import {
  londonDateOf,
  scheduleFacts,
  timeOfDayBit,
  weekdayBit,
  type ScheduleFacts,
} from './schedule-match.js';
import { QUERY_STOP_WORDS, tokenise, welshRadicals } from './text.js';
import { nextSessionOf } from '../schedule/occurrences.js';
import { defaultTaxonomy } from '../taxonomy/default.js';

/** The first session of an activity after `now`, when it has one (from `src/schedule`). */
export type NextSessionOf = (activity: Activity, now: Date) => Date | undefined;

/** The start of an activity's next session, in Europe/London, from its schedules. */
const nextSessionStart: NextSessionOf = (activity, now) => nextSessionOf(activity, now)?.start;

export interface ActivityIndexOptions {
  /**
   * Needs taxonomy: its English and Welsh labels become searchable text, and a
   * group matches its needs. Default: the Linkwork needs taxonomy.
   */
  readonly taxonomy?: Taxonomy;
  /** When an activity next meets, for the `soonest` sort. Default: from its schedules (`nextSessionOf`). */
  readonly nextSession?: NextSessionOf;
  /** The clock for `soonest` and for leaving out schedules that have ended. */
  readonly now?: () => Date;
}

/** An {@link ActivityQuery} whose `near` is already a point (backends geocode postcodes first). */
export type IndexQuery = Omit<ActivityQuery, 'near'> & {
  readonly near?: { readonly point: GeoPoint };
};

/** Activities prepared once for fast repeated queries. */
export interface ActivityIndex {
  /** The activities, in the order given. */
  readonly activities: readonly Activity[];
  /** The activity with this id, if the index holds it. */
  get(id: string): Activity | undefined;
  /** Filters, ranks, sorts and pages. Throws nothing for any query. */
  search(query: IndexQuery): Page<Activity>;
}

/** Default page size when a query does not give one. */
export const DEFAULT_PAGE_SIZE = 20;

/** Searchable fields as bits; a lower bit ranks higher. */
const NAME = 1;
const ORGANISATION = 2;
const TAXONOMY = 4;
const DESCRIPTION = 8;

const FIELD_WEIGHT: readonly (readonly [number, number])[] = [
  [NAME, 8],
  [ORGANISATION, 4],
  [TAXONOMY, 2],
  [DESCRIPTION, 1],
];
/** A word that only starts a directory word scores less than the whole word. */
const PREFIX_FACTOR = 0.75;
/** A match through an undone Welsh mutation scores less than a literal one. */
const MUTATION_FACTOR = 0.8;

const MODE_BITS: Readonly<Record<AttendanceMode, number>> = {
  'in-person': 1,
  online: 2,
  phone: 4,
  'home-visit': 8,
};

/** The best weight among the fields in a mask. */
function fieldWeight(fields: number): number {
  for (const [bit, weight] of FIELD_WEIGHT) if (fields & bit) return weight;
  return 0;
}

function primaryLanguage(code: string): string {
  return (code.trim().split(/[-_]/, 1)[0] ?? '').toLowerCase();
}

/** First index in a sorted array whose value is not less than `key`. */
function lowerBound(sorted: readonly string[], key: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] as string) < key) low = middle + 1;
    else high = middle;
  }
  return low;
}

interface Prepared {
  readonly active: boolean;
  readonly taxonomy: readonly string[];
  readonly schedules: readonly ScheduleFacts[];
  readonly free: boolean;
  readonly points: readonly GeoPoint[];
  readonly minimumAge: number;
  readonly maximumAge: number;
  /** Per venue, the accessibility keys it provides. */
  readonly venues: readonly ReadonlySet<string>[];
  readonly modes: number;
  readonly languages: readonly string[];
}

function prepare(activity: Activity): Prepared {
  let modes = 0;
  for (const mode of activity.modes) modes |= MODE_BITS[mode] ?? 0;
  const points: GeoPoint[] = [];
  for (const location of activity.locations) if (location.point) points.push(location.point);
  return {
    active: activity.status === 'active',
    taxonomy: activity.taxonomyTermIds,
    schedules: activity.schedules.map(scheduleFacts),
    free: activity.costs.length > 0 && activity.costs.every((cost) => cost.kind === 'free'),
    points,
    minimumAge: activity.eligibility.minimumAge ?? Number.NEGATIVE_INFINITY,
    maximumAge: activity.eligibility.maximumAge ?? Number.POSITIVE_INFINITY,
    venues: activity.locations.map(
      (location) =>
        new Set(location.accessibility.flatMap((item) => venueAccessibilityKeys(item.feature))),
    ),
    modes,
    languages: activity.languages.map(primaryLanguage),
  };
}

/** The inverted text index: sorted vocabulary and, per word, the activities and fields holding it. */
interface TextIndex {
  readonly vocabulary: readonly string[];
  /** Postings of word `i` are `[starts[i], starts[i + 1])`. */
  readonly starts: Int32Array;
  readonly documents: Int32Array;
  /** Field bits of the word in that activity. */
  readonly fields: Uint8Array;
}

function buildTextIndex(
  activities: readonly Activity[],
  taxonomyText: (termIds: readonly string[]) => string,
): TextIndex {
  const postings = new Map<string, number[]>();
  activities.forEach((activity, document) => {
    const fields = new Map<string, number>();
    const add = (text: string | undefined, bit: number): void => {
      if (!text) return;
      for (const token of tokenise(text)) fields.set(token, (fields.get(token) ?? 0) | bit);
    };
    add(activity.name, NAME);
    add(activity.organisation.name, ORGANISATION);
    add(taxonomyText(activity.taxonomyTermIds), TAXONOMY);
    add(activity.description, DESCRIPTION);
    for (const [token, bits] of fields) {
      const list = postings.get(token);
      // Document and fields packed in one number: fields fit in 4 bits.
      if (list) list.push(document * 16 + bits);
      else postings.set(token, [document * 16 + bits]);
    }
  });
  const vocabulary = [...postings.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const starts = new Int32Array(vocabulary.length + 1);
  let total = 0;
  vocabulary.forEach((token, i) => {
    starts[i] = total;
    total += postings.get(token)?.length ?? 0;
  });
  starts[vocabulary.length] = total;
  const documents = new Int32Array(total);
  const fields = new Uint8Array(total);
  vocabulary.forEach((token, i) => {
    let at = starts[i] as number;
    for (const packed of postings.get(token) ?? []) {
      documents[at] = Math.floor(packed / 16);
      fields[at] = packed % 16;
      at++;
    }
  });
  return { vocabulary, starts, documents, fields };
}

/** The words of a query that must each match: folded, unique, without stop words when others remain. */
export function queryWords(text: string): string[] {
  const words = [...new Set(tokenise(text))];
  const content = words.filter((word) => !QUERY_STOP_WORDS.has(word));
  return content.length > 0 ? content : words;
}

/**
 * Builds the search index over a directory once; every query then works on
 * precomputed folded word lists, filter facts and a name order, without
 * touching the directory's text again.
 *
 * Text: every query word must match the start of a word in the name,
 * organisation, taxonomy labels (English and Welsh) or description, accents
 * and case ignored, Welsh initial mutations undone for words of three letters
 * or more; ranked name > organisation > taxonomy > description, whole words
 * above prefixes, literal above mutated. Throws a `TypeError` when two
 * activities share an id.
 */
export function createActivityIndex(
  activities: readonly Activity[],
  options: ActivityIndexOptions = {},
): ActivityIndex {
  const { taxonomy = defaultTaxonomy, nextSession = nextSessionStart } = options;
  // Next sessions are remembered per activity: the answer found at instant t
  // stays right until that session starts, so per-keystroke "soonest" queries
  // do not recompute schedules (this assumes `nextSession` depends only on its arguments).
  const sessionFrom = new Float64Array(activities.length).fill(Number.NaN);
  const sessionStart = new Float64Array(activities.length);
  const nextStart = (document: number, instant: Date): number => {
    const time = instant.getTime();
    const start = sessionStart[document] as number;
    if ((sessionFrom[document] as number) <= time && time < start) return start;
    const session = nextSession(list[document] as Activity, instant);
    sessionFrom[document] = time;
    sessionStart[document] = session ? session.getTime() : Number.POSITIVE_INFINITY;
    return sessionStart[document] as number;
  };
  const now = options.now ?? (() => new Date());
  const list = [...activities];
  const byId = new Map<string, number>();
  list.forEach((activity, document) => {
    if (byId.has(activity.id)) throw new TypeError(`Two activities have the id ${activity.id}`);
    byId.set(activity.id, document);
  });

  const labels = new Map<string, string>();
  const children = new Map<string, string[]>();
  for (const term of taxonomy?.terms ?? []) {
    labels.set(term.id, Object.values(term.label).join(' '));
    if (term.parent) {
      const siblings = children.get(term.parent) ?? [];
      siblings.push(term.id);
      children.set(term.parent, siblings);
    }
  }
  const text = buildTextIndex(list, (ids) => ids.map((id) => labels.get(id) ?? '').join(' '));
  const prepared = list.map(prepare);
  const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });
  const nameRank = new Int32Array(list.length);
  list
    .map((activity, document) => ({ name: activity.name, document }))
    .sort((a, b) => collator.compare(a.name, b.name) || a.document - b.document)
    .forEach(({ document }, rank) => {
      nameRank[document] = rank;
    });

  // Scratch space reused by every text query.
  const wordScore = new Float64Array(list.length);
  const matchedWords = new Uint16Array(list.length);
  const score = new Float64Array(list.length);

  /** Activities matching every word, with their scores in `score`; `undefined` for no text. */
  function matchText(words: readonly string[]): number[] {
    const { vocabulary, starts, documents, fields } = text;
    let matched: number[] = [];
    words.forEach((word, round) => {
      const touched: number[] = [];
      const forms: [string, number][] = [[word, 1]];
      for (const radical of welshRadicals(word)) forms.push([radical, MUTATION_FACTOR]);
      for (const [form, factor] of forms) {
        const from = lowerBound(vocabulary, form);
        const to = lowerBound(vocabulary, `${form}\uffff`);
        for (let entry = from; entry < to; entry++) {
          const whole = vocabulary[entry] === form;
          const end = starts[entry + 1] as number;
          for (let at = starts[entry] as number; at < end; at++) {
            const document = documents[at] as number;
            if (matchedWords[document] !== round) continue;
            const value = fieldWeight(fields[at] as number) * factor * (whole ? 1 : PREFIX_FACTOR);
            const before = wordScore[document] as number;
            if (before === 0) touched.push(document);
            if (value > before) wordScore[document] = value;
          }
        }
      }
      for (const document of touched) {
        matchedWords[document] = round + 1;
        score[document] =
          (round === 0 ? 0 : (score[document] as number)) + (wordScore[document] as number);
        wordScore[document] = 0;
      }
      matched = touched;
    });
    // Leave the scratch space clean for the next query.
    const result = words.length > 0 ? matched.filter((d) => matchedWords[d] === words.length) : [];
    for (let document = 0; document < list.length; document++) matchedWords[document] = 0;
    return result;
  }

  function search(query: IndexQuery): Page<Activity> {
    const words = query.text ? queryWords(query.text) : [];
    let candidates: number[];
    if (words.length > 0) candidates = matchText(words);
    else candidates = list.map((_, document) => document);

    const termIds = query.taxonomy?.length
      ? new Set(query.taxonomy.flatMap((id) => [id, ...(children.get(id) ?? [])]))
      : undefined;
    let dayBits = 0;
    for (const day of query.days ?? []) dayBits |= weekdayBit(day);
    let timeBits = 0;
    for (const time of query.timesOfDay ?? []) timeBits |= timeOfDayBit(time);
    let modeBits = 0;
    for (const mode of query.modes ?? []) modeBits |= MODE_BITS[mode] ?? 0;
    const languages = query.languages?.length
      ? new Set(query.languages.map(primaryLanguage))
      : undefined;
    const accessibility = (query.accessibility ?? [])
      .map(requestedAccessibilityKey)
      .filter((key) => key.length > 0);
    const point = query.near?.point;
    const radius = point && query.radiusMiles !== undefined ? query.radiusMiles : undefined;
    const needsSchedule = dayBits !== 0 || timeBits !== 0;
    const instant = now();
    const today = needsSchedule ? londonDateOf(instant) : '';

    const distance = new Map<number, number>();
    const kept: number[] = [];
    for (const document of candidates) {
      const facts = prepared[document] as Prepared;
      if (!query.includeInactive && !facts.active) continue;
      if (termIds && !facts.taxonomy.some((id) => termIds.has(id))) continue;
      if (needsSchedule) {
        const runs = facts.schedules.some(
          (schedule) =>
            !(schedule.validTo !== undefined && schedule.validTo < today) &&
            (dayBits === 0 || (schedule.days & dayBits) !== 0) &&
            (timeBits === 0 || (schedule.timeOfDay & timeBits) !== 0),
        );
        if (!runs) continue;
      }
      if (query.freeOnly && !facts.free) continue;
      if (query.age !== undefined && (query.age < facts.minimumAge || query.age > facts.maximumAge))
        continue;
      if (modeBits !== 0 && (facts.modes & modeBits) === 0) continue;
      if (languages && !facts.languages.some((code) => languages.has(code))) continue;
      if (
        accessibility.length > 0 &&
        !facts.venues.some((venue) => accessibility.every((key) => venue.has(key)))
      )
        continue;
      if (point) {
        let nearest = Number.POSITIVE_INFINITY;
        for (const venue of facts.points) nearest = Math.min(nearest, haversineMiles(point, venue));
        if (radius !== undefined && !(nearest <= radius)) continue;
        distance.set(document, nearest);
      }
      kept.push(document);
    }

    const sort = query.sort ?? 'relevance';
    const byScore = words.length > 0;
    const relevance = (a: number, b: number): number =>
      (byScore ? (score[b] as number) - (score[a] as number) : 0) || a - b;
    if (sort === 'relevance') kept.sort(relevance);
    else if (sort === 'name')
      kept.sort((a, b) => (nameRank[a] as number) - (nameRank[b] as number));
    else if (sort === 'distance') {
      const far = Number.POSITIVE_INFINITY;
      kept.sort((a, b) => {
        const da = distance.get(a) ?? far;
        const db = distance.get(b) ?? far;
        return da === db ? relevance(a, b) : da === far ? 1 : db === far ? -1 : da - db;
      });
    } else if (sort === 'soonest') {
      const next = new Map<number, number>();
      for (const document of kept) next.set(document, nextStart(document, instant));
      kept.sort((a, b) => {
        const na = next.get(a) as number;
        const nb = next.get(b) as number;
        return na === nb
          ? relevance(a, b)
          : na === Number.POSITIVE_INFINITY
            ? 1
            : nb === Number.POSITIVE_INFINITY
              ? -1
              : na - nb;
      });
    }

    const size = Math.max(
      1,
      Math.floor(Number.isFinite(query.size) ? (query.size as number) : DEFAULT_PAGE_SIZE),
    );
    const page = Math.max(1, Math.floor(Number.isFinite(query.page) ? (query.page as number) : 1));
    const onPage = kept.slice((page - 1) * size, page * size);
    const items = onPage.map((document) => list[document] as Activity);
    if (!point) return { items, total: kept.length, page, size };
    const distances: Record<string, number> = {};
    for (const document of onPage) {
      const miles = distance.get(document);
      if (miles !== undefined && Number.isFinite(miles))
        distances[(list[document] as Activity).id] = miles;
    }
    return { items, total: kept.length, page, size, distances };
  }

  return {
    activities: list,
    get: (id) => {
      const document = byId.get(id);
      return document === undefined ? undefined : list[document];
    },
    search,
  };
}
