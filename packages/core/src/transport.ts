import { untilAborted } from './attempt.js';
import { type Authenticator, authenticator } from './auth.js';
import type { Credentials } from './credentials.js';
import { SinchAbortError, SinchConnectionError, SinchTimeoutError } from './errors.js';
import { LightRequest } from './http/light-request.js';
import { createSender, discard } from './http/sender.js';
import { type FetchLike, type OutgoingRequest, SendTimeout } from './http/types.js';
import { methodMayRetry, type RetryOptions, retryDelayMs, retryPolicy, sleep, statusMayRetry } from './retry.js';

export interface TransportOptions {
  /** How requests authenticate. Leave out only for a server that needs none (e.g. a mock). */
  credentials?: Credentials;
  /** Send with this fetch instead of the built-in transport (undici on Node, fetch elsewhere). */
  fetch?: FetchLike;
  /** Retries on 408/429/5xx and connection errors. Default: 2 retries, GET/PUT/DELETE only. */
  retry?: RetryOptions;
  /**
   * Per-attempt timeout in ms. Default 60,000; 0 turns it off. On Node it bounds the wait for the
   * response headers and for each part of the body; with fetch, the wait for the headers.
   */
  timeoutMs?: number;
}

export interface Transport {
  /** Give this to openapi-fetch as `fetch`. */
  fetch: FetchLike;
  /** Give this to openapi-fetch as `Request`: skips building a full Fetch Request per call. */
  Request: typeof Request;
}

const answered = new WeakMap<object, { method: string; url: string }>();

function describe(url: string): string {
  const parsed = new URL(url);
  return `${parsed.origin}${parsed.pathname}`;
}

/** `METHOD origin/path` of the request a response answered (used by orThrow). */
export function operationOf(response: Response): string | undefined {
  const request = answered.get(response);
  return request ? `${request.method} ${describe(request.url)}` : undefined;
}

type RequestLike = Pick<Request, 'method' | 'url' | 'headers' | 'signal'> & { body: unknown };

async function bodyOf(request: RequestLike, headers: Record<string, string>): Promise<OutgoingRequest['body']> {
  if (request instanceof LightRequest) {
    const body = request.body;
    if (body === null || body === undefined) return undefined;
    if (typeof body === 'string' || body instanceof Uint8Array) return body;
    // Rare bodies (FormData, Blob, …): let Fetch serialise them once, keeping the content type.
    const serialised = new Response(body as BodyInit);
    headers['content-type'] ??= serialised.headers.get('content-type') ?? '';
    return new Uint8Array(await serialised.arrayBuffer());
  }
  return request.body ? new Uint8Array(await (request as Request).arrayBuffer()) : undefined;
}

async function waitOrAbort(ms: number, signal: AbortSignal | undefined): Promise<void> {
  try {
    await sleep(ms, signal);
  } catch {
    throw new SinchAbortError({ cause: signal?.reason });
  }
}

/** The fetch every generated client sends through: auth, timeout, abort and retries. */
export function createTransport(options: TransportOptions = {}): Transport {
  const policy = retryPolicy(options.retry);
  const timeoutMs = options.timeoutMs ?? 60_000;
  if (!(Number.isFinite(timeoutMs) && timeoutMs >= 0))
    throw new TypeError('sinchkit: timeoutMs must be a non-negative number');
  const send = createSender(options.fetch);
  const auth: Authenticator | undefined = options.credentials
    ? authenticator(options.credentials, send, policy, timeoutMs)
    : undefined;

  async function transportFetch(request: RequestLike): Promise<Response> {
    const method = request.method.toUpperCase();
    const url = request.url;
    const headers: Record<string, string> = {};
    request.headers.forEach((value, name) => {
      headers[name] = value;
    });
    // The common case (no body, or a JSON string) needs no await.
    const raw = request.body;
    const body =
      raw === null || raw === undefined ? undefined : typeof raw === 'string' ? raw : await bodyOf(request, headers);
    const caller = request.signal ?? undefined;
    let refreshed = false;

    for (let retry = 0; ; ) {
      if (caller?.aborted) throw new SinchAbortError({ cause: caller.reason });
      let authorization: string | undefined;
      if (auth) {
        const pending = auth.authorization({ method, url });
        try {
          authorization = typeof pending === 'string' ? pending : await untilAborted(pending, caller);
        } catch (error) {
          if (caller?.aborted) throw new SinchAbortError({ cause: caller.reason });
          throw error;
        }
        headers.authorization = authorization;
      }

      let response: Response;
      try {
        response = await send({ method, url, headers, body, signal: caller }, timeoutMs);
      } catch (error) {
        if (caller?.aborted) throw new SinchAbortError({ cause: caller.reason });
        if (retry < policy.maxRetries && methodMayRetry(method, policy)) {
          await waitOrAbort(retryDelayMs(retry++, null, policy), caller);
          continue;
        }
        const where = describe(url);
        const operation = `${method} ${where}`;
        if (error instanceof SendTimeout) {
          throw new SinchTimeoutError(`No answer from ${where} within ${timeoutMs} ms.`, { operation });
        }
        throw new SinchConnectionError(`Could not reach ${where}: ${(error as Error)?.message ?? error}`, {
          cause: error,
          operation,
        });
      }

      // One fresh token per request on a 401, then the 401 is the answer.
      if (response.status === 401 && auth?.tokens && authorization && !refreshed) {
        refreshed = true;
        auth.tokens.invalidate(authorization);
        await discard(response);
        continue;
      }
      if (statusMayRetry(response.status) && retry < policy.maxRetries && methodMayRetry(method, policy)) {
        const delay = retryDelayMs(retry++, response.headers.get('retry-after'), policy);
        await discard(response);
        await waitOrAbort(delay, caller);
        continue;
      }
      answered.set(response, { method, url });
      return response;
    }
  }

  return { fetch: transportFetch as FetchLike, Request: LightRequest as unknown as typeof Request };
}
