import { html, type TemplateResult } from 'lit';
import { textInput } from '../../fields/index.js';
import { bound, type StepView } from './step-view.js';

/** The person making a staff referral, usually prefilled by the portal from who is signed in. */
export function referrerStep(view: StepView): TemplateResult {
  const { draft, t } = view;
  return html`${textInput({
    ...bound(view, 'referrer.name'),
    name: 'referrerName',
    label: t('referral-form.referrer-name'),
    value: draft.referrerName,
    autocomplete: 'name',
    spellcheck: false,
    onInput: (referrerName) => view.change('referrer.name', { referrerName }),
  })}
  ${textInput({
    ...bound(view, 'referrer.role'),
    name: 'referrerRole',
    label: t('referral-form.referrer-role'),
    hint: t('referral-form.referrer-role.hint'),
    value: draft.referrerRole,
    autocomplete: 'organization-title',
    onInput: (referrerRole) => view.change('referrer.role', { referrerRole }),
  })}
  ${textInput({
    ...bound(view, 'referrer.organisationOdsCode'),
    name: 'referrerOdsCode',
    label: t('referral-form.referrer-ods'),
    hint: t('referral-form.referrer-ods.hint'),
    value: draft.referrerOdsCode,
    autocomplete: 'off',
    spellcheck: false,
    width: 10,
    onInput: (referrerOdsCode) => view.change('referrer.organisationOdsCode', { referrerOdsCode }),
  })}
  ${textInput({
    ...bound(view, 'referrer.email'),
    name: 'referrerEmail',
    type: 'email',
    label: t('referral-form.referrer-email'),
    value: draft.referrerEmail,
    autocomplete: 'email',
    spellcheck: false,
    onInput: (referrerEmail) => view.change('referrer.email', { referrerEmail }),
  })}
  ${textInput({
    ...bound(view, 'referrer.phone'),
    name: 'referrerPhone',
    type: 'tel',
    label: t('referral-form.referrer-phone'),
    value: draft.referrerPhone,
    autocomplete: 'tel',
    inputmode: 'tel',
    width: 20,
    onInput: (referrerPhone) => view.change('referrer.phone', { referrerPhone }),
  })}`;
}
