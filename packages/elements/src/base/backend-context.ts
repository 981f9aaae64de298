import { createContext } from '@lit/context';
import type { Backend } from '@linkwork/core';

/**
 * The backend components use when none is set on them: a page (or a part of
 * it) provides one with `@lit/context`'s `ContextProvider`, and every
 * Linkwork component inside finds it. The key is global (`Symbol.for`) so
 * that two copies of the library on one page still meet.
 */
export const backendContext = createContext<Backend | undefined>(Symbol.for('linkwork.backend'));
