// Sends through a fetch function: the global one, or the `fetch` option.
import type { FetchLike, OutgoingRequest, Sender } from './types.js';

export function fetchSender(customFetch: FetchLike | undefined): Sender {
  if (customFetch) {
    // A custom fetch gets a real, fresh Request per attempt.
    return (request: OutgoingRequest) => customFetch(new Request(request.url, init(request)));
  }
  return (request: OutgoingRequest) => globalThis.fetch(request.url, init(request));
}

function init(request: OutgoingRequest): RequestInit {
  return {
    method: request.method,
    headers: request.headers,
    body: request.body as BodyInit | undefined,
    signal: request.signal,
  };
}

/** Frees a response we will not hand out (before a retry). */
export async function discard(response: Response): Promise<void> {
  try {
    await response.body?.cancel();
  } catch {
    // already consumed or closed
  }
}
