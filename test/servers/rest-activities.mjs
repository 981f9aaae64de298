/**
 * The REST test server's directory: the shared Riverside fixtures (ORUK v3)
 * turned into Linkwork `Activity` records, plus a postcode table for geocoding.
 * A small, test-only conversion: the real ORUK adapter lives in src/oruk.
 */
import { readFile } from 'node:fs/promises';

const ATTENDING = {
  'In person': 'in-person',
  Online: 'online',
  'By phone': 'phone',
  'Home visit': 'home-visit',
};

/** `10:00:00` → `10:00`. */
const hhmm = (time) => (typeof time === 'string' ? time.slice(0, 5) : undefined);

/** Copies the defined values only, so optional fields stay absent. */
function defined(record) {
  return Object.fromEntries(
    Object.entries(record).filter(([, value]) => value !== undefined && value !== null),
  );
}

function byDay(text) {
  if (!text) return [];
  return text.split(',').map((part) => {
    const match = /^(-?\d)?(MO|TU|WE|TH|FR|SA|SU)$/.exec(part.trim());
    if (!match) throw new Error(`Unexpected byday ${part}`);
    return defined({
      day: match[2],
      ordinal: match[1] === undefined ? undefined : Number(match[1]),
    });
  });
}

function cost(option) {
  const shared = { label: option.option, description: option.amount_description };
  if (option.amount === undefined || option.amount === null)
    return defined({ kind: 'pay-what-you-can', ...shared });
  if (option.amount === 0) return defined({ kind: 'free', ...shared });
  return defined({ kind: 'fixed', amountPence: Math.round(option.amount * 100), ...shared });
}

/** One ORUK v3 service as a Linkwork Activity. */
export function toActivity(service) {
  const locationIdBySal = new Map(
    service.service_at_locations.map((sal) => [sal.id, sal.location_id]),
  );
  const schedules = service.schedules.map((s) =>
    defined({
      id: s.id,
      freq: s.freq,
      interval: s.interval,
      byDay: byDay(s.byday),
      byMonthDay: s.bymonthday ? String(s.bymonthday).split(',').map(Number) : [],
      dtstart: s.dtstart,
      validFrom: s.valid_from,
      validTo: s.valid_to,
      opensAt: hhmm(s.opens_at),
      closesAt: hhmm(s.closes_at),
      mode: ATTENDING[s.attending_type] ?? 'in-person',
      locationId: s.service_at_location_id
        ? locationIdBySal.get(s.service_at_location_id)
        : undefined,
      description: s.description,
      notes: s.notes,
    }),
  );
  const locations = service.service_at_locations.map(({ location }) => {
    const address = location.addresses[0];
    return defined({
      id: location.id,
      name: location.name,
      addressLines: address ? [address.address_1] : [],
      town: address?.city,
      postcode: address?.postal_code,
      point:
        typeof location.latitude === 'number'
          ? { lat: location.latitude, lng: location.longitude }
          : undefined,
      accessibility: location.accessibility.map((a) =>
        defined({ feature: a.accessibility, description: a.description }),
      ),
    });
  });
  const modes = [...new Set(schedules.map((s) => s.mode))];
  return defined({
    id: service.id,
    name: service.name,
    organisation: defined({
      id: service.organization.id,
      name: service.organization.name,
      url: service.organization.website,
    }),
    description: service.description,
    status: service.status === 'temporarily closed' ? 'temporarily-closed' : service.status,
    alert: service.alert,
    taxonomyTermIds: service.attributes.map((a) => a.taxonomy_term_id),
    locations,
    modes: modes.length > 0 ? modes : locations.length > 0 ? ['in-person'] : [],
    schedules,
    costs: service.cost_options.map(cost),
    eligibility: defined({
      minimumAge: service.minimum_age,
      maximumAge: service.maximum_age,
      description: service.eligibility_description,
    }),
    languages: service.languages.map((l) => l.code),
    url: service.url,
    email: service.email,
    contacts: service.contacts.map((c) =>
      defined({
        name: c.name,
        title: c.title,
        email: c.email,
        phones: (c.phones ?? []).map((p) =>
          defined({ number: p.number, description: p.description }),
        ),
      }),
    ),
    applicationProcess: service.application_process,
    lastModified: service.last_modified,
  });
}

/** Normalised postcode key: upper case, no spaces. */
export const postcodeKey = (postcode) => postcode.replace(/\s+/g, '').toUpperCase();

/** Loads the Riverside directory as Activities and a postcode → point table. */
export async function loadRiverside() {
  const url = new URL('../fixtures/riverside.oruk3.json', import.meta.url);
  const services = JSON.parse(await readFile(url, 'utf8'));
  const activities = services.map(toActivity);
  const postcodes = new Map();
  for (const activity of activities) {
    for (const location of activity.locations) {
      if (location.postcode && location.point)
        postcodes.set(postcodeKey(location.postcode), location.point);
    }
  }
  return { activities, postcodes };
}
