import type { Consent, Locale, MessageKey, MessageParams } from '@linkwork/core';
import { html, nothing, type TemplateResult } from 'lit';
import { wordingOf, type ReadConfiguration } from './configuration.js';

/** The element's `t`: a message of the catalogue in its language. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** A date-time as people read it, in UK time: `26 November 2026 at 12:00`. */
export function formatWhen(at: string, locale: Locale): string {
  const date = new Date(at);
  if (Number.isNaN(date.getTime())) return at;
  return new Intl.DateTimeFormat(locale === 'cy' ? 'cy-GB' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/London',
  }).format(date);
}

function row(key: string, value: string | TemplateResult): TemplateResult {
  return html`<div class="lw-summary__row">
    <dt class="lw-summary__key">${key}</dt>
    <dd class="lw-summary__value">${value}</dd>
  </div>`;
}

/**
 * The read-back: every item with what was agreed or refused, who consented,
 * how, and when, as a GOV.UK summary list in the person's language.
 */
export function consentSummary(
  consent: Consent,
  config: ReadConfiguration,
  locale: Locale,
  t: Translate,
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
  rows.push(row(t('consent-capture.at'), formatWhen(consent.at, locale)));
  rows.push(row(t('consent-capture.text-version'), consent.textVersion));
  if (consent.withdrawn) {
    rows.push(
      row(
        t('consent-capture.withdrawn.label'),
        t('consent-capture.withdrawn.value', {
          at: formatWhen(consent.withdrawn.at, locale),
          by: consent.withdrawn.by,
        }),
      ),
    );
  }
  return html`<dl class="lw-summary" part="summary">${rows}</dl>`;
}

/** Nothing, or a paragraph: keeps templates free of empty elements. */
export const paragraph = (text: string | undefined): TemplateResult | typeof nothing =>
  text ? html`<p class="lw-body">${text}</p>` : nothing;
