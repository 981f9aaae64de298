import { ACCESSIBILITY_NEEDS_MAX_LENGTH, type Locale } from '@linkwork/core';
import { html, type TemplateResult } from 'lit';
import { radios, select, textarea } from '../../fields/index.js';
import { asYesNo, yesNoOptions } from './risk-step.js';
import { bound, forMode, type StepView } from './step-view.js';

/**
 * Languages offered besides English: Welsh, British Sign Language, and the
 * languages most often needing an interpreter in NHS England and Wales.
 */
export const LANGUAGES: readonly string[] = [
  'cy',
  'bfi',
  'ar',
  'bn',
  'zh',
  'fa',
  'gu',
  'ku',
  'lt',
  'pl',
  'pt',
  'pa',
  'ro',
  'so',
  'ta',
  'tr',
  'ur',
];

/** A language's name in the reader's language, from the browser (no bytes shipped); the tag if unknown. */
export function languageName(tag: string, locale: Locale): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** What the patient needs to take part: language, an interpreter, and other access needs. */
export function accessStep(view: StepView): TemplateResult {
  const { draft, t, locale } = view;
  const known = LANGUAGES.includes(draft.language) || draft.language === '';
  const options = [
    { value: '', label: t('referral-form.language.default') },
    ...(known ? LANGUAGES : [...LANGUAGES, draft.language]).map((tag) => ({
      value: tag,
      label: languageName(tag, locale),
    })),
  ];
  return html`${select({
    ...bound(view, 'patient.language'),
    name: 'language',
    label: t(forMode('referral-form.language', view)),
    value: draft.language,
    options,
    autocomplete: 'language',
    onChange: (language) => view.change('patient.language', { language }),
  })}
  ${radios({
    ...bound(view, 'patient.interpreterNeeded'),
    name: 'interpreterNeeded',
    label: t(forMode('referral-form.interpreter', view)),
    options: yesNoOptions(view),
    value: draft.interpreterNeeded || undefined,
    inline: true,
    onChange: (value) =>
      view.change('patient.interpreterNeeded', { interpreterNeeded: asYesNo(value) }),
  })}
  ${textarea({
    ...bound(view, 'patient.accessibilityNeeds'),
    name: 'accessibilityNeeds',
    label: t(forMode('referral-form.accessibility', view)),
    hint: t('referral-form.accessibility.hint'),
    value: draft.accessibilityNeeds,
    rows: 3,
    maxLength: ACCESSIBILITY_NEEDS_MAX_LENGTH,
    count: {
      remaining: (count) => t('common.characters-remaining', { count }),
      over: (count) => t('common.characters-too-many', { count }),
    },
    onInput: (accessibilityNeeds) =>
      view.change('patient.accessibilityNeeds', { accessibilityNeeds }),
  })}`;
}
