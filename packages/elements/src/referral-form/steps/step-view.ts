import type {
  ContactChannel,
  Locale,
  MessageKey,
  MessageParams,
  ReferralSource,
  Taxonomy,
} from '@linkwork/core';
import type { ReferralDraft } from '../draft.js';

/** What a step's template needs from the form: answers, words, errors and callbacks. */
export interface StepView {
  readonly draft: ReferralDraft;
  readonly mode: ReferralSource;
  readonly locale: Locale;
  readonly taxonomy: Taxonomy;
  readonly disabled: boolean;
  t(key: MessageKey, params?: MessageParams): string;
  /** The error to show on a field now (interaction state decides), if any. */
  errorFor(path: string): string | undefined;
  /** Records an answer: `path` is the validation path it feeds. */
  change(path: string, patch: Partial<ReferralDraft>): void;
  /** Focus left the field at `path`. */
  leave(path: string): void;
}

/** Element ids of fields, from their validation paths: `patient.givenName` → `lw-patient-givenName`. */
export const fieldId = (path: string): string => `lw-${path.replace(/\./g, '-')}`;

/** The options every field of a step shares: its id, error, disabled state and blur. */
export function bound(
  view: StepView,
  path: string,
): {
  readonly id: string;
  readonly error: string | undefined;
  readonly errorPrefix: string;
  readonly disabled: boolean;
  readonly onBlur: () => void;
} {
  return {
    id: fieldId(path),
    error: view.errorFor(path),
    errorPrefix: view.t('common.error-prefix'),
    disabled: view.disabled,
    onBlur: () => view.leave(path),
  };
}

/** Message keys worded both for staff (`<key>.staff`) and for the patient (`<key>.self`). */
export type ModeKey = {
  [K in MessageKey]: K extends `${infer Base}.staff`
    ? `${Base}.self` extends MessageKey
      ? Base
      : never
    : never;
}[MessageKey];

/** The message key worded for who is filling the form in: `<key>.staff` or `<key>.self`. */
export const forMode = (key: ModeKey, view: Pick<StepView, 'mode'>): MessageKey =>
  `${key}.${view.mode}` as MessageKey;

export const CHANNELS: readonly ContactChannel[] = ['phone', 'text', 'email', 'letter'];
