/**
 * `Retry-After` (RFC 9110 §10.2.3): a number of seconds or an HTTP date.
 */

/** The longest wait we report, so a broken header cannot park a retry for years: one day. */
export const MAX_RETRY_AFTER_MS = 24 * 60 * 60 * 1000;

/**
 * Milliseconds to wait, from a `Retry-After` value: `120` → 120 000;
 * `Thu, 26 Nov 2026 12:02:00 GMT` → the time until then from `now` (0 when
 * it has passed). `undefined` when absent or unreadable. Capped at one day.
 */
export function parseRetryAfter(
  value: string | null | undefined,
  now: Date = new Date(),
): number | undefined {
  if (value == null) return undefined;
  const text = value.trim();
  if (text === '') return undefined;
  if (/^\d+$/.test(text)) return Math.min(Number(text) * 1000, MAX_RETRY_AFTER_MS);
  // HTTP dates name a weekday and a month (IMF-fixdate, RFC 850, asctime);
  // plain numbers with signs or decimals are not valid delay-seconds.
  if (!/[A-Za-z]/.test(text)) return undefined;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.min(Math.max(0, at - now.getTime()), MAX_RETRY_AFTER_MS);
}
