import { fail, pass, type FieldCheck } from './check.js';

/**
 * Reads a UK phone number as a national number (`01164960377`): removes
 * whitespace, hyphens, dots and brackets, and reads the prefixes `+44 (0)`,
 * `+44` and `0044` as `0`. Returns `undefined` unless the result is `0`
 * followed by 9 or 10 digits.
 */
export function nationalPhoneNumber(raw: string): string | undefined {
  let value = raw.replace(/[\s.-]/gu, '');
  if (value.startsWith('+44(0)')) value = `0${value.slice(6)}`;
  value = value.replace(/[()[\]]/gu, '');
  if (value.startsWith('+44')) value = `0${value.slice(3)}`;
  else if (value.startsWith('0044')) value = `0${value.slice(4)}`;
  return /^0\d{9,10}$/.test(value) ? value : undefined;
}

/**
 * Normalises a UK phone number to E.164 (`+441164960377`), or `undefined`
 * when it is not a UK number (see {@link nationalPhoneNumber} for what is
 * accepted). Idempotent: an E.164 UK number normalises to itself.
 */
export function normaliseUkPhone(raw: string): string | undefined {
  const national = nationalPhoneNumber(raw);
  return national === undefined ? undefined : `+44${national.slice(1)}`;
}

/**
 * Validates a UK phone number and normalises it to E.164. Blank →
 * `required`; anything {@link normaliseUkPhone} cannot read → `format`.
 * Whether the number is allocated is not checked.
 */
export function checkUkPhone(raw: string): FieldCheck<string, 'required' | 'format'> {
  if (raw.trim() === '') return fail('required');
  const value = normaliseUkPhone(raw);
  return value === undefined ? fail('format') : pass(value);
}

/**
 * Whether `raw` is a valid UK mobile number: national numbers starting
 * `071`–`075` or `077`–`079` (`076` is pagers, `070` personal numbering).
 */
export function isMobile(raw: string): boolean {
  const national = nationalPhoneNumber(raw);
  return national !== undefined && national.length === 11 && /^07[1-57-9]/.test(national);
}
