import { type Authenticator, authenticator } from './auth.js';
import type { Credentials } from './credentials.js';
import {
  SinchAbortError,
  SinchConnectionError,
  SinchError,
  SinchResponseParseError,
  SinchTimeoutError,
} from './errors.js';
import { bufferedResponse, NOT_PARSED } from './http/buffered-response.js';
import type { HeaderPairs } from './http/pair-headers.js';
import { createSender } from './http/sender.js';
import { type FetchLike, type OutgoingRequest, type RawResponse, SendAborted, SendTimeout } from './http/types.js';
import { nonNegative, optionalFunction } from './options.js';
import { CALLER_SIGNAL, RAW_BODY, type RequestLike } from './request.js';
import { methodMayRetry, type RetryOptions, retryDelayMs, retryPolicy, sleep, statusMayRetry } from './retry.js';

export interface TransportOptions {
  /** How requests authenticate. Leave out only for a server that needs none (e.g. a mock). */
  credentials?: Credentials;
  /**
   * Send with this fetch instead of the built-in transport (our HTTP/1.1 client on Node, the
   * global fetch elsewhere): for proxies, redirects, tracing or tests.
   */
  fetch?: FetchLike;
  /** Retries on 408/429/5xx, connection errors, timeouts and unreadable JSON. Default: 2 retries, GET/PUT/DELETE only. */
  retry?: RetryOptions;
  /**
   * Per-attempt timeout in ms, covering the connection, the response headers and the whole body.
   * Default 60,000; 0 turns it off.
   */
  timeoutMs?: number;
  /** Node transport only: open connections per origin at most; more requests queue. Default 64. */
  maxConnections?: number;
}

export interface Transport {
  /** Give this to openapi-fetch as `fetch`. */
  fetch: FetchLike;
}

const OPERATION = Symbol.for('@sinchkit/core/operation');
type Answered = { [OPERATION]?: { method: string; url: string } };

function describe(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname}`;
  } catch {
    return url.split(/[?#]/, 1)[0] ?? url;
  }
}

/** `METHOD origin/path` of the request a response answered (used by orThrow). */
export function operationOf(response: Response): string | undefined {
  const request = (response as Answered)[OPERATION];
  return request ? `${request.method} ${describe(request.url)}` : undefined;
}

/** The body to send: what openapi-fetch serialised (no await), or what Fetch makes of another one. */
function bodyOf(
  request: RequestLike,
  headers: Record<string, string>,
): OutgoingRequest['body'] | Promise<OutgoingRequest['body']> {
  const raw = request[RAW_BODY];
  if (typeof raw === 'string' || raw instanceof Uint8Array) return raw;
  if (raw === null || (raw === undefined && !request.body)) return undefined;
  return serialisedBody(request, raw, headers);
}

async function serialisedBody(request: RequestLike, raw: unknown, headers: Record<string, string>) {
  if (raw !== undefined) {
    // Rare bodies (FormData, Blob, …): let Fetch serialise them once, keeping the content type.
    const serialised = new Response(raw as BodyInit);
    headers['content-type'] ??= serialised.headers.get('content-type') ?? '';
    return new Uint8Array(await serialised.arrayBuffer());
  }
  return new Uint8Array(await (request as Request).arrayBuffer());
}

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\b/i;

function contentTypeOf(headers: RawResponse['headers']): string {
  if (!Array.isArray(headers)) return (headers as Headers).get('content-type') ?? '';
  for (const [name, value] of headers as HeaderPairs) if (name === 'content-type') return value;
  return '';
}

const decoder = new TextDecoder();

/** A successful JSON answer, parsed once here so a broken body is a typed, retryable error. */
function parseJsonBody(raw: RawResponse): unknown {
  if (raw.body.length === 0 || raw.status < 200 || raw.status >= 300) return NOT_PARSED;
  if (!JSON_TYPE.test(contentTypeOf(raw.headers))) return NOT_PARSED;
  return JSON.parse(decoder.decode(raw.body));
}

function safeStatusText(text: string): string {
  return /^[\t\x20-\x7e\x80-\xff]*$/.test(text) ? text : '';
}

async function waitOrAbort(ms: number, signal: AbortSignal | undefined): Promise<void> {
  try {
    await sleep(ms, signal);
  } catch {
    throw new SinchAbortError({ cause: signal?.reason });
  }
}

/** The fetch every generated client sends through: auth, timeout, abort, retries, typed failures. */
export function createTransport(options: TransportOptions = {}): Transport {
  const policy = retryPolicy(options.retry);
  const timeoutMs = nonNegative(options.timeoutMs, 'timeoutMs', 60_000);
  const maxConnections = nonNegative(options.maxConnections, 'maxConnections', 64, { integer: true });
  if (maxConnections < 1) throw new TypeError('sinchkit: maxConnections must be at least 1');
  const send = createSender({ fetch: optionalFunction<FetchLike>(options.fetch, 'fetch'), maxConnections });
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
    const pendingBody = bodyOf(request, headers);
    const body = pendingBody instanceof Promise ? await pendingBody : pendingBody;
    const caller = (CALLER_SIGNAL in request ? request[CALLER_SIGNAL] : request.signal) ?? undefined;
    const mayRetry = methodMayRetry(method, policy);
    const target = { method, url };
    let refreshed = false;

    for (let retry = 0; ; ) {
      if (caller?.aborted) throw new SinchAbortError({ cause: caller.reason });
      let authorization: string | undefined;
      if (auth) {
        const pending = auth.authorization(target);
        authorization = typeof pending === 'string' ? pending : await untilAborted(pending, caller);
        headers.authorization = authorization;
      }

      let raw: RawResponse | undefined;
      let response: Response;
      try {
        raw = await send({ method, url, headers, body, signal: caller }, timeoutMs);
        const parsed = parseJsonBody(raw);
        const init = { status: raw.status, statusText: safeStatusText(raw.statusText), headers: raw.headers, url };
        response = bufferedResponse(raw.body, init, parsed);
      } catch (error) {
        if (error instanceof SendAborted) throw new SinchAbortError({ cause: caller?.reason });
        if (error instanceof TypeError && /^sinchkit:/.test(error.message)) throw error; // our check of the request
        if (retry < policy.maxRetries && mayRetry) {
          await waitOrAbort(retryDelayMs(retry++, null, policy), caller);
          continue;
        }
        throw failure(error, method, url, timeoutMs, raw);
      }

      // One fresh token per request on a 401, then the 401 is the answer.
      if (response.status === 401 && auth?.tokens && authorization && !refreshed) {
        refreshed = true;
        auth.tokens.invalidate(authorization);
        continue;
      }
      if (statusMayRetry(response.status) && retry < policy.maxRetries && mayRetry) {
        await waitOrAbort(retryDelayMs(retry++, response.headers.get('retry-after'), policy), caller);
        continue;
      }
      (response as Answered)[OPERATION] = { method, url };
      return response;
    }
  }

  return { fetch: transportFetch as FetchLike };
}

/** The typed error for an attempt that got no usable answer. */
function failure(error: unknown, method: string, url: string, timeoutMs: number, raw: RawResponse | undefined): Error {
  if (error instanceof SinchError) return error; // e.g. a token failure
  const where = describe(url);
  const operation = `${method} ${where}`;
  if (error instanceof SendTimeout)
    return new SinchTimeoutError(`No complete answer from ${where} within ${timeoutMs} ms.`, { operation });
  if (error instanceof SyntaxError && raw)
    return new SinchResponseParseError({ status: raw.status, operation, cause: error });
  const reason = (error as Error)?.message ?? String(error);
  return new SinchConnectionError(`Could not get an answer from ${where}: ${reason}`, { cause: error, operation });
}

/** Awaits `value`, but gives up as soon as the caller aborts. */
function untilAborted<T>(value: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return value;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new SinchAbortError({ cause: signal.reason }));
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    value.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
