import { fail, pass, type FieldCheck } from './check.js';

/** Trims and upper-cases an ODS (Organisation Data Service) code. */
export function normaliseOdsCode(raw: string): string {
  return raw.trim().toUpperCase();
}

/**
 * Validates an ODS organisation code after {@link normaliseOdsCode}: 3 to 6
 * letters or digits (`C99001`, `RX9`, `RX9AB`). Blank → `required`; otherwise
 * `format`. Whether the organisation exists is not checked.
 */
export function checkOdsCode(raw: string): FieldCheck<string, 'required' | 'format'> {
  const value = normaliseOdsCode(raw);
  if (value === '') return fail('required');
  return /^[A-Z0-9]{3,6}$/.test(value) ? pass(value) : fail('format');
}
