import { expect } from 'chai';
import {
  Conflict,
  NotFound,
  Unauthorised,
  Unavailable,
  ValidationFailed,
} from '../backend/errors.js';
import { backoffDelay, DEFAULT_RETRY_POLICY, resolveRetryPolicy, sendWithRetry } from './retry.js';
import { createTestEnvironment } from './testing/test-environment.js';
import { sleep } from './timing.js';

/** A send function that plays a script: each item is thrown, or returned when it is not an Error. */
function scripted(script: readonly unknown[]): {
  send: (signal: AbortSignal) => Promise<string>;
  signals: AbortSignal[];
} {
  const signals: AbortSignal[] = [];
  let index = 0;
  return {
    signals,
    send: async (signal) => {
      signals.push(signal);
      const step = script[index++];
      if (step === 'hang') {
        return new Promise<string>((_resolve, reject) =>
          signal.addEventListener('abort', () => reject(signal.reason as Error)),
        );
      }
      if (step === 'hang-ignoring-signal') return new Promise<string>(() => undefined);
      if (step instanceof Error) throw step;
      return String(step);
    },
  };
}

const policy = {
  maxAttempts: 5,
  baseMs: 100,
  maxMs: 1_000,
  attemptTimeoutMs: 2_000,
  maxRetryAfterMs: 10_000,
};

describe('backoffDelay', () => {
  it('is random() times min(maxMs, baseMs * 2^retry)', () => {
    const half = (): number => 0.5;
    expect(backoffDelay(0, policy, half)).to.equal(50);
    expect(backoffDelay(1, policy, half)).to.equal(100);
    expect(backoffDelay(3, policy, half)).to.equal(400);
    expect(backoffDelay(4, policy, half)).to.equal(500);
    expect(backoffDelay(12, policy, half)).to.equal(500);
    expect(backoffDelay(2, policy, () => 0)).to.equal(0);
  });

  it('never waits less than Retry-After', () => {
    expect(backoffDelay(0, policy, () => 0.5, 700)).to.equal(700);
    expect(backoffDelay(4, policy, () => 0.9, 100)).to.equal(900);
  });

  it('keeps a misbehaving random source within the ceiling', () => {
    expect(backoffDelay(0, policy, () => 7)).to.equal(100);
    expect(backoffDelay(0, policy, () => -1)).to.equal(0);
    expect(backoffDelay(0, policy, () => Number.NaN)).to.equal(0);
  });
});

describe('resolveRetryPolicy', () => {
  it('fills in the defaults and refuses nonsense', () => {
    expect(resolveRetryPolicy({ maxAttempts: 2 })).to.deep.equal({
      ...DEFAULT_RETRY_POLICY,
      maxAttempts: 2,
    });
    expect(() => resolveRetryPolicy({ maxAttempts: 0 })).to.throw(RangeError, /maxAttempts/);
    expect(() => resolveRetryPolicy({ baseMs: -1 })).to.throw(RangeError, /baseMs/);
    expect(() => resolveRetryPolicy({ attemptTimeoutMs: Infinity })).to.throw(RangeError);
  });
});

describe('sendWithRetry', () => {
  it('retries network errors, 5xx and 429 with full-jitter delays, then succeeds', async () => {
    const env = createTestEnvironment({ seed: 7 });
    const { send, signals } = scripted([
      new TypeError('Failed to fetch'),
      new Unavailable('HTTP 500'),
      new Unavailable('HTTP 429'),
      'receipt',
    ]);
    const outcome = await sendWithRetry(send, { ...env, policy });
    expect(outcome).to.deep.equal({ ok: true, value: 'receipt', attempts: 4 });
    expect(signals).to.have.length(4);
    expect(env.draws).to.have.length(3);
    expect(env.sleeps).to.deep.equal([
      env.draws[0]! * 100,
      env.draws[1]! * 200,
      env.draws[2]! * 400,
    ]);
    expect(env.deadlines).to.deep.equal([2_000, 2_000, 2_000, 2_000]);
  });

  it('waits at least Retry-After, and the jitter when it is longer', async () => {
    const draws = [0.1, 0.95];
    const env = createTestEnvironment({ random: () => draws.shift() ?? 0 });
    const { send } = scripted([
      new Unavailable('HTTP 503', 5_000),
      new Unavailable('HTTP 429', 50),
      'ok',
    ]);
    const outcome = await sendWithRetry(send, { ...env, policy });
    expect(outcome.ok).to.equal(true);
    expect(env.sleeps).to.deep.equal([5_000, 0.95 * 200]);
  });

  it('gives up at once when Retry-After is longer than it will wait, and says so', async () => {
    const env = createTestEnvironment();
    const { send, signals } = scripted([new Unavailable('HTTP 503', 3_600_000), 'never']);
    const outcome = await sendWithRetry(send, { ...env, policy });
    expect(outcome).to.deep.equal({
      ok: false,
      attempts: 1,
      failure: { kind: 'exhausted', last: 'unavailable', retryAfterMs: 3_600_000 },
    });
    expect(signals).to.have.length(1);
    expect(env.sleeps).to.deep.equal([]);
  });

  it('stops after maxAttempts with the last transient failure', async () => {
    const env = createTestEnvironment();
    const { send, signals } = scripted(Array.from({ length: 9 }, () => new TypeError('offline')));
    const outcome = await sendWithRetry(send, { ...env, policy: { ...policy, maxAttempts: 3 } });
    expect(outcome).to.deep.equal({
      ok: false,
      attempts: 3,
      failure: { kind: 'exhausted', last: 'network', retryAfterMs: undefined },
    });
    expect(signals).to.have.length(3);
    expect(env.sleeps).to.have.length(2);
  });

  it('never retries ValidationFailed and returns its field errors', async () => {
    const env = createTestEnvironment();
    const errors = [{ path: 'patient.dateOfBirth', code: 'future', message: 'In the future' }];
    const { send, signals } = scripted([new ValidationFailed(errors), 'never']);
    const outcome = await sendWithRetry(send, { ...env, policy });
    expect(outcome).to.deep.equal({ ok: false, attempts: 1, failure: { kind: 'invalid', errors } });
    expect(signals).to.have.length(1);
    expect(env.sleeps).to.deep.equal([]);
  });

  it('never retries Unauthorised, Conflict or other final refusals', async () => {
    for (const [error, kind] of [
      [new Unauthorised('HTTP 401'), 'unauthorised'],
      [new Conflict('HTTP 409'), 'conflict'],
      [new NotFound('HTTP 404'), 'refused'],
    ] as const) {
      const env = createTestEnvironment();
      const { send, signals } = scripted([error, 'never']);
      const outcome = await sendWithRetry(send, { ...env, policy });
      expect(outcome).to.deep.equal({ ok: false, attempts: 1, failure: { kind } });
      expect(signals).to.have.length(1);
      expect(env.sleeps).to.deep.equal([]);
    }
  });

  it('aborts an attempt at its deadline and retries it as a timeout', async () => {
    const env = createTestEnvironment();
    const { send, signals } = scripted(['hang', 'hang-ignoring-signal', 'ok']);
    const outcome = await sendWithRetry(send, { ...env, policy });
    expect(outcome).to.deep.equal({ ok: true, value: 'ok', attempts: 3 });
    expect(signals[0]!.aborted).to.equal(true);
    expect((signals[0]!.reason as DOMException).name).to.equal('TimeoutError');
    expect(signals[1]!.aborted).to.equal(true);
    expect(signals[2]!.aborted).to.equal(false);
    expect(env.deadlines).to.deep.equal([2_000, 2_000, 2_000]);
    expect(env.sleeps).to.have.length(2);
  });

  it('reports timeouts as the last failure when every attempt hangs', async () => {
    const env = createTestEnvironment();
    const { send } = scripted(['hang', 'hang']);
    const outcome = await sendWithRetry(send, { ...env, policy: { ...policy, maxAttempts: 2 } });
    expect(outcome).to.deep.equal({
      ok: false,
      attempts: 2,
      failure: { kind: 'exhausted', last: 'timeout', retryAfterMs: undefined },
    });
  });

  it('stops retrying when the outer signal aborts during a backoff', async () => {
    const env = createTestEnvironment();
    const control = new AbortController();
    const { send, signals } = scripted(Array.from({ length: 5 }, () => new TypeError('offline')));
    const outcome = sendWithRetry(send, {
      ...env,
      policy,
      signal: control.signal,
      sleep: async (ms, signal) => {
        control.abort();
        await env.sleep(ms, signal);
      },
    });
    let caught: unknown;
    try {
      await outcome;
    } catch (error) {
      caught = error;
    }
    expect((caught as DOMException).name).to.equal('AbortError');
    expect(signals).to.have.length(1);
  });

  it('cancels the attempt in flight when the outer signal aborts', async () => {
    const env = createTestEnvironment();
    const control = new AbortController();
    const reason = new Error('Component disconnected');
    const { send, signals } = scripted(['hang-ignoring-signal', 'ok']);
    const outcome = sendWithRetry(send, { ...env, policy, signal: control.signal });
    await Promise.resolve();
    control.abort(reason);
    let caught: unknown;
    try {
      await outcome;
    } catch (error) {
      caught = error;
    }
    expect(caught).to.equal(reason);
    expect(signals).to.have.length(1);
    expect(signals[0]!.reason).to.equal(reason);
    expect(env.sleeps).to.deep.equal([]);
  });

  it('sends nothing when the signal is already aborted', async () => {
    const env = createTestEnvironment();
    const { send, signals } = scripted(['ok']);
    let caught: unknown;
    try {
      await sendWithRetry(send, { ...env, policy, signal: AbortSignal.abort() });
    } catch (error) {
      caught = error;
    }
    expect((caught as DOMException).name).to.equal('AbortError');
    expect(signals).to.have.length(0);
  });

  it('stops without sending when beforeAttempt declines', async () => {
    const env = createTestEnvironment();
    const { send, signals } = scripted([new TypeError('offline'), 'ok']);
    const seen: number[] = [];
    const outcome = await sendWithRetry(send, {
      ...env,
      policy,
      beforeAttempt: (attempt) => {
        seen.push(attempt);
        return attempt < 2;
      },
    });
    expect(outcome).to.deep.equal({ ok: false, attempts: 1, failure: { kind: 'superseded' } });
    expect(seen).to.deep.equal([1, 2]);
    expect(signals).to.have.length(1);
  });
});

describe('sleep', () => {
  it('rejects with the reason when aborted, before or during the wait', async () => {
    const reason = new Error('stop');
    let caught: unknown;
    try {
      await sleep(10, AbortSignal.abort(reason));
    } catch (error) {
      caught = error;
    }
    expect(caught).to.equal(reason);

    const control = new AbortController();
    const waiting = sleep(60_000, control.signal);
    control.abort(reason);
    caught = undefined;
    try {
      await waiting;
    } catch (error) {
      caught = error;
    }
    expect(caught).to.equal(reason);
  });

  it('resolves after a zero wait', async () => {
    expect(await sleep(0)).to.equal(undefined);
  });
});
