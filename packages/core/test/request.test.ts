// The requests openapi-fetch builds through the core: light ones only where no user code can see
// them, checked as strictly as a Fetch Request.
import { describe, expect, it } from 'vitest';
import { buildingPrivately, CALLER_SIGNAL, ClientRequest, RAW_BODY } from '../src/request.js';

const url = 'http://127.0.0.1:9/v1/things/a%20b?x=1';
const build = (unseen: boolean, input = url, init: RequestInit = { method: 'GET', headers: new Headers() }) =>
  buildingPrivately(unseen, () => new ClientRequest(input, init));

describe('ClientRequest', () => {
  it('is a real Request unless the call is private, and only for the next request built', () => {
    expect(build(false)).toBeInstanceOf(Request);
    expect(build(true)).not.toBeInstanceOf(Request);
    const [first, second] = buildingPrivately(true, () => [
      new ClientRequest(url, { method: 'GET' }),
      new ClientRequest(url, { method: 'GET' }),
    ]);
    expect([first instanceof Request, second instanceof Request]).toEqual([false, true]);
    expect(new ClientRequest(url, { method: 'GET' })).toBeInstanceOf(Request);
  });

  it('keeps the same parts either way: normalised URL, method, headers, raw body and caller signal', () => {
    const signal = new AbortController().signal;
    const init = { method: 'POST', headers: new Headers({ 'x-a': '1' }), body: '{"a":1}', signal };
    const parts = (request: Request) => ({
      url: request.url,
      method: request.method,
      header: request.headers.get('x-a'),
      body: (request as unknown as Record<symbol, unknown>)[RAW_BODY],
      signal: (request as unknown as Record<symbol, unknown>)[CALLER_SIGNAL],
    });
    const light = parts(build(true, 'HTTP://127.0.0.1:80/v1/./things/é', init));
    expect(light).toEqual(parts(build(false, 'HTTP://127.0.0.1:80/v1/./things/é', init)));
    expect(light).toMatchObject({ url: 'http://127.0.0.1/v1/things/%C3%A9', body: '{"a":1}', signal });
  });

  it('refuses what a Fetch Request refuses, with a TypeError, private or not', () => {
    for (const unseen of [true, false]) {
      expect(() => build(unseen, '/v1/things')).toThrow(TypeError);
      expect(() => build(unseen, url, { method: 'GET', body: '{}' })).toThrow(TypeError);
    }
  });

  it('accepts any real Request as an instance, as openapi-fetch checks middleware results', () => {
    expect(new Request(url)).toBeInstanceOf(ClientRequest);
    expect({ url, method: 'GET' }).not.toBeInstanceOf(ClientRequest);
  });
});
