// Faults during the body phase, on the built-in transport (our HTTP/1.1 client in the node
// project, global fetch in the web-fetch project) and with a custom fetch: each becomes a typed
// error, idempotent requests are retried under the policy, and nothing hangs.
import type { ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { json, type ScriptedServer, scriptedServer } from '../../../scripts/testing/scripted-server.js';
import type { FetchLike } from '../src/http/types.js';
import { orThrow, SinchConnectionError, SinchResponseParseError, SinchTimeoutError } from '../src/index.js';
import { createApiClient } from '../src/internal.js';

type Json<T> = { headers: { [name: string]: unknown }; content: { 'application/json': T } };
interface paths {
  '/v1/things': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: { parameters: { query?: never }; requestBody?: never; responses: { 200: Json<{ things: string[] }> } };
    post: {
      parameters: { query?: never };
      requestBody: { content: { 'application/json': { name: string } } };
      responses: { 200: Json<{ id: string }> };
    };
  };
}

let server: ScriptedServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const fast = { initialDelayMs: 1, maxDelayMs: 2 };
const BODY = JSON.stringify({ things: ['a', 'b', 'c'] });

/** Sends the headers and half the body, then calls `then`. */
function halfBody(res: ServerResponse, then: (res: ServerResponse) => void): void {
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(BODY.length) });
  res.write(BODY.slice(0, BODY.length / 2));
  setTimeout(() => then(res), 20);
}

const transports: [string, FetchLike | undefined][] = [
  ['the built-in transport', undefined],
  ['a custom fetch', (request) => fetch(request)],
  // A fetch that ignores the abort signal: the transport still gives up on time.
  ['a custom fetch that ignores aborts', (request) => fetch(request.url, { headers: request.headers })],
];

describe.each(transports)('faults during the body, with %s', (_name, customFetch) => {
  const client = (url: string, options: { timeoutMs?: number; maxRetries?: number } = {}) =>
    createApiClient<paths>({
      baseUrl: url,
      fetch: customFetch,
      timeoutMs: options.timeoutMs ?? 2_000,
      retry: { ...fast, maxRetries: options.maxRetries ?? 2 },
    });

  it('a reset mid-body is a SinchConnectionError after the GET was retried', async () => {
    server = await scriptedServer((_req, res) => halfBody(res, (r) => r.socket?.destroy()));
    const error = await client(server.url)
      .GET('/v1/things')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SinchConnectionError);
    expect(error).not.toBeInstanceOf(SinchTimeoutError);
    expect((error as SinchConnectionError).operation).toBe(`GET ${server.url}/v1/things`);
    expect(server.requests).toHaveLength(3);
  });

  it('a reset mid-body followed by a good answer returns the good answer', async () => {
    server = await scriptedServer((_req, res, i) =>
      i === 0 ? halfBody(res, (r) => r.socket?.destroy()) : json(res, 200, { things: ['ok'] }),
    );
    expect(await orThrow(client(server.url).GET('/v1/things'))).toEqual({ things: ['ok'] });
  });

  it('a body that stalls is a SinchTimeoutError after timeoutMs on every attempt', async () => {
    server = await scriptedServer((_req, res) => halfBody(res, () => {}));
    const started = performance.now();
    const error = await client(server.url, { timeoutMs: 300, maxRetries: 1 })
      .GET('/v1/things')
      .catch((e: unknown) => e);
    const elapsed = performance.now() - started;
    expect(error).toBeInstanceOf(SinchTimeoutError);
    expect(server.requests).toHaveLength(2);
    // Both attempts waited their whole timeout, and neither waited for ever.
    expect(elapsed).toBeGreaterThanOrEqual(590);
    expect(elapsed).toBeLessThan(5_000);
  });

  it('complete but invalid JSON on a 200 is a SinchResponseParseError with the status and operation', async () => {
    server = await scriptedServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"things": ["a", ');
    });
    const error = await client(server.url)
      .GET('/v1/things')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SinchResponseParseError);
    expect(error).toMatchObject({ status: 200, operation: `GET ${server.url}/v1/things` });
    expect((error as Error).cause).toBeInstanceOf(SyntaxError);
    expect(server.requests).toHaveLength(3); // retried like any other failure of an idempotent call
  });

  it('a POST is not retried after a fault, and still fails typed', async () => {
    server = await scriptedServer((_req, res) => halfBody(res, (r) => r.socket?.destroy()));
    const error = await client(server.url)
      .POST('/v1/things', { body: { name: 'x' } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SinchConnectionError);
    expect(server.requests).toHaveLength(1);
  });
});
