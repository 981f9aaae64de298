/** A part of a component that is loaded with `import()` when needed, once for every element on the page. */
export interface OnDemand<T> {
  /** The loaded module, once it has arrived; until then `undefined`. */
  readonly module: T | undefined;
  /** Loads it (once: later calls share the same promise); after a failure the next call tries again. */
  load(): Promise<T>;
}

/**
 * Wraps a loader (`() => import('./part.js')`, perhaps with what must happen
 * when it arrives, such as adding its words) so it runs once, remembers the
 * module for synchronous use in `render`, and can be retried after a failed
 * fetch (offline) by calling `load` again.
 */
export function onDemand<T>(load: () => Promise<T>): OnDemand<T> {
  let loading: Promise<T> | undefined;
  const part: { module: T | undefined; load: () => Promise<T> } = {
    module: undefined,
    load: () =>
      (loading ??= load().then(
        (module) => (part.module = module),
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      )),
  };
  return part;
}
