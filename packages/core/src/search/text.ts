/**
 * Text folding for search: the same function prepares the directory once
 * (when an index is built) and each query (on every keystroke), so that
 * `Siân` finds `Sian`, `dwr` finds `dŵr` and capitals never matter.
 */

/** Letters that Unicode does not decompose into a base letter and a mark. */
const UNDECOMPOSED: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ł: 'l',
  ı: 'i',
};

const UNDECOMPOSED_PATTERN = /[ßæœøđðþłı]/g;
const MARKS = /\p{M}+/gu;
const SEPARATORS = /[^\p{L}\p{N}]+/u;

/**
 * Folds text for comparison: lower case, accents and other combining marks
 * removed (`Dŵr` → `dwr`, `Zoë` in either Unicode form → `zoe`).
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(UNDECOMPOSED_PATTERN, (letter) => UNDECOMPOSED[letter] ?? letter);
}

/**
 * Splits text into folded search tokens: runs of letters and digits.
 * `Côr Cymraeg Glan-yr-Afon` → `['cor', 'cymraeg', 'glan', 'yr', 'afon']`.
 */
export function tokenise(text: string): string[] {
  return foldText(text)
    .split(SEPARATORS)
    .filter((token) => token.length > 0);
}

/**
 * Words that a query may contain but a directory entry need not: dropped from
 * a query that has other words, so `walks in the park` is not defeated by `the`.
 * English and Welsh (`y`, `yr`, `a`, `ac`, `i`, `o`, `yn`, `ar`).
 */
export const QUERY_STOP_WORDS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'and',
  'at',
  'for',
  'in',
  'of',
  'on',
  'or',
  'the',
  'to',
  'with',
  'ac',
  'ar',
  'i',
  'o',
  'y',
  'yn',
  'yr',
]);

/**
 * Welsh initial mutations undone: from a mutated spelling, the radical forms
 * it may come from, longest prefix first. Soft (`g`→`c`, `b`→`p`, `d`→`t`,
 * `f`→`b`/`m`, `dd`→`d`, `l`→`ll`, `r`→`rh`, a lost `g`), nasal (`ngh`→`c`,
 * `mh`→`p`, `nh`→`t`, `ng`→`g`, `m`→`b`, `n`→`d`) and aspirate (`ch`→`c`,
 * `ph`→`p`, `th`→`t`, `h`+vowel→vowel).
 */
const UNMUTATIONS: readonly (readonly [string, readonly string[]])[] = [
  ['ngh', ['c']],
  ['mh', ['p']],
  ['nh', ['t']],
  ['ng', ['g']],
  ['ch', ['c']],
  ['ph', ['p']],
  ['th', ['t']],
  ['dd', ['d']],
  ['ff', []],
  ['ll', []],
  ['rh', []],
  ['g', ['c']],
  ['b', ['p']],
  ['d', ['t']],
  ['f', ['b', 'm']],
  ['l', ['ll']],
  ['r', ['rh']],
  ['m', ['b']],
  ['n', ['d']],
];

const VOWEL = /^[aeiouwy]/;

/** Shorter query words are left alone: undoing a mutation of `f` or `ga` finds too much. */
export const MIN_MUTATED_LENGTH = 3;

/**
 * The radical (dictionary) forms a folded query word may be a Welsh mutation
 * of, without the word itself: `gerddwyr` → `['cerddwyr']`, `fara` →
 * `['bara', 'mara']`, `ardd` → `['gardd']`. Empty for words shorter than
 * {@link MIN_MUTATED_LENGTH}.
 */
export function welshRadicals(word: string): string[] {
  if (word.length < MIN_MUTATED_LENGTH) return [];
  const radicals: string[] = [];
  if (VOWEL.test(word)) radicals.push(`g${word}`);
  if (word.startsWith('h') && VOWEL.test(word.slice(1))) radicals.push(word.slice(1));
  for (const [prefix, replacements] of UNMUTATIONS) {
    if (!word.startsWith(prefix)) continue;
    const rest = word.slice(prefix.length);
    for (const replacement of replacements) radicals.push(replacement + rest);
    break;
  }
  return radicals;
}
