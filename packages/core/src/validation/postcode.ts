import { fail, pass, type FieldCheck } from './check.js';

/**
 * Normalises a UK postcode: trims, upper-cases, removes all whitespace and
 * puts one space before the last three characters (`le8  4tw` → `LE8 4TW`,
 * `le17rh` → `LE1 7RH`). Idempotent. Does not validate.
 */
export function normalisePostcode(raw: string): string {
  const compact = raw.toUpperCase().replace(/\s+/gu, '');
  return compact.length > 3 ? `${compact.slice(0, -3)} ${compact.slice(-3)}` : compact;
}

// Outward code: A9, A99, AA9, AA99, A9A or AA9A, first letter not Q, V or X.
// Inward code: a digit and two letters, none of C, I, K, M, O or V.
const POSTCODE =
  /^(?:[A-PR-UWYZ](?:\d|\d\d|[A-Z]\d|[A-Z]\d\d|\d[A-Z]|[A-Z]\d[A-Z]) \d[ABD-HJLNP-UW-Z]{2}|GIR 0AA)$/u;

/**
 * Validates a UK postcode after {@link normalisePostcode}: the full format
 * (outward and inward code, or the special `GIR 0AA`), first letter not Q, V
 * or X, inward letters not C, I, K, M, O or V. Blank → `required`; otherwise
 * `format`. An outward code on its own (`LE7`) is not a postcode.
 *
 * BFPO (British Forces Post Office) addresses are out of scope: `BFPO 123`
 * is rejected. Overseas territories' postcodes that follow the UK format
 * (`TD*`, `BF1`) pass; whether a postcode is in use is not checked.
 */
export function checkPostcode(raw: string): FieldCheck<string, 'required' | 'format'> {
  const value = normalisePostcode(raw);
  if (value === '') return fail('required');
  return POSTCODE.test(value) ? pass(value) : fail('format');
}

/** Whether `raw` is a valid UK postcode once normalised. */
export function isValidPostcode(raw: string): boolean {
  return checkPostcode(raw).ok;
}
