import { describe, expect, it } from 'vitest';
import {
  MemoryNonceStore,
  signConversationWebhook,
  signRegistrationsWebhook,
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
    expect(event.trigger).toBe('MESSAGE_DELIVERY');
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

  it('rejects a verified body that is not a JSON object as invalid_body', async () => {
    for (const other of ['[1,2]', 'not json', '"text"']) {
      const headers = await signConversationWebhook({ body: other, secret, timestamp: now, nonce: 'n' });
      expect((await rejection(verifyConversationWebhook({ body: other, headers, secret, now: clock }))).code).toBe(
        'invalid_body',
      );
    }
  });

  it('accepts an authentic callback of a trigger it does not know, as UNKNOWN with its body', async () => {
    const future = JSON.stringify({ app_id: 'a', project_id: 'p', hologram_notification: { id: 'h1' } });
    const headers = await signConversationWebhook({ body: future, secret, timestamp: now, nonce: 'n' });
    const event = await verifyConversationWebhook({ body: future, headers, secret, now: clock });
    expect(event).toEqual({ trigger: 'UNKNOWN', body: JSON.parse(future) });
  });

  it('adds trigger without changing what the body serialises to', async () => {
    const event = await verifyConversationWebhook({ body, headers: await signed(), secret, now: clock });
    expect(event.trigger).toBe('MESSAGE_DELIVERY');
    expect(JSON.stringify(event)).toBe(body);
  });

  it('records a nonce only once the delivery is accepted, so a retry of a refused one is not a replay', async () => {
    const store = new MemoryNonceStore();
    const headers = await signed();
    // Refused: the receiver still had the old secret. Sinch retries the same delivery.
    expect(
      (await rejection(verifyConversationWebhook({ body, headers, secret: 'old', now: clock, nonceStore: store })))
        .code,
    ).toBe('signature_mismatch');
    await verifyConversationWebhook({ body, headers, secret, now: clock, nonceStore: store });
    // Refused after the signature, while parsing: the nonce is not spent either.
    const notJson = 'not json';
    const notJsonHeaders = await signConversationWebhook({ body: notJson, secret, timestamp: now, nonce: 'nonce-2' });
    await rejection(
      verifyConversationWebhook({ body: notJson, headers: notJsonHeaders, secret, now: clock, nonceStore: store }),
    );
    expect(store.size).toBe(1);
    // Accepted once: a second delivery of the same nonce is a replay.
    expect(
      (await rejection(verifyConversationWebhook({ body, headers, secret, now: clock, nonceStore: store }))).code,
    ).toBe('replayed_nonce');
  });
});

describe('options', () => {
  it('refuses a NaN, negative or infinite tolerance and a non-function clock with a TypeError', async () => {
    const headers = await signed();
    for (const toleranceSeconds of [Number.NaN, -1, Number.POSITIVE_INFINITY, '300']) {
      await expect(
        verifyConversationWebhook({ body, headers, secret, now: clock, toleranceSeconds: toleranceSeconds as number }),
      ).rejects.toThrow(TypeError);
    }
    await expect(verifyConversationWebhook({ body, headers, secret, now: 5 as never })).rejects.toThrow(TypeError);
    await expect(verifyConversationWebhook({ body, headers, secret, nonceStore: {} as never })).rejects.toThrow(
      TypeError,
    );
  });

  it('fails verification when the clock returns NaN, instead of switching the window off', async () => {
    const error = await rejection(
      verifyConversationWebhook({ body, headers: await signed(), secret, now: () => Number.NaN }),
    );
    expect(error.code).toBe('invalid_clock');
  });
});

describe('X-Sinch-Signature (Registrations)', () => {
  it('verifies and parses a signed callback, and rejects a tampered one', async () => {
    const callback = '{"registrationId":"r-1","status":"APPROVED"}';
    const headers = await signRegistrationsWebhook({ body: callback, secret });
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
