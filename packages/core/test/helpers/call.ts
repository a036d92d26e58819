import { createTransport, type TransportOptions } from '../../src/transport.js';

/** Sends one request through a transport the way openapi-fetch does, and reads the JSON back. */
export async function call(
  transport: ReturnType<typeof createTransport>,
  url: string,
  init: { method?: string; body?: string; signal?: AbortSignal } = {},
): Promise<{ status: number; body: unknown; response: Response }> {
  const request = new Request(url, {
    method: init.method ?? 'GET',
    headers: init.body ? { 'content-type': 'application/json' } : {},
    body: init.body ?? null,
    signal: init.signal ?? null,
  });
  const response = await transport.fetch(request);
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined, response };
}

export { createTransport, type TransportOptions };
