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

/**
 * Control characters (C0 but tab, line feed and carriage return; DEL; C1)
 * and unpaired UTF-16 surrogates. No one types them into a form, they are
 * not text that can be stored (PostgreSQL refuses U+0000 and unpaired
 * surrogates in JSON) and some of them move a terminal's cursor or hide
 * what follows when the text is printed.
 */
const FORBIDDEN_CHARACTERS =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Whether text holds a character no text field accepts: a control
 * character other than tab, line feed and carriage return, or an unpaired
 * surrogate (the reason `characters`).
 */
export function hasForbiddenCharacters(text: string): boolean {
  return FORBIDDEN_CHARACTERS.test(text);
}

/** Characters as people count them, closely enough: Unicode code points, after NFC. */
export function characterCount(text: string): number {
  return Array.from(text).length;
}

/**
 * Validates free text after {@link normaliseText}: a control character or
 * an unpaired surrogate → `characters`; blank → `required`; more than
 * `maxLength` characters (code points) → `too-long`.
 */
export function checkText(
  raw: string,
  maxLength: number,
): FieldCheck<string, 'required' | 'too-long' | 'characters'> {
  if (hasForbiddenCharacters(raw)) return fail('characters');
  const value = normaliseText(raw);
  if (value === '') return fail('required');
  return characterCount(value) > maxLength ? fail('too-long') : pass(value);
}

/**
 * Validates a given or family name: trimmed, NFC, 1 to 100 characters. Any
 * script, accents, apostrophes (`'` or `’`), hyphens and spaces are allowed,
 * and so is anything else people write in their names: we do not judge names.
 */
export function checkName(raw: string): FieldCheck<string, 'required' | 'too-long' | 'characters'> {
  return checkText(raw, NAME_MAX_LENGTH);
}
