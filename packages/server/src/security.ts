/**
 * What a deployment needs around the API: the staff bearer token (compared
 * in constant time), a token bucket per client address for public writes,
 * and the response headers of a JSON API that is never framed or sniffed.
 */
import { createHash, timingSafeEqual } from 'node:crypto';

/** The outcome of reading an `Authorization` header. */
export type Authentication = 'none' | 'staff' | 'invalid';

const digest = (text: string): Buffer => createHash('sha256').update(text, 'utf8').digest();

/**
 * Checks a request's `Authorization` header against the staff token. Both
 * sides are hashed first, so the comparison takes the same time whatever
 * the length or content of the guess.
 */
export function authenticate(header: string | undefined, staffToken: string): Authentication {
  if (header === undefined) return 'none';
  const match = /^Bearer +(\S+) *$/i.exec(header);
  if (!match) return 'invalid';
  return timingSafeEqual(digest(match[1] as string), digest(staffToken)) ? 'staff' : 'invalid';
}

/** How many requests a client may make: a burst, then a steady rate. */
export interface RateLimit {
  /** Requests allowed at once (the bucket's size). */
  readonly burst: number;
  /** Requests allowed per minute after that (the refill rate). */
  readonly perMinute: number;
}

/** The verdict for one request. */
export type RateDecision =
  { readonly allowed: true } | { readonly allowed: false; readonly retryAfterSeconds: number };

/** Token buckets by client address, in memory. */
export interface RateLimiter {
  take(client: string): RateDecision;
  /** Buckets held (full buckets are dropped from time to time). */
  readonly size: number;
}

/** Above this many buckets, full ones are forgotten (they hold nothing a new bucket would not). */
const PRUNE_AT = 10_000;

/** A token bucket per client: `burst` tokens, refilled at `perMinute`; each request takes one. */
export function createRateLimiter(limit: RateLimit, now: () => number = Date.now): RateLimiter {
  if (!(limit.burst >= 1) || !(limit.perMinute > 0))
    throw new RangeError('A rate limit needs a burst of at least 1 and a positive rate');
  const perMs = limit.perMinute / 60_000;
  const buckets = new Map<string, { tokens: number; at: number }>();

  const refill = (bucket: { tokens: number; at: number }, time: number) => {
    bucket.tokens = Math.min(limit.burst, bucket.tokens + (time - bucket.at) * perMs);
    bucket.at = time;
  };

  return {
    take(client) {
      const time = now();
      if (buckets.size >= PRUNE_AT) {
        for (const [key, bucket] of buckets) {
          refill(bucket, time);
          if (bucket.tokens >= limit.burst) buckets.delete(key);
        }
      }
      const bucket = buckets.get(client) ?? { tokens: limit.burst, at: time };
      refill(bucket, time);
      buckets.set(client, bucket);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return { allowed: true };
      }
      return {
        allowed: false,
        retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000)),
      };
    },
    get size() {
      return buckets.size;
    },
  };
}

/** Headers on every answer: nothing here is a page, a frame or a script. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
};
