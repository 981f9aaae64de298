import { fail, pass, type FieldCheck } from './check.js';

/** Why an NHS number was rejected, in the order the rules are checked. */
export type NhsNumberCode = 'required' | 'format' | 'length' | 'repeated-digits' | 'checksum';

/**
 * Removes whitespace (spaces, including no-break spaces from copied text) and
 * hyphens, and nothing else: `999 100 0011` and `999-100-0011` become
 * `9991000011`, but dots or letters stay and make the number invalid.
 */
export function normaliseNhsNumber(raw: string): string {
  return raw.replace(/[\s-]/gu, '');
}

/**
 * The modulus-11 check digit for the first nine digits of an NHS number:
 * weights 10 down to 2, `11 - (sum mod 11)`, where 11 becomes 0. Returns
 * `undefined` when the result is 10 (no valid NHS number starts with those
 * nine digits) or when `firstNine` is not nine digits.
 */
export function nhsNumberCheckDigit(firstNine: string): number | undefined {
  if (!/^\d{9}$/.test(firstNine)) return undefined;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(firstNine[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 11) return 0;
  if (check === 10) return undefined;
  return check;
}

/**
 * Validates an NHS number and normalises it to ten digits. Rules, in order:
 * blank → `required`; anything but digits after removing spaces and hyphens →
 * `format`; not exactly 10 digits → `length`; all ten digits the same
 * (these pass modulus 11) → `repeated-digits`; wrong modulus-11 check digit,
 * or a check digit of 10 → `checksum`.
 */
export function checkNhsNumber(raw: string): FieldCheck<string, NhsNumberCode> {
  const digits = normaliseNhsNumber(raw);
  if (digits === '') return fail('required');
  if (!/^\d+$/.test(digits)) return fail('format');
  if (digits.length !== 10) return fail('length');
  if (/^(\d)\1{9}$/.test(digits)) return fail('repeated-digits');
  const expected = nhsNumberCheckDigit(digits.slice(0, 9));
  if (expected === undefined || expected !== Number(digits[9])) return fail('checksum');
  return pass(digits);
}

/** Whether `raw` is a valid NHS number once spaces and hyphens are removed. */
export function isValidNhsNumber(raw: string): boolean {
  return checkNhsNumber(raw).ok;
}

/**
 * Writes a ten-digit NHS number the way the NHS displays it, in groups of
 * 3, 3 and 4 (`999 100 0011`). Other input is returned unchanged.
 */
export function formatNhsNumber(value: string): string {
  const digits = normaliseNhsNumber(value);
  return /^\d{10}$/.test(digits)
    ? `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}`
    : value;
}
