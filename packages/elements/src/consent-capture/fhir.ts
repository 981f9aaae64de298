/** Core's FHIR R4 mapping, loaded only when a host asks for it (`toFhir()`). */
export { consentToFhir } from '@linkwork/core';
