// One attempt under one deadline: the attempt settles the promise, or the timer (SendTimeout) or
// the caller's signal (SendAborted) does first — and then the attempt is told to stop, so nothing
// it holds (a socket, a fetch) outlives it. One plain timer per attempt: its cost is printed by
// pnpm bench:clients (scripts/bench/timeout-cost.mjs) against a 2 µs budget.
import { SendAborted, SendTimeout } from './types.js';

export interface Attempt {
  /** Registers what stops the work (destroy a socket, abort a fetch); replaces an earlier one. */
  onCancel(cancel: () => void): void;
  /** True once the deadline passed or the caller aborted. */
  readonly cancelled: boolean;
}

// A class, not an object literal with a getter per call: V8 gives every such literal its own
// accessor objects, which survive young-generation GCs (see `node --trace-gc-nvp`: what a
// scavenge promotes) and so make every GC of a busy client dearer.
class BoundedAttempt implements Attempt {
  cancelled = false;
  settled = false;
  #cancel: (() => void) | undefined;

  onCancel(cancel: () => void): void {
    this.#cancel = cancel;
  }

  /** Marks the attempt cancelled and stops its work. */
  cancel(): void {
    this.cancelled = true;
    this.#cancel?.();
  }
}

export function bounded<T>(
  timeoutMs: number,
  signal: AbortSignal | undefined,
  work: (attempt: Attempt) => Promise<T>,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const attempt = new BoundedAttempt();
    const settle = () => {
      attempt.settled = true;
      if (timer !== undefined) clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    };
    const fail = (error: Error) => {
      if (attempt.settled) return;
      settle();
      reject(error);
      attempt.cancel();
    };
    const onAbort = () => fail(new SendAborted('aborted', { cause: signal?.reason }));
    const timer = timeoutMs > 0 ? setTimeout(() => fail(new SendTimeout('timed out')), timeoutMs) : undefined;
    if (signal?.aborted) return onAbort();
    signal?.addEventListener('abort', onAbort, { once: true });
    work(attempt).then(
      (value) => {
        if (attempt.settled) return;
        settle();
        resolve(value);
      },
      (error: unknown) => {
        if (attempt.settled) return;
        settle();
        reject(error);
      },
    );
  });
}
