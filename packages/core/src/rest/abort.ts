/**
 * Combining abort signals: the caller's and the adapter's own timeout.
 */

/** A combined signal, and how to stop listening to its sources once the call is over. */
export interface CombinedSignal {
  readonly signal: AbortSignal;
  readonly dispose: () => void;
}

type AnyFunction = (signals: AbortSignal[]) => AbortSignal;

const nativeAny: AnyFunction | undefined =
  typeof AbortSignal !== 'undefined' && typeof (AbortSignal as { any?: unknown }).any === 'function'
    ? (signals) => (AbortSignal as unknown as { any: AnyFunction }).any(signals)
    : undefined;

/**
 * A signal that aborts, with the same reason, as soon as any of `signals`
 * does. Uses `AbortSignal.any` where the platform has it (pass `any: null` to
 * force the fallback, which listens to each source until `dispose`).
 */
export function anySignal(
  signals: readonly (AbortSignal | undefined)[],
  any: AnyFunction | null | undefined = nativeAny,
): CombinedSignal {
  const sources = signals.filter((s): s is AbortSignal => s !== undefined);
  if (any) return { signal: any(sources), dispose: () => undefined };
  const controller = new AbortController();
  const listeners: (() => void)[] = [];
  const dispose = (): void => {
    for (const remove of listeners.splice(0)) remove();
  };
  for (const source of sources) {
    if (source.aborted) {
      controller.abort(source.reason);
      dispose();
      break;
    }
    const onAbort = (): void => {
      controller.abort(source.reason);
      dispose();
    };
    source.addEventListener('abort', onAbort, { once: true });
    listeners.push(() => source.removeEventListener('abort', onAbort));
  }
  return { signal: controller.signal, dispose };
}
