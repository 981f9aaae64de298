import { standardConsentItems as items, type ConsentConfiguration } from '@linkwork/elements';

/**
 * What the Riverside Social Prescribing Service asks consent for, in the
 * standard wording in English and Welsh, with the partner organisations it
 * may share details with. The practice portal, the council site and the npm
 * page all show this wording.
 */
export const riversideConsent: ConsentConfiguration = {
  textVersion: { en: 'riverside-en-2026-09', cy: 'riverside-cy-2026-09' },
  partners: [
    { id: 'age-uk', name: 'Age UK Riverside' },
    { id: 'cymdeithas', name: 'Cymdeithas Gymraeg Glan-yr-Afon' },
  ],
  items: [items.referral, items.partners, items.contact, items.followUp],
};
