import { html, type TemplateResult } from 'lit';
import { radios, textarea, textInput } from '../../fields/index.js';
import { bound, CHANNELS, forMode, type StepView } from './step-view.js';

/** How to contact the patient: address, phone, email and the way they prefer. */
export function contactStep(view: StepView): TemplateResult {
  const { draft, t } = view;
  return html`${textarea({
    ...bound(view, 'patient.address.lines'),
    name: 'addressLines',
    label: t('referral-form.address-lines'),
    hint: t('referral-form.address-lines.hint'),
    value: draft.addressLines,
    rows: 3,
    autocomplete: 'street-address',
    onInput: (addressLines) => view.change('patient.address.lines', { addressLines }),
  })}
  ${textInput({
    ...bound(view, 'patient.address.town'),
    name: 'town',
    label: t('referral-form.town'),
    value: draft.town,
    autocomplete: 'address-level2',
    width: 20,
    onInput: (town) => view.change('patient.address.town', { town }),
  })}
  ${textInput({
    ...bound(view, 'patient.address.postcode'),
    name: 'postcode',
    label: t('referral-form.postcode'),
    value: draft.postcode,
    autocomplete: 'postal-code',
    spellcheck: false,
    width: 10,
    onInput: (postcode) => view.change('patient.address.postcode', { postcode }),
  })}
  ${textInput({
    ...bound(view, 'patient.phone'),
    name: 'phone',
    type: 'tel',
    label: t('referral-form.phone'),
    value: draft.phone,
    autocomplete: 'tel',
    inputmode: 'tel',
    width: 20,
    onInput: (phone) => view.change('patient.phone', { phone }),
  })}
  ${textInput({
    ...bound(view, 'patient.email'),
    name: 'email',
    type: 'email',
    label: t('referral-form.email'),
    value: draft.email,
    autocomplete: 'email',
    spellcheck: false,
    onInput: (email) => view.change('patient.email', { email }),
  })}
  ${radios({
    ...bound(view, 'patient.preferredContact'),
    name: 'preferredContact',
    label: t(forMode('referral-form.preferred-contact', view)),
    options: CHANNELS.map((channel) => ({
      value: channel,
      label: t(`referral-form.channel.${channel}`),
    })),
    value: draft.preferredContact || undefined,
    onChange: (value) =>
      view.change('patient.preferredContact', {
        preferredContact: CHANNELS.find((channel) => channel === value) ?? '',
      }),
  })}`;
}
