import type { MessageKey, MessageParams, ReferralSource } from '@linkwork/core';
import { html, type TemplateResult } from 'lit';

/** What the person sees after sending. */
export type Outcome =
  | { readonly kind: 'sent'; readonly reference: string }
  | { readonly kind: 'queued'; readonly key: string; readonly offline: boolean };

/** A short reference for a referral still on this device: the start of its key (`7K3P-9QX2`). */
export const pendingReference = (key: string): string => {
  const code = key
    .replace(/[^0-9a-z]/gi, '')
    .slice(0, 8)
    .toUpperCase();
  return `${code.slice(0, 4)}-${code.slice(4)}`;
};

/**
 * The confirmation (GOV.UK panel: title and reference, then what happens
 * next, which hosts may replace through the `next-steps` slot), or the notice
 * that the referral is saved on this device and will be sent.
 */
export function outcomeView(
  outcome: Outcome,
  mode: ReferralSource,
  t: (key: MessageKey, params?: MessageParams) => string,
  another: () => void,
): TemplateResult {
  const sent = outcome.kind === 'sent';
  return html`<div class="lw-panel ${sent ? '' : 'lw-panel--pending'}" part="panel">
      <h2 class="lw-panel__title lw-heading" tabindex="-1">
        ${t(sent ? 'referral-form.sent.title' : 'referral-form.queued.title')}
      </h2>
      <p class="lw-panel__body">
        ${t(sent ? 'referral-form.reference' : 'referral-form.pending-reference')}<br />
        <strong class="lw-reference" part="reference"
          >${sent ? outcome.reference : pendingReference(outcome.key)}</strong
        >
      </p>
    </div>
    ${
      sent
        ? html`<h3 class="lw-summary__title">${t('referral-form.next.title')}</h3>
            <slot name="next-steps"><p>${t(`referral-form.next.${mode}`)}</p></slot>`
        : html`<p role="status">
            ${t(outcome.offline ? 'referral-form.queued.offline' : 'referral-form.queued.retry')}
          </p>`
    }
    <button
      type="button"
      class="lw-button lw-button--secondary"
      part="another-button"
      @click=${another}
    >
      ${t('referral-form.another')}
    </button>`;
}
