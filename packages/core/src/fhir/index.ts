/**
 * FHIR R4 (UK Core conventions): a referral as a transaction Bundle, and the
 * write side of the Backend port over a FHIR server.
 */
export { createFhirBackend } from './backend.js';
export type { FhirBackendOptions, FhirFetch } from './backend.js';
export { consentToFhir, withdrawFromProvision } from './consent.js';
export type { ConsentContext, ProvisionWithdrawal } from './consent.js';
export { REFERRAL_DETAILS_QUESTIONNAIRE } from './questionnaire.js';
export * from './systems.js';
export { ReferralMappingError, toFhirTransaction } from './transaction.js';
export type { FhirTransactionOptions } from './transaction.js';
export type * from './types.js';
