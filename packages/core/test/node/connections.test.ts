// The Node sender's keep-alive connections: reuse, a stale connection sent again transparently,
// the connection cap, TLS, and idle connections that never keep a process alive.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { createServer as createNetServer, type Socket } from 'node:net';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { json, type ScriptedServer, scriptedServer } from '../../../../scripts/testing/scripted-server.js';
import { orThrow } from '../../src/index.js';
import { createApiClient } from '../../src/internal.js';

type Json<T> = { headers: { [name: string]: unknown }; content: { 'application/json': T } };
interface paths {
  '/v1/ping': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: { parameters: { query?: never }; requestBody?: never; responses: { 200: Json<{ n: number }> } };
    post: {
      parameters: { query?: never };
      requestBody: { content: { 'application/json': { n: number } } };
      responses: { 200: Json<{ n: number }> };
    };
  };
}

const run = promisify(execFile);
const distInternal = fileURLToPath(new URL('../../dist/node/internal.js', import.meta.url));
const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

let server: ScriptedServer | undefined;
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  await server?.close();
  server = undefined;
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

const client = (url: string, extra: { maxConnections?: number } = {}) =>
  createApiClient<paths>({ baseUrl: url, retry: { maxRetries: 0 }, ...extra });

describe('keep-alive connections', () => {
  it('sends sequential requests over one connection', async () => {
    server = await scriptedServer((_req, res, i) => json(res, 200, { n: i }));
    const api = client(server.url);
    for (let i = 0; i < 5; i++) expect(await orThrow(api.GET('/v1/ping'))).toEqual({ n: i });
    expect(server.connections).toBe(1);
  });

  it('sends a request again on a new connection when a reused one dies before answering', async () => {
    // A raw server that answers the first request on each connection and drops the connection on
    // the second, like a server that closed an idle keep-alive connection at the wrong moment.
    let connections = 0;
    let requests = 0;
    const sockets: Socket[] = [];
    const raw = createNetServer((socket: Socket) => {
      connections++;
      sockets.push(socket);
      let seen = 0;
      socket.on('data', () => {
        requests++;
        if (++seen > 1) return socket.destroy();
        socket.write('HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 8\r\n\r\n{"n": 1}');
      });
    });
    await new Promise<void>((resolve) => raw.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => raw.close(() => resolve()));
    });
    const api = client(`http://127.0.0.1:${(raw.address() as AddressInfo).port}`);
    expect(await orThrow(api.GET('/v1/ping'))).toEqual({ n: 1 });
    expect(await orThrow(api.POST('/v1/ping', { body: { n: 2 } }))).toEqual({ n: 1 });
    expect([connections, requests]).toEqual([2, 3]);
  });

  it('opens at most maxConnections connections; the other requests wait their turn', async () => {
    let open = 0;
    let most = 0;
    server = await scriptedServer((_req, res, i) => {
      open++;
      most = Math.max(most, open);
      setTimeout(() => {
        open--;
        json(res, 200, { n: i });
      }, 20);
    });
    const api = client(server.url, { maxConnections: 2 });
    const results = await Promise.all(Array.from({ length: 10 }, () => orThrow(api.GET('/v1/ping'))));
    expect(results).toHaveLength(10);
    expect(most).toBe(2);
    expect(server.connections).toBe(2);
  });

  it('serves waiting requests in the order they were made, however many wait', async () => {
    server = await scriptedServer((_req, res, i) => json(res, 200, { n: i }));
    const api = client(server.url, { maxConnections: 1 });
    const answers = await Promise.all(Array.from({ length: 1500 }, () => orThrow(api.GET('/v1/ping'))));
    expect(answers.map((answer) => answer?.n)).toEqual(answers.map((_, i) => i));
  });

  it('a request that runs out of time waiting for a connection is never sent, and the next one is', async () => {
    const seen: number[] = [];
    server = await scriptedServer((_req, res, i) => {
      seen.push(i);
      setTimeout(() => json(res, 200, { n: i }), i === 0 ? 300 : 0);
    });
    const api = createApiClient<paths>({
      baseUrl: server.url,
      retry: { maxRetries: 0 },
      maxConnections: 1,
      timeoutMs: 1000,
    });
    const first = orThrow(api.GET('/v1/ping'));
    const late = api.GET('/v1/ping', { signal: AbortSignal.timeout(100) }).then(
      () => 'answered',
      (error: Error) => error.name,
    );
    const third = orThrow(api.GET('/v1/ping'));
    expect(await late).toBe('SinchAbortError');
    expect(await first).toEqual({ n: 0 });
    expect(await third).toEqual({ n: 1 });
    expect(seen).toEqual([0, 1]);
    expect(server.connections).toBe(1);
  });

  it('speaks TLS to an https origin', async () => {
    const tls = createTlsServer(
      { key: readFileSync(fixture('localhost-key.pem')), cert: readFileSync(fixture('localhost-cert.pem')) },
      (_req, res) => json(res, 200, { n: 443 }),
    );
    await new Promise<void>((resolve) => tls.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => {
      tls.closeAllConnections();
      return new Promise((resolve) => tls.close(() => resolve()));
    });
    const url = `https://localhost:${(tls.address() as AddressInfo).port}/v1/ping`;
    // A separate process, because only it can be told (NODE_EXTRA_CA_CERTS) to trust the test certificate.
    const script = `import { createApiClient } from ${JSON.stringify(distInternal)};
      const api = createApiClient({ baseUrl: '', retry: { maxRetries: 0 } });
      const { data } = await api.GET(${JSON.stringify(url)});
      console.log(JSON.stringify(data));`;
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], {
      env: { ...process.env, NODE_EXTRA_CA_CERTS: fixture('localhost-cert.pem') },
      timeout: 10_000,
    });
    expect(JSON.parse(stdout)).toEqual({ n: 443 });
  });

  it('refuses a certificate it does not trust', async () => {
    const tls = createTlsServer(
      { key: readFileSync(fixture('localhost-key.pem')), cert: readFileSync(fixture('localhost-cert.pem')) },
      (_req, res) => json(res, 200, { n: 443 }),
    );
    await new Promise<void>((resolve) => tls.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => new Promise((resolve) => tls.close(() => resolve())));
    const api = client(`https://localhost:${(tls.address() as AddressInfo).port}`);
    const error = await api.GET('/v1/ping').catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'SinchConnectionError' });
    expect(String((error as Error).cause)).toMatch(/self.signed|certificate/i);
  });

  it('lets the process exit while connections sit idle', async () => {
    server = await scriptedServer((_req, res) => json(res, 200, { n: 1 }));
    const script = `import { createApiClient } from ${JSON.stringify(distInternal)};
      const api = createApiClient({ baseUrl: ${JSON.stringify(server.url)}, retry: { maxRetries: 0 } });
      await api.GET('/v1/ping');
      console.log('answered');`;
    const started = performance.now();
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { timeout: 10_000 });
    expect(stdout.trim()).toBe('answered');
    // The server keeps the connection open for 5 s; the process did not wait for it.
    expect(performance.now() - started).toBeLessThan(4_000);
  });
});
