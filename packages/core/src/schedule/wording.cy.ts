/**
 * Welsh wording (Cymraeg), as the Welsh Government writes times and dates:
 * `10yb`, `2:30yp`, `canol dydd`, `hanner nos`, `Dydd Iau 26 Tachwedd 2026`.
 * The grammar is here with the words: soft mutation after `i`, `am`, `tan`,
 * `ar` and `ail` (`i ganol dydd`, `ail ddydd Mawrth`, `bob yn ail fis`),
 * aspirate mutation and `ac` after `a` (`a thrydydd`, `ac olaf`), and the
 * order of ordinals: `cyntaf` and `olaf` follow the noun (`dydd Mercher olaf
 * y mis`), `ail`, `trydydd`, `pedwerydd` and `pumed` come before it.
 */

import type { Weekday } from '../model/activity.js';
import type { CivilDate } from './london-time.js';
import { WEEKDAYS } from './london-time.js';
import {
  capitalise,
  consecutiveRun,
  roundMiles,
  type OrdinalWeekday,
  type ScheduleSentence,
  type ScheduleWording,
} from './wording.js';

/** Weekday names as they appear mid-sentence (`dydd Llun`). */
const DAY_NAMES: Readonly<Record<Weekday, string>> = {
  MO: 'dydd Llun',
  TU: 'dydd Mawrth',
  WE: 'dydd Mercher',
  TH: 'dydd Iau',
  FR: 'dydd Gwener',
  SA: 'dydd Sadwrn',
  SU: 'dydd Sul',
};

/** Ordinals that come before the noun; `ail` soft-mutates it. */
const ORDINALS_BEFORE: Readonly<Record<string, string>> = {
  '2': 'ail',
  '3': 'trydydd',
  '4': 'pedwerydd',
  '5': 'pumed',
};

/** Ordinals that follow the noun. */
const ORDINALS_AFTER: Readonly<Record<string, string>> = {
  '1': 'cyntaf',
  '-1': 'olaf',
  '-2': 'olaf ond un',
};

/**
 * Month days as Welsh writes them in figures (`1af`, `15fed`, `22ain`), and
 * whether the spoken ordinal starts with a vowel, which makes the article
 * `yr` (`yr 8fed`, wythfed) rather than `y` (`y 15fed`, pymthegfed).
 */
const MONTH_DAYS: readonly (readonly [string, boolean])[] = [
  ['1af', false],
  ['2il', true],
  ['3ydd', false],
  ['4ydd', false],
  ['5ed', false],
  ['6ed', false],
  ['7fed', false],
  ['8fed', true],
  ['9fed', false],
  ['10fed', false],
  ['11eg', true],
  ['12fed', false],
  ['13eg', false],
  ['14eg', false],
  ['15fed', false],
  ['16eg', true],
  ['17eg', true],
  ['18fed', false],
  ['19eg', false],
  ['20fed', true],
  ['21ain', true],
  ['22ain', true],
  ['23ain', false],
  ['24ain', false],
  ['25ain', false],
  ['26ain', false],
  ['27ain', false],
  ['28ain', true],
  ['29ain', false],
  ['30ain', false],
  ['31ain', true],
];

/** Soft mutation (treiglad meddal) of a lower-case word. */
function soft(word: string): string {
  if (/^(ll|rh)/.test(word)) return word.slice(1);
  if (/^(ch|ph|th|dd)/.test(word)) return word;
  const first = word.charAt(0);
  const rest = word.slice(1);
  const mutated: Record<string, string> = {
    p: 'b',
    t: 'd',
    c: 'g',
    b: 'f',
    d: 'dd',
    g: '',
    m: 'f',
  };
  return first in mutated ? `${mutated[first] ?? ''}${rest}` : word;
}

/** Aspirate mutation (treiglad llaes) of a lower-case word, as after `a` (and). */
function aspirate(word: string): string {
  if (/^(ch|ph|th)/.test(word)) return word;
  const mutated: Record<string, string> = { p: 'ph', t: 'th', c: 'ch' };
  const first = word.charAt(0);
  return first in mutated ? `${mutated[first] ?? ''}${word.slice(1)}` : word;
}

/** `A`, `A a B`, `A, B ac C`: `ac` before a vowel, aspirate mutation after `a`. */
function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  const last = items[items.length - 1] ?? '';
  const and = /^[aeiouwyâêîôûŵŷ]/i.test(last) ? `ac ${last}` : `a ${aspirate(last)}`;
  return `${items.slice(0, -1).join(', ')} ${and}`;
}

function everyWeeks(interval: number): string {
  return interval === 2 ? 'bob yn ail wythnos' : `bob ${interval} wythnos`;
}

function clock(minutes: number): string {
  if (minutes === 0) return 'hanner nos';
  if (minutes === 12 * 60) return 'canol dydd';
  const hour = Math.floor(minutes / 60);
  const minute = minutes % 60;
  const suffix = hour < 12 ? 'yb' : 'yp';
  const hour12 = hour % 12 || 12;
  return minute === 0
    ? `${hour12}${suffix}`
    : `${hour12}:${String(minute).padStart(2, '0')}${suffix}`;
}

function shortDate(date: CivilDate): string {
  return `${date.day} ${cy.months[date.month - 1] ?? ''} ${date.year}`;
}

function times(opensAt: number | undefined, closesAt: number | undefined): string | undefined {
  if (opensAt === undefined)
    return closesAt === undefined ? undefined : `tan ${soft(clock(closesAt))}`;
  if (closesAt === undefined || closesAt === opensAt) return clock(opensAt);
  return `${clock(opensAt)} i ${soft(clock(closesAt))}`;
}

/** One weekday's ordinals: `ail ddydd Mawrth`, `dydd Iau cyntaf ac olaf`, `ail a phedwerydd dydd Sul`. */
function ordinalPhrase({ day, ordinals }: OrdinalWeekday): string | undefined {
  const noun = DAY_NAMES[day];
  const before = ordinals.map((ordinal) => ORDINALS_BEFORE[String(ordinal)]);
  const after = ordinals.map((ordinal) => ORDINALS_AFTER[String(ordinal)]);
  if (before.every((word) => word !== undefined)) {
    const words = before as string[];
    return `${joinAnd(words)} ${words.length === 1 && words[0] === 'ail' ? soft(noun) : noun}`;
  }
  if (after.every((word) => word !== undefined)) return `${noun} ${joinAnd(after as string[])}`;
  const phrases: string[] = [];
  for (const ordinal of ordinals) {
    const phrase = ordinalPhrase({ day, ordinals: [ordinal] });
    if (phrase === undefined) return undefined;
    phrases.push(phrase);
  }
  return joinAnd(phrases);
}

/** Welsh wording for schedules, dates, times and distances. */
export const cy: ScheduleWording = {
  weekdays: {
    MO: 'Dydd Llun',
    TU: 'Dydd Mawrth',
    WE: 'Dydd Mercher',
    TH: 'Dydd Iau',
    FR: 'Dydd Gwener',
    SA: 'Dydd Sadwrn',
    SU: 'Dydd Sul',
  },
  months: [
    'Ionawr',
    'Chwefror',
    'Mawrth',
    'Ebrill',
    'Mai',
    'Mehefin',
    'Gorffennaf',
    'Awst',
    'Medi',
    'Hydref',
    'Tachwedd',
    'Rhagfyr',
  ],
  today: 'Heddiw',
  tomorrow: 'Yfory',
  clock,
  date(date, weekday) {
    return `${cy.weekdays[weekday]} ${shortDate(date)}`;
  },
  dayAndMonth(date, weekday, withYear) {
    const dayMonth = `${cy.weekdays[weekday]} ${date.day} ${cy.months[date.month - 1] ?? ''}`;
    return withYear ? `${dayMonth} ${date.year}` : dayMonth;
  },
  weekly(days, interval) {
    if (days.length === 7) return interval === 1 ? 'Bob dydd' : `Bob dydd, ${everyWeeks(interval)}`;
    if (consecutiveRun(days, WEEKDAYS)) {
      const first = DAY_NAMES[days[0] ?? 'MO'];
      const last = DAY_NAMES[days[days.length - 1] ?? 'SU'];
      const range = capitalise(`${first} i ${soft(last)}`);
      return interval === 1 ? range : `${range}, ${everyWeeks(interval)}`;
    }
    const names = days.map((day) => DAY_NAMES[day]);
    if (interval === 1) return capitalise(joinAnd(names));
    if (interval === 2 && names.length === 1) return `Bob yn ail ${soft(names[0] ?? '')}`;
    const [first = '', ...rest] = names;
    return `${capitalise(everyWeeks(interval))} ar ${joinAnd([soft(first), ...rest])}`;
  },
  monthlyByDay(groups, interval) {
    const phrases: string[] = [];
    for (const group of groups) {
      const phrase = ordinalPhrase(group);
      if (phrase === undefined) return undefined;
      phrases.push(phrase);
    }
    const which = joinAnd(phrases);
    if (interval === 1) return capitalise(`${which} y mis`);
    if (interval === 2) return capitalise(`${which} bob yn ail fis`);
    return capitalise(`${which} y mis, bob ${interval} mis`);
  },
  monthlyByDate(days, interval) {
    const items: { readonly text: string; readonly vowel: boolean }[] = [];
    for (const day of days) {
      if (day === -1) {
        items.push({ text: 'diwrnod olaf', vowel: false });
        continue;
      }
      const entry = MONTH_DAYS[day - 1];
      if (day < 1 || !entry) return undefined;
      items.push({ text: entry[0], vowel: entry[1] });
    }
    const article = (vowel: boolean): string => (vowel ? 'yr' : 'y');
    const which = items
      .map(({ text, vowel }, i) => {
        if (i === 0) return `${article(vowel)} ${text}`;
        if (i === items.length - 1) return ` a'r ${text}`;
        return `, ${article(vowel)} ${text}`;
      })
      .join('');
    if (interval === 1) return capitalise(`${which} o bob mis`);
    if (interval === 2) return capitalise(`${which} bob yn ail fis`);
    return capitalise(`${which} bob ${interval} mis`);
  },
  schedule(sentence: ScheduleSentence) {
    const { days, opensAt, closesAt, validFrom, validTo } = sentence;
    let text = days;
    if (opensAt !== undefined && (closesAt === undefined || closesAt === opensAt)) {
      text += ` am ${soft(clock(opensAt))}`;
    } else {
      const hours = times(opensAt, closesAt);
      if (hours) text += `, ${hours}`;
    }
    if (validFrom && validTo) text += `, o ${shortDate(validFrom)} tan ${shortDate(validTo)}`;
    else if (validFrom) text += `, o ${shortDate(validFrom)} ymlaen`;
    else if (validTo) text += `, tan ${shortDate(validTo)}`;
    return text;
  },
  session(day, opensAt, closesAt) {
    const hours = times(opensAt, closesAt);
    return hours ? `${day}, ${hours}` : day;
  },
  distance(miles) {
    const rounded = roundMiles(miles);
    if (!rounded) return 'llai na 0.1 milltir';
    // `un filltir`, `dwy filltir`: the feminine numerals soft-mutate the noun.
    if (rounded.value === 1 || rounded.value === 2) return `${rounded.text} filltir`;
    return `${rounded.text} milltir`;
  },
};
