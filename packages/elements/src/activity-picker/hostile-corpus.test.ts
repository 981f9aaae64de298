import { expect } from '@open-wc/testing';
import type { Activity, Backend, Page } from '@linkwork/core';
import { expectAccessible } from '../../../../test/helpers/axe.js';
import { cardNames, picker, settled, shadow, statusText } from './testing/picker-fixtures.js';

declare global {
  interface Window {
    pwned?: number;
  }
}

const SCRIPT_NAME = '<script>window.pwned = 1</script>Walk';
const IMG_ORGANISATION = '<img src=x onerror="window.pwned = 2">';
const LONG = `${'Lorem ipsum dolor sit amet '.repeat(185)}end`.slice(0, 5000);

/** Records a hostile or broken directory might send, cast past the types as a network would. */
const corpus = [
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

const hostileBackend: Backend = {
  searchActivities: async (query): Promise<Page<Activity>> => ({
    items: corpus,
    total: corpus.length,
    page: query.page ?? 1,
    size: query.size ?? 50,
    distances: { script: Number.NaN, 'data-links': -1, bare: 1.5 } as Record<string, number>,
  }),
  getActivity: () => Promise.reject(new Error('unused')),
  submitReferral: () => Promise.reject(new Error('unused')),
  recordConsent: () => Promise.reject(new Error('unused')),
  withdrawConsent: () => Promise.reject(new Error('unused')),
};

describe('<lw-activity-picker> with a hostile directory', () => {
  it('renders every usable record as inert text and skips the rest', async () => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => {
      if (!/ResizeObserver loop/.test(event.message)) errors.push(event.message);
    };
    window.addEventListener('error', onError);
    delete window.pwned;
    const el = await picker(hostileBackend);
    const root = shadow(el);
    // Repeated ids, records that are not objects and ids that are not strings are left out.
    expect(cardNames(el)).to.deep.equal([
      SCRIPT_NAME,
      'Data links',
      'Bare record',
      'Untitled activity',
      'Untitled activity',
      '\u202Egnp.exe\u202C Zalgo t̷̡̛e̴͎̓x̶̢̛t̵͈̐',
    ]);
    expect(statusText(el)).to.equal('6 activities found');
    expect(root.querySelectorAll('script, img, iframe, b, em')).to.have.length(0);
    expect(root.textContent).to.contain(IMG_ORGANISATION);
    for (const link of root.querySelectorAll('a')) {
      expect(link.getAttribute('href')).to.match(/^(https?:\/\/|tel:|mailto:)/);
    }
    expect([...root.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal([
      'https://safe.example/path',
    ]);
    // The javascript: and data: URLs are shown as words, not links.
    expect(root.textContent).to.contain('javascript:window.pwned=5');
    expect(root.textContent).to.contain('data:text/html,<script>window.pwned=7</script>');
    const summaries = [...root.querySelectorAll('.card-summary')].map(
      (p) => p.textContent?.trim() ?? '',
    );
    expect(summaries[1]!.length).to.be.at.most(201);
    expect(summaries[1]!.endsWith('…')).to.equal(true);
    for (const button of root.querySelectorAll<HTMLButtonElement>('[part="details-button"]'))
      button.click();
    await settled(el);
    expect(root.textContent).to.contain(LONG);
    expect(root.querySelectorAll('script, img, iframe, b, em')).to.have.length(0);
    expect(window.pwned).to.equal(undefined);
    expect(errors).to.deep.equal([]);
    window.removeEventListener('error', onError);
    await expectAccessible(el);
  });
});
