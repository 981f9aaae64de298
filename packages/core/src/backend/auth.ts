import { Unauthorised } from './errors.js';

/**
 * Where an HTTP adapter gets its bearer token: a fixed string, or a function
 * asked before every request (sync or async) so a host can refresh tokens.
 * An empty or absent answer means "send no Authorization header".
 */
export type TokenSource = string | (() => string | undefined | Promise<string | undefined>);

/**
 * The bearer token to send for `operation`, or `undefined` for none. Rejects
 * with `Unauthorised` when the provider throws or gives something that is not
 * a token (a bearer token is visible ASCII without spaces); the message names
 * the operation, never the token.
 */
export async function bearerToken(
  source: TokenSource | undefined,
  operation: string,
): Promise<string | undefined> {
  if (source === undefined) return undefined;
  let token: unknown;
  try {
    token = typeof source === 'function' ? await source() : source;
  } catch (cause) {
    throw new Unauthorised(`${operation}: the token provider failed`, { cause });
  }
  if (token === undefined || token === null || token === '') return undefined;
  if (typeof token !== 'string' || !/^[\x21-\x7e]+$/.test(token)) {
    throw new Unauthorised(
      `${operation}: the token provider gave a value that is not a bearer token`,
    );
  }
  return token;
}
