/**
 * Distinct, valid, varied referrals for the gates: the shared fixture's 16
 * valid referrals as templates, each copy with its own patient (name, date
 * of birth, test-range NHS number), its own notes and a tag in the notes
 * (`[gate node-017]`) that makes every referral's content unique, so a
 * referral stored twice under two keys shows up as the same tag twice.
 * Deterministic: the same seed gives the same referrals.
 */
import { readFileSync } from 'node:fs';
import { testNhsNumber } from '../fixtures/lib/nhs.mjs';
import { seededRandom } from './fault-proxy.mjs';

const VALID = JSON.parse(
  readFileSync(new URL('../fixtures/referrals.valid.json', import.meta.url), 'utf8'),
);

const GIVEN = [
  'Siân',
  'Dafydd',
  'Aoife',
  'Zoë',
  'Kwame',
  'Li',
  'Tomasz',
  'Ana María',
  'Precious',
  'Harold',
  'Rhiannon',
  'Émile',
];
const FAMILY = [
  'Prydderch',
  'ap Gruffydd',
  "O'Brien",
  'Nowak',
  'Mensah',
  'Wei',
  'Núñez',
  'Moyo',
  'Jenkins',
  'Hughes-Evans',
  'Okafor',
  'Lefèvre',
];
const NOTES = [
  'Lives alone since a bereavement; would like company.',
  'Keen gardener, no longer able to manage the allotment alone.',
  'Recently moved to Riverside and knows nobody yet.',
  'Carer for a parent; needs time for herself.',
  'Low mood over the winter; enjoys walking.',
  '',
];

/** The tag a referral carries in its notes. */
export const tagOf = (half, index) => `[gate ${half}-${String(index).padStart(3, '0')}]`;

/** Reads the tag back from a stored referral's notes. */
export const tagIn = (notes) => /\[gate [a-z]+-\d{3}\]/.exec(notes ?? '')?.[0];

const pick = (random, list) => list[Math.floor(random() * list.length)];

/** A date of birth from 1930 to 2004 (everyone is an adult on 26 November 2026). */
function dateOfBirth(random) {
  const year = 1930 + Math.floor(random() * 75);
  const month = 1 + Math.floor(random() * 12);
  const day = 1 + Math.floor(random() * 28);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** `count` referrals ready for `submitReferral`, tagged `half`. */
export function makeReferrals({ half, count, seed }) {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, index) => {
    const template = structuredClone(VALID[index % VALID.length]);
    const notes = `${pick(random, NOTES)} ${tagOf(half, index)}`.trim();
    return {
      ...template,
      patient: {
        ...template.patient,
        givenName: pick(random, GIVEN),
        familyName: pick(random, FAMILY),
        dateOfBirth: dateOfBirth(random),
        nhsNumber: testNhsNumber(100_000 + seed * 1000 + index * 3),
      },
      notes,
    };
  });
}

/** Taxonomy needs the browser half picks from (ids of needs in test/fixtures/taxonomy.json). */
const NEEDS = [
  'b196bb38-ff68-56a9-931b-338925c09ba4',
  '1d1c9e0b-e582-52f2-9946-b8344752e273',
  'f7764ec7-3bdf-5b7b-9f0a-9d2e924d2d49',
  '88fd7071-02b4-5ddf-93fb-20b4f2ff7ab4',
  '7b2ea386-6b93-569b-84c2-d4e68c3b750c',
];

/**
 * What a practice portal knows for `count` staff referrals (everything but
 * consent, which the person gives in the form), plus the consent choices the
 * browser makes in the form: `channels` by position (0 phone, 3 letter).
 */
export function makePrefills({ half, count, seed }) {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, index) => {
    const reasons = [...new Set([pick(random, NEEDS), pick(random, NEEDS)])];
    return {
      prefill: {
        referrer: {
          name: pick(random, ['Dr Amira Haddad', 'Dr Priya Shah', 'Nurse Gareth Lloyd']),
          role: pick(random, ['GP', 'Practice nurse']),
          organisationOdsCode: 'C99001',
          email: 'referrals@riversidemedical.example',
        },
        patient: {
          givenName: pick(random, GIVEN),
          familyName: pick(random, FAMILY),
          dateOfBirth: dateOfBirth(random),
          nhsNumber: testNhsNumber(300_000 + seed * 1000 + index * 3),
          address: { lines: [`${1 + index} Mill Street`], town: 'Riverside', postcode: 'LE7 1QT' },
          phone: `07700 900${String(index % 1000).padStart(3, '0')}`,
          preferredContact: 'phone',
        },
        reasons,
        notes: `${pick(random, NOTES)} ${tagOf(half, index)}`.trim(),
        urgency: random() < 0.2 ? 'urgent' : 'routine',
      },
      channels: random() < 0.5 ? [0] : [0, 3],
    };
  });
}
