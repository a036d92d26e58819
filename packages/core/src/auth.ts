import { basicAuthorization, type Credentials, requireText } from './credentials.js';
import type { Sender } from './http/types.js';
import { OAuth2TokenSource } from './oauth2.js';
import type { RetryPolicy } from './retry.js';

export interface Authenticator {
  /** The Authorization header for the next attempt. */
  authorization(request: { method: string; url: string }): string | Promise<string>;
  /** Present when a 401 can be fixed by fetching a new credential. */
  tokens?: OAuth2TokenSource;
}

/** Checks credentials once, when the client is created. */
export function authenticator(
  credentials: Credentials,
  send: Sender,
  retry: RetryPolicy,
  timeoutMs: number,
): Authenticator {
  if (credentials === null || typeof credentials !== 'object')
    throw new TypeError('sinchkit: credentials must be an object such as { type: "oauth2", keyId, keySecret }');
  switch (credentials.type) {
    case 'basic': {
      const header = basicAuthorization(credentials.keyId, credentials.keySecret);
      return { authorization: () => header };
    }
    case 'bearer': {
      const header = `Bearer ${requireText(credentials.token, 'token')}`;
      return { authorization: () => header };
    }
    case 'oauth2': {
      const tokens = new OAuth2TokenSource({ ...credentials, send, retry, timeoutMs });
      return { authorization: () => tokens.authorization(), tokens };
    }
    case 'custom': {
      const custom = credentials.authorization;
      if (typeof custom !== 'function') throw new TypeError('sinchkit: credentials.authorization must be a function');
      return {
        authorization: (request) => {
          const value = custom(request);
          return typeof value === 'string' ? headerValue(value) : Promise.resolve(value).then(headerValue);
        },
      };
    }
    default:
      throw new TypeError(
        `sinchkit: unknown credentials type ${JSON.stringify((credentials as { type?: unknown }).type)}; expected "oauth2", "basic", "bearer" or "custom"`,
      );
  }
}

/** What a custom authorization function returned, checked before it goes on the wire. */
function headerValue(value: unknown): string {
  if (typeof value !== 'string' || value === '' || /[\r\n]/.test(value))
    throw new TypeError('sinchkit: credentials.authorization must return a non-empty, single-line string');
  return value;
}
