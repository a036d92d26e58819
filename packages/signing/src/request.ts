import { fail } from './errors.js';
import type { WebhookScheme } from './scheme.js';
import { type VerifyInput, verifyAndParse } from './verify.js';

export interface VerifiedRequest<Event> {
  event: Event;
  /** The body bytes, read once from the request. */
  rawBody: Uint8Array;
}

/**
 * For Fetch-API runtimes (Workers, Deno, Bun, Next.js route handlers): reads the request body
 * once, verifies it and returns the typed event with the raw bytes.
 */
export async function verifyRequest<Event>(
  request: Request,
  scheme: WebhookScheme<Event>,
  options: Omit<VerifyInput, 'body' | 'headers'>,
): Promise<VerifiedRequest<Event>> {
  if (request.bodyUsed)
    fail('invalid_body', 'The request body was already read; verify before reading it, or pass request.clone().');
  const rawBody = new Uint8Array(await request.arrayBuffer());
  const event = await verifyAndParse(scheme, { ...options, body: rawBody, headers: request.headers });
  return { event, rawBody };
}
