import { formatNhsNumber, termLabel } from '@linkwork/core';
import { html, type TemplateResult } from 'lit';
import { stepTitle, type StepDefinition, type StepId } from '../steps.js';
import type { StepView } from './step-view.js';

interface Row {
  readonly label: string;
  readonly value: string;
}

function rowsOf(step: StepId, view: StepView): Row[] {
  const { draft, t, taxonomy, locale } = view;
  const given = (value: string): string => value.trim() || t('referral-form.not-given');
  switch (step) {
    case 'patient': {
      const { day, month, year } = draft.dateOfBirth;
      return [
        { label: t('referral-form.given-name'), value: given(draft.givenName) },
        { label: t('referral-form.family-name'), value: given(draft.familyName) },
        {
          label: t('referral-form.date-of-birth'),
          value: given([day, month, year].join(' ').trim()),
        },
        {
          label: t('referral-form.nhs-number'),
          value: given(draft.nhsNumber && formatNhsNumber(draft.nhsNumber.replace(/[\s-]/g, ''))),
        },
      ];
    }
    case 'contact':
      return [
        {
          label: t('referral-form.address-lines'),
          value: given(
            [draft.addressLines, draft.town, draft.postcode]
              .filter((part) => part.trim())
              .join('\n'),
          ),
        },
        { label: t('referral-form.phone'), value: given(draft.phone) },
        { label: t('referral-form.email'), value: given(draft.email) },
        {
          label: t(
            view.mode === 'staff'
              ? 'referral-form.preferred-contact.staff'
              : 'referral-form.preferred-contact.self',
          ),
          value: draft.preferredContact
            ? t(`referral-form.channel.${draft.preferredContact}`)
            : given(''),
        },
        {
          label: t('referral-form.contact-times'),
          value: given(
            draft.contactTimes.map((time) => t(`referral-form.time.${time}`)).join(', '),
          ),
        },
      ];
    case 'needs':
      return [
        {
          label: t(
            view.mode === 'staff' ? 'referral-form.reasons.staff' : 'referral-form.reasons.self',
          ),
          value: given(draft.reasons.map((id) => termLabel(taxonomy, id, locale) ?? id).join('\n')),
        },
        {
          label: t(
            view.mode === 'staff' ? 'referral-form.notes.staff' : 'referral-form.notes.self',
          ),
          value: given(draft.notes),
        },
      ];
    case 'check':
      return [];
  }
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
      <dl class="lw-summary__list">
        ${rowsOf(step.id, view).map(
          (row) =>
            html`<div class="lw-summary__row">
              <dt class="lw-summary__key">${row.label}</dt>
              <dd class="lw-summary__value">${row.value}</dd>
            </div>`,
        )}
      </dl>
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
