import type { Activity, Backend, Page } from '@linkwork/core';

/*
 * A hostile or broken directory, for tests and stories: script in names,
 * javascript: and data: links, a 5,000-character description, missing
 * fields, impossible coordinates and schedules, duplicate and non-string ids,
 * records that are not records at all.
 */

/** A name with a script element in it: it must show as these very characters. */
export const SCRIPT_NAME = '<script>window.pwned = 1</script>Walk';
/** An organisation name that is an image with an error handler. */
export const IMG_ORGANISATION = '<img src=x onerror="window.pwned = 2">';
/** A 5,000-character description. */
export const LONG = `${'Lorem ipsum dolor sit amet '.repeat(185)}end`.slice(0, 5000);

/** Records a hostile or broken directory might send, cast past the types as a network would. */
export const hostileCorpus = [
  {
    id: 'script',
    name: SCRIPT_NAME,
    organisation: { name: IMG_ORGANISATION, url: 'javascript:window.pwned=3' },
    description: '<b onmouseover="window.pwned=4">bold</b>\n\n<iframe src="javascript:1"></iframe>',
    status: 'active',
    taxonomyTermIds: [],
    locations: [],
    modes: ['in-person'],
    schedules: [],
    costs: [],
    eligibility: {},
    languages: [],
    url: 'javascript:window.pwned=5',
    email: 'javascript:alert(1)//@x.example',
    contacts: [{ phones: [{ number: 'javascript:window.pwned=6' }] }],
  },
  {
    id: 'data-links',
    name: 'Data links',
    organisation: { name: 'Org' },
    description: LONG,
    status: 'active',
    taxonomyTermIds: [],
    locations: [],
    modes: [],
    schedules: [],
    costs: [],
    eligibility: {},
    languages: [],
    url: 'data:text/html,<script>window.pwned=7</script>',
    email: 'x@y.example?body=<script>',
    contacts: [],
  },
  {
    id: 'script',
    name: 'Duplicate of the first id',
    organisation: { name: 'Org' },
    description: '',
    status: 'active',
  },
  { id: 'bare', name: 'Bare record' },
  { id: 'no-name' },
  {
    id: 'impossible',
    name: 42,
    organisation: 'not an object',
    description: null,
    status: 'active',
    locations: [
      null,
      {
        id: 'l',
        addressLines: 'not a list',
        point: { lat: 999, lng: Number.NaN },
        accessibility: [null, { feature: 7 }],
      },
    ],
    modes: 'online',
    schedules: [
      null,
      {
        id: 's',
        freq: 'WEEKLY',
        interval: 0,
        byDay: [{ day: 'XX' }],
        byMonthDay: [],
        opensAt: '99:99',
        closesAt: 'soon',
        mode: 'in-person',
      },
      {
        id: 't',
        freq: 'YEARLY',
        interval: -1,
        byDay: 'TU',
        byMonthDay: [400],
        mode: 'in-person',
        description: '<em>Ask</em>',
      },
    ],
    costs: [
      null,
      { kind: 'fixed', amountPence: Number.NaN },
      { kind: 'fixed', amountPence: -5 },
      { kind: 'barter' },
    ],
    eligibility: { minimumAge: 'eighteen', maximumAge: -3 },
    languages: [null, 7, 'xx-invalid-!!'],
    contacts: [null, { phones: 'none' }],
  },
  null,
  'a string, not a record',
  { id: 7, name: 'Numeric id' },
  {
    id: 'rtl',
    name: '\u202Egnp.exe\u202C Zalgo t̷̡̛e̴͎̓x̶̢̛t̵͈̐',
    organisation: { name: '👩‍👩‍👧 Family' },
    description: 'Short',
    status: 'active',
    url: ' HTTPS://Safe.Example/path ',
  },
] as unknown as Activity[];

/** A backend that answers every search with the whole corpus, and broken distances. */
export const hostileBackend: Backend = {
  searchActivities: async (query): Promise<Page<Activity>> => ({
    items: hostileCorpus,
    total: hostileCorpus.length,
    page: query.page ?? 1,
    size: query.size ?? 50,
    distances: { script: Number.NaN, 'data-links': -1, bare: 1.5 } as Record<string, number>,
  }),
  getActivity: () => Promise.reject(new Error('unused')),
  submitReferral: () => Promise.reject(new Error('unused')),
  recordConsent: () => Promise.reject(new Error('unused')),
  withdrawConsent: () => Promise.reject(new Error('unused')),
};
