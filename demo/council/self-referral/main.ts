/**
 * The council's self-referral page: the public REST backend (no token; the
 * server rate-limits public writes), the council's directory for
 * shortlisting activities, and the service's consent wording.
 */
import '@linkwork/elements/define/lw-referral-form.js';
import type { ReferralForm } from '@linkwork/elements';
import { orukDirectory, publicBackend } from '../../shared/api.js';
import { riversideConsent } from '../../shared/consent.js';
import { byId } from '../../shared/dom.js';

const form = byId<ReferralForm>('referral');
form.backend = publicBackend();
form.directory = orukDirectory();
form.consentConfiguration = riversideConsent;
