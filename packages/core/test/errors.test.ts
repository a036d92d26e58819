import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { json, type ScriptedServer, scriptedServer } from '../../../scripts/testing/scripted-server.js';
import {
  orThrow,
  SinchApiError,
  SinchConnectionError,
  SinchInternalServerError,
  SinchNotFoundError,
  SinchRateLimitError,
} from '../src/index.js';
import { createApiClient } from '../src/internal.js';
import type { TransportOptions } from '../src/transport.js';

// A two-operation API in the shape openapi-typescript generates.
type Json<T> = { headers: { [name: string]: unknown }; content: { 'application/json': T } };
interface ProvisioningError {
  errorCode: string;
  message: string;
  resolution: string;
}
interface paths {
  '/v1/things/{id}': {
    parameters: { query?: never; header?: never; path: { id: string }; cookie?: never };
    get: {
      parameters: { query?: never; header?: never; path: { id: string }; cookie?: never };
      requestBody?: never;
      responses: { 200: Json<{ id: string; size: number }>; 404: Json<ProvisioningError> };
    };
    put: {
      parameters: { query?: never; header?: never; path: { id: string }; cookie?: never };
      requestBody: { content: { 'application/json': { secret: string } } };
      responses: { 200: Json<{ id: string }>; 400: Json<ProvisioningError> };
    };
  };
}

let server: ScriptedServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const SECRETS = ['key-secret-value', 'bearer-token-value', 'webhook-secret-value', 'access-token-value'];
function expectNoSecrets(error: unknown): void {
  const renderings = [String(error), JSON.stringify(error), inspect(error, { depth: 8 }), (error as Error).stack ?? ''];
  for (const text of renderings) for (const secret of SECRETS) expect(text).not.toContain(secret);
  for (const text of renderings) expect(text).not.toMatch(/Basic [A-Za-z0-9+/=]{8,}/);
}

function client(url: string, options: TransportOptions = {}) {
  return createApiClient<paths>({ baseUrl: url, retry: { maxRetries: 0 }, ...options });
}

describe('orThrow', () => {
  it('returns the typed data of a success', async () => {
    server = await scriptedServer((_req, res) => json(res, 200, { id: 't1', size: 3 }));
    const thing = await orThrow(client(server.url).GET('/v1/things/{id}', { params: { path: { id: 't1' } } }));
    expect(thing.size).toBe(3);
  });

  it('throws SinchNotFoundError with the Provisioning error body, code, request id and operation', async () => {
    server = await scriptedServer((_req, res) =>
      json(
        res,
        404,
        { errorCode: 'webhook_not_found', message: 'Webhook not found.', resolution: 'List the webhooks.' },
        { 'x-request-id': 'req-42' },
      ),
    );
    const error = await orThrow(client(server.url).GET('/v1/things/{id}', { params: { path: { id: 't1' } } })).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SinchNotFoundError);
    expect(error).toMatchObject({
      status: 404,
      code: 'webhook_not_found',
      requestId: 'req-42',
      operation: `GET ${server.url}/v1/things/t1`,
      body: { errorCode: 'webhook_not_found' },
    });
    expect((error as Error).message).toBe(
      `Sinch API error 404 webhook_not_found on GET ${server.url}/v1/things/t1: Webhook not found. List the webhooks.`,
    );
  });

  it.each([
    [
      429,
      SinchRateLimitError,
      { error: { code: 429, message: 'Too many requests', status: 'RESOURCE_EXHAUSTED', details: [] } },
      'RESOURCE_EXHAUSTED',
    ],
    [
      503,
      SinchInternalServerError,
      { error: { code: 503, message: 'Unavailable', status: 'UNAVAILABLE', details: [] } },
      'UNAVAILABLE',
    ],
    [418, SinchApiError, 'I am a teapot', undefined],
  ])('maps %i to %o and reads the Conversation error shape', async (status, Class, body, code) => {
    server = await scriptedServer((_req, res) => json(res, status, body));
    const error = await orThrow(client(server.url).GET('/v1/things/{id}', { params: { path: { id: 't1' } } })).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Class);
    expect(error).toMatchObject({ status, code });
  });
});

describe('no secret reaches an error', () => {
  it('not from basic credentials, bearer tokens or request bodies on an API error', async () => {
    server = await scriptedServer((_req, res) =>
      json(res, 400, { errorCode: 'invalid_payload', message: 'Bad.', resolution: 'Fix it.' }),
    );
    const body = { secret: 'webhook-secret-value' };
    for (const credentials of [
      { type: 'basic', keyId: 'key-id', keySecret: 'key-secret-value' },
      { type: 'bearer', token: 'bearer-token-value' },
    ] as const) {
      const error = await orThrow(
        client(server.url, { credentials }).PUT('/v1/things/{id}', { params: { path: { id: 't1' } }, body }),
      ).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SinchApiError);
      expectNoSecrets(error);
    }
  });

  it('not from OAuth2 tokens when the API rejects them', async () => {
    server = await scriptedServer((req, res) =>
      req.path === '/oauth2/token'
        ? json(res, 200, { access_token: 'access-token-value', expires_in: 3600 })
        : json(res, 401, { error: { status: 'UNAUTHENTICATED' } }),
    );
    const credentials = {
      type: 'oauth2',
      keyId: 'key-id',
      keySecret: 'key-secret-value',
      tokenUrl: `${server.url}/oauth2/token`,
    } as const;
    const error = await orThrow(
      client(server.url, { credentials }).GET('/v1/things/{id}', { params: { path: { id: 't1' } } }),
    ).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'SinchAuthenticationError', status: 401 });
    expectNoSecrets(error);
  });

  it('not from a connection failure', async () => {
    server = await scriptedServer(() => {});
    const url = server.url;
    await server.close();
    server = undefined;
    const credentials = { type: 'basic', keyId: 'key-id', keySecret: 'key-secret-value' } as const;
    const error = await client(url, { credentials })
      .PUT('/v1/things/{id}', { params: { path: { id: 't1' } }, body: { secret: 'webhook-secret-value' } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SinchConnectionError);
    expectNoSecrets(error);
  });
});
