// Strict, runtime-neutral encodings. Strict because a lenient decoder would accept several spellings
// of one signature (uppercase hex, different unused base64 bits).

export type SignatureEncoding = 'hex' | 'base64';

const HEX = /^(?:[0-9a-f]{2})*$/;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

export function encode(bytes: Uint8Array, encoding: SignatureEncoding): string {
  if (encoding === 'hex') {
    let hex = '';
    for (const byte of bytes) hex += byte.toString(16).padStart(2, '0');
    return hex;
  }
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** Decodes a canonical encoding; returns undefined for anything else. */
export function decode(text: string, encoding: SignatureEncoding): Uint8Array | undefined {
  if (encoding === 'hex') {
    if (!HEX.test(text)) return undefined;
    const bytes = new Uint8Array(text.length / 2);
    for (let i = 0; i < bytes.length; i++) bytes[i] = Number.parseInt(text.slice(i * 2, i * 2 + 2), 16);
    return bytes;
  }
  if (!BASE64.test(text)) return undefined;
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  // Reject spellings whose unused trailing bits are set: only one text may stand for a signature.
  return encode(bytes, 'base64') === text ? bytes : undefined;
}
