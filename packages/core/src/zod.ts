/**
 * The one place core imports zod from. Importing `z` from here guarantees
 * `z.config({ jitless: true })` has run before any schema exists, so parsing
 * never compiles code with `new Function` (blocked by a strict
 * Content-Security-Policy; see docs/decisions/0003-zod-mini-jitless.md).
 *
 * Every schema module in core imports `z` from `'../zod.js'`, never from
 * `'zod/mini'` directly.
 */
import { z } from 'zod/mini';

z.config({ jitless: true });

export { z };
