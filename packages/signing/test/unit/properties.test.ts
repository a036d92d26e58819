// Property tests: signing then verifying round-trips, and any single-byte change breaks it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  conversationScheme,
  signConversationWebhook,
  signRegistrationsWebhook,
  sinchSignatureScheme,
  verifyWebhook,
  WebhookVerificationError,
} from '../../src/index.js';

const RUNS = 300;
const secretArb = fc.string({ minLength: 1, maxLength: 64 });
const bodyArb = fc.uint8Array({ minLength: 0, maxLength: 2048 });
const nonceArb = fc.string({ minLength: 1, maxLength: 40 });
const timestampArb = fc.integer({ min: 1_000_000_000, max: 4_000_000_000 });

const SIG = 'x-sinch-webhook-signature';
const TS = 'x-sinch-webhook-signature-timestamp';
const NONCE = 'x-sinch-webhook-signature-nonce';

/** Replaces the character at `index` (mod length) with a different one. */
function changeOneChar(text: string, index: number, delta: number): string {
  const i = index % text.length;
  const code = text.charCodeAt(i);
  const changed = String.fromCharCode(code ^ (delta % 127 || 1));
  return text.slice(0, i) + changed + text.slice(i + 1);
}

async function rejects(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'accepted';
  } catch (error) {
    if (!(error instanceof WebhookVerificationError)) throw error;
    return error.code;
  }
}

describe('Conversation scheme', () => {
  it('sign → verify round-trips for any body, secret, nonce and timestamp', async () => {
    await fc.assert(
      fc.asyncProperty(bodyArb, secretArb, nonceArb, timestampArb, async (body, secret, nonce, timestamp) => {
        const headers = await signConversationWebhook({ body, secret, nonce, timestamp });
        await verifyWebhook(conversationScheme, { body, headers, secret, now: () => timestamp * 1000 });
      }),
      { numRuns: RUNS },
    );
  });

  it('any single-byte change to the body fails with signature_mismatch', async () => {
    await fc.assert(
      fc.asyncProperty(
        bodyArb.filter((b) => b.length > 0),
        secretArb,
        fc.nat(),
        fc.integer({ min: 1, max: 255 }),
        async (body, secret, index, xor) => {
          const headers = await signConversationWebhook({ body, secret, nonce: 'n', timestamp: 1_700_000_000 });
          const tampered = body.slice();
          tampered[index % body.length] = (tampered[index % body.length] as number) ^ xor;
          const code = await rejects(
            verifyWebhook(conversationScheme, { body: tampered, headers, secret, now: () => 1_700_000_000_000 }),
          );
          expect(code).toBe('signature_mismatch');
        },
      ),
      { numRuns: RUNS },
    );
  });

  it.each([
    ['nonce', NONCE],
    ['timestamp', TS],
    ['signature', SIG],
  ])('any single-character change to the %s fails', async (_part, header) => {
    await fc.assert(
      fc.asyncProperty(
        bodyArb,
        secretArb,
        nonceArb,
        fc.nat(),
        fc.integer({ min: 1, max: 1000 }),
        async (body, secret, nonce, index, delta) => {
          const headers: Record<string, string> = {
            ...(await signConversationWebhook({ body, secret, nonce, timestamp: 1_700_000_000 })),
          };
          headers[header] = changeOneChar(headers[header] as string, index, delta);
          const code = await rejects(
            verifyWebhook(conversationScheme, { body, headers, secret, now: () => 1_700_000_000_000 }),
          );
          expect(code).not.toBe('accepted');
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe('X-Sinch-Signature scheme', () => {
  it('sign → verify round-trips, and a changed body or signature fails', async () => {
    await fc.assert(
      fc.asyncProperty(
        bodyArb.filter((b) => b.length > 0),
        secretArb,
        fc.nat(),
        fc.integer({ min: 1, max: 255 }),
        async (body, secret, index, xor) => {
          const headers = await signRegistrationsWebhook({ body, secret });
          await verifyWebhook(sinchSignatureScheme, { body, headers, secret });
          const tampered = body.slice();
          tampered[index % body.length] = (tampered[index % body.length] as number) ^ xor;
          expect(await rejects(verifyWebhook(sinchSignatureScheme, { body: tampered, headers, secret }))).toBe(
            'signature_mismatch',
          );
          const badSignature = { 'x-sinch-signature': changeOneChar(headers['x-sinch-signature'], index, xor) };
          expect(await rejects(verifyWebhook(sinchSignatureScheme, { body, headers: badSignature, secret }))).not.toBe(
            'accepted',
          );
        },
      ),
      { numRuns: RUNS },
    );
  });
});
