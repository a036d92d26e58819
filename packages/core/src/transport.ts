import { authorizationFor, type Credentials } from './credentials.js';

/** The fetch signature openapi-fetch calls. */
export type FetchLike = (request: Request) => Promise<Response>;

export interface TransportOptions {
  /** How requests authenticate. Leave out only for a server that needs no auth. */
  credentials?: Credentials;
  /** The fetch to send requests with; defaults to the global one. */
  fetch?: FetchLike;
}

/** Builds the fetch a generated client sends its requests through. */
export function createTransport(options: TransportOptions = {}): FetchLike {
  const baseFetch: FetchLike = options.fetch ?? ((request) => globalThis.fetch(request));
  if (!options.credentials) return baseFetch;
  const authorization = authorizationFor(options.credentials);
  return async (request) => {
    request.headers.set('authorization', await authorization(request));
    return baseFetch(request);
  };
}
