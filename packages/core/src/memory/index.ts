export {
  createMemoryBackend,
  type MemoryBackend,
  type MemoryBackendOptions,
  type PostcodeGeocoder,
  type StoredConsent,
  type StoredReferral,
} from './backend.js';
export { createReference, isReference, REFERENCE_ALPHABET } from './reference.js';
