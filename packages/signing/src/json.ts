import { fail } from './errors.js';

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Parses a verified body that must be a JSON object. */
export function parseJsonObject(body: Uint8Array, what: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(decoder.decode(body));
  } catch {
    return fail('invalid_body', `The signature is valid but the body is not JSON, so it is not a ${what}.`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return fail('invalid_body', `The signature is valid but the body is not a JSON object, so it is not a ${what}.`);
  }
  return value as Record<string, unknown>;
}
