export { DEFAULT_LOCALE, SUPPORTED_LOCALES, isLocale, matchLocale } from './locale.js';
export type { Locale } from './locale.js';
export {
  describeSchedule,
  formatDate,
  formatDistance,
  formatNextSession,
  formatTime,
  isScheduleCurrent,
  nextOccurrence,
  nextSessionOf,
  occurrencesBetween,
  runsOn,
  timeOfDay,
  wordSchedule,
} from './schedule/index.js';
export type { ActivitySession, DescribeOptions, Occurrence } from './schedule/index.js';
export type * from './model/activity.js';
export type * from './model/referral.js';
export type * from './model/taxonomy.js';
export type * from './backend/backend.js';
export {
  BackendError,
  Conflict,
  NotFound,
  Unauthorised,
  Unavailable,
  ValidationFailed,
} from './backend/errors.js';
export type { FieldError } from './backend/errors.js';
export {
  consentToFhir,
  createFhirBackend,
  IDEMPOTENCY_KEY_SYSTEM,
  NEEDS_TAXONOMY_SYSTEM,
  NHS_NUMBER_SYSTEM,
  ODS_ORGANISATION_SYSTEM,
  REFERRAL_DETAILS_QUESTIONNAIRE,
  REFERRAL_DETAILS_QUESTIONNAIRE_URL,
  ReferralMappingError,
  SOCIAL_PRESCRIBING_REFERRAL,
  toFhirTransaction,
  withdrawFromProvision,
} from './fhir/index.js';
export type {
  ConsentContext,
  ProvisionWithdrawal,
  FhirBackendOptions,
  FhirFetch,
  FhirReferralResource,
  FhirReferralResourceType,
  FhirTransactionBundle,
  FhirTransactionOptions,
} from './fhir/index.js';
export {
  createRestBackend,
  DEFAULT_TIMEOUT_MS,
  parseBaseUrl,
  parseRetryAfter,
} from './rest/index.js';
export type {
  ReferralInboxQuery,
  ReferralRecord,
  RestBackend,
  RestBackendOptions,
  RestTimers,
} from './rest/index.js';
export {
  backoffDelay,
  createDraftStore,
  DEFAULT_RETRY_POLICY,
  IndexedDbOutboxStore,
  indexedDbFactory,
  MemoryOutboxStore,
  newIdempotencyKey,
  openOutboxStore,
  Outbox,
  OUTBOX_DATABASE,
  OUTBOX_OBJECT_STORE,
  ReferralInProgress,
  ReferralSubmission,
  resolveRetryPolicy,
  sendWithRetry,
  sleep,
} from './submission/index.js';
export type {
  ConnectivityTarget,
  DeliveryResult,
  Draft,
  DraftPersistence,
  DraftStorageArea,
  DraftStore,
  DraftStoreOptions,
  EntryChange,
  FailureReason,
  FlushSummary,
  IndexedDbOutboxStoreOptions,
  KeyFactory,
  OpenOutboxStoreOptions,
  OutboxChange,
  OutboxEntry,
  OutboxListener,
  OutboxOptions,
  OutboxStatus,
  OutboxStore,
  OutboxStoreChoice,
  PendingReason,
  ReferralSubmissionOptions,
  RetryOptions,
  RetryOutcome,
  RetryPolicy,
  SendFailure,
  Sleep,
  SubmitResult,
  TransientFailure,
} from './submission/index.js';
export * from './validation/index.js';
export * from './messages/index.js';
export * from './taxonomy/index.js';
export {
  ACCESSIBILITY_FEATURES,
  createActivityIndex,
  createPostcodeTable,
  DEFAULT_PAGE_SIZE,
  foldText,
  haversineMiles,
  lookupPostcode,
  fullPostcode,
  outwardCode,
  postcodeTableFromActivities,
  queryWords,
  timeOfDayOf,
  tokenise,
  welshRadicals,
} from './search/index.js';
export type {
  ActivityIndex,
  ActivityIndexOptions,
  IndexQuery,
  NextSessionOf,
  PostcodeTable,
} from './search/index.js';
export {
  costsFromFees,
  createOrukBackend,
  fromOrukV1Service,
  fromOrukV3Service,
  InvalidOrukRecord,
  mapOrukServices,
} from './oruk/index.js';
export type {
  InvalidRecordHandler,
  InvalidRecordReport,
  OrukBackendOptions,
  OrukDialect,
} from './oruk/index.js';
export {
  createMemoryBackend,
  createReference,
  isReference,
  REFERENCE_ALPHABET,
} from './memory/index.js';
export type {
  MemoryBackend,
  MemoryBackendOptions,
  PostcodeGeocoder,
  StoredConsent,
  StoredReferral,
} from './memory/index.js';
export { bearerToken } from './backend/auth.js';
export type { TokenSource } from './backend/auth.js';
export { sha256Hex } from './consent-text/index.js';
export {
  agreedItems,
  checkWithdrawal,
  consentInForce,
  itemKey,
  withdraw,
  withdrawableItems,
} from './consent/index.js';
export type { ConsentInForce, WithdrawalCheck } from './consent/index.js';
