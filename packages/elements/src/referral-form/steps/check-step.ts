import { formatNhsNumber, termLabel } from '@linkwork/core';
import { html, type TemplateResult } from 'lit';
import { stepTitle, type StepDefinition, type StepId } from '../steps.js';
import { languageName } from './access-step.js';
import { forMode, type StepView } from './step-view.js';

interface Row {
  readonly label: string;
  readonly value: string;
}

/** The answers of a step, as label and value, for check your answers. */
export function rowsOf(step: StepId, view: StepView): Row[] {
  const { draft, t, taxonomy, locale } = view;
  const given = (value: string): string => value.trim() || t('referral-form.not-given');
  const yesNo = (value: string): string =>
    given(value === 'yes' ? t('common.yes') : value === 'no' ? t('common.no') : '');
  const row = (label: Parameters<StepView['t']>[0], value: string): Row => ({
    label: t(label),
    value: given(value),
  });
  switch (step) {
    case 'referrer':
      return [
        row('referral-form.referrer-name', draft.referrerName),
        row('referral-form.referrer-role', draft.referrerRole),
        row('referral-form.referrer-ods', draft.referrerOdsCode.toUpperCase()),
        row('referral-form.referrer-email', draft.referrerEmail),
        row('referral-form.referrer-phone', draft.referrerPhone),
      ];
    case 'patient': {
      const { day, month, year } = draft.dateOfBirth;
      return [
        row('referral-form.given-name', draft.givenName),
        row('referral-form.family-name', draft.familyName),
        row('referral-form.date-of-birth', [day, month, year].join(' ')),
        row(
          'referral-form.nhs-number',
          draft.nhsNumber && formatNhsNumber(draft.nhsNumber.replace(/[\s-]/g, '')),
        ),
      ];
    }
    case 'contact':
      return [
        row(
          'referral-form.address-lines',
          [draft.addressLines, draft.town, draft.postcode].filter((part) => part.trim()).join('\n'),
        ),
        row('referral-form.phone', draft.phone),
        row('referral-form.email', draft.email),
        row(
          forMode('referral-form.preferred-contact', view),
          draft.preferredContact ? t(`referral-form.channel.${draft.preferredContact}`) : '',
        ),
      ];
    case 'needs':
      return [
        row(
          forMode('referral-form.reasons', view),
          draft.reasons.map((id) => termLabel(taxonomy, id, locale) ?? id).join('\n'),
        ),
        row(forMode('referral-form.notes', view), draft.notes),
      ];
    case 'risk':
      return [
        row(
          'referral-form.urgency',
          draft.urgency ? t(`referral-form.urgency.${draft.urgency}`) : '',
        ),
        { label: t('referral-form.safeguarding'), value: yesNo(draft.safeguardingConcern) },
        { label: t('referral-form.lone-working'), value: yesNo(draft.loneWorkingRisk) },
        row('referral-form.risk-details', draft.riskDetails),
      ];
    case 'access':
      return [
        row(
          forMode('referral-form.language', view),
          draft.language
            ? languageName(draft.language, locale)
            : t('referral-form.language.default'),
        ),
        {
          label: t(forMode('referral-form.interpreter', view)),
          value: yesNo(draft.interpreterNeeded),
        },
        row(forMode('referral-form.accessibility', view), draft.accessibilityNeeds),
      ];
    case 'activities':
      return [
        row(
          'referral-form.activities',
          draft.activities.map((id) => draft.activityNames[id] ?? id).join('\n'),
        ),
      ];
    case 'consent': {
      const consent = draft.consent;
      return [
        row(
          'referral-form.consent',
          consent
            ? t('referral-form.consent.summary', {
                method: t(`referral-form.consent.method.${consent.method}`),
                who:
                  consent.givenBy.type === 'patient'
                    ? t(forMode('referral-form.consent.who.patient', view))
                    : consent.givenBy.type === 'proxy'
                      ? consent.givenBy.name
                      : consent.givenBy.decisionMaker,
              })
            : '',
        ),
        row(
          'referral-form.consent.contact-by',
          (consent?.contactBy ?? [])
            .map((channel) => t(`referral-form.channel.${channel}`))
            .join(', '),
        ),
        row(
          'referral-form.contact-times',
          draft.contactTimes.map((time) => t(`referral-form.time.${time}`)).join(', '),
        ),
      ];
    }
    case 'check':
      return [];
  }
}

/** One step's answers as a summary list. */
export function answers(step: StepId, view: StepView): TemplateResult {
  return html`<dl class="lw-summary__list">
    ${rowsOf(step, view).map(
      (row) =>
        html`<div class="lw-summary__row">
          <dt class="lw-summary__key">${row.label}</dt>
          <dd class="lw-summary__value">${row.value}</dd>
        </div>`,
    )}
  </dl>`;
}

/**
 * Check your answers: every answer under its step's heading, each step with a
 * "Change" button that goes back to it (and returns here after Continue).
 */
export function checkStep(
  view: StepView,
  steps: readonly StepDefinition[],
  change: (step: StepId) => void,
): TemplateResult {
  const answered = steps.filter((step) => step.id !== 'check');
  return html`${answered.map((step) => {
    const title = view.t(stepTitle(step.id, view.mode));
    return html`<section class="lw-summary" part="summary">
      <h3 class="lw-summary__title">${title}</h3>
      ${answers(step.id, view)}
      <button
        type="button"
        class="lw-link-button"
        part="change-button"
        ?disabled=${view.disabled}
        @click=${() => change(step.id)}
      >
        ${view.t('common.change')}<span class="lw-visually-hidden"> ${title}</span>
      </button>
    </section>`;
  })}`;
}
