/** How a client authenticates to Sinch. Secrets never leave the Authorization header. */
export type Credentials =
  /** HTTP Basic with an access key. Simple, but Sinch rate-limits it. */
  | { type: 'basic'; keyId: string; keySecret: string }
  /** A bearer token you obtained yourself. */
  | { type: 'bearer'; token: string }
  /** Any scheme: return the full Authorization header value for each request. */
  | { type: 'custom'; authorization: (request: Request) => string | Promise<string> };

/** Encodes UTF-8 text as Base64 in every runtime (btoa alone rejects non-Latin-1). */
export function base64Utf8(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function requireText(value: unknown, name: string): string {
  if (typeof value !== 'string' || value.length === 0) {
    throw new TypeError(`sinchkit: credentials.${name} must be a non-empty string`);
  }
  return value;
}

/**
 * Checks credentials once, when the client is created, and returns a function that yields the
 * Authorization header for a request.
 */
export function authorizationFor(credentials: Credentials): (request: Request) => string | Promise<string> {
  switch (credentials.type) {
    case 'basic': {
      const keyId = requireText(credentials.keyId, 'keyId');
      const keySecret = requireText(credentials.keySecret, 'keySecret');
      if (keyId.includes(':')) throw new TypeError('sinchkit: credentials.keyId must not contain ":"');
      const header = `Basic ${base64Utf8(`${keyId}:${keySecret}`)}`;
      return () => header;
    }
    case 'bearer': {
      const header = `Bearer ${requireText(credentials.token, 'token')}`;
      return () => header;
    }
    case 'custom': {
      if (typeof credentials.authorization !== 'function') {
        throw new TypeError('sinchkit: credentials.authorization must be a function');
      }
      return credentials.authorization;
    }
    default:
      throw new TypeError(
        `sinchkit: unknown credentials type ${JSON.stringify((credentials as { type?: unknown }).type)}; expected "basic", "bearer" or "custom"`,
      );
  }
}
