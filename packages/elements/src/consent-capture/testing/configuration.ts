import type { Consent } from '@linkwork/core';
import type { ConsentConfiguration } from '../configuration.js';
import { standardConsentItems as items } from '../standard-items.js';

/** A realistic host configuration in English and Welsh, for tests and stories. */
export const sampleConfiguration: ConsentConfiguration = {
  textVersion: { en: 'en-2026-09', cy: 'cy-2026-09' },
  partners: [
    { id: 'carers', name: 'Leicester Carers Centre' },
    { id: 'age-uk', name: 'Age UK Leicester Shire & Rutland' },
  ],
  items: [items.referral, items.partners, items.contact, items.followUp, items.outcome],
};

/** A consent the patient gave online to `sampleConfiguration`'s wording in `locale`: referral, contact by letter. */
export const sampleSavedConsent = (locale: 'en' | 'cy' = 'en'): Consent => ({
  referral: true,
  shareWithProviders: false,
  contactBy: ['letter'],
  givenBy: { type: 'patient' },
  method: 'online',
  at: '2026-10-01T09:30:00Z',
  textVersion: sampleConfiguration.textVersion[locale]!,
  textSha256: 'c'.repeat(64),
});
