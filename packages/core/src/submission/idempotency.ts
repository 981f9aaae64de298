/**
 * Idempotency keys: one per referral, made when the user starts it, sent with
 * every attempt so that the backend stores the referral once however often it
 * arrives.
 */

/** Makes a new idempotency key. Injectable so that tests can predict keys. */
export type KeyFactory = () => string;

/**
 * A random version 4 UUID from `crypto.randomUUID` (browsers in secure
 * contexts, Node 20). Throws when the runtime has no Web Crypto: a key made
 * from `Math.random` could collide, and a collision would merge two referrals.
 */
export const newIdempotencyKey: KeyFactory = () => {
  const crypto = globalThis.crypto as Crypto | undefined;
  if (typeof crypto?.randomUUID !== 'function') {
    throw new Error('Idempotency keys need crypto.randomUUID (a secure context or Node 20)');
  }
  return crypto.randomUUID();
};
