import { html, type TemplateResult } from 'lit';
import { dateInput, textInput } from '../../fields/index.js';
import { fieldId, type StepView } from './step-view.js';

/** About the patient: names, date of birth and NHS number (required from staff, optional for self). */
export function patientStep(view: StepView): TemplateResult {
  const { draft, t } = view;
  const prefix = t('common.error-prefix');
  return html`${textInput({
    id: fieldId('patient.givenName'),
    name: 'givenName',
    label: t('referral-form.given-name'),
    value: draft.givenName,
    autocomplete: 'given-name',
    spellcheck: false,
    error: view.errorFor('patient.givenName'),
    errorPrefix: prefix,
    disabled: view.disabled,
    onInput: (givenName) => view.change('patient.givenName', { givenName }),
    onBlur: () => view.leave('patient.givenName'),
  })}
  ${textInput({
    id: fieldId('patient.familyName'),
    name: 'familyName',
    label: t('referral-form.family-name'),
    value: draft.familyName,
    autocomplete: 'family-name',
    spellcheck: false,
    error: view.errorFor('patient.familyName'),
    errorPrefix: prefix,
    disabled: view.disabled,
    onInput: (familyName) => view.change('patient.familyName', { familyName }),
    onBlur: () => view.leave('patient.familyName'),
  })}
  ${dateInput({
    id: fieldId('patient.dateOfBirth'),
    name: 'dateOfBirth',
    label: t('referral-form.date-of-birth'),
    hint: t('referral-form.date-of-birth.hint'),
    value: draft.dateOfBirth,
    partLabels: { day: t('common.day'), month: t('common.month'), year: t('common.year') },
    autocomplete: 'bday',
    error: view.errorFor('patient.dateOfBirth'),
    errorPrefix: prefix,
    disabled: view.disabled,
    onInput: (dateOfBirth) => view.change('patient.dateOfBirth', { dateOfBirth }),
    onBlur: () => view.leave('patient.dateOfBirth'),
  })}
  ${textInput({
    id: fieldId('patient.nhsNumber'),
    name: 'nhsNumber',
    label: t('referral-form.nhs-number'),
    hint: t(
      view.mode === 'staff'
        ? 'referral-form.nhs-number.hint.staff'
        : 'referral-form.nhs-number.hint.self',
    ),
    value: draft.nhsNumber,
    inputmode: 'numeric',
    autocomplete: 'off',
    spellcheck: false,
    width: 10,
    error: view.errorFor('patient.nhsNumber'),
    errorPrefix: prefix,
    disabled: view.disabled,
    onInput: (nhsNumber) => view.change('patient.nhsNumber', { nhsNumber }),
    onBlur: () => view.leave('patient.nhsNumber'),
  })}`;
}
