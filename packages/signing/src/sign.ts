import { bodyBytes, type RawBody } from './body.js';
import { backend } from './crypto/backend.js';
import type { WebhookScheme } from './scheme.js';

export interface SignInput {
  body: RawBody;
  secret: string;
  /** Signing time in Unix seconds. Default: now. */
  timestamp?: number;
  /** Delivery nonce. Default: 16 random bytes, hex. */
  nonce?: string;
}

function randomNonce(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The headers the provider would send with `body`, for testing your own receiver. */
export async function signWebhook(scheme: WebhookScheme<unknown>, input: SignInput): Promise<Record<string, string>> {
  if (typeof input.secret !== 'string' || input.secret.length === 0) {
    throw new TypeError('sinchkit: secret must be a non-empty string');
  }
  const seconds = input.timestamp ?? Math.floor(Date.now() / 1000);
  if (typeof seconds !== 'number' || !Number.isInteger(seconds) || seconds < 0)
    throw new TypeError(`sinchkit: timestamp must be whole Unix seconds ≥ 0, got ${String(seconds)}`);
  const nonce = input.nonce ?? randomNonce();
  if (typeof nonce !== 'string' || nonce === '') throw new TypeError('sinchkit: nonce must be a non-empty string');
  const timestamp = String(seconds);
  const content = scheme.signedContent({ body: bodyBytes(input.body), timestamp, nonce });
  const headers: Record<string, string> = {
    [scheme.signatureHeader]: backend.encode(await backend.sign(scheme.hash, input.secret, content), scheme.encoding),
  };
  if (scheme.timestampHeader) headers[scheme.timestampHeader] = timestamp;
  if (scheme.nonceHeader) headers[scheme.nonceHeader] = nonce;
  if (scheme.algorithmHeader) headers[scheme.algorithmHeader.name] = scheme.algorithmHeader.value;
  return headers;
}
