// Known-answer vectors (computed with openssl) against both built bundles of the package.
import { describe, expect, it } from 'vitest';
import { resignVectors, runVectors } from '../vectors/run-vectors.mjs';
import vectorFile from '../vectors/vectors.json' with { type: 'json' };
import { nodeBuild, webBuild } from './builds.js';

const builds = [
  ['dist/node', nodeBuild, 'node:crypto'],
  ['dist/web', webBuild, 'web-crypto'],
] as const;

describe.each(builds)('%s', (_name, api, backend) => {
  it(`uses ${backend}`, () => {
    expect(api.cryptoBackend).toBe(backend);
  });

  it('gives every vector its expected outcome', async () => {
    const results = await runVectors(api, vectorFile.vectors);
    expect(results.length).toBe(vectorFile.vectors.length);
    for (const { name, expect: expected, outcome } of results)
      expect({ name, outcome }).toEqual({ name, outcome: expected });
  });

  it("signs every valid vector to openssl's headers", async () => {
    const results = await resignVectors(api, vectorFile.vectors);
    expect(results.length).toBeGreaterThanOrEqual(6);
    for (const result of results) expect(result).toEqual({ name: result.name, same: true });
  });
});

it('covers every error code at least once', () => {
  const codes = new Set(vectorFile.vectors.map((v) => v.expect));
  expect([...codes].sort()).toEqual(
    [
      'invalid_body',
      'invalid_header',
      'invalid_secret',
      'missing_header',
      'replayed_nonce',
      'signature_mismatch',
      'timestamp_too_new',
      'timestamp_too_old',
      'unsupported_algorithm',
      'valid',
    ].sort(),
  );
});
