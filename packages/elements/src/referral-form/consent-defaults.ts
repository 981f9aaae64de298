import type { ConsentConfiguration } from '../consent-capture/configuration.js';

/**
 * The consent wording a referral form asks when the host configures none:
 * referral, contact, follow-up and sharing the outcome with the GP practice,
 * in English and Welsh. Services should set their own (`consentConfiguration`),
 * approved by their data protection officer, with partner organisations named.
 */
export const defaultConsentConfiguration: ConsentConfiguration = {
  textVersion: { en: 'linkwork-en-2026-11', cy: 'linkwork-cy-2026-11' },
  items: [
    {
      id: 'referral',
      kind: 'referral',
      en: {
        text: 'Do you agree to be referred to the social prescribing service?',
        detail:
          'A link worker will read the referral and contact you to talk about what matters to you. Your GP practice keeps a note that you were referred.',
      },
      cy: {
        text: "Ydych chi'n cytuno i gael eich atgyfeirio i'r gwasanaeth presgripsiynu cymdeithasol?",
        detail:
          "Bydd gweithiwr cyswllt yn darllen yr atgyfeiriad ac yn cysylltu â chi i siarad am yr hyn sy'n bwysig i chi. Mae eich practis meddyg teulu yn cadw nodyn eich bod wedi cael eich atgyfeirio.",
      },
    },
    {
      id: 'contact',
      kind: 'contact',
      en: { text: 'How may we contact you?' },
      cy: { text: 'Sut y cawn gysylltu â chi?' },
    },
    {
      id: 'follow-up',
      kind: 'follow-up',
      en: { text: 'Can we contact you later to ask how it went?' },
      cy: { text: 'A gawn ni gysylltu â chi yn nes ymlaen i ofyn sut aeth pethau?' },
    },
    {
      id: 'outcome',
      kind: 'outcome-to-gp',
      en: { text: 'Can we tell your GP practice what happened after the referral?' },
      cy: {
        text: 'A gawn ni ddweud wrth eich practis meddyg teulu beth ddigwyddodd ar ôl yr atgyfeiriad?',
      },
    },
  ],
};
