import { expect } from 'chai';
import { NEW_CONSENT_FIELDS } from '../validation/consent-fields.js';
import {
  CONSENT_FIELDS,
  CONSENT_WITHDRAWAL_FIELDS,
} from '../validation/consent-withdrawal-fields.js';
import { REFERRAL_FIELDS } from '../validation/fields.js';
import {
  activityPickerEn,
  addMessages,
  commonEn,
  consentCaptureEn,
  consentValidationEn,
  consentWithdrawalValidationEn,
  en,
  errorMessage,
  isLocaleLoaded,
  loadLocale,
  message,
  referralFormEn,
  referralValidationEn,
  validationCommonEn,
  type MessageKey,
} from './index.js';

describe('messages', () => {
  // Order matters: the first test runs before Welsh is loaded in this module.
  it('fall back to English until Welsh is loaded, then speak Welsh', async () => {
    expect(isLocaleLoaded('en')).to.equal(true);
    expect(isLocaleLoaded('cy')).to.equal(false);
    expect(message('patient.nhsNumber.length', {}, 'cy')).to.equal('NHS number must be 10 digits');
    const loading = loadLocale('cy');
    expect(loadLocale('cy')).to.equal(loading); // one import, however many callers
    await loading;
    expect(isLocaleLoaded('cy')).to.equal(true);
    expect(message('patient.nhsNumber.length', {}, 'cy')).to.equal(
      "Mae'n rhaid i'r rhif GIG fod yn 10 digid",
    );
    await loadLocale('en');
  });

  it('word a sample of errors in Welsh', async () => {
    await loadLocale('cy');
    const sample: [string, Parameters<typeof errorMessage>[1], Record<string, number>, string][] = [
      ['patient.nhsNumber', 'required', {}, 'Rhowch rif GIG y claf'],
      ['patient.nhsNumber', 'format', {}, 'Rhowch rif GIG yn y fformat cywir'],
      ['patient.dateOfBirth', 'future', {}, "Mae'n rhaid i'r dyddiad geni fod yn y gorffennol"],
      ['patient.dateOfBirth', 'invalid-date', {}, 'Rhowch ddyddiad geni go iawn'],
      [
        'patient.dateOfBirth',
        'too-young',
        { minimumAge: 18 },
        "Mae'n rhaid i'r claf fod yn 18 oed neu'n hŷn",
      ],
      ['patient.address.postcode', 'format', {}, 'Rhowch god post go iawn'],
      ['patient.phone', 'not-a-mobile', {}, 'Rhowch rif ffôn symudol ar gyfer negeseuon testun'],
      [
        'patient.familyName',
        'too-long',
        { max: 100 },
        "Mae'n rhaid i'r cyfenw fod yn 100 nod neu lai",
      ],
      ['notes', 'too-long', { max: 2000 }, "Mae'n rhaid i'r nodiadau fod yn 2,000 nod neu lai"],
      ['reasons.3', 'unknown-term', {}, "Dewiswch reswm o'r rhestr"],
      [
        'consent.referral',
        'must-be-true',
        {},
        "Mae'n rhaid i'r claf gytuno i'r atgyfeiriad cyn y gallwch ei anfon",
      ],
    ];
    for (const [path, code, params, expected] of sample) {
      expect(errorMessage(path, code, params, 'cy'), `${path} ${code}`).to.equal(expected);
    }
  });

  it('word errors in English, GOV.UK style', () => {
    expect(errorMessage('patient.nhsNumber', 'required')).to.equal(
      "Enter the patient's NHS number",
    );
    expect(errorMessage('patient.nhsNumber', 'format')).to.equal(
      'Enter an NHS number in the correct format',
    );
    expect(errorMessage('patient.nhsNumber', 'length')).to.equal('NHS number must be 10 digits');
    expect(errorMessage('patient.dateOfBirth', 'future')).to.equal(
      'Date of birth must be in the past',
    );
    expect(errorMessage('patient.dateOfBirth', 'invalid-date')).to.equal(
      'Enter a real date of birth',
    );
    expect(errorMessage('patient.address.lines.2', 'too-long', { line: 3, max: 100 })).to.equal(
      'Address line 3 must be 100 characters or less',
    );
  });

  it('use general messages for wrong types and unknown fields', () => {
    expect(errorMessage('patient.phone', 'type')).to.equal(en['error.type']);
    expect(errorMessage('patient.shoeSize', 'format')).to.equal(en['error.unknown']);
    expect(errorMessage('patient.phone', 'checksum')).to.equal(en['error.unknown']);
  });

  it('fill parameters and leave unknown ones visible', () => {
    expect(message('notes.too-long', { max: 12345 })).to.equal(
      'Notes must be 12,345 characters or less',
    );
    expect(message('notes.too-long')).to.equal('Notes must be {max} characters or less');
    expect(message('patient.address.lines.N.required', { line: 'two' })).to.equal(
      'Address line two cannot be blank',
    );
  });

  it("carry a component's English words only once the component adds them", () => {
    const key = 'referral-form.step.patient.staff';
    // Validation alone does not bring the components' words.
    expect(Object.hasOwn(en, key)).to.equal(false);
    addMessages(referralFormEn);
    expect(message(key)).to.equal('About the patient');
  });

  it('have a message for every field and reason validation reports, in both languages', async () => {
    await loadLocale('cy');
    // All the English: validation's, and every component's words.
    const english: Record<string, string> = {
      ...en,
      ...commonEn,
      ...referralFormEn,
      ...activityPickerEn,
      ...consentCaptureEn,
    };
    const keys = Object.keys(english) as MessageKey[];
    for (const [field, codes] of Object.entries(REFERRAL_FIELDS)) {
      for (const code of codes) {
        const key = `${field === '' ? 'referral' : field}.${code}`;
        expect(keys, key).to.include(key);
      }
    }
    const { cy } = await import('./cy.js');
    expect(Object.keys(cy).sort()).to.deep.equal([...keys].sort());
    for (const key of keys) {
      expect(english[key]!.trim(), key).not.to.equal('');
      expect(cy[key].trim(), key).not.to.equal('');
      // Same parameters in both languages.
      const params = (text: string): string[] =>
        [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
      expect(params(cy[key]), key).to.deep.equal(params(english[key]!));
    }
  });
});

describe('messages for people referring themselves', () => {
  it('replace only messages that mention the patient, and exist in both languages', async () => {
    expect(errorMessage('patient.nhsNumber', 'required', {}, 'en', 'self')).to.equal(
      'Enter your NHS number',
    );
    expect(errorMessage('patient.nhsNumber', 'checksum', {}, 'en', 'self')).to.equal(
      errorMessage('patient.nhsNumber', 'checksum'),
    );
    await loadLocale('cy');
    expect(errorMessage('patient.address.postcode', 'required', {}, 'cy', 'self')).to.equal(
      'Rhowch eich cod post',
    );
    const fieldKeys = new Set(Object.keys(en));
    for (const key of Object.keys(en).filter((k) => k.startsWith('self.'))) {
      expect(fieldKeys.has(key.slice('self.'.length)), key).to.equal(true);
    }
  });
});

describe('validation messages, in sections', () => {
  it('make up the validation catalogue: the general words, consent, its withdrawals, the rest of the referral', () => {
    const sections = [
      validationCommonEn,
      referralValidationEn,
      consentValidationEn,
      consentWithdrawalValidationEn,
    ];
    expect(Object.assign({}, ...sections)).to.deep.equal(en);
    const keys = sections.flatMap((section) => Object.keys(section));
    expect(new Set(keys).size, 'no key in two sections').to.equal(keys.length);
  });

  it("keep consent's messages apart from the referral's, and withdrawals' apart from a new consent's", () => {
    for (const key of Object.keys(consentValidationEn)) {
      expect(key, key).to.match(/^(self\.)?consent(\.|$)/);
      expect(key, key).to.not.match(/^(self\.)?consent\.(withdrawn|partialWithdrawals)\.(N|at|by)/);
    }
    for (const key of Object.keys(consentWithdrawalValidationEn)) {
      expect(key, key).to.match(/^(self\.)?consent\.(withdrawn|partialWithdrawals)\.(N|at|by)/);
    }
    for (const key of Object.keys(referralValidationEn)) {
      expect(key, key).to.not.match(/^(self\.)?consent(\.|$)/);
    }
    expect(Object.keys(validationCommonEn).sort()).to.deep.equal([
      'error.characters',
      'error.type',
      'error.unknown',
      'summary.title',
    ]);
  });

  it('have a message for every consent field and reason, in the section of its table', () => {
    const tables = [
      [NEW_CONSENT_FIELDS, consentValidationEn],
      [CONSENT_WITHDRAWAL_FIELDS, consentWithdrawalValidationEn],
    ] as const;
    for (const [table, section] of tables) {
      for (const [field, codes] of Object.entries(table)) {
        for (const code of codes as readonly string[]) {
          expect(Object.keys(section), `${field}.${code}`).to.include(`${field}.${code}`);
        }
      }
    }
    expect(Object.keys(CONSENT_FIELDS)).to.deep.equal([
      ...Object.keys(NEW_CONSENT_FIELDS),
      ...Object.keys(CONSENT_WITHDRAWAL_FIELDS),
    ]);
  });
});
