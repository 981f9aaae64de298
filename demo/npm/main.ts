/**
 * A consumer of the npm packages: one define module from @linkwork/elements
 * and core's REST adapter, bundled by Vite from the built packages. The
 * consent given is recorded with POST /api/consents.
 */
import '@linkwork/elements/define/lw-consent-capture.js';
import { newIdempotencyKey } from '@linkwork/core';
import type { LwConsentCapture } from '@linkwork/elements';
import { publicBackend } from '../shared/api.js';
import { riversideConsent } from '../shared/consent.js';
import { byId, show } from '../shared/dom.js';

const capture = byId<LwConsentCapture>('consent');
const recorded = byId('recorded');
capture.configuration = riversideConsent;
capture.addEventListener('lw-consent-given', (event) => {
  show(recorded, 'Recording your consent…');
  publicBackend()
    .recordConsent(event.detail.consent, { idempotencyKey: newIdempotencyKey() })
    .then(
      (receipt) => show(recorded, `Consent recorded: ${receipt.id}`),
      () => show(recorded, 'Your consent could not be recorded. Try again in a minute.'),
    );
});
