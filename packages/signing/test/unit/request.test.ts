import { describe, expect, it } from 'vitest';
import {
  conversationScheme,
  signConversationWebhook,
  verifyRequest,
  WebhookVerificationError,
} from '../../src/index.js';

const secret = 'request-secret';
const body = JSON.stringify({ app_id: 'a', project_id: 'p', event: { composing_event: {} } });

async function request(payload = body) {
  const headers = await signConversationWebhook({ body, secret });
  return new Request('https://receiver.test/sinch', { method: 'POST', body: payload, headers });
}

describe('verifyRequest', () => {
  it('reads the body once and returns the event with the raw bytes', async () => {
    const { event, rawBody } = await verifyRequest(await request(), conversationScheme, { secret });
    expect('event' in event).toBe(true);
    expect(new TextDecoder().decode(rawBody)).toBe(body);
  });

  it('rejects a tampered body', async () => {
    await expect(
      verifyRequest(await request(body.replace('"a"', '"b"')), conversationScheme, { secret }),
    ).rejects.toMatchObject({
      code: 'signature_mismatch',
    });
  });

  it('explains when the body was already consumed', async () => {
    const consumed = await request();
    await consumed.text();
    const error = await verifyRequest(consumed, conversationScheme, { secret }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WebhookVerificationError);
    expect(error).toMatchObject({ code: 'invalid_body', message: expect.stringMatching(/already read/) });
  });
});
