import { describe, expect, it } from 'vitest';
import { LightHeaders, LightResponse } from '../src/http/light-response.js';
import { LightRequest } from '../src/index.js';

const response = () =>
  new LightResponse(
    200,
    { 'content-type': 'application/json', 'set-cookie': ['a=1', 'b=2'] },
    Buffer.from('{"ok":true}'),
    'http://x.test/',
  );

describe('LightResponse', () => {
  it('behaves like a Fetch Response for status, headers and body reads', async () => {
    const r = response();
    expect([r.status, r.ok, r.url, r.bodyUsed]).toEqual([200, true, 'http://x.test/', false]);
    expect(r.headers.get('Content-Type')).toBe('application/json');
    expect(r.headers.getSetCookie()).toEqual(['a=1', 'b=2']);
    expect(await r.clone().json()).toEqual({ ok: true });
    expect(await r.text()).toBe('{"ok":true}');
    expect(r.bodyUsed).toBe(true);
    await expect(r.text()).rejects.toThrow(/already been read/);
  });

  it('converts to a real Response', async () => {
    const real = response().toResponse();
    expect(real).toBeInstanceOf(Response);
    expect(await real.json()).toEqual({ ok: true });
    expect(real.headers.get('content-type')).toBe('application/json');
  });

  it('has immutable headers', () => {
    expect(() => new LightHeaders({}).set()).toThrow(TypeError);
  });
});

describe('LightRequest', () => {
  it('keeps what openapi-fetch gives it and clones', async () => {
    const request = new LightRequest('http://x.test/a', { method: 'post', headers: { 'x-a': '1' }, body: '{"a":1}' });
    const copy = request.clone();
    expect([copy.method, copy.url, copy.headers.get('x-a')]).toEqual(['POST', 'http://x.test/a', '1']);
    expect(await copy.json()).toEqual({ a: 1 });
  });
});
