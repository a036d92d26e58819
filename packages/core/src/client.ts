import createClient, { type Client, createQuerySerializer, type QuerySerializerOptions } from 'openapi-fetch';
import { pathSerializer } from './path-serializer.js';
import { createTransport, type TransportOptions } from './transport.js';

export interface ApiClientOptions extends TransportOptions {
  baseUrl: string;
  /** Headers sent with every request. */
  headers?: Record<string, string>;
  /** How arrays and objects in query strings are written (from the spec's style/explode). */
  query?: QuerySerializerOptions;
}

/** An openapi-fetch client on the sinchkit transport: what every create…Client returns. */
export function createApiClient<Paths extends {}>(options: ApiClientOptions): Client<Paths> {
  return createClient<Paths>({
    baseUrl: options.baseUrl,
    headers: options.headers,
    ...createTransport(options),
    // Built once: openapi-fetch would otherwise rebuild it for every call.
    querySerializer: createQuerySerializer(options.query),
    pathSerializer,
  });
}
