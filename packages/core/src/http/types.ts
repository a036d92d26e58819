import type { HeaderPairs } from './pair-headers.js';

/** One attempt of a request, as plain data (rebuilt for every attempt). */
export interface OutgoingRequest {
  method: string;
  url: string;
  /** Lowercase names. */
  headers: Record<string, string>;
  body: string | Uint8Array | undefined;
  /** The caller's signal. */
  signal: AbortSignal | undefined;
}

/** A whole HTTP answer: the body is read to its end before a sender resolves. */
export interface RawResponse {
  status: number;
  statusText: string;
  /** Fetch Headers, or the pairs our HTTP/1.1 parser read (names lowercase, values as Fetch takes them). */
  headers: Headers | HeaderPairs;
  body: Uint8Array;
}

/**
 * Sends one attempt and reads its whole body within `timeoutMs` (0: no limit). Rejects with
 * SendTimeout when time runs out, with the caller's abort reason when the signal fires, and with
 * any other error when there is no complete answer (refused, reset, truncated).
 */
export type Sender = (request: OutgoingRequest, timeoutMs: number) => Promise<RawResponse>;

/** The fetch signature openapi-fetch calls, and the one a custom `fetch` option must have. */
export type FetchLike = (request: Request) => Promise<Response>;

/** A sender ran out of time (the transport turns it into SinchTimeoutError). */
export class SendTimeout extends Error {
  override name = 'SendTimeout';
}

/** The caller's signal fired during an attempt. */
export class SendAborted extends Error {
  override name = 'SendAborted';
}
