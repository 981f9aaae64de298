export { BODY_LIMIT_BYTES, createApp } from './app.js';
export type { AppOptions, RequestLogEntry } from './app.js';
export { startServer } from './server.js';
export { createSite, PAGE_CONTENT_SECURITY_POLICY, pageHeaders } from './site.js';
export type { SiteOptions } from './site.js';
export type { ServerHandle, ServerOptions } from './server.js';
export {
  createDirectory,
  filterServices,
  orukPage,
  readOrukServices,
  RIVERSIDE_DIRECTORY,
  servicesAtLocations,
} from './directory.js';
export type {
  Directory,
  DirectoryOptions,
  OrukPage,
  OrukService,
  OrukServiceAtLocation,
} from './directory.js';
export { authenticate, createRateLimiter, SECURITY_HEADERS } from './security.js';
export type { Authentication, RateDecision, RateLimit, RateLimiter } from './security.js';
export * from './storage/index.js';
