/**
 * Turns off zod's code generation before any schema exists, so parsing never
 * compiles code with `new Function` (blocked by a strict
 * Content-Security-Policy; see docs/decisions/0003-zod-mini-jitless.md).
 *
 * Every schema module in core starts with `import '../zod.js';` and then
 * `import * as z from 'zod/mini';`. The namespace import lets bundlers keep only
 * the schema kinds we use (re-exporting `z` as a value would keep all of zod),
 * and package.json lists this module under `sideEffects` so no bundler drops
 * the configuration.
 */
import { config } from 'zod/mini';

config({ jitless: true });
