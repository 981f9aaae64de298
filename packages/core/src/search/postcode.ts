import type { Activity, GeoPoint } from '../model/activity.js';
import { checkPostcode } from '../validation/postcode.js';

/** An outward code alone (`LE7`, `SW1A`). */
const OUTWARD_CODE = /^[A-Z]{1,2}[0-9][A-Z0-9]?$/;

/**
 * A full UK postcode in its normal form (`le73ax` → `LE7 3AX`), or `undefined`
 * when the text is not one (validation's rules: `GIR 0AA` yes, `LE7` no).
 */
export function fullPostcode(text: string): string | undefined {
  const result = checkPostcode(text);
  return result.ok ? result.value : undefined;
}

/**
 * The outward code of a full postcode or of an outward code given alone
 * (`LE7 3AX` → `LE7`, `le7` → `LE7`), or `undefined`.
 */
export function outwardCode(text: string): string | undefined {
  const full = fullPostcode(text);
  if (full) return full.split(' ')[0];
  const compact = text.replace(/\s+/g, '').toUpperCase();
  return OUTWARD_CODE.test(compact) ? compact : undefined;
}

/** Points by full postcode and by outward code (the centroid of the postcodes known in it). */
export interface PostcodeTable {
  readonly postcodes: ReadonlyMap<string, GeoPoint>;
  readonly outwardCodes: ReadonlyMap<string, GeoPoint>;
}

function centroid(points: readonly GeoPoint[]): GeoPoint {
  let lat = 0;
  let lng = 0;
  for (const point of points) {
    lat += point.lat;
    lng += point.lng;
  }
  return { lat: lat / points.length, lng: lng / points.length };
}

/**
 * A postcode table from known points: each full postcode maps to the centre of
 * its points, each outward code to the centroid of its postcodes. Keys that are
 * not postcodes or outward codes are ignored; an outward code given as a key is
 * used as given rather than computed.
 */
export function createPostcodeTable(
  entries: Iterable<readonly [postcode: string, point: GeoPoint]>,
): PostcodeTable {
  const byPostcode = new Map<string, GeoPoint[]>();
  const givenOutward = new Map<string, GeoPoint>();
  for (const [key, point] of entries) {
    const full = fullPostcode(key);
    if (full) {
      const points = byPostcode.get(full) ?? [];
      points.push(point);
      byPostcode.set(full, points);
    } else {
      const outward = outwardCode(key);
      if (outward) givenOutward.set(outward, point);
    }
  }
  const postcodes = new Map<string, GeoPoint>();
  const byOutward = new Map<string, GeoPoint[]>();
  for (const [full, points] of byPostcode) {
    const point = centroid(points);
    postcodes.set(full, point);
    const outward = full.split(' ')[0] ?? full;
    const list = byOutward.get(outward) ?? [];
    list.push(point);
    byOutward.set(outward, list);
  }
  const outwardCodes = new Map<string, GeoPoint>();
  for (const [outward, points] of byOutward) outwardCodes.set(outward, centroid(points));
  for (const [outward, point] of givenOutward) outwardCodes.set(outward, point);
  return { postcodes, outwardCodes };
}

/** A postcode table from the venues of some activities (their postcodes and coordinates). */
export function postcodeTableFromActivities(activities: Iterable<Activity>): PostcodeTable {
  const entries: [string, GeoPoint][] = [];
  const seen = new Set<string>();
  for (const activity of activities) {
    for (const location of activity.locations) {
      if (!location.postcode || !location.point) continue;
      // A venue shared by several services counts once.
      const key = `${location.id}\u0000${location.postcode}`;
      if (seen.has(key)) continue;
      seen.add(key);
      entries.push([location.postcode, location.point]);
    }
  }
  return createPostcodeTable(entries);
}

/**
 * The point for a postcode: the full postcode's when the table has it, else
 * the centroid of its outward code (also for an outward code given alone),
 * else `undefined`.
 */
export function lookupPostcode(table: PostcodeTable, postcode: string): GeoPoint | undefined {
  const full = fullPostcode(postcode);
  if (full) {
    const point = table.postcodes.get(full);
    if (point) return point;
  }
  const outward = outwardCode(postcode);
  return outward ? table.outwardCodes.get(outward) : undefined;
}
