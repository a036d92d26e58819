/** How a client authenticates to Sinch. Secrets only ever leave in the Authorization header. */
export type Credentials =
  /** HTTP Basic with an access key. Simple, but Sinch rate-limits it; prefer oauth2 in production. */
  | { type: 'basic'; keyId: string; keySecret: string }
  /** OAuth2 client credentials: the client fetches, caches and refreshes bearer tokens itself. */
  | {
      type: 'oauth2';
      keyId: string;
      keySecret: string;
      /** Default `https://auth.sinch.com/oauth2/token`. */
      tokenUrl?: string;
      /** Renew this long before the token expires. Default 60 s. */
      expirySkewSeconds?: number;
    }
  /** A bearer token you obtained yourself. */
  | { type: 'bearer'; token: string }
  /** Any scheme: return the whole Authorization header value for each attempt. */
  | { type: 'custom'; authorization: (request: { method: string; url: string }) => string | Promise<string> };

export const DEFAULT_TOKEN_URL = 'https://auth.sinch.com/oauth2/token';

/** Encodes UTF-8 text as Base64 in every runtime (btoa alone rejects non-Latin-1). */
export function base64Utf8(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export function requireText(value: unknown, name: string): string {
  if (typeof value !== 'string' || value.length === 0) {
    throw new TypeError(`sinchkit: credentials.${name} must be a non-empty string`);
  }
  return value;
}

export function basicAuthorization(keyId: unknown, keySecret: unknown): string {
  const id = requireText(keyId, 'keyId');
  if (id.includes(':')) throw new TypeError('sinchkit: credentials.keyId must not contain ":"');
  return `Basic ${base64Utf8(`${id}:${requireText(keySecret, 'keySecret')}`)}`;
}
