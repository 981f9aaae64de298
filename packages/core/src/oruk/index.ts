export { createOrukBackend, type OrukBackendOptions } from './backend.js';
export { InvalidOrukRecord } from './fields.js';
export type { FetchLike } from './http.js';
export {
  mapOrukServices,
  type InvalidRecordHandler,
  type InvalidRecordReport,
  type OrukDialect,
} from './records.js';
export { costsFromFees, fromOrukV1Service } from './v1.js';
export { fromOrukV3Service } from './v3.js';
