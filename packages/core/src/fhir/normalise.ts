/**
 * Normal forms of the values a referral carries as people typed them, so that
 * the FHIR record holds one spelling of each (and conditional creates match).
 * The referral has been validated before it gets here; these functions do not
 * validate, they only tidy.
 */

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
