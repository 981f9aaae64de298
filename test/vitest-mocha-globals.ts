/**
 * Core's tests run under mocha in Chromium and under Vitest in Node; mocha
 * calls its suite hooks `before`/`after`, Vitest `beforeAll`/`afterAll`.
 */
import { afterAll, beforeAll } from 'vitest';

Object.assign(globalThis, { before: beforeAll, after: afterAll });
