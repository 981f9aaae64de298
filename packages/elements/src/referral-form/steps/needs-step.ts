import { groups, needsInGroup, NOTES_MAX_LENGTH, termLabel } from '@linkwork/core';
import { html, type TemplateResult } from 'lit';
import { checkboxes, textarea } from '../../fields/index.js';
import { bound, forMode, type StepView } from './step-view.js';

/** What matters to the patient: needs from the taxonomy, grouped, and their own words. */
export function needsStep(view: StepView): TemplateResult {
  const { draft, t, taxonomy, locale } = view;
  const options = groups(taxonomy).flatMap((group) =>
    needsInGroup(taxonomy, group.id).map((need) => ({
      value: need.id,
      label: termLabel(taxonomy, need.id, locale) ?? need.code,
    })),
  );
  return html`${checkboxes({
    ...bound(view, 'reasons'),
    name: 'reasons',
    label: t(forMode('referral-form.reasons', view)),
    hint: t('referral-form.reasons.hint'),
    options,
    value: draft.reasons,
    onChange: (reasons) => view.change('reasons', { reasons }),
  })}
  ${textarea({
    ...bound(view, 'notes'),
    name: 'notes',
    label: t(forMode('referral-form.notes', view)),
    value: draft.notes,
    maxLength: NOTES_MAX_LENGTH,
    count: {
      remaining: (count) => t('common.characters-remaining', { count }),
      over: (count) => t('common.characters-too-many', { count }),
    },
    onInput: (notes) => view.change('notes', { notes }),
  })}`;
}
