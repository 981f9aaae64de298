/**
 * The link worker's inbox: GET /referrals through core's REST adapter (with
 * the staff token), newest first, each referral with its consent. Everything
 * is rendered as text.
 */
import {
  defaultTaxonomy,
  formatDate,
  formatNhsNumber,
  formatTime,
  termLabel,
  Unauthorised,
  type Activity,
  type Consent,
  type Referral,
  type ReferralRecord,
} from '@linkwork/core';
import { orukDirectory, staffBackend } from '../shared/api.js';
import { formatBirthDate } from '../shared/dates.js';
import { byId, h, show } from '../shared/dom.js';
import { requireStaff, signInUrl, signOut } from '../shared/session.js';

const PAGE_SIZE = 20;

const yesNo = (value: boolean | undefined): string =>
  value === undefined ? 'Not asked' : value ? 'Yes' : 'No';

const when = (iso: string): string => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : `${formatDate(date, 'en')}, ${formatTime(date, 'en')}`;
};

const CHANNELS: Record<string, string> = {
  phone: 'Phone',
  text: 'Text message',
  email: 'Email',
  letter: 'Letter',
};
const channels = (list: readonly string[] | undefined): string =>
  list && list.length > 0 ? list.map((channel) => CHANNELS[channel] ?? channel).join(', ') : 'None';

function details(rows: readonly (readonly [string, string | undefined])[]): HTMLDListElement {
  return h(
    'dl',
    { class: 'details' },
    ...rows
      .filter((row): row is readonly [string, string] => row[1] !== undefined && row[1] !== '')
      .flatMap(([term, value]) => [h('dt', {}, term), h('dd', {}, value)]),
  );
}

function givenBy(consent: Consent): string {
  const who = consent.givenBy;
  switch (who.type) {
    case 'patient':
      return 'The patient';
    case 'proxy':
      return `${who.name} (${who.relationship}) on the patient's behalf`;
    case 'best-interests':
      return `Best-interests decision by ${who.decisionMaker}`;
  }
}

function consentSection(consent: Consent): HTMLElement {
  const partners = (consent.partners ?? [])
    .map((partner) => `${partner.name}: ${partner.agreed ? 'agreed' : 'did not agree'}`)
    .join('\n');
  return h(
    'section',
    { class: 'consent' },
    h(
      'h3',
      {},
      'Consent ',
      consent.withdrawn ? h('span', { class: 'tag tag--withdrawn' }, 'Withdrawn') : null,
    ),
    details([
      ['Referral', consent.referral ? 'Agreed' : 'Not agreed'],
      ['Share with partner organisations', yesNo(consent.shareWithProviders)],
      ['Partners', partners || undefined],
      ['Contact by', channels(consent.contactBy)],
      ['Follow-up later', yesNo(consent.followUp)],
      ['Outcome to GP', yesNo(consent.shareOutcomeWithGp)],
      ['Given by', givenBy(consent)],
      [
        'How',
        `${consent.method[0]?.toUpperCase()}${consent.method.slice(1)}${
          consent.recordedBy ? `, recorded by ${consent.recordedBy}` : ''
        }, ${when(consent.at)}`,
      ],
      ['Wording', consent.textVersion],
      [
        'Withdrawn',
        consent.withdrawn ? `${when(consent.withdrawn.at)} by ${consent.withdrawn.by}` : undefined,
      ],
    ]),
  );
}

function referralItem(
  record: ReferralRecord,
  activityNames: ReadonlyMap<string, string>,
): HTMLLIElement {
  const referral: Referral = record.referral;
  const { patient } = referral;
  const name = `${patient.givenName} ${patient.familyName}`;
  const from =
    referral.source === 'staff' && referral.referrer
      ? `Referred by ${referral.referrer.name}, ${referral.referrer.role} (${referral.referrer.organisationOdsCode})`
      : 'Self-referral';
  const address = [...(patient.address.lines ?? []), patient.address.town, patient.address.postcode]
    .filter(Boolean)
    .join('\n');
  const reasons = referral.reasons
    .map((id) => termLabel(defaultTaxonomy, id, 'en') ?? id)
    .join('\n');
  const activities = (referral.activities ?? [])
    .map((id) => activityNames.get(id) ?? id)
    .join('\n');
  const consent = referral.consent;
  return h(
    'li',
    { class: 'card referral', 'data-reference': record.reference },
    h('h2', {}, name),
    h(
      'p',
      { class: 'referral__meta' },
      `${record.reference} · received ${when(record.receivedAt)} · ${from}`,
      referral.urgency === 'urgent' ? ' · Urgent' : '',
    ),
    details([
      ['Needs', reasons],
      ['Shortlisted', activities || undefined],
      [
        'Consent',
        consent.withdrawn
          ? `Withdrawn ${when(consent.withdrawn.at)}`
          : `${consent.referral ? 'Agreed to referral' : 'Not agreed'}; contact by ${channels(consent.contactBy).toLowerCase()}; sharing with partners: ${yesNo(consent.shareWithProviders).toLowerCase()}`,
      ],
    ]),
    h(
      'details',
      { class: 'referral__more' },
      h(
        'summary',
        {},
        'Patient details and consent record',
        h('span', { class: 'visually-hidden' }, ` for ${name}`),
      ),
      h('h3', {}, 'Patient'),
      details([
        ['Born', formatBirthDate(patient.dateOfBirth)],
        ['NHS number', patient.nhsNumber ? formatNhsNumber(patient.nhsNumber) : undefined],
        ['Address', address],
        ['Phone', patient.phone],
        ['Email', patient.email],
        ['Prefers', CHANNELS[patient.preferredContact] ?? patient.preferredContact],
        ['Language', patient.language],
        ['Accessibility', patient.accessibilityNeeds],
        ['Notes', referral.notes],
      ]),
      consentSection(consent),
    ),
  );
}

/** Names of the shortlisted activities, from the directory (fetched once, then cached). */
async function activityNamesFor(records: readonly ReferralRecord[]): Promise<Map<string, string>> {
  const ids = [...new Set(records.flatMap((record) => record.referral.activities ?? []))];
  const directory = orukDirectory();
  const found = await Promise.allSettled(ids.map((id) => directory.getActivity(id)));
  return new Map(
    found
      .filter((result): result is PromiseFulfilledResult<Activity> => result.status === 'fulfilled')
      .map(({ value }) => [value.id, value.name]),
  );
}

async function load(page: number): Promise<void> {
  const status = byId('status');
  show(status, 'Loading referrals…');
  try {
    const result = await staffBackend().listReferrals({ page, size: PAGE_SIZE });
    const names = await activityNamesFor(result.items);
    show(byId('referrals'), ...result.items.map((record) => referralItem(record, names)));
    const pages = Math.max(1, Math.ceil(result.total / PAGE_SIZE));
    show(
      status,
      result.total === 1 ? '1 referral' : `${result.total} referrals`,
      pages > 1 ? `, page ${page} of ${pages}` : '',
    );
    show(
      byId('pagination'),
      page > 1 ? h('a', { href: `?page=${page - 1}`, rel: 'prev' }, 'Newer referrals') : null,
      page < pages ? h('a', { href: `?page=${page + 1}`, rel: 'next' }, 'Older referrals') : null,
    );
  } catch (error) {
    if (error instanceof Unauthorised) {
      signOut();
      location.replace(signInUrl());
      return;
    }
    show(
      status,
      'The inbox could not be loaded. Check that the demo server is running, then try again.',
    );
  }
}

if (requireStaff()) {
  byId('sign-out').addEventListener('click', () => signOut());
  const requested = Number(new URLSearchParams(location.search).get('page') ?? '1');
  const page = Number.isInteger(requested) && requested >= 1 ? requested : 1;
  byId('refresh').addEventListener('click', () => void load(page));
  void load(page);
}
