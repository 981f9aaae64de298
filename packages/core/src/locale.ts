/**
 * The languages Linkwork speaks. Every message catalogue, date format and
 * schedule wording exists in each of these; anything else falls back to
 * English.
 */
export const SUPPORTED_LOCALES = ['en', 'cy'] as const;

export type Locale = (typeof SUPPORTED_LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'en';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (SUPPORTED_LOCALES as readonly string[]).includes(value);
}

/**
 * Maps a BCP 47 language tag (`cy`, `cy-GB`, `EN_gb`) to a supported locale,
 * or `undefined` when the tag names a language we do not support (or is not a
 * tag at all). Only the primary language subtag counts: `en-US` is English.
 */
export function matchLocale(tag: string | null | undefined): Locale | undefined {
  if (!tag) return undefined;
  const primary = tag.trim().split(/[-_]/, 1)[0]?.toLowerCase();
  return isLocale(primary) ? primary : undefined;
}
