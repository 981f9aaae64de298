export { LinkworkElement } from './base/linkwork-element.js';
export { define } from './base/define.js';
export { LocaleController, resolveLocale } from './base/locale.js';
export { baseStyles } from './base/base.styles.js';
export { defaultTheme, token, tokenNames } from './base/tokens.js';
export type { TokenName } from './base/tokens.js';
export { VERSION } from './base/version.js';
export { ReferralForm } from './referral-form/referral-form.js';
export type {
  ReferralChangeDetail,
  ReferralFormErrorDetail,
  ReferralQueuedDetail,
  ReferralSubmitDetail,
  ReferralSubmittedDetail,
  StepChangeDetail,
} from './referral-form/referral-form.js';
export type { ReferralDraft } from './referral-form/draft.js';
export type { PrefillProblem, ReferralPrefill } from './referral-form/prefill.js';
export type { StepId } from './referral-form/steps.js';
export { backendContext } from './base/backend-context.js';
export type { LinkworkErrorDetail, LinkworkErrorDetails } from './base/errors.js';
export { LwConsentCapture } from './consent-capture/consent-capture.js';
export type {
  ConsentChangeDetail,
  ConsentErrorDetail,
  ConsentGivenDetail,
  ConsentWithdrawnDetail,
  FhirConsentResource,
} from './consent-capture/consent-capture.js';
export type {
  ConfigurationProblem,
  ConsentConfiguration,
  ConsentItemConfig,
  ConsentItemKind,
  ConsentItemWording,
  PartnerConfig,
} from './consent-capture/configuration.js';
export type { ConsentMode } from './consent-capture/answers.js';
export { standardConsentItems } from './consent-capture/standard-items.js';
export {
  ActivityPicker,
  filterChips,
  LINK_SCHEMES,
  mailtoHref,
  NO_FILTERS,
  safeHref,
  telHref,
  toQuery,
} from './activity-picker/index.js';
export type {
  ActivityOpenDetail,
  FilterChip,
  Origin,
  PickerFilters,
  SelectionChangeDetail,
} from './activity-picker/index.js';
