import type { ConsentItemConfig } from './configuration.js';

/**
 * Plain-language wording, in English and Welsh, of the five kinds of consent
 * item. Hosts compose their configuration from these (adding their partner
 * organisations and their own text version) or write their own; the
 * referral form's default consent and the demo use them.
 */
export const standardConsentItems = {
  referral: {
    id: 'referral',
    kind: 'referral',
    en: {
      text: 'Do you agree to be referred to the social prescribing service?',
      detail:
        'A link worker will read your referral and contact you to talk about what matters to you. Your GP practice keeps a note that you were referred.',
    },
    cy: {
      text: "Ydych chi'n cytuno i gael eich atgyfeirio i'r gwasanaeth presgripsiynu cymdeithasol?",
      detail:
        "Bydd gweithiwr cyswllt yn darllen eich atgyfeiriad ac yn cysylltu â chi i siarad am yr hyn sy'n bwysig i chi. Mae eich practis meddyg teulu yn cadw nodyn eich bod wedi cael eich atgyfeirio.",
    },
  },
  partners: {
    id: 'partners',
    kind: 'share-with-partners',
    en: {
      text: 'Can we share your name and contact details with these organisations so they can contact you?',
      detail: 'We share only what they need to arrange an activity with you.',
    },
    cy: {
      text: "A gawn ni rannu eich enw a'ch manylion cyswllt â'r sefydliadau hyn er mwyn iddynt gysylltu â chi?",
      detail:
        'Dim ond yr hyn sydd ei angen arnynt i drefnu gweithgaredd gyda chi y byddwn yn ei rannu.',
    },
  },
  contact: {
    id: 'contact',
    kind: 'contact',
    en: { text: 'How may we contact you?' },
    cy: { text: 'Sut y cawn gysylltu â chi?' },
  },
  followUp: {
    id: 'follow-up',
    kind: 'follow-up',
    en: { text: 'Can we contact you later to ask how it went?' },
    cy: { text: 'A gawn ni gysylltu â chi yn nes ymlaen i ofyn sut aeth pethau?' },
  },
  outcome: {
    id: 'outcome',
    kind: 'outcome-to-gp',
    en: { text: 'Can we tell your GP practice what happened after the referral?' },
    cy: {
      text: 'A gawn ni ddweud wrth eich practis meddyg teulu beth ddigwyddodd ar ôl yr atgyfeiriad?',
    },
  },
} as const satisfies Record<string, ConsentItemConfig>;
