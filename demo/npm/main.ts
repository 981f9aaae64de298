/**
 * A consumer of the npm packages: one define module from @linkwork/elements
 * and core's REST adapter, bundled by Vite from the built packages. The
 * consent given is recorded with POST /api/consents.
 */
import '@linkwork/elements/define/lw-consent-capture.js';
import { newIdempotencyKey } from '@linkwork/core';
import type { ConsentConfiguration, LwConsentCapture } from '@linkwork/elements';
import { publicBackend } from '../shared/api.js';
import { byId, show } from '../shared/dom.js';

/** What the service asks, in its own words (English and Welsh). */
const configuration: ConsentConfiguration = {
  textVersion: { en: 'riverside-en-2026-09', cy: 'riverside-cy-2026-09' },
  partners: [{ id: 'age-uk', name: 'Age UK Riverside' }],
  items: [
    {
      id: 'referral',
      kind: 'referral',
      en: {
        text: 'Do you agree to be referred to the social prescribing service?',
        detail: 'A link worker will read your referral and contact you.',
      },
      cy: {
        text: "Ydych chi'n cytuno i gael eich atgyfeirio i'r gwasanaeth presgripsiynu cymdeithasol?",
        detail: 'Bydd gweithiwr cyswllt yn darllen eich atgyfeiriad ac yn cysylltu â chi.',
      },
    },
    {
      id: 'partners',
      kind: 'share-with-partners',
      en: { text: 'Can we share your name and contact details with these organisations?' },
      cy: { text: "A gawn ni rannu eich enw a'ch manylion cyswllt â'r sefydliadau hyn?" },
    },
    {
      id: 'contact',
      kind: 'contact',
      en: { text: 'How may we contact you?' },
      cy: { text: 'Sut y cawn gysylltu â chi?' },
    },
  ],
};

const capture = byId<LwConsentCapture>('consent');
const recorded = byId('recorded');
capture.configuration = configuration;
capture.addEventListener('lw-consent-given', (event) => {
  show(recorded, 'Recording your consent…');
  publicBackend()
    .recordConsent(event.detail.consent, { idempotencyKey: newIdempotencyKey() })
    .then(
      (receipt) => show(recorded, `Consent recorded: ${receipt.id}`),
      () => show(recorded, 'Your consent could not be recorded. Try again in a minute.'),
    );
});
