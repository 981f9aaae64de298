/** Reliable referral submission: idempotency keys, retries, the outbox and drafts. */
export { DEFAULT_RETRY_POLICY, backoffDelay, resolveRetryPolicy, sendWithRetry } from './retry.js';
export type {
  RetryOptions,
  RetryOutcome,
  RetryPolicy,
  SendFailure,
  TransientFailure,
} from './retry.js';
export { sleep } from './timing.js';
export type { Sleep } from './timing.js';
export { newIdempotencyKey } from './idempotency.js';
export type { KeyFactory } from './idempotency.js';
export { MemoryOutboxStore } from './outbox-store.js';
export type {
  EntryChange,
  FailureReason,
  OutboxEntry,
  OutboxStore,
  PendingReason,
} from './outbox-store.js';
export {
  IndexedDbOutboxStore,
  OUTBOX_DATABASE,
  OUTBOX_OBJECT_STORE,
  indexedDbFactory,
} from './indexeddb-outbox-store.js';
export type { IndexedDbOutboxStoreOptions } from './indexeddb-outbox-store.js';
export { openOutboxStore } from './outbox-store-choice.js';
export type { OpenOutboxStoreOptions, OutboxStoreChoice } from './outbox-store-choice.js';
export { Outbox } from './outbox.js';
export type {
  ConnectivityTarget,
  DeliveryResult,
  FlushSummary,
  OutboxChange,
  OutboxListener,
  OutboxOptions,
  OutboxStatus,
} from './outbox.js';
export { createDraftStore } from './drafts.js';
export type {
  Draft,
  DraftPersistence,
  DraftStorageArea,
  DraftStore,
  DraftStoreOptions,
} from './drafts.js';
export { ReferralInProgress, ReferralSubmission } from './referral-submission.js';
export type { ReferralSubmissionOptions, SubmitResult } from './referral-submission.js';
