import type { HashAlgorithm, SignedContent } from './crypto/types.js';
import type { SignatureEncoding } from './encoding.js';

/**
 * Everything that differs between webhook signing schemes. A new scheme, once its provider
 * confirms it, is one `defineScheme({...})`.
 */
export interface WebhookScheme<Event = unknown> {
  /** Short name, also used to keep nonces of different schemes apart. */
  readonly name: string;
  readonly hash: HashAlgorithm;
  readonly encoding: SignatureEncoding;
  /** Header carrying the signature (matched case-insensitively). */
  readonly signatureHeader: string;
  /** Header that must carry exactly this value, e.g. the algorithm name. */
  readonly algorithmHeader?: { readonly name: string; readonly value: string };
  /** Header with the signing time in Unix seconds; enables the tolerance check. */
  readonly timestampHeader?: string;
  /** Header with a per-delivery nonce; enables replay protection with a NonceStore. */
  readonly nonceHeader?: string;
  /** What is signed, in order, from the raw body and the headers above. */
  signedContent(parts: { body: Uint8Array; timestamp: string; nonce: string }): SignedContent;
  /** Turns a verified body into the scheme's event type; throws WebhookVerificationError('invalid_body'). */
  parse(body: Uint8Array): Event;
}

/** Identity helper that checks a scheme definition and keeps its event type. */
export function defineScheme<Event>(scheme: WebhookScheme<Event>): WebhookScheme<Event> {
  return scheme;
}
