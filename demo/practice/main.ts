/**
 * The practice portal's referral page: the portal knows the patient (from
 * its record) and the member of staff (from their sign-in), prefills the
 * referral form with both, and gives it the REST backend with the staff
 * bearer token, and the council's directory for shortlisting activities.
 */
import '@linkwork/elements/define/lw-referral-form.js';
import { formatNhsNumber } from '@linkwork/core';
import type { ReferralForm, ReferralPrefill } from '@linkwork/elements';
import { orukDirectory, staffBackend } from '../shared/api.js';
import { riversideConsent } from '../shared/consent.js';
import { formatBirthDate } from '../shared/dates.js';
import { byId, h, show } from '../shared/dom.js';
import { requireStaff, signOut } from '../shared/session.js';

/** The patient as the practice's record holds them (a fictional patient). */
const patientRecord = {
  givenName: 'Siân',
  familyName: 'Prydderch',
  dateOfBirth: '1946-03-09',
  nhsNumber: '9991000011',
  address: {
    lines: ['Flat 3, Afon Court', '12 Mill Street'],
    town: 'Riverside',
    postcode: 'LE7 1QT',
  },
  phone: '0116 496 0377',
  language: 'cy',
} as const;

/** The signed-in member of staff, as the portal's account knows them. */
const referrer = {
  name: 'Dr Amira Haddad',
  role: 'GP',
  organisationOdsCode: 'C99001',
  email: 'amira.haddad@riversidemedical.example',
  phone: '0116 496 0200',
} as const;

function renderPatient(): void {
  const name = `${patientRecord.givenName} ${patientRecord.familyName}`;
  show(byId('breadcrumb-patient'), name);
  const { lines, town, postcode } = patientRecord.address;
  const rows: [string, string][] = [
    ['Name', name],
    ['Born', formatBirthDate(patientRecord.dateOfBirth)],
    ['NHS number', formatNhsNumber(patientRecord.nhsNumber)],
    ['Address', [...lines, town, postcode].join('\n')],
  ];
  byId('patient').append(
    h(
      'dl',
      { class: 'details' },
      ...rows.flatMap(([term, value]) => [h('dt', {}, term), h('dd', {}, value)]),
    ),
  );
}

if (requireStaff()) {
  show(byId('signed-in-as'), `Signed in as ${referrer.name} (${referrer.role})`);
  byId('sign-out').addEventListener('click', () => signOut());
  renderPatient();
  const form = byId<ReferralForm>('referral');
  form.prefill = { patient: patientRecord, referrer } satisfies ReferralPrefill;
  form.backend = staffBackend();
  form.directory = orukDirectory();
  form.consentConfiguration = riversideConsent;
  // The portal notes the referral in the patient's record, as a practice system would.
  form.addEventListener('lw-submitted', (event) => {
    const note = byId('record-note');
    show(note, `Referred to social prescribing today: ${event.detail.receipt.reference}`);
    note.hidden = false;
  });
}
