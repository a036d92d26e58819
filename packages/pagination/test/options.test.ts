// paginate() checks its options when it is called: NaN, negative, fractional, infinite or
// non-number page counts and limits throw a TypeError instead of silently meaning "no limit".
import { createProvisioningClient } from '@sinchkit/provisioning';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paginate } from '../src/index.js';

const client = createProvisioningClient({ baseUrl: 'http://127.0.0.1:9', projectId: 'p' });
const list = (options: Record<string, unknown>) =>
  paginate(client, '/v1/projects/{projectId}/webhooks', {}, { items: 'webhooks', ...options } as never);
const invalid = fc.oneof(
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -1, 0.5, '3', null, {}),
  fc.double({ max: -Number.MIN_VALUE, noNaN: true }),
);

describe('paginate options', () => {
  it('refuses a maxPages that is not a whole number ≥ 1', () => {
    fc.assert(
      fc.property(fc.oneof(invalid, fc.constant(0)), (maxPages) => {
        expect(() => list({ maxPages })).toThrow(/maxPages must be a whole number ≥ 1/);
      }),
    );
  });

  it('accepts any whole maxPages ≥ 1', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e6 }), (maxPages) => {
        expect(() => list({ maxPages })).not.toThrow();
      }),
    );
  });

  it('refuses a toArray limit that is not a whole number ≥ 0, before fetching anything', async () => {
    await fc.assert(
      fc.asyncProperty(invalid, async (limit) => {
        await expect(list({}).toArray({ limit: limit as number })).rejects.toThrow(/limit must be a whole number ≥ 0/);
      }),
      { numRuns: 30 },
    );
  });

  it('refuses a missing items field, a non-string startToken and a non-AbortSignal signal', () => {
    expect(() => list({ items: '' })).toThrow(/items must name the array field/);
    expect(() => list({ startToken: 5 })).toThrow(/startToken must be a string/);
    expect(() => list({ signal: { aborted: false } })).toThrow(/signal must be an AbortSignal/);
  });
});
