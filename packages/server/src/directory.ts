/**
 * The directory the server offers: Open Referral UK v3 services, served as
 * they are under `/oruk/v3` and, mapped by core's ORUK adapter, searched as
 * Linkwork activities with core's index (through the memory backend).
 */
import { readFile } from 'node:fs/promises';
import {
  createMemoryBackend,
  defaultTaxonomy,
  haversineMiles,
  mapOrukServices,
  type Activity,
  type GeoPoint,
  type MemoryBackend,
  type Taxonomy,
} from '@linkwork/core';

/** The Riverside fixture directory that the demo and the tests serve. */
export const RIVERSIDE_DIRECTORY = new URL(
  '../../../test/fixtures/riverside.oruk3.json',
  import.meta.url,
);

/** A loaded directory. */
export interface Directory {
  /** The ORUK v3 service records, in their published order. */
  readonly services: readonly OrukService[];
  /** The same services as activities (records the mapper rejects are left out). */
  readonly activities: readonly Activity[];
  /** Search, get and geocode over the activities. */
  readonly backend: MemoryBackend;
  /** Service records by id. */
  serviceById(id: string): OrukService | undefined;
}

/** An ORUK v3 service record: JSON with at least an `id`. */
export type OrukService = { readonly id: string } & Readonly<Record<string, unknown>>;

/** Options for {@link createDirectory}. */
export interface DirectoryOptions {
  readonly taxonomy?: Taxonomy;
  readonly now?: () => Date;
}

function isService(value: unknown): value is OrukService {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { id?: unknown }).id === 'string'
  );
}

/** Builds the directory from ORUK v3 service records. */
export function createDirectory(
  raw: readonly unknown[],
  options: DirectoryOptions = {},
): Directory {
  const services = raw.filter(isService);
  const activities = mapOrukServices(services, 'v3');
  const byId = new Map(services.map((service) => [service.id, service]));
  const backend = createMemoryBackend({
    activities,
    taxonomy: options.taxonomy ?? defaultTaxonomy,
    ...(options.now ? { now: options.now } : {}),
  });
  return { services, activities, backend, serviceById: (id) => byId.get(id) };
}

/** Reads ORUK v3 services (a JSON array) from a file. */
export async function readOrukServices(
  file: URL | string = RIVERSIDE_DIRECTORY,
): Promise<unknown[]> {
  const parsed: unknown = JSON.parse(await readFile(file, 'utf8'));
  if (!Array.isArray(parsed))
    throw new Error('The directory file must hold a JSON array of services');
  return parsed;
}

/** An ORUK v3 page wrapper, as ORUK servers page lists. */
export interface OrukPage<T> {
  readonly total_items: number;
  readonly total_pages: number;
  readonly page_number: number;
  readonly size: number;
  readonly first_page: boolean;
  readonly last_page: boolean;
  readonly empty: boolean;
  readonly contents: readonly T[];
}

/** One page of items in the ORUK v3 wrapper (pages from 1; a page past the end is empty). */
export function orukPage<T>(items: readonly T[], size: number, pageNumber: number): OrukPage<T> {
  const totalPages = Math.max(1, Math.ceil(items.length / size));
  const contents = items.slice((pageNumber - 1) * size, pageNumber * size);
  return {
    total_items: items.length,
    total_pages: totalPages,
    page_number: pageNumber,
    size,
    first_page: pageNumber === 1,
    last_page: pageNumber >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}

const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();

function searchableText(service: OrukService): string {
  const organisation = service.organization as { name?: unknown } | undefined;
  const attributes = Array.isArray(service.attributes) ? service.attributes : [];
  const terms = attributes.map(
    (attribute: { taxonomy_term?: { name?: unknown } }) => attribute.taxonomy_term?.name,
  );
  return fold(
    [service.name, service.description, organisation?.name, ...terms]
      .filter((part) => typeof part === 'string')
      .join(' '),
  );
}

/** ORUK `/services` filters: every word of `text` somewhere in the record; `taxonomy_term_id` among its attributes. */
export function filterServices(
  services: readonly OrukService[],
  filters: { readonly text?: string; readonly taxonomyTermId?: string },
): readonly OrukService[] {
  const words = fold(filters.text ?? '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const term = filters.taxonomyTermId;
  if (words.length === 0 && !term) return services;
  return services.filter((service) => {
    if (words.length > 0) {
      const haystack = searchableText(service);
      if (!words.every((word) => haystack.includes(word))) return false;
    }
    if (term) {
      const attributes = Array.isArray(service.attributes) ? service.attributes : [];
      return attributes.some(
        (attribute: { taxonomy_term_id?: unknown }) => attribute.taxonomy_term_id === term,
      );
    }
    return true;
  });
}

/** Metres in a statute mile: ORUK's `proximity` is in metres. */
const METRES_PER_MILE = 1609.344;

/** An ORUK v3 service-at-location list item, with its service embedded. */
export interface OrukServiceAtLocation {
  readonly id: string;
  readonly service_id: string;
  readonly location_id: string;
  readonly location: unknown;
  readonly service: OrukService;
}

interface RawServiceAtLocation {
  readonly id?: unknown;
  readonly location_id?: unknown;
  readonly location?: { readonly latitude?: unknown; readonly longitude?: unknown };
}

/**
 * ORUK `/service_at_locations`: each service's venues, with the service
 * embedded; near a point, only venues within `radiusMetres` of it.
 */
export function servicesAtLocations(
  services: readonly OrukService[],
  near?: { readonly point: GeoPoint; readonly radiusMetres: number },
): OrukServiceAtLocation[] {
  const items: OrukServiceAtLocation[] = [];
  for (const service of services) {
    const sals = Array.isArray(service.service_at_locations)
      ? (service.service_at_locations as RawServiceAtLocation[])
      : [];
    for (const sal of sals) {
      if (typeof sal.id !== 'string' || typeof sal.location_id !== 'string') continue;
      if (near) {
        const { latitude, longitude } = sal.location ?? {};
        if (typeof latitude !== 'number' || typeof longitude !== 'number') continue;
        const miles = haversineMiles(near.point, { lat: latitude, lng: longitude });
        if (miles * METRES_PER_MILE > near.radiusMetres) continue;
      }
      items.push({
        id: sal.id,
        service_id: service.id,
        location_id: sal.location_id,
        location: sal.location,
        service,
      });
    }
  }
  return items;
}
