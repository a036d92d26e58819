// Web Crypto backend: Deno, Bun, Workers, browsers. The Node build replaces this module with
// backend.node.ts (see tsup.config.ts); both export `backend`.
import { decode, encode } from '../encoding.js';
import type { HashAlgorithm, HmacBackend, SignedContent } from './types.js';

const encoder = new TextEncoder();
const KEY_CACHE_LIMIT = 64;
// Importing a key costs about as much as the HMAC itself, so keys are cached per secret.
const keys = new Map<string, Promise<CryptoKey>>();

function importKey(hash: HashAlgorithm, secret: string): Promise<CryptoKey> {
  const id = `${hash}\u0000${secret}`;
  let key = keys.get(id);
  if (!key) {
    key = crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash }, false, ['sign', 'verify']);
    if (keys.size >= KEY_CACHE_LIMIT) keys.delete(keys.keys().next().value as string);
    keys.set(id, key);
  }
  return key;
}

// TS 5.9's lib types BufferSource as ArrayBuffer-backed only; our bytes never use a SharedArrayBuffer.
function concat(content: SignedContent): Uint8Array<ArrayBuffer> {
  const parts = content.map((part) => (typeof part === 'string' ? encoder.encode(part) : part));
  if (parts.length === 1) return parts[0] as Uint8Array<ArrayBuffer>;
  const bytes = new Uint8Array(parts.reduce((n, part) => n + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.length;
  }
  return bytes;
}

export const backend: HmacBackend = {
  name: 'web-crypto',
  decode,
  encode,
  async sign(hash, secret, content) {
    return new Uint8Array(await crypto.subtle.sign('HMAC', await importKey(hash, secret), concat(content)));
  },
  async verify(hash, secrets, content, signature) {
    const data = concat(content);
    for (const secret of secrets) {
      // subtle.verify compares in constant time.
      if (await crypto.subtle.verify('HMAC', await importKey(hash, secret), signature as Uint8Array<ArrayBuffer>, data))
        return true;
    }
    return false;
  },
};
