// Sends through a fetch function: the global one (web build), or the `fetch` option anywhere.
// The whole body is read under the attempt's deadline, so a stall or a reset mid-body is a
// timeout or a connection error here, never a hang or a raw TypeError later.
import { bounded } from './bounded.js';
import type { FetchLike, OutgoingRequest, Sender } from './types.js';

export function fetchSender(customFetch: FetchLike | undefined): Sender {
  return (request: OutgoingRequest, timeoutMs: number) =>
    bounded(timeoutMs, request.signal, async (attempt) => {
      const controller = new AbortController();
      attempt.onCancel(() => controller.abort());
      const init: RequestInit = {
        method: request.method,
        headers: request.headers,
        body: request.body as BodyInit | undefined,
        signal: controller.signal,
      };
      // A custom fetch gets a real, fresh Request per attempt; the global one takes the parts.
      const response = await (customFetch
        ? customFetch(new Request(request.url, init))
        : globalThis.fetch(request.url, init));
      const body = new Uint8Array(await response.arrayBuffer());
      return { status: response.status, statusText: response.statusText, headers: response.headers, body };
    });
}
