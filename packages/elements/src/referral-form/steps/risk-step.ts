import { RISK_DETAILS_MAX_LENGTH } from '@linkwork/core';
import { html, type TemplateResult } from 'lit';
import { radios, textarea } from '../../fields/index.js';
import type { YesNo } from '../draft.js';
import { bound, type StepView } from './step-view.js';

/** Yes and No, in the user's language. */
export const yesNoOptions = (view: StepView) => [
  { value: 'yes', label: view.t('common.yes') },
  { value: 'no', label: view.t('common.no') },
];

export const asYesNo = (value: string): YesNo => (value === 'yes' || value === 'no' ? value : '');

/** Staff only: how urgent the referral is, and risks the link worker must know before meeting the patient. */
export function riskStep(view: StepView): TemplateResult {
  const { draft, t } = view;
  return html`${radios({
    ...bound(view, 'urgency'),
    name: 'urgency',
    label: t('referral-form.urgency'),
    options: [
      { value: 'routine', label: t('referral-form.urgency.routine') },
      { value: 'urgent', label: t('referral-form.urgency.urgent') },
    ],
    value: draft.urgency || undefined,
    inline: true,
    onChange: (value) =>
      view.change('urgency', { urgency: value === 'urgent' ? 'urgent' : 'routine' }),
  })}
  ${radios({
    ...bound(view, 'risk.safeguardingConcern'),
    name: 'safeguardingConcern',
    label: t('referral-form.safeguarding'),
    options: yesNoOptions(view),
    value: draft.safeguardingConcern || undefined,
    inline: true,
    onChange: (value) =>
      view.change('risk.safeguardingConcern', { safeguardingConcern: asYesNo(value) }),
  })}
  ${radios({
    ...bound(view, 'risk.loneWorkingRisk'),
    name: 'loneWorkingRisk',
    label: t('referral-form.lone-working'),
    options: yesNoOptions(view),
    value: draft.loneWorkingRisk || undefined,
    inline: true,
    onChange: (value) => view.change('risk.loneWorkingRisk', { loneWorkingRisk: asYesNo(value) }),
  })}
  ${textarea({
    ...bound(view, 'risk.details'),
    name: 'riskDetails',
    label: t('referral-form.risk-details'),
    hint: t('referral-form.risk-details.hint'),
    value: draft.riskDetails,
    rows: 4,
    maxLength: RISK_DETAILS_MAX_LENGTH,
    count: {
      remaining: (count) => t('common.characters-remaining', { count }),
      over: (count) => t('common.characters-too-many', { count }),
    },
    onInput: (riskDetails) => view.change('risk.details', { riskDetails }),
  })}`;
}
