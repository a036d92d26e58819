/** One attempt of a request, as plain data (rebuilt for every attempt). */
export interface OutgoingRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string | Uint8Array | undefined;
  signal: AbortSignal | undefined;
}

/** Sends one attempt. Rejects only when there is no HTTP answer at all. */
export type Sender = (request: OutgoingRequest) => Promise<Response>;

/** The fetch signature openapi-fetch calls, and the one a custom `fetch` option must have. */
export type FetchLike = (request: Request) => Promise<Response>;
