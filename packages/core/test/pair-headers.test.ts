// The Headers of a response built from parsed header pairs must be indistinguishable from Fetch's
// own Headers holding the same pairs, before and after anything copies them into Fetch's structure.
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { bufferedResponse } from '../src/http/buffered-response.js';
import { type HeaderPairs, pairHeaders } from '../src/http/pair-headers.js';

const pairs: HeaderPairs = [
  ['content-type', 'application/json'],
  ['x-trace', 'a'],
  ['set-cookie', 'a=1'],
  ['x-trace', 'b'],
  ['set-cookie', 'b=2'],
  ['content-length', '2'],
];
const names = ['Content-Type', 'x-trace', 'X-TRACE', 'set-cookie', 'content-length', 'missing', 'bad name', ''];

/** Everything a reader can ask of a Headers object, in one comparable value. */
/** get and has for every name in `names`, a thrown error as its class name. */
const readByName = (headers: Headers) =>
  names.map((name) => ({ get: attempt(() => headers.get(name)), has: attempt(() => headers.has(name)) }));

function observe(headers: Headers) {
  return {
    byName: readByName(headers),
    entries: [...headers],
    forEach: (() => {
      const seen: string[] = [];
      headers.forEach((value, key) => {
        seen.push(`${key}=${value}`);
      });
      return seen;
    })(),
    setCookie: headers.getSetCookie(),
    inspected: inspect(headers),
  };
}

describe('pairHeaders', () => {
  it('answers get and has as Fetch Headers with the same pairs do, invalid names included', () => {
    const fetchHeaders = new Headers(pairs as [string, string][]);
    const ours = pairHeaders(pairs);
    expect(readByName(ours)).toEqual(readByName(fetchHeaders));
    expect(ours.get('X-Trace')).toBe('a, b');
    expect(ours).toBeInstanceOf(Headers);
  });

  it('iterates, inspects and lists cookies as Fetch Headers do', () => {
    expect(observe(pairHeaders(pairs))).toEqual(observe(new Headers(pairs as [string, string][])));
  });

  it('keeps changes: set, append and delete act on all the pairs', () => {
    const ours = pairHeaders(pairs);
    const fetchHeaders = new Headers(pairs as [string, string][]);
    for (const h of [ours, fetchHeaders]) {
      h.get('x-trace'); // answered from the pairs before the change
      h.set('x-trace', 'c');
      h.append('x-new', '1');
      h.delete('content-length');
    }
    expect(observe(ours)).toEqual(observe(fetchHeaders));
    expect(ours.get('x-trace')).toBe('c');
  });

  it('is copied whole when given to a Request or Response, as Fetch copies its own Headers', () => {
    const copied = new Response(null, { headers: pairHeaders(pairs) }).headers;
    expect([...copied]).toEqual([...new Headers(pairs as [string, string][])]);
    const request = new Request('http://127.0.0.1/', { headers: pairHeaders(pairs) });
    expect(request.headers.get('x-trace')).toBe('a, b');
  });
});

describe('bufferedResponse with header pairs', () => {
  const init = { status: 200, statusText: 'OK', headers: pairs, url: 'http://127.0.0.1/v1/x' };

  it('is a Response whose headers are the pairs, the same object on every read', () => {
    const response = bufferedResponse(new TextEncoder().encode('{}'), init);
    expect(response).toBeInstanceOf(Response);
    expect(response.headers).toBe(response.headers);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect([...response.headers]).toEqual([...new Headers(pairs as [string, string][])]);
  });

  it('survives the documented middleware pattern new Response(body, response) with every header', async () => {
    const response = bufferedResponse(new TextEncoder().encode('{"a":1}'), init);
    const rebuilt = new Response(response.body, response);
    expect([...rebuilt.headers]).toEqual([...new Headers(pairs as [string, string][])]);
    expect(await rebuilt.json()).toEqual({ a: 1 });
    const clone = bufferedResponse(new TextEncoder().encode('{}'), init).clone();
    expect(clone.headers.get('x-trace')).toBe('a, b');
  });
});

function attempt<T>(read: () => T): T | string {
  try {
    return read();
  } catch (error) {
    return `threw ${(error as Error).constructor.name}`;
  }
}
