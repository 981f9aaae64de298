/**
 * Normal forms of the values a referral carries as people typed them, so that
 * the FHIR record holds one spelling of each (and conditional creates match).
 * The referral has been validated before it gets here; these functions do not
 * validate, they only tidy.
 */

/** `999 100 0011`, `999-100-0011` → `9991000011`. */
export function normaliseNhsNumber(value: string): string {
  return value.replace(/[\s-]/g, '');
}

/** `le8  4tw`, `LE73AX` → `LE8 4TW`, `LE7 3AX` (outward code, one space, inward code). */
export function normalisePostcode(value: string): string {
  const compact = value.replace(/\s+/g, '').toUpperCase();
  return compact.length > 3 ? `${compact.slice(0, -3)} ${compact.slice(-3)}` : compact;
}

/** ODS codes are upper case without spaces (`c99001 ` → `C99001`). */
export function normaliseOdsCode(value: string): string {
  return value.trim().toUpperCase();
}

/**
 * UK phone numbers in national form, digits only: `+44 (0)7700 900721` and
 * `0044 7700 900721` → `07700900721`; `(0116) 496 0588` → `01164960588`.
 */
export function normaliseUkPhone(value: string): string {
  let digits = value.replace(/[\s\-.()]/g, '');
  if (digits.startsWith('+44')) digits = digits.slice(3);
  else if (digits.startsWith('0044')) digits = digits.slice(4);
  else return digits;
  return digits.startsWith('0') ? digits : `0${digits}`;
}

/** A UK mobile number (071–075, 077–079) in national form. */
export function isUkMobile(nationalNumber: string): boolean {
  return /^07[1-57-9]\d{8}$/.test(nationalNumber);
}

/** Text as Unicode NFC (so a decomposed `Zoë` and a precomposed one are the same name), trimmed. */
export function normaliseText(value: string): string {
  return value.normalize('NFC').trim();
}

// FHIR R4's dateTime with a time: seconds and a zone are required.
const FHIR_DATE_TIME =
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?(Z|[+-]((0\d|1[0-3]):[0-5]\d|14:00))$/;

/**
 * An RFC 3339 date-time as FHIR's `dateTime`/`instant`: kept as written (with
 * its offset) when FHIR accepts that spelling, otherwise converted to UTC.
 * Throws a TypeError for something that is not a date-time at all.
 */
export function toFhirDateTime(value: string): string {
  if (FHIR_DATE_TIME.test(value)) return value;
  const time = Date.parse(value);
  if (Number.isNaN(time)) throw new TypeError('Not an RFC 3339 date-time');
  return new Date(time).toISOString();
}

/**
 * A value for a FHIR token search (`system|value`), escaped as FHIR search
 * requires (`\`, `|`, `,` and `$` take a backslash) and then percent-encoded
 * for a query string. Plain UUIDs, digits and `key:suffix` pass through unchanged.
 */
export function tokenSearchValue(value: string): string {
  const escaped = value.replace(/[\\|,$]/g, (character) => `\\${character}`);
  // `:`, `/` and `@` may stand unencoded in a query (RFC 3986 pchar): keep keys readable.
  return encodeURIComponent(escaped)
    .replace(/%3A/gi, ':')
    .replace(/%2F/gi, '/')
    .replace(/%40/gi, '@');
}
