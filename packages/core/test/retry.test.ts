import { afterEach, describe, expect, it } from 'vitest';
import { json, type ScriptedServer, scriptedServer } from '../../../scripts/testing/scripted-server.js';
import { SinchAbortError, SinchConnectionError, SinchTimeoutError } from '../src/index.js';
import { parseRetryAfter } from '../src/retry.js';
import { createTransport } from '../src/transport.js';
import { call } from './helpers/call.js';

let server: ScriptedServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const fast = { initialDelayMs: 1, maxDelayMs: 5 };

describe('retries', () => {
  it('retries a GET after 503 and returns the success', async () => {
    server = await scriptedServer((_req, res, i) => (i === 0 ? json(res, 503, {}) : json(res, 200, { ok: true })));
    const { status, body } = await call(createTransport({ retry: fast }), `${server.url}/v1/x`);
    expect([status, body]).toEqual([200, { ok: true }]);
    expect(server.requests).toHaveLength(2);
  });

  it('gives up after 2 retries by default and returns the last error response', async () => {
    server = await scriptedServer((_req, res) => json(res, 500, { error: { status: 'INTERNAL' } }));
    const { status } = await call(createTransport({ retry: fast }), `${server.url}/v1/x`);
    expect(status).toBe(500);
    expect(server.requests).toHaveLength(3);
  });

  it('does not retry POST or PATCH unless asked to', async () => {
    server = await scriptedServer((_req, res, i) => (i < 2 ? json(res, 503, {}) : json(res, 200, {})));
    expect(
      (await call(createTransport({ retry: fast }), `${server.url}/v1/x`, { method: 'POST', body: '{"a":1}' })).status,
    ).toBe(503);
    const optedIn = createTransport({ retry: { ...fast, retryNonIdempotent: true } });
    expect((await call(optedIn, `${server.url}/v1/x`, { method: 'PATCH', body: '{"a":1}' })).status).toBe(200);
    expect(server.requests.map((r) => [r.method, r.body])).toEqual([
      ['POST', '{"a":1}'],
      ['PATCH', '{"a":1}'],
      ['PATCH', '{"a":1}'],
    ]);
  });

  it('waits as long as Retry-After says on a 429', async () => {
    server = await scriptedServer((_req, res, i) =>
      i === 0 ? json(res, 429, {}, { 'retry-after': '1' }) : json(res, 200, {}),
    );
    const started = Date.now();
    expect((await call(createTransport({ retry: fast }), `${server.url}/v1/x`)).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  it('caps a long Retry-After at maxRetryAfterMs', async () => {
    server = await scriptedServer((_req, res, i) =>
      i === 0 ? json(res, 429, {}, { 'retry-after': '3600' }) : json(res, 200, {}),
    );
    const started = Date.now();
    expect(
      (await call(createTransport({ retry: { ...fast, maxRetryAfterMs: 50 } }), `${server.url}/v1/x`)).status,
    ).toBe(200);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('retries after a connection reset', async () => {
    server = await scriptedServer((_req, res, i) => (i === 0 ? res.socket?.destroy() : json(res, 200, { ok: true })));
    expect((await call(createTransport({ retry: fast }), `${server.url}/v1/x`)).status).toBe(200);
    expect(server.requests).toHaveLength(2);
  });

  it('throws SinchConnectionError when nothing listens, after retrying', async () => {
    server = await scriptedServer(() => {});
    const url = `${server.url}/v1/x`;
    await server.close();
    server = undefined;
    const error = await call(createTransport({ retry: fast }), url).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SinchConnectionError);
    expect(error).not.toBeInstanceOf(SinchTimeoutError);
  });
});

describe('timeouts and aborts', () => {
  it('times out an attempt that gets no answer, retries, and then throws SinchTimeoutError', async () => {
    server = await scriptedServer(() => {}); // never answers
    const error = await call(createTransport({ timeoutMs: 100, retry: fast }), `${server.url}/v1/x`).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SinchTimeoutError);
    expect(server.requests).toHaveLength(3);
  });

  it('succeeds when a retry answers in time', async () => {
    server = await scriptedServer((_req, res, i) => (i === 0 ? undefined : json(res, 200, { ok: true })));
    expect((await call(createTransport({ timeoutMs: 100, retry: fast }), `${server.url}/v1/x`)).status).toBe(200);
  });

  it('stops at once when the caller aborts mid-request, without retrying', async () => {
    server = await scriptedServer(() => {});
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const error = await call(createTransport({ retry: fast }), `${server.url}/v1/x`, {
      signal: controller.signal,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SinchAbortError);
    expect(server.requests).toHaveLength(1);
  });

  it('stops during a backoff wait when the caller aborts', async () => {
    server = await scriptedServer((_req, res) => json(res, 503, {}, { 'retry-after': '30' }));
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const started = Date.now();
    const error = await call(createTransport(), `${server.url}/v1/x`, { signal: controller.signal }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SinchAbortError);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(server.requests).toHaveLength(1);
  });

  it('rejects an already aborted signal without sending', async () => {
    server = await scriptedServer((_req, res) => json(res, 200, {}));
    const error = await call(createTransport(), `${server.url}/v1/x`, { signal: AbortSignal.abort() }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SinchAbortError);
    expect(server.requests).toHaveLength(0);
  });
});

describe('parseRetryAfter', () => {
  it('reads delta-seconds and HTTP dates', () => {
    expect(parseRetryAfter('2')).toBe(2000);
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:30 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(30_000);
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(parseRetryAfter(null)).toBeUndefined();
  });
});
