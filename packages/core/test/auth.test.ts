import { afterEach, describe, expect, it } from 'vitest';
import { json, type ScriptedServer, scriptedServer } from '../../../scripts/testing/scripted-server.js';
import { SinchApiError, SinchTokenError } from '../src/index.js';
import { createTransport } from '../src/transport.js';
import { call } from './helpers/call.js';

let server: ScriptedServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const basicOf = (id: string, secret: string) => `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`;

describe('basic, bearer and custom credentials', () => {
  it('sends the Authorization header each scheme produces', async () => {
    server = await scriptedServer((_req, res) => json(res, 200, {}));
    const url = `${server.url}/v1/x`;
    await call(createTransport({ credentials: { type: 'basic', keyId: 'id', keySecret: 'sécret' } }), url);
    await call(createTransport({ credentials: { type: 'bearer', token: 'tok' } }), url);
    await call(
      createTransport({ credentials: { type: 'custom', authorization: ({ method }) => `Custom ${method}` } }),
      url,
    );
    expect(server.requests.map((r) => r.headers.authorization)).toEqual([
      basicOf('id', 'sécret'),
      'Bearer tok',
      'Custom GET',
    ]);
  });

  it.each([
    [{ type: 'basic', keyId: '', keySecret: 's' }, /keyId must be a non-empty string/],
    [{ type: 'basic', keyId: 'a:b', keySecret: 's' }, /keyId must not contain ":"/],
    [{ type: 'oauth2', keyId: 'id', keySecret: undefined }, /keySecret must be a non-empty string/],
    [{ type: 'bearer', token: '' }, /token must be a non-empty string/],
    [{ type: 'jwt' }, /unknown credentials type "jwt"/],
  ])('rejects invalid credentials %j when the client is created', (credentials, message) => {
    expect(() => createTransport({ credentials: credentials as never })).toThrow(message);
  });
});

/** A token endpoint plus an API that accepts only the newest token it issued. */
async function oauthServer(options: { expiresIn?: number; rejectFirstToken?: boolean; tokenStatuses?: number[] } = {}) {
  let issued = 0;
  const statuses = [...(options.tokenStatuses ?? [])];
  return scriptedServer((req, res) => {
    if (req.path === '/oauth2/token') {
      const status = statuses.shift();
      if (status) return json(res, status, { error: 'slow_down' }, { 'retry-after': '0' });
      issued++;
      return json(res, 200, {
        access_token: `token-${issued}`,
        token_type: 'bearer',
        expires_in: options.expiresIn ?? 3600,
      });
    }
    const accepted = options.rejectFirstToken ? `Bearer token-${Math.max(issued, 2)}` : `Bearer token-${issued}`;
    if (req.headers.authorization !== accepted)
      return json(res, 401, { error: { code: 401, status: 'UNAUTHENTICATED' } });
    json(res, 200, { ok: true });
  });
}

describe('OAuth2 client credentials', () => {
  const oauth = (tokenUrl: string, extra = {}) =>
    createTransport({ credentials: { type: 'oauth2', keyId: 'key-id', keySecret: 'key-secret', tokenUrl, ...extra } });

  it('requests a token with Basic key id:secret and grant_type=client_credentials, then caches it', async () => {
    server = await oauthServer();
    const transport = oauth(`${server.url}/oauth2/token`);
    for (let i = 0; i < 3; i++) expect((await call(transport, `${server.url}/v1/x`)).status).toBe(200);
    const [token] = server.to('/oauth2/token');
    expect(server.to('/oauth2/token')).toHaveLength(1);
    expect(token?.method).toBe('POST');
    expect(token?.headers.authorization).toBe(basicOf('key-id', 'key-secret'));
    expect(token?.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(token?.body).toBe('grant_type=client_credentials');
    expect(server.to('/v1/x').map((r) => r.headers.authorization)).toEqual([
      'Bearer token-1',
      'Bearer token-1',
      'Bearer token-1',
    ]);
  });

  it('fetches a new token once the cached one is within the skew of expiring', async () => {
    server = await oauthServer({ expiresIn: 0.3 });
    const transport = oauth(`${server.url}/oauth2/token`, { expirySkewSeconds: 0 });
    await call(transport, `${server.url}/v1/x`);
    await new Promise((resolve) => setTimeout(resolve, 400));
    await call(transport, `${server.url}/v1/x`);
    expect(server.to('/oauth2/token')).toHaveLength(2);
  });

  it('on a 401 invalidates the token once, fetches a new one and re-sends once', async () => {
    server = await oauthServer({ rejectFirstToken: true });
    const { status } = await call(oauth(`${server.url}/oauth2/token`), `${server.url}/v1/x`);
    expect(status).toBe(200);
    expect(server.to('/oauth2/token')).toHaveLength(2);
    expect(server.to('/v1/x').map((r) => r.headers.authorization)).toEqual(['Bearer token-1', 'Bearer token-2']);
  });

  it('returns a second 401 instead of looping', async () => {
    server = await scriptedServer((req, res) =>
      req.path === '/oauth2/token' ? json(res, 200, { access_token: 't', expires_in: 3600 }) : json(res, 401, {}),
    );
    const { status } = await call(oauth(`${server.url}/oauth2/token`), `${server.url}/v1/x`);
    expect(status).toBe(401);
    expect(server.to('/v1/x')).toHaveLength(2);
    expect(server.to('/oauth2/token')).toHaveLength(2);
  });

  it('1,000 concurrent calls with no valid token send exactly one token request', async () => {
    server = await oauthServer();
    const transport = oauth(`${server.url}/oauth2/token`);
    const results = await Promise.all(Array.from({ length: 1000 }, () => call(transport, `${server?.url}/v1/x`)));
    expect(results.every((r) => r.status === 200)).toBe(true);
    expect(server.to('/oauth2/token')).toHaveLength(1);
    expect(server.to('/v1/x')).toHaveLength(1000);
  });

  it('honours a 429 from the token endpoint and retries', async () => {
    server = await oauthServer({ tokenStatuses: [429, 429] });
    const { status } = await call(oauth(`${server.url}/oauth2/token`), `${server.url}/v1/x`);
    expect(status).toBe(200);
    expect(server.to('/oauth2/token')).toHaveLength(3);
  });

  it('surfaces a token endpoint refusal as a SinchTokenError naming the token URL, without the key secret', async () => {
    server = await scriptedServer((_req, res) =>
      json(res, 401, { error: 'invalid_client', error_description: 'Unknown client' }),
    );
    const tokenUrl = `${server.url}/oauth2/token`;
    const error = await call(oauth(tokenUrl), `${server.url}/v1/x`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SinchTokenError);
    expect(error).not.toBeInstanceOf(SinchApiError);
    expect(error).toMatchObject({ name: 'SinchTokenError', status: 401, code: 'invalid_client', tokenUrl });
    expect(String(error)).toContain(
      `Could not get an OAuth2 token from ${tokenUrl} (401 invalid_client): Unknown client`,
    );
    expect(server.to('/v1/x')).toHaveLength(0);
    expect(JSON.stringify(error) + String(error)).not.toContain('key-secret');
  });

  it('surfaces a wrong token URL (404) and an unreachable one as SinchTokenError too', async () => {
    server = await scriptedServer((_req, res) => json(res, 404, { error: { status: 'NOT_FOUND' } }));
    const notFound = await call(oauth(`${server.url}/wrong/path`), `${server.url}/v1/x`).catch((e: unknown) => e);
    expect(notFound).toMatchObject({ name: 'SinchTokenError', status: 404, tokenUrl: `${server.url}/wrong/path` });
    const url = server.url;
    await server.close();
    server = undefined;
    const transport = createTransport({
      credentials: { type: 'oauth2', keyId: 'key-id', keySecret: 'key-secret', tokenUrl: `${url}/oauth2/token` },
      retry: { initialDelayMs: 1, maxDelayMs: 2 },
    });
    const unreachable = await call(transport, `${url}/v1/x`).catch((e: unknown) => e);
    expect(unreachable).toMatchObject({ name: 'SinchTokenError', status: undefined, tokenUrl: `${url}/oauth2/token` });
  });

  it('a token endpoint that answers without an access_token is a SinchTokenError', async () => {
    server = await scriptedServer((_req, res) => json(res, 200, { token_type: 'bearer' }));
    const error = await call(oauth(`${server.url}/oauth2/token`), `${server.url}/v1/x`).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'SinchTokenError', status: 200 });
    expect(String(error)).toContain('the answer has no access_token');
  });
});
