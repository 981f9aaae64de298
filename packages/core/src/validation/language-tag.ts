import { fail, pass, type FieldCheck } from './check.js';

// language (ISO 639, 2–3 letters), then optional script (4 letters), region
// (2 letters or 3 digits) and variants (5–8 alphanumerics, or a digit and 3).
const TAG =
  /^[a-z]{2,3}(?:-[a-z]{4})?(?:-(?:[a-z]{2}|\d{3}))?(?:-(?:[a-z\d]{5,8}|\d[a-z\d]{3}))*$/iu;

/**
 * Normalises a language tag: trims, reads `_` as `-`, and applies BCP 47's
 * conventional case (`pt-br` → `pt-BR`, `zh-hant-tw` → `zh-Hant-TW`,
 * `BFI` → `bfi`). Does not validate.
 */
export function normaliseLanguageTag(raw: string): string {
  return raw
    .trim()
    .replace(/_/g, '-')
    .split('-')
    .map((part, i) => {
      if (i === 0) return part.toLowerCase();
      if (part.length === 2) return part.toUpperCase();
      if (part.length === 4 && /^[a-z]+$/i.test(part))
        return part.charAt(0).toUpperCase() + part.slice(1).toLowerCase();
      return part.toLowerCase();
    })
    .join('-');
}

/**
 * Validates a BCP 47-style language tag after {@link normaliseLanguageTag}:
 * a 2–3 letter language (`cy`, `pl`, `bfi` for British Sign Language) with
 * optional script, region and variants (`pt-BR`, `zh-Hant`). Extensions and
 * private-use subtags are not accepted. Blank → `required`; otherwise `format`.
 */
export function checkLanguageTag(raw: string): FieldCheck<string, 'required' | 'format'> {
  const value = normaliseLanguageTag(raw);
  if (value === '') return fail('required');
  return TAG.test(value) ? pass(value) : fail('format');
}
