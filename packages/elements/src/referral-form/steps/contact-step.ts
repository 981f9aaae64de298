import { html, type TemplateResult } from 'lit';
import { checkboxes, radios, textarea, textInput } from '../../fields/index.js';
import { CHANNELS, fieldId, TIMES, type StepView } from './step-view.js';

/** How to contact the patient: address, phone, email, the preferred channel and times. */
export function contactStep(view: StepView): TemplateResult {
  const { draft, t } = view;
  const prefix = t('common.error-prefix');
  return html`${textarea({
    id: fieldId('patient.address.lines'),
    name: 'addressLines',
    label: t('referral-form.address-lines'),
    hint: t('referral-form.address-lines.hint'),
    value: draft.addressLines,
    rows: 3,
    autocomplete: 'street-address',
    error: view.errorFor('patient.address.lines'),
    errorPrefix: prefix,
    disabled: view.disabled,
    onInput: (addressLines) => view.change('patient.address.lines', { addressLines }),
    onBlur: () => view.leave('patient.address.lines'),
  })}
  ${textInput({
    id: fieldId('patient.address.town'),
    name: 'town',
    label: t('referral-form.town'),
    value: draft.town,
    autocomplete: 'address-level2',
    width: 20,
    error: view.errorFor('patient.address.town'),
    errorPrefix: prefix,
    disabled: view.disabled,
    onInput: (town) => view.change('patient.address.town', { town }),
    onBlur: () => view.leave('patient.address.town'),
  })}
  ${textInput({
    id: fieldId('patient.address.postcode'),
    name: 'postcode',
    label: t('referral-form.postcode'),
    value: draft.postcode,
    autocomplete: 'postal-code',
    spellcheck: false,
    width: 10,
    error: view.errorFor('patient.address.postcode'),
    errorPrefix: prefix,
    disabled: view.disabled,
    onInput: (postcode) => view.change('patient.address.postcode', { postcode }),
    onBlur: () => view.leave('patient.address.postcode'),
  })}
  ${textInput({
    id: fieldId('patient.phone'),
    name: 'phone',
    type: 'tel',
    label: t('referral-form.phone'),
    value: draft.phone,
    autocomplete: 'tel',
    inputmode: 'tel',
    width: 20,
    error: view.errorFor('patient.phone'),
    errorPrefix: prefix,
    disabled: view.disabled,
    onInput: (phone) => view.change('patient.phone', { phone }),
    onBlur: () => view.leave('patient.phone'),
  })}
  ${textInput({
    id: fieldId('patient.email'),
    name: 'email',
    type: 'email',
    label: t('referral-form.email'),
    value: draft.email,
    autocomplete: 'email',
    spellcheck: false,
    error: view.errorFor('patient.email'),
    errorPrefix: prefix,
    disabled: view.disabled,
    onInput: (email) => view.change('patient.email', { email }),
    onBlur: () => view.leave('patient.email'),
  })}
  ${radios({
    id: fieldId('patient.preferredContact'),
    name: 'preferredContact',
    label: t(
      view.mode === 'staff'
        ? 'referral-form.preferred-contact.staff'
        : 'referral-form.preferred-contact.self',
    ),
    options: CHANNELS.map((channel) => ({
      value: channel,
      label: t(`referral-form.channel.${channel}`),
    })),
    value: draft.preferredContact || undefined,
    error: view.errorFor('patient.preferredContact'),
    errorPrefix: prefix,
    disabled: view.disabled,
    onChange: (value) =>
      view.change('patient.preferredContact', {
        preferredContact: CHANNELS.find((channel) => channel === value) ?? '',
      }),
    onBlur: () => view.leave('patient.preferredContact'),
  })}
  ${checkboxes({
    id: fieldId('patient.contactTimes'),
    name: 'contactTimes',
    label: t('referral-form.contact-times'),
    options: TIMES.map((time) => ({ value: time, label: t(`referral-form.time.${time}`) })),
    value: draft.contactTimes,
    inline: true,
    error: view.errorFor('patient.contactTimes'),
    errorPrefix: prefix,
    disabled: view.disabled,
    onChange: (values) =>
      view.change('patient.contactTimes', {
        contactTimes: TIMES.filter((time) => values.includes(time)),
      }),
    onBlur: () => view.leave('patient.contactTimes'),
  })}`;
}
