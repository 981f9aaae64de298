import type { GeoPoint } from '../model/activity.js';

/** Mean radius of the Earth in statute miles (IUGG mean radius, 6,371.0088 km). */
const EARTH_RADIUS_MILES = 3958.7613;

const RADIANS = Math.PI / 180;

/** Great-circle distance between two WGS84 points, in miles (haversine formula). */
export function haversineMiles(from: GeoPoint, to: GeoPoint): number {
  const dLat = (to.lat - from.lat) * RADIANS;
  const dLng = (to.lng - from.lng) * RADIANS;
  const a =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(from.lat * RADIANS) * Math.cos(to.lat * RADIANS) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_MILES * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** True for a finite latitude in [-90, 90] and longitude in [-180, 180]. */
export function isGeoPoint(point: { readonly lat: unknown; readonly lng: unknown }): boolean {
  const { lat, lng } = point;
  return (
    typeof lat === 'number' &&
    typeof lng === 'number' &&
    Number.isFinite(lat) &&
    Number.isFinite(lng) &&
    Math.abs(lat) <= 90 &&
    Math.abs(lng) <= 180
  );
}
