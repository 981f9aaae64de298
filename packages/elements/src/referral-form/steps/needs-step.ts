import { groups, needsInGroup, termLabel } from '@linkwork/core';
import { html, type TemplateResult } from 'lit';
import { checkboxes, textarea } from '../../fields/index.js';
import { fieldId, type StepView } from './step-view.js';

/** What matters to the patient: needs from the taxonomy, grouped, and their own words. */
export function needsStep(view: StepView): TemplateResult {
  const { draft, t, taxonomy, locale } = view;
  const prefix = t('common.error-prefix');
  const options = groups(taxonomy).flatMap((group) =>
    needsInGroup(taxonomy, group.id).map((need) => ({
      value: need.id,
      label: termLabel(taxonomy, need.id, locale) ?? need.code,
    })),
  );
  return html`${checkboxes({
    id: fieldId('reasons'),
    name: 'reasons',
    label: t(view.mode === 'staff' ? 'referral-form.reasons.staff' : 'referral-form.reasons.self'),
    hint: t('referral-form.reasons.hint'),
    options,
    value: draft.reasons,
    error: view.errorFor('reasons'),
    errorPrefix: prefix,
    disabled: view.disabled,
    onChange: (reasons) => view.change('reasons', { reasons }),
    onBlur: () => view.leave('reasons'),
  })}
  ${textarea({
    id: fieldId('notes'),
    name: 'notes',
    label: t(view.mode === 'staff' ? 'referral-form.notes.staff' : 'referral-form.notes.self'),
    value: draft.notes,
    maxLength: 2000,
    count: {
      remaining: (count) => t('common.characters-remaining', { count }),
      over: (count) => t('common.characters-too-many', { count }),
    },
    error: view.errorFor('notes'),
    errorPrefix: prefix,
    disabled: view.disabled,
    onInput: (notes) => view.change('notes', { notes }),
    onBlur: () => view.leave('notes'),
  })}`;
}
