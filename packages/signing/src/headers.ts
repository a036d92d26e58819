import { fail } from './errors.js';

/** Fetch `Headers`, or a Node-style record such as `req.headers` in Node, Express and Fastify. */
export type HeaderInput = Headers | { readonly [name: string]: string | readonly string[] | undefined };

/** Returns a case-insensitive header lookup. A header sent twice with different values is ambiguous. */
export function headerReader(headers: unknown): (name: string) => string | undefined {
  if (headers === null || typeof headers !== 'object') {
    return fail('invalid_header', 'Expected the request headers as a Headers object or a record of header values.');
  }
  if (typeof (headers as Headers).get === 'function' && typeof (headers as Headers).has === 'function') {
    const fetchHeaders = headers as Headers;
    return (name) => fetchHeaders.get(name) ?? undefined;
  }
  const record = headers as Record<string, unknown>;
  return (name) => {
    // Node lowercases incoming header names, so the direct lookup is the common case.
    let value = Object.hasOwn(record, name) ? record[name] : undefined;
    if (value === undefined) {
      for (const key of Object.keys(record)) {
        if (key.length === name.length && key.toLowerCase() === name) {
          value = record[key];
          break;
        }
      }
    }
    if (value === undefined) return undefined;
    if (typeof value === 'string') return value;
    if (Array.isArray(value)) {
      const distinct = [...new Set(value)];
      if (distinct.length === 1 && typeof distinct[0] === 'string') return distinct[0];
      if (distinct.length === 0) return undefined;
    }
    return fail('invalid_header', `Header ${name} must be sent once, as a string.`, name);
  };
}
