import type {
  ContactChannel,
  ContactTime,
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

export const CHANNELS: readonly ContactChannel[] = ['phone', 'text', 'email', 'letter'];
export const TIMES: readonly ContactTime[] = ['morning', 'afternoon', 'evening'];
