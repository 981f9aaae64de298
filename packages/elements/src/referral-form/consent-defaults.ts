import type { ConsentConfiguration } from '../consent-capture/configuration.js';
import { standardConsentItems as items } from '../consent-capture/standard-items.js';

/**
 * The consent a referral form asks when the host configures none: referral,
 * contact, follow-up and sharing the outcome with the GP practice, in the
 * standard wording. Services should set their own (`consentConfiguration`),
 * approved by their data protection officer, with partner organisations named.
 */
export const defaultConsentConfiguration: ConsentConfiguration = {
  textVersion: { en: 'linkwork-en-2026-11', cy: 'linkwork-cy-2026-11' },
  items: [items.referral, items.contact, items.followUp, items.outcome],
};
