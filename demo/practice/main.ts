/**
 * The practice portal's referral page: the portal knows the patient (from
 * its record) and the member of staff (from their sign-in), prefills the
 * referral form with them, and gives it the REST backend with the staff
 * bearer token.
 */
import '@linkwork/elements/define/lw-referral-form.js';
import { formatNhsNumber } from '@linkwork/core';
import type { ReferralDraft, ReferralForm } from '@linkwork/elements';
import { staffBackend } from '../shared/api.js';
import { formatBirthDate } from '../shared/dates.js';
import { byId, h, show } from '../shared/dom.js';
import { receiptOf } from '../shared/receipt.js';
import { requireStaff, signOut } from '../shared/session.js';

/** The patient as the practice's record holds them (a fictional patient). */
const patientRecord = {
  givenName: 'Siân',
  familyName: 'Prydderch',
  dateOfBirth: '1946-03-09',
  nhsNumber: '9991000011',
  addressLines: ['Flat 3, Afon Court', '12 Mill Street'],
  town: 'Riverside',
  postcode: 'LE7 1QT',
  phone: '0116 496 0377',
} as const;

/** The signed-in member of staff, as the portal's account knows them. */
const referrer = {
  name: 'Dr Amira Haddad',
  role: 'GP',
  organisationOdsCode: 'C99001',
  email: 'amira.haddad@riversidemedical.example',
  phone: '0116 496 0200',
} as const;

/** The answers the portal already has, in the form's draft shape. */
export function prefillFrom(record: typeof patientRecord): Partial<ReferralDraft> {
  const [year = '', month = '', day = ''] = record.dateOfBirth.split('-');
  return {
    givenName: record.givenName,
    familyName: record.familyName,
    dateOfBirth: { day: String(Number(day)), month: String(Number(month)), year },
    nhsNumber: record.nhsNumber,
    addressLines: record.addressLines.join('\n'),
    town: record.town,
    postcode: record.postcode,
    phone: record.phone,
  };
}

function renderPatient(): void {
  const name = `${patientRecord.givenName} ${patientRecord.familyName}`;
  show(byId('breadcrumb-patient'), name);
  const rows: [string, string][] = [
    ['Name', name],
    ['Born', formatBirthDate(patientRecord.dateOfBirth)],
    ['NHS number', formatNhsNumber(patientRecord.nhsNumber)],
    [
      'Address',
      [...patientRecord.addressLines, patientRecord.town, patientRecord.postcode].join('\n'),
    ],
  ];
  byId('patient').append(
    h(
      'dl',
      { class: 'details' },
      ...rows.flatMap(([term, value]) => [h('dt', {}, term), h('dd', {}, value)]),
    ),
  );
}

function confirm(detail: unknown): void {
  const receipt = receiptOf(detail);
  const box = byId('confirmation');
  box.className = 'confirmation';
  show(
    box,
    h('h2', {}, 'Referral sent'),
    receipt ? h('p', {}, 'Reference ', h('span', { class: 'reference' }, receipt.reference)) : null,
    h(
      'p',
      {},
      'The link worker will see it in their ',
      h('a', { href: '/inbox/' }, 'referrals inbox'),
      '.',
    ),
  );
  box.hidden = false;
  box.focus();
}

if (requireStaff()) {
  show(byId('signed-in-as'), `Signed in as ${referrer.name} (${referrer.role})`);
  byId('sign-out').addEventListener('click', () => signOut());
  renderPatient();
  const form = byId<ReferralForm>('referral');
  form.prefill = prefillFrom(patientRecord);
  // The documented API: the form submits through `backend` and fires `lw-submitted`.
  Object.assign(form, { backend: staffBackend() });
  form.addEventListener('lw-submitted', (event) => confirm((event as CustomEvent<unknown>).detail));
}
