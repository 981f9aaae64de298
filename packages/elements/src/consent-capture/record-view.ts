/** The saved record's view: a module apart from the read-back, so that it travels in the later chunk (`later.ts`). */
import type { Consent } from '@linkwork/core';
import { html, nothing, type TemplateResult } from 'lit';
import { button, heading } from './parts.js';
import { consentSummary, formatWhen, row, type RecordContext, type Translate } from './record.js';
import { partLabel } from './withdrawal.js';

/**
 * Each withdrawal of a saved record, in the order made, as rows after what
 * was agreed, which is shown as it was given: the record is evidence, and so
 * is its history.
 */
function withdrawalRows(consent: Consent, t: Translate): TemplateResult[] {
  const rows: TemplateResult[] = [];
  const withdrawals = [
    ...(consent.partialWithdrawals ?? []).map(({ at, by, items }) => ({
      at,
      by,
      items: items.map((item) => partLabel(item, t)).join(', '),
    })),
    ...(consent.withdrawn
      ? [{ ...consent.withdrawn, items: t('consent-capture.withdraw.all') }]
      : []),
  ];
  for (const { at, by, items } of withdrawals) {
    rows.push(
      row(
        t('consent-capture.withdrawn.label'),
        t('consent-capture.withdrawn.value', { items, at: formatWhen(at, t), by }),
      ),
    );
  }
  return rows;
}

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
    ${consentSummary(consent, ctx.config, ctx.locale, t, withdrawalRows(consent, t))}
    <div class="lw-actions lw-no-print">
      ${button(t('common.print'), () => window.print(), true)}
      ${withdrawn ? nothing : button(t('consent-capture.withdraw.button'), withdraw, true)}
    </div>`;
}
