import { html, type TemplateResult } from 'lit';
import { dateInput, textInput } from '../../fields/index.js';
import { bound, forMode, type StepView } from './step-view.js';

/** About the patient: names, date of birth and NHS number (required from staff, optional for self). */
export function patientStep(view: StepView): TemplateResult {
  const { draft, t } = view;
  return html`${textInput({
    ...bound(view, 'patient.givenName'),
    name: 'givenName',
    label: t('referral-form.given-name'),
    value: draft.givenName,
    autocomplete: 'given-name',
    spellcheck: false,
    onInput: (givenName) => view.change('patient.givenName', { givenName }),
  })}
  ${textInput({
    ...bound(view, 'patient.familyName'),
    name: 'familyName',
    label: t('referral-form.family-name'),
    value: draft.familyName,
    autocomplete: 'family-name',
    spellcheck: false,
    onInput: (familyName) => view.change('patient.familyName', { familyName }),
  })}
  ${dateInput({
    ...bound(view, 'patient.dateOfBirth'),
    name: 'dateOfBirth',
    label: t('referral-form.date-of-birth'),
    hint: t('referral-form.date-of-birth.hint'),
    value: draft.dateOfBirth,
    partLabels: { day: t('common.day'), month: t('common.month'), year: t('common.year') },
    autocomplete: 'bday',
    onInput: (dateOfBirth) => view.change('patient.dateOfBirth', { dateOfBirth }),
  })}
  ${textInput({
    ...bound(view, 'patient.nhsNumber'),
    name: 'nhsNumber',
    label: t('referral-form.nhs-number'),
    hint: t(forMode('referral-form.nhs-number.hint', view)),
    value: draft.nhsNumber,
    inputmode: 'numeric',
    autocomplete: 'off',
    spellcheck: false,
    width: 10,
    onInput: (nhsNumber) => view.change('patient.nhsNumber', { nhsNumber }),
  })}`;
}
