import createClient, { type Client, createQuerySerializer, type QuerySerializerOptions } from 'openapi-fetch';
import { optionalId } from './options.js';
import { pathSerializer } from './path-serializer.js';
import { buildingPrivately, ClientRequest } from './request.js';
import { createTransport, type TransportOptions } from './transport.js';

export interface ApiClientOptions extends TransportOptions {
  baseUrl: string;
  /** Headers sent with every request. */
  headers?: Record<string, string>;
  /** How arrays and objects in query strings are written (from the spec's style/explode). */
  query?: QuerySerializerOptions;
  /** Path parameters filled in when a call leaves them out (e.g. the project id). */
  pathDefaults?: Record<string, string>;
}

const METHODS = ['GET', 'PUT', 'POST', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH', 'TRACE'] as const;
type CallInit = { params?: { path?: Record<string, unknown> }; middleware?: unknown[]; fetch?: unknown } | undefined;

/** Merges default path parameters under the call's own (an explicit value wins). */
function withPathDefaults(init: CallInit, defaults: Record<string, string>): CallInit {
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
    Request: ClientRequest,
    // Built once: openapi-fetch would otherwise rebuild it for every call.
    querySerializer: createQuerySerializer(options.query),
    pathSerializer,
  });
  const defaults = options.pathDefaults && Object.keys(options.pathDefaults).length ? options.pathDefaults : undefined;
  const middleware = mirrorMiddleware(client as unknown as Client<Record<string, never>>);
  // A call's request is private to the transport unless some middleware or its own fetch sees it.
  const unseen = (init: CallInit) => middleware.length === 0 && !init?.middleware?.length && !init?.fetch;
  const withDefaults = (init: CallInit) => (defaults ? withPathDefaults(init, defaults) : init);
  const methods = client as unknown as Record<string, (url: string, init?: CallInit) => unknown>;
  for (const method of METHODS) {
    const call = methods[method];
    if (call) methods[method] = (url, init) => buildingPrivately(unseen(init), () => call(url, withDefaults(init)));
  }
  const request = methods.request as unknown as (method: string, url: string, init?: CallInit) => unknown;
  methods.request = ((method: string, url: string, init?: CallInit) =>
    buildingPrivately(unseen(init), () => request(method, url, withDefaults(init)))) as never;
  return client;
}

/** The client's global middleware, kept in step with use() and eject() as openapi-fetch keeps its own. */
function mirrorMiddleware(client: Pick<Client<Record<string, never>>, 'use' | 'eject'>): unknown[] {
  const mirror: unknown[] = [];
  const { use, eject } = client;
  client.use = (...added) => {
    for (const middleware of added) {
      use(middleware); // throws on a malformed one, as before, and then it is not mirrored
      if (middleware) mirror.push(middleware);
    }
  };
  client.eject = (...removed) => {
    for (const middleware of removed) {
      eject(middleware);
      const index = mirror.indexOf(middleware);
      if (index !== -1) mirror.splice(index, 1);
    }
  };
  return mirror;
}

/** `{ [name]: projectId }` for `pathDefaults`, after checking the id; undefined without one. */
export function projectPath(name: string, projectId: unknown): Record<string, string> | undefined {
  const id = optionalId(projectId, 'projectId');
  return id === undefined ? undefined : { [name]: id };
}
