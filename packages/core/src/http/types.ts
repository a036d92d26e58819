/** One attempt of a request, as plain data (rebuilt for every attempt). */
export interface OutgoingRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string | Uint8Array | undefined;
  /** The caller's signal. */
  signal: AbortSignal | undefined;
}

/** Sends one attempt within `timeoutMs` (0: no limit). Rejects only when there is no HTTP answer. */
export type Sender = (request: OutgoingRequest, timeoutMs: number) => Promise<Response>;

/** The fetch signature openapi-fetch calls, and the one a custom `fetch` option must have. */
export type FetchLike = (request: Request) => Promise<Response>;

/** A sender ran out of time (the transport turns it into SinchTimeoutError). */
export class SendTimeout extends Error {
  override name = 'SendTimeout';
}
