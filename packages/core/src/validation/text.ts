import { fail, pass, type FieldCheck } from './check.js';

/** The longest given or family name, in characters. */
export const NAME_MAX_LENGTH = 100;

/**
 * Normalises free text: trims surrounding whitespace and composes it to
 * Unicode NFC, so `Zoe` + U+0308 and the precomposed `Zoë` are the same
 * string and count as the same number of characters.
 */
export function normaliseText(raw: string): string {
  return raw.trim().normalize('NFC');
}

/** Characters as people count them, closely enough: Unicode code points, after NFC. */
export function characterCount(text: string): number {
  return Array.from(text).length;
}

/**
 * Validates free text after {@link normaliseText}: blank → `required`; more
 * than `maxLength` characters (code points) → `too-long`.
 */
export function checkText(
  raw: string,
  maxLength: number,
): FieldCheck<string, 'required' | 'too-long'> {
  const value = normaliseText(raw);
  if (value === '') return fail('required');
  return characterCount(value) > maxLength ? fail('too-long') : pass(value);
}

/**
 * Validates a given or family name: trimmed, NFC, 1 to 100 characters. Any
 * script, accents, apostrophes (`'` or `’`), hyphens and spaces are allowed,
 * and so is anything else people write in their names: we do not judge names.
 */
export function checkName(raw: string): FieldCheck<string, 'required' | 'too-long'> {
  return checkText(raw, NAME_MAX_LENGTH);
}
