/** Fingerprints of the consent wording a person was shown. */
export { sha256Hex } from './sha256.js';
