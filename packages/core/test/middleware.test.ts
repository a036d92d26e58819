// openapi-fetch's documented middleware patterns, unchanged, on the sinchkit transport: middleware
// sees real Fetch Requests and Responses and may return new ones.
import { afterEach, describe, expect, it } from 'vitest';
import { json, type ScriptedServer, scriptedServer } from '../../../scripts/testing/scripted-server.js';
import { SinchConnectionError } from '../src/index.js';
import { createApiClient } from '../src/internal.js';

type Json<T> = { headers: { [name: string]: unknown }; content: { 'application/json': T } };
interface paths {
  '/v1/things/{id}': {
    parameters: { query?: never; header?: never; path: { id: string }; cookie?: never };
    get: {
      parameters: { path: { id: string } };
      requestBody?: never;
      responses: { 200: Json<{ id: string; seen?: string }>; 404: Json<{ errorCode: string }> };
    };
    put: {
      parameters: { path: { id: string } };
      requestBody: { content: { 'application/json': { name: string } } };
      responses: { 200: Json<{ id: string; name: string }> };
    };
  };
}

let server: ScriptedServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function echoServer() {
  return scriptedServer((req, res) =>
    json(res, 200, {
      id: req.path.split('/').at(-1)?.split('?')[0],
      seen: req.headers['x-trace'] ?? '',
      ...(req.body ? JSON.parse(req.body) : {}),
    }),
  );
}
const client = (url: string) => createApiClient<paths>({ baseUrl: url, retry: { maxRetries: 0 } });
const onThing = { params: { path: { id: 't1' } } };

describe('openapi-fetch middleware on the sinchkit transport', () => {
  it('onRequest may set a header on the request it is given and return it', async () => {
    server = await echoServer();
    const api = client(server.url);
    api.use({
      onRequest({ request }) {
        expect(request).toBeInstanceOf(Request);
        request.headers.set('x-trace', 'abc');
        return request;
      },
    });
    const { data } = await api.GET('/v1/things/{id}', onThing);
    expect(data?.seen).toBe('abc');
  });

  it('onRequest may return new Request(request.url, request)', async () => {
    server = await echoServer();
    const api = client(server.url);
    api.use({ onRequest: ({ request }) => new Request(request.url, request) });
    const { data, response } = await api.GET('/v1/things/{id}', onThing);
    expect([response.status, data?.id]).toEqual([200, 't1']);
  });

  it('onRequest may send the request elsewhere with new Request(url, request), body included', async () => {
    server = await echoServer();
    const api = client(server.url);
    api.use({
      async onRequest({ request }) {
        const url = request.url.replace('/t1', '/t2');
        return new Request(url, { method: request.method, headers: request.headers, body: await request.text() });
      },
    });
    const { data } = await api.PUT('/v1/things/{id}', { ...onThing, body: { name: 'renamed' } });
    expect(data).toMatchObject({ id: 't2', name: 'renamed' });
    expect(server.requests[0]?.body).toBe('{"name":"renamed"}');
  });

  it('onRequest may answer from a cache by returning a Response', async () => {
    server = await echoServer();
    const api = client(server.url);
    api.use({ onRequest: () => Response.json({ id: 'cached' }) });
    const { data } = await api.GET('/v1/things/{id}', onThing);
    expect(data?.id).toBe('cached');
    expect(server.requests).toHaveLength(0);
  });

  it('onResponse sees a real Response, may read a clone, and may replace it with new Response(...)', async () => {
    server = await echoServer();
    const api = client(server.url);
    let peeked: unknown;
    api.use({
      async onResponse({ response }) {
        expect(response).toBeInstanceOf(Response);
        peeked = await response.clone().json();
        const body = (await response.json()) as Record<string, unknown>;
        return new Response(JSON.stringify({ ...body, seen: 'rewritten' }), {
          status: response.status,
          headers: response.headers,
        });
      },
    });
    const { data, response } = await api.GET('/v1/things/{id}', onThing);
    expect(peeked).toMatchObject({ id: 't1' });
    expect(data).toEqual({ id: 't1', seen: 'rewritten' });
    expect(response).toBeInstanceOf(Response);
  });

  it('onError may turn a connection failure into a fallback Response', async () => {
    server = await echoServer();
    const url = server.url;
    await server.close();
    server = undefined;
    const api = client(url);
    let seen: unknown;
    api.use({
      onError({ error }) {
        seen = error;
        return Response.json({ id: 'offline' });
      },
    });
    const { data } = await api.GET('/v1/things/{id}', onThing);
    expect(seen).toBeInstanceOf(SinchConnectionError);
    expect(data?.id).toBe('offline');
  });

  it('per-request middleware runs too, and eject removes a global one', async () => {
    server = await echoServer();
    const api = client(server.url);
    const tracing = {
      onRequest({ request }: { request: Request }) {
        request.headers.set('x-trace', 'global');
        return request;
      },
    };
    api.use(tracing);
    const local = {
      onRequest({ request }: { request: Request }) {
        request.headers.set('x-trace', `${request.headers.get('x-trace')}+local`);
        return request;
      },
    };
    expect((await api.GET('/v1/things/{id}', { ...onThing, middleware: [local] })).data?.seen).toBe('global+local');
    api.eject(tracing);
    expect((await api.GET('/v1/things/{id}', onThing)).data?.seen).toBe('');
  });

  it('middleware added after earlier calls sees a real Request, and a per-call fetch gets one too', async () => {
    server = await echoServer();
    const api = client(server.url);
    expect((await api.GET('/v1/things/{id}', onThing)).data?.id).toBe('t1');
    const seen: unknown[] = [];
    api.use({ onRequest: ({ request }) => void seen.push(request) });
    await api.PUT('/v1/things/{id}', { ...onThing, body: { name: 'n' } });
    expect(seen[0]).toBeInstanceOf(Request);
    expect(await (seen[0] as Request).text()).toBe('{"name":"n"}');

    const plain = client(server.url);
    const perCall = async (request: Request) => {
      seen.push(request);
      return Response.json({ id: 'from-fetch' });
    };
    const { data } = await plain.GET('/v1/things/{id}', { ...onThing, fetch: perCall });
    expect(seen[1]).toBeInstanceOf(Request);
    expect(data?.id).toBe('from-fetch');
  });

  it('without middleware the result still carries a real Response, and parseAs works', async () => {
    server = await echoServer();
    const api = client(server.url);
    const { data, response } = await api.GET('/v1/things/{id}', onThing);
    expect(response).toBeInstanceOf(Response);
    expect(response.headers).toBeInstanceOf(Headers);
    expect(response.headers).toBe(response.headers); // one Headers per response, as in Fetch
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.url).toBe(`${server.url}/v1/things/t1`);
    expect([data?.id, response.bodyUsed]).toEqual(['t1', true]);
    await expect(response.text()).rejects.toThrow(TypeError);

    const streamed = await api.GET('/v1/things/{id}', { ...onThing, parseAs: 'stream' });
    expect(streamed.response.bodyUsed).toBe(false);
    expect(await streamed.response.clone().json()).toMatchObject({ id: 't1' });
    expect(await new Response(streamed.data as ReadableStream).json()).toMatchObject({ id: 't1' });
    expect(streamed.response.bodyUsed).toBe(true);

    const text = await api.GET('/v1/things/{id}', { ...onThing, parseAs: 'text' });
    expect(JSON.parse(text.data as string)).toMatchObject({ id: 't1' });
  });
});
