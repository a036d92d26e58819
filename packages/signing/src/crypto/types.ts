import type { SignatureEncoding } from '../encoding.js';

export type HashAlgorithm = 'SHA-1' | 'SHA-256' | 'SHA-512';

/** What is signed: byte chunks and UTF-8 strings, hashed in order as one message. */
export type SignedContent = readonly (Uint8Array | string)[];

/** One HMAC implementation per runtime family; both compare in constant time. */
export interface HmacBackend {
  readonly name: 'node:crypto' | 'web-crypto';
  /** Decodes a canonical (strict) hex or base64 signature; undefined for anything else. */
  decode(text: string, encoding: SignatureEncoding): Uint8Array | undefined;
  encode(bytes: Uint8Array, encoding: SignatureEncoding): string;
  sign(hash: HashAlgorithm, secret: string, content: SignedContent): Uint8Array | Promise<Uint8Array>;
  /** True when any of the secrets signs `content` to exactly `signature`. */
  verify(
    hash: HashAlgorithm,
    secrets: readonly string[],
    content: SignedContent,
    signature: Uint8Array,
  ): boolean | Promise<boolean>;
}
