import { describe, expect, it } from 'vitest';
import {
  conversationTriggerOf,
  MemoryNonceStore,
  signConversationWebhook,
  signSinchSignature,
  verifyConversationWebhook,
  verifyRegistrationsWebhook,
  WebhookVerificationError,
} from '../../src/index.js';

const secret = 'whsec-test-secret';
const body = JSON.stringify({ app_id: 'app', project_id: 'proj', message_delivery_report: { status: 'DELIVERED' } });
const now = 1_700_000_000;
const clock = () => now * 1000;

async function signed(overrides: Partial<Record<string, string>> = {}) {
  return { ...(await signConversationWebhook({ body, secret, timestamp: now, nonce: 'nonce-1' })), ...overrides };
}

async function rejection(promise: Promise<unknown>): Promise<WebhookVerificationError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WebhookVerificationError);
  return error as WebhookVerificationError;
}

describe('verifyConversationWebhook', () => {
  it('returns the typed event of a genuine callback', async () => {
    const event = await verifyConversationWebhook({ body, headers: await signed(), secret, now: clock });
    expect(conversationTriggerOf(event)).toBe('MESSAGE_DELIVERY');
    if ('message_delivery_report' in event) expect(event.message_delivery_report).toEqual({ status: 'DELIVERED' });
  });

  it('accepts Fetch Headers, Buffers, ArrayBuffers and single-element header arrays', async () => {
    const headers = await signed();
    const bytes = new TextEncoder().encode(body);
    const asArrays = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, [v]]));
    await verifyConversationWebhook({ body: Buffer.from(body), headers: new Headers(headers), secret, now: clock });
    await verifyConversationWebhook({ body: bytes.buffer, headers: asArrays, secret, now: clock });
  });

  it('rejects a header sent twice with different values as invalid_header', async () => {
    const headers = await signed();
    const error = await rejection(
      verifyConversationWebhook({
        body,
        headers: { ...headers, 'x-sinch-webhook-signature-nonce': ['nonce-1', 'nonce-2'] },
        secret,
        now: clock,
      }),
    );
    expect(error.code).toBe('invalid_header');
    expect(error.header).toBe('x-sinch-webhook-signature-nonce');
  });

  it('tells the caller to pass the raw body when given parsed JSON', async () => {
    const error = await rejection(
      verifyConversationWebhook({ body: JSON.parse(body), headers: await signed(), secret, now: clock }),
    );
    expect(error.code).toBe('invalid_body');
    expect(error.message).toMatch(/raw request body.*parsed JSON.*express\.raw/s);
  });

  it('checks the timestamp both ways with a configurable tolerance', async () => {
    const headers = await signed();
    const at = (seconds: number) => () => (now + seconds) * 1000;
    await verifyConversationWebhook({ body, headers, secret, now: at(59), toleranceSeconds: 60 });
    expect(
      (await rejection(verifyConversationWebhook({ body, headers, secret, now: at(61), toleranceSeconds: 60 }))).code,
    ).toBe('timestamp_too_old');
    expect(
      (await rejection(verifyConversationWebhook({ body, headers, secret, now: at(-61), toleranceSeconds: 60 }))).code,
    ).toBe('timestamp_too_new');
  });

  it('rejects the second delivery of a nonce when given a store, but not a forged one', async () => {
    const nonceStore = new MemoryNonceStore({ now: clock });
    const headers = await signed();
    const forged = {
      ...headers,
      'x-sinch-webhook-signature': headers['x-sinch-webhook-signature'].replace(/^./, (c) => (c === 'A' ? 'B' : 'A')),
    };
    expect(
      (await rejection(verifyConversationWebhook({ body, headers: forged, secret, now: clock, nonceStore }))).code,
    ).toBe('signature_mismatch');
    expect(nonceStore.size).toBe(0);
    await verifyConversationWebhook({ body, headers, secret, now: clock, nonceStore });
    const replay = await rejection(verifyConversationWebhook({ body, headers, secret, now: clock, nonceStore }));
    expect(replay.code).toBe('replayed_nonce');
  });

  it('accepts any of several secrets during a rotation', async () => {
    const headers = await signed();
    await verifyConversationWebhook({ body, headers, secret: ['next-secret', secret], now: clock });
    const error = await rejection(verifyConversationWebhook({ body, headers, secret: ['a', 'b'], now: clock }));
    expect(error.message).toContain('any of the secrets');
  });

  it('hints at whitespace around a secret on a mismatch', async () => {
    const error = await rejection(
      verifyConversationWebhook({ body, headers: await signed(), secret: `${secret}\n`, now: clock }),
    );
    expect(error.code).toBe('signature_mismatch');
    expect(error.message).toMatch(/whitespace/);
  });

  it.each([[undefined], [''], [[]], [['ok', '']], [42]])('rejects the secret %j as invalid_secret', async (bad) => {
    const error = await rejection(
      verifyConversationWebhook({ body, headers: await signed(), secret: bad as string, now: clock }),
    );
    expect(error.code).toBe('invalid_secret');
  });

  it('never puts the secret or the signature into an error', async () => {
    const headers = await signed();
    const attempts = [
      () => verifyConversationWebhook({ body: `${body} `, headers, secret, now: clock }),
      () => verifyConversationWebhook({ body, headers, secret: [secret, `${secret}x`], now: () => 0 }),
      () =>
        verifyConversationWebhook({
          body,
          headers: { ...headers, 'x-sinch-webhook-signature': 'bad' },
          secret,
          now: clock,
        }),
      () => verifyConversationWebhook({ body: {} as string, headers, secret, now: clock }),
    ];
    for (const attempt of attempts) {
      const error = await rejection(attempt());
      const rendered = `${error.message} ${String(error)} ${JSON.stringify(error)} ${error.stack}`;
      expect(rendered).not.toContain(secret);
      expect(rendered).not.toContain(headers['x-sinch-webhook-signature']);
    }
  });

  it('rejects a verified body that is not a known callback as invalid_body', async () => {
    for (const other of ['[1,2]', '{"app_id":"a","project_id":"p"}', 'not json']) {
      const headers = await signConversationWebhook({ body: other, secret, timestamp: now, nonce: 'n' });
      expect((await rejection(verifyConversationWebhook({ body: other, headers, secret, now: clock }))).code).toBe(
        'invalid_body',
      );
    }
  });
});

describe('X-Sinch-Signature (Registrations)', () => {
  it('verifies and parses a signed callback, and rejects a tampered one', async () => {
    const callback = '{"registrationId":"r-1","status":"APPROVED"}';
    const headers = await signSinchSignature({ body: callback, secret });
    expect(headers['x-sinch-signature']).toMatch(/^[0-9a-f]{40}$/);
    expect(await verifyRegistrationsWebhook({ body: callback, headers, secret })).toEqual({
      registrationId: 'r-1',
      status: 'APPROVED',
    });
    const error = await rejection(
      verifyRegistrationsWebhook({ body: callback.replace('r-1', 'r-2'), headers, secret }),
    );
    expect(error.code).toBe('signature_mismatch');
  });
});
