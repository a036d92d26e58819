// Sends through a fetch function: the global one, or the `fetch` option.
import { attemptSignal } from '../attempt.js';
import { type FetchLike, type OutgoingRequest, type Sender, SendTimeout } from './types.js';

function init(request: OutgoingRequest, signal: AbortSignal | undefined): RequestInit {
  return { method: request.method, headers: request.headers, body: request.body as BodyInit | undefined, signal };
}

export function fetchSender(customFetch: FetchLike | undefined): Sender {
  // A custom fetch gets a real, fresh Request per attempt.
  const send = customFetch
    ? (request: OutgoingRequest, signal: AbortSignal | undefined) =>
        customFetch(new Request(request.url, init(request, signal)))
    : (request: OutgoingRequest, signal: AbortSignal | undefined) =>
        globalThis.fetch(request.url, init(request, signal));
  return async (request, timeoutMs) => {
    // The timer runs until the response headers arrive; fetch streams the body after that.
    const attempt = attemptSignal(request.signal, timeoutMs);
    try {
      return await send(request, attempt.signal);
    } catch (error) {
      if (attempt.timedOut) throw new SendTimeout('timed out', { cause: error });
      throw error;
    } finally {
      attempt.done();
    }
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
