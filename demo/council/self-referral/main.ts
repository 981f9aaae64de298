/**
 * The council's self-referral page: the public REST backend (no token; the
 * server rate-limits public writes), and a confirmation with the reference.
 */
import '@linkwork/elements/define/lw-referral-form.js';
import type { ReferralForm } from '@linkwork/elements';
import { publicBackend } from '../../shared/api.js';
import { byId, h, show } from '../../shared/dom.js';
import { receiptOf } from '../../shared/receipt.js';

const form = byId<ReferralForm>('referral');
// The documented API: the form submits through `backend` and fires `lw-submitted`.
Object.assign(form, { backend: publicBackend() });
form.addEventListener('lw-submitted', (event) => {
  const receipt = receiptOf((event as CustomEvent<unknown>).detail);
  const box = byId('confirmation');
  box.className = 'confirmation';
  show(
    box,
    h('h2', {}, 'Thank you: we have your referral'),
    receipt
      ? h('p', {}, 'Your reference is', h('span', { class: 'reference' }, receipt.reference))
      : null,
    h('p', {}, 'A link worker will contact you within 5 working days.'),
  );
  box.hidden = false;
  box.focus();
});
