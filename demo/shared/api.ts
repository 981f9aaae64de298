/**
 * The demo server's API, on the pages' own origin under /api: the Linkwork
 * REST API and, under /api/oruk/v3, the same directory as Open Referral UK v3.
 */
import {
  createOrukBackend,
  createRestBackend,
  defaultTaxonomy,
  type RestBackend,
} from '@linkwork/core';
import { staffToken } from './session.js';

/** The REST API's root, absolute as core's adapter wants it. */
export const API_ROOT = new URL('/api/', location.origin).href;

/** For practice staff and link workers: every call carries the signed-in token. */
export function staffBackend(): RestBackend {
  return createRestBackend({ baseUrl: API_ROOT, token: () => staffToken() });
}

/** For the public (self-referrals, consent): no token. */
export function publicBackend(): RestBackend {
  return createRestBackend({ baseUrl: API_ROOT });
}

/**
 * The directory as a council site would reach it: Open Referral UK v3.
 * Postcodes are geocoded through the REST API's POST /geocode, so they never
 * go into a URL.
 */
export function orukDirectory() {
  const geocoder = publicBackend();
  return createOrukBackend({
    baseUrl: new URL('/api/oruk/v3', location.origin).href,
    dialect: 'v3',
    taxonomy: defaultTaxonomy,
    geocode: (postcode, options) => geocoder.geocode(postcode, options),
    onInvalidRecord: ({ id, reason }) =>
      console.warn(`Directory record ${id ?? '(no id)'} left out: ${reason}`),
  });
}
