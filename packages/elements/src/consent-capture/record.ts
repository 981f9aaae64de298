import type { Consent, Locale, MessageKey, MessageParams } from '@linkwork/core';
import { html, nothing, type TemplateResult } from 'lit';
import { wordingOf, type ReadConfiguration } from './configuration.js';
import { button, heading } from './parts.js';

/** The element's `t`: a message of the catalogue in its language. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** London's calendar and clock, in numbers (the same in every browser, whatever its locale data). */
const LONDON = new Intl.DateTimeFormat('en-GB', {
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: 'Europe/London',
});

/**
 * A date-time as people read it, in UK time: `26 November 2026 at 12:00`,
 * `26 Tachwedd 2026 am 12:00`. The words come from the catalogue, not the
 * browser: many browsers carry no Welsh dates and would show them in English.
 */
export function formatWhen(at: string, t: Translate): string {
  const date = new Date(at);
  if (Number.isNaN(date.getTime())) return at;
  const part: Record<string, string> = {};
  for (const { type, value } of LONDON.formatToParts(date)) part[type] = value;
  return t('consent-capture.when', {
    day: String(Number(part.day)),
    month: t(`consent-capture.month.${Number(part.month)}` as MessageKey),
    year: part.year ?? '',
    time: `${part.hour ?? ''}:${part.minute ?? ''}`,
  });
}

/** One row of the summary list. */
export function row(key: string, value: string | TemplateResult): TemplateResult {
  return html`<div class="lw-summary__row">
    <dt class="lw-summary__key">${key}</dt>
    <dd class="lw-summary__value">${value}</dd>
  </div>`;
}

/**
 * The read-back: every item with what was agreed or refused, who consented,
 * how, and when, as a GOV.UK summary list in the person's language, then the
 * rows given `after` (a saved record's withdrawals, `record-view.ts`).
 */
export function consentSummary(
  consent: Consent,
  config: ReadConfiguration,
  locale: Locale,
  t: Translate,
  after: readonly TemplateResult[] = [],
): TemplateResult {
  const answer = (agreed: boolean | undefined) =>
    t(agreed ? 'consent-capture.agreed' : 'consent-capture.refused');
  const rows: TemplateResult[] = [];
  for (const item of config.items) {
    const label = wordingOf(item, locale).text;
    switch (item.kind) {
      case 'referral':
        rows.push(row(label, answer(consent.referral)));
        break;
      case 'share-with-partners':
        if (consent.partners && consent.partners.length > 0) {
          for (const partner of consent.partners) {
            rows.push(row(`${label}: ${partner.name}`, answer(partner.agreed)));
          }
        } else rows.push(row(label, answer(consent.shareWithProviders)));
        break;
      case 'contact':
        rows.push(
          row(
            label,
            consent.contactBy.length > 0
              ? consent.contactBy.map((c) => t(`consent-capture.channel.${c}`)).join(', ')
              : t('consent-capture.none'),
          ),
          row(
            t('consent-capture.times.legend'),
            consent.contactTimes
              ? consent.contactTimes.map((time) => t(`consent-capture.time.${time}`)).join(', ')
              : t('consent-capture.times.any'),
          ),
        );
        break;
      case 'follow-up':
        rows.push(row(label, answer(consent.followUp)));
        break;
      case 'outcome-to-gp':
        rows.push(row(label, answer(consent.shareOutcomeWithGp)));
        break;
    }
  }
  const by = consent.givenBy;
  const givenBy =
    by.type === 'patient'
      ? t('consent-capture.who.patient.staff')
      : by.type === 'proxy'
        ? t('consent-capture.given-by.proxy', {
            name: by.name,
            relationship: by.relationship,
            authority: t(`consent-capture.authority.${by.authority}`),
          })
        : t('consent-capture.given-by.best-interests', {
            decisionMaker: by.decisionMaker,
            reason: by.reason,
          });
  rows.push(row(t('consent-capture.given-by'), givenBy));
  rows.push(row(t('consent-capture.method'), t(`consent-capture.method.${consent.method}`)));
  if (consent.recordedBy)
    rows.push(row(t('consent-capture.recorded-by.label'), consent.recordedBy));
  rows.push(row(t('consent-capture.at'), formatWhen(consent.at, t)));
  rows.push(row(t('consent-capture.text-version'), consent.textVersion));
  rows.push(...after);
  return html`<dl class="lw-summary" part="summary">${rows}</dl>`;
}

/** What the read-back and the record need from the element. */
export interface RecordContext {
  readonly config: ReadConfiguration;
  readonly locale: Locale;
  readonly t: Translate;
}

/** The read-back before saving: what the answers record, then Save and Change. */
export function checkView(
  ctx: RecordContext,
  consent: Consent | undefined,
  staff: boolean,
  save: () => void,
  change: () => void,
): TemplateResult {
  const { t } = ctx;
  return html`${heading(t(staff ? 'consent-capture.check.heading.staff' : 'consent-capture.check.heading'))}
    ${consent ? consentSummary(consent, ctx.config, ctx.locale, t) : nothing}
    <div class="lw-actions">
      ${button(t('consent-capture.save'), save)} ${button(t('common.change'), change, true)}
    </div>`;
}
