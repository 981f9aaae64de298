/**
 * Test support: the injected clock, random source, sleep and per-attempt
 * deadline, recording every call so tests check the delays the code asked
 * for rather than wall time.
 */
import { abortReason } from '../timing.js';
import type { Sleep } from '../timing.js';
import { seededRandom } from './seeded-random.js';

/** The instant the fixtures are written for. */
export const PINNED_NOW = '2026-11-26T12:00:00.000Z';

/** Recorded, never-waiting stand-ins for time and chance. */
export interface TestEnvironment {
  /** Every `sleep` delay asked for, in order. */
  readonly sleeps: number[];
  /** Every per-attempt deadline asked for, in order. */
  readonly deadlines: number[];
  /** Every number `random` returned, in order. */
  readonly draws: number[];
  readonly now: () => Date;
  /** Moves the clock on. */
  advance(ms: number): void;
  readonly random: () => number;
  /** Records the delay, moves the clock on by it, and resolves at once (rejects if aborted). */
  readonly sleep: Sleep;
  /**
   * Records the deadline and fires it after one macrotask: later than any
   * answer a test backend gives through promises, so only a hanging attempt
   * times out. Moves the clock on by the deadline when it fires.
   */
  readonly deadline: Sleep;
}

/** Makes a test environment with the clock at `PINNED_NOW` and `random` seeded. */
export function createTestEnvironment(
  options: { readonly seed?: number; readonly random?: () => number } = {},
): TestEnvironment {
  let nowMs = Date.parse(PINNED_NOW);
  const sleeps: number[] = [];
  const deadlines: number[] = [];
  const draws: number[] = [];
  const source = options.random ?? seededRandom(options.seed ?? 1);
  return {
    sleeps,
    deadlines,
    draws,
    now: () => new Date(nowMs),
    advance(ms) {
      nowMs += ms;
    },
    random() {
      const value = source();
      draws.push(value);
      return value;
    },
    async sleep(ms, signal) {
      if (signal?.aborted) throw abortReason(signal);
      sleeps.push(ms);
      nowMs += ms;
    },
    deadline(ms, signal) {
      deadlines.push(ms);
      return new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => {
          nowMs += ms;
          resolve();
        }, 0);
        signal?.addEventListener(
          'abort',
          () => {
            clearTimeout(timer);
            reject(abortReason(signal));
          },
          { once: true },
        );
      });
    },
  };
}
