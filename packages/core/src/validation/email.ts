import { fail, pass, type FieldCheck } from './check.js';

/**
 * Trims an email address and lower-cases its domain (domains are
 * case-insensitive; the local part is kept as typed, since a few mail servers
 * still treat it case-sensitively).
 */
export function normaliseEmail(raw: string): string {
  const value = raw.trim();
  const at = value.lastIndexOf('@');
  return at < 0 ? value : value.slice(0, at) + value.slice(at).toLowerCase();
}

// One @; no whitespace; a local part of anything else (so ' and + are fine);
// a domain of at least two non-empty dot-separated labels.
const EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/u;

/**
 * Validates an email address after {@link normaliseEmail}: exactly one `@`, no
 * spaces, a domain with at least one dot (and no empty labels), at most 254
 * characters. Blank → `required`; otherwise `format`. Deliverability is not
 * checked.
 */
export function checkEmail(raw: string): FieldCheck<string, 'required' | 'format'> {
  const value = normaliseEmail(raw);
  if (value === '') return fail('required');
  return EMAIL.test(value) && value.length <= 254 ? pass(value) : fail('format');
}

/** Whether `raw` is a valid email address once trimmed. */
export function isValidEmail(raw: string): boolean {
  return checkEmail(raw).ok;
}
