import { fail } from './errors.js';

/** The raw request body exactly as received. Parsed JSON cannot be verified. */
export type RawBody = string | Uint8Array | ArrayBuffer;

const encoder = new TextEncoder();

/** Bytes of the raw body, without copying when it already is bytes. */
export function bodyBytes(body: unknown): Uint8Array {
  if (typeof body === 'string') return encoder.encode(body);
  if (body instanceof Uint8Array) return body; // Node's Buffer is a Uint8Array too
  if (body instanceof ArrayBuffer) return new Uint8Array(body);
  if (ArrayBuffer.isView(body)) return new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
  if (body !== null && typeof body === 'object') {
    return fail(
      'invalid_body',
      'Expected the raw request body (string, Uint8Array or ArrayBuffer) but got an object. ' +
        'Are you passing parsed JSON? The signature covers the exact bytes Sinch sent: read the body ' +
        "raw (Express: express.raw({ type: 'application/json' }); Fastify: parseAs 'buffer') and verify before parsing.",
    );
  }
  return fail(
    'invalid_body',
    `Expected the raw request body (string, Uint8Array or ArrayBuffer) but got ${body === null ? 'null' : typeof body}.`,
  );
}
