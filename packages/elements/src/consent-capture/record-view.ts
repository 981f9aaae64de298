/** The saved record's view: a module apart from the read-back, so that it travels in the later chunk (`later.ts`). */
import type { Consent } from '@linkwork/core';
import { html, nothing, type TemplateResult } from 'lit';
import { button, heading } from './parts.js';
import { consentSummary, formatWhen, type RecordContext } from './record.js';

/** A saved record: what was agreed, each withdrawal since, and Print and Withdraw. */
export function recordView(
  ctx: RecordContext,
  consent: Consent,
  withdraw: () => void,
): TemplateResult {
  const { t } = ctx;
  const { withdrawn } = consent;
  const history = withdrawn || consent.partialWithdrawals;
  return html`${heading(t(history ? 'consent-capture.record.heading' : 'consent-capture.saved.heading'))}
    ${
      withdrawn
        ? html`<p class="lw-panel" role="status">
            ${t('consent-capture.withdraw.done', { at: formatWhen(withdrawn.at, t), by: withdrawn.by })}
          </p>`
        : html`<p class="lw-body">${t('consent-capture.saved.body')}</p>`
    }
    ${consentSummary(consent, ctx.config, ctx.locale, t)}
    <div class="lw-actions lw-no-print">
      ${button(t('common.print'), () => window.print(), true)}
      ${withdrawn ? nothing : button(t('consent-capture.withdraw.button'), withdraw, true)}
    </div>`;
}
