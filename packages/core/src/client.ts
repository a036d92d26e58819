import createClient, { type Client, createQuerySerializer, type QuerySerializerOptions } from 'openapi-fetch';
import { optionalId } from './options.js';
import { pathSerializer } from './path-serializer.js';
import { createTransport, RAW_BODY, type TransportOptions } from './transport.js';

export interface ApiClientOptions extends TransportOptions {
  baseUrl: string;
  /** Headers sent with every request. */
  headers?: Record<string, string>;
  /** How arrays and objects in query strings are written (from the spec's style/explode). */
  query?: QuerySerializerOptions;
  /** Path parameters filled in when a call leaves them out (e.g. the project id). */
  pathDefaults?: Record<string, string>;
}

/**
 * The Request openapi-fetch builds for every call: a real Fetch Request, so middleware sees and
 * may return standard objects, that also keeps the body it was given, so the transport never reads
 * it back from a stream.
 */
class SinchRequest extends Request {
  constructor(input: RequestInfo | URL, init?: RequestInit) {
    super(input, init);
    Object.defineProperty(this, RAW_BODY, { value: init?.body ?? null });
  }

  // openapi-fetch checks what onRequest returns with `instanceof` against the Request class it was
  // given: any real Request is welcome, e.g. `new Request(request.url, request)`.
  static override [Symbol.hasInstance](value: unknown): boolean {
    return value instanceof Request;
  }
}

const METHODS = ['GET', 'PUT', 'POST', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH', 'TRACE'] as const;
type Init = { params?: { path?: Record<string, unknown> } } | undefined;

/** Merges default path parameters under the call's own (an explicit value wins). */
function withPathDefaults(init: Init, defaults: Record<string, string>): Init {
  const path = init?.params?.path;
  const merged: Record<string, unknown> = { ...defaults };
  if (path) for (const key in path) if (path[key] !== undefined) merged[key] = path[key];
  return { ...init, params: { ...init?.params, path: merged } };
}

/** An openapi-fetch client on the sinchkit transport: what every create…Client returns. */
export function createApiClient<Paths extends {}>(options: ApiClientOptions): Client<Paths> {
  const client = createClient<Paths>({
    baseUrl: options.baseUrl,
    headers: options.headers,
    ...createTransport(options),
    Request: SinchRequest,
    // Built once: openapi-fetch would otherwise rebuild it for every call.
    querySerializer: createQuerySerializer(options.query),
    pathSerializer,
  });
  const defaults = options.pathDefaults;
  if (!defaults || Object.keys(defaults).length === 0) return client;
  const methods = client as unknown as Record<string, (url: string, init?: Init) => unknown>;
  for (const method of METHODS) {
    const call = methods[method];
    if (call) methods[method] = (url, init) => call(url, withPathDefaults(init, defaults));
  }
  const request = methods.request as unknown as ((method: string, url: string, init?: Init) => unknown) | undefined;
  if (request)
    methods.request = ((method: string, url: string, init?: Init) =>
      request(method, url, withPathDefaults(init, defaults))) as never;
  return client;
}

/** `{ [name]: projectId }` for `pathDefaults`, after checking the id; undefined without one. */
export function projectPath(name: string, projectId: unknown): Record<string, string> | undefined {
  const id = optionalId(projectId, 'projectId');
  return id === undefined ? undefined : { [name]: id };
}
