// Bad option values fail when the client is created (or, for functions, when first used), with a
// clear TypeError: a NaN from an unset environment variable never silently turns a limit off.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { json, type ScriptedServer, scriptedServer } from '../../../scripts/testing/scripted-server.js';
import { createApiClient } from '../src/internal.js';

let server: ScriptedServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const create = (options: Record<string, unknown>) =>
  createApiClient({ baseUrl: 'http://127.0.0.1:9', ...(options as object) });

const numbers = [
  'timeoutMs',
  'maxConnections',
  'retry.maxRetries',
  'retry.initialDelayMs',
  'retry.maxDelayMs',
  'retry.maxRetryAfterMs',
  'credentials.expirySkewSeconds',
] as const;

function optionsWith(path: (typeof numbers)[number], value: unknown): Record<string, unknown> {
  const [head, tail] = path.split('.') as [string, string | undefined];
  if (!tail) return { [head]: value };
  if (head === 'credentials')
    return { credentials: { type: 'oauth2', keyId: 'id', keySecret: 'secret', [tail]: value } };
  return { [head]: { [tail]: value } };
}

/** Values no numeric option accepts. */
const invalidNumbers = fc.oneof(
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -1, -0.5, null, '10', true, {}, []),
  fc.double({ max: -Number.MIN_VALUE, noNaN: true }),
  fc.string(),
);

describe('numeric options', () => {
  it.each(numbers)('%s: NaN, negative, infinite or non-number values throw a TypeError naming the option', (path) => {
    fc.assert(
      fc.property(invalidNumbers, (value) => {
        expect(() => create(optionsWith(path, value))).toThrow(TypeError);
        expect(() => create(optionsWith(path, value))).toThrow(path);
      }),
      { numRuns: 60 },
    );
  });

  it.each(numbers)('%s: finite non-negative values are accepted', (path) => {
    const integer = path === 'retry.maxRetries' || path === 'maxConnections';
    const valid = integer
      ? fc.integer({ min: path === 'maxConnections' ? 1 : 0, max: 1_000 })
      : fc.double({ min: 0, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(valid, (value) => {
        expect(() => create(optionsWith(path, value))).not.toThrow();
      }),
      { numRuns: 60 },
    );
  });

  it('counts must be whole: retry.maxRetries 1.5 and maxConnections 0 are refused', () => {
    expect(() => create({ retry: { maxRetries: 1.5 } })).toThrow(/retry\.maxRetries must be a finite integer/);
    expect(() => create({ maxConnections: 0 })).toThrow(/maxConnections must be at least 1/);
  });
});

describe('function options', () => {
  it('fetch must be a function', () => {
    fc.assert(
      fc.property(
        fc.anything().filter((v) => v !== undefined && typeof v !== 'function'),
        (value) => {
          expect(() => create({ fetch: value })).toThrow(/fetch must be a function/);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('a custom authorization function that returns no usable header fails the call with a TypeError', async () => {
    server = await scriptedServer((_req, res) => json(res, 200, {}));
    for (const value of [undefined, '', 42, 'Bearer a\r\nx-injected: 1']) {
      const api = createApiClient<Record<string, never>>({
        baseUrl: server.url,
        credentials: { type: 'custom', authorization: () => value as string },
      });
      const error = await (api as unknown as { GET: (p: string) => Promise<unknown> })
        .GET('/v1/x')
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TypeError);
      expect(String(error)).toContain('credentials.authorization must return a non-empty, single-line string');
    }
    expect(server.requests).toHaveLength(0);
  });

  it('credentials must be an object and tokenUrl an http(s) URL', () => {
    expect(() => create({ credentials: 'key:secret' })).toThrow(/credentials must be an object/);
    expect(() =>
      create({ credentials: { type: 'oauth2', keyId: 'id', keySecret: 's', tokenUrl: 'auth.sinch.com/oauth2/token' } }),
    ).toThrow(/tokenUrl must be an http\(s\) URL/);
  });
});
