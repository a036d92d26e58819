// One attempt's AbortSignal: the caller's signal plus the per-attempt timeout.
// A plain controller and timer: cheaper per request than AbortSignal.any + AbortSignal.timeout.

export interface AttemptSignal {
  signal: AbortSignal | undefined;
  timedOut: boolean;
  done(): void;
}

export function attemptSignal(caller: AbortSignal | undefined, timeoutMs: number): AttemptSignal {
  if (!(timeoutMs > 0)) return { signal: caller, timedOut: false, done() {} };
  const controller = new AbortController();
  const onAbort = () => controller.abort(caller?.reason);
  const attempt: AttemptSignal = {
    signal: controller.signal,
    timedOut: false,
    done() {
      clearTimeout(timer);
      caller?.removeEventListener('abort', onAbort);
    },
  };
  const timer = setTimeout(() => {
    attempt.timedOut = true;
    controller.abort(new DOMException('The request timed out.', 'TimeoutError'));
  }, timeoutMs);
  caller?.addEventListener('abort', onAbort, { once: true });
  return attempt;
}

/** Awaits `value`, but gives up as soon as the caller aborts. */
export function untilAborted<T>(value: T | Promise<T>, signal: AbortSignal | undefined): T | Promise<T> {
  if (!(value instanceof Promise) || !signal) return value;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    value.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
