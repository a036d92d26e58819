// When and how long to wait before another attempt.
import { describe, nonNegative } from './options.js';

export interface RetryOptions {
  /** Retries after the first attempt. Default 2; 0 turns retries off. */
  maxRetries?: number;
  /** Also retry POST and PATCH (only safe when the operation is idempotent for you). Default false. */
  retryNonIdempotent?: boolean;
  /** First backoff delay; doubles per retry. Default 500 ms. */
  initialDelayMs?: number;
  /** Cap of the exponential backoff. Default 8 s. */
  maxDelayMs?: number;
  /** Cap on a server's Retry-After. Default 60 s. */
  maxRetryAfterMs?: number;
}

export type RetryPolicy = Required<RetryOptions>;

export function retryPolicy(options: RetryOptions | undefined): RetryPolicy {
  if (options !== undefined && (options === null || typeof options !== 'object'))
    throw new TypeError(`sinchkit: retry must be an object, got ${describe(options)}`);
  const retryNonIdempotent = options?.retryNonIdempotent ?? false;
  if (typeof retryNonIdempotent !== 'boolean')
    throw new TypeError(`sinchkit: retry.retryNonIdempotent must be a boolean, got ${describe(retryNonIdempotent)}`);
  return {
    maxRetries: nonNegative(options?.maxRetries, 'retry.maxRetries', 2, { integer: true }),
    retryNonIdempotent,
    initialDelayMs: nonNegative(options?.initialDelayMs, 'retry.initialDelayMs', 500),
    maxDelayMs: nonNegative(options?.maxDelayMs, 'retry.maxDelayMs', 8_000),
    maxRetryAfterMs: nonNegative(options?.maxRetryAfterMs, 'retry.maxRetryAfterMs', 60_000),
  };
}

const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);

export function methodMayRetry(method: string, policy: RetryPolicy): boolean {
  return policy.retryNonIdempotent || IDEMPOTENT.has(method);
}

export function statusMayRetry(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

/** Retry-After as milliseconds: delta-seconds or an HTTP date. Undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Exponential backoff with up to 25 % jitter, or the server's Retry-After (capped). */
export function retryDelayMs(
  retry: number,
  retryAfter: string | null,
  policy: RetryPolicy,
  random = Math.random,
): number {
  const serverDelay = parseRetryAfter(retryAfter);
  if (serverDelay !== undefined) return Math.min(serverDelay, policy.maxRetryAfterMs);
  const backoff = Math.min(policy.initialDelayMs * 2 ** retry, policy.maxDelayMs);
  return backoff * (1 - 0.25 * random());
}

/** Resolves after `ms`, or rejects with the signal's reason when it aborts first. */
export function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
