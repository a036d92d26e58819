import { describe, expect, it } from 'vitest';
import { authorizationFor, base64Utf8, createTransport } from '../src/index.js';

const request = () => new Request('https://example.test/v1');

describe('authorizationFor', () => {
  it('basic credentials become a Base64 "keyId:keySecret" header', async () => {
    const header = await authorizationFor({ type: 'basic', keyId: 'id', keySecret: 'sécret' })(request());
    expect(header).toBe(`Basic ${Buffer.from('id:sécret', 'utf8').toString('base64')}`);
  });

  it('bearer credentials are sent as given', async () => {
    expect(await authorizationFor({ type: 'bearer', token: 'tok' })(request())).toBe('Bearer tok');
  });

  it('custom credentials are asked for every request', async () => {
    let calls = 0;
    const auth = authorizationFor({ type: 'custom', authorization: () => `Token ${++calls}` });
    expect([await auth(request()), await auth(request())]).toEqual(['Token 1', 'Token 2']);
  });

  it.each([
    [{ type: 'basic', keyId: '', keySecret: 's' }, /keyId must be a non-empty string/],
    [{ type: 'basic', keyId: 'a:b', keySecret: 's' }, /keyId must not contain ":"/],
    [{ type: 'bearer', token: undefined }, /token must be a non-empty string/],
    [{ type: 'oauth' }, /unknown credentials type "oauth"/],
  ])('rejects invalid credentials %j without echoing secrets', (credentials, message) => {
    expect(() => authorizationFor(credentials as never)).toThrow(message);
  });
});

describe('base64Utf8', () => {
  it('matches Node for non-Latin-1 text', () => {
    expect(base64Utf8('ключ:秘密')).toBe(Buffer.from('ключ:秘密').toString('base64'));
  });
});

describe('createTransport', () => {
  it('adds the Authorization header before calling the injected fetch', async () => {
    let seen: string | null = null;
    const transport = createTransport({
      credentials: { type: 'bearer', token: 'abc' },
      fetch: async (r) => {
        seen = r.headers.get('authorization');
        return new Response(null, { status: 204 });
      },
    });
    expect((await transport(request())).status).toBe(204);
    expect(seen).toBe('Bearer abc');
  });
});
