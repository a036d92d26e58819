// Provisioning notifications: the Conversation header set and signed string, typed by `type`,
// forward compatible with types this version does not know.
import { describe, expect, it } from 'vitest';
import {
  isProvisioningCallback,
  MemoryNonceStore,
  signConversationWebhook,
  signProvisioningWebhook,
  verifyProvisioningWebhook,
  WebhookVerificationError,
} from '../../src/index.js';

const secret = 'provisioning-webhook-secret';
const now = 1_700_000_000;
const clock = () => now * 1000;
const approved = JSON.stringify({
  type: 'WHATSAPP_TEMPLATE_APPROVED',
  payload: { name: 'order_update', language: 'en_US', state: 'APPROVED' },
});

describe('verifyProvisioningWebhook', () => {
  it('verifies a signed notification and narrows it by type', async () => {
    const headers = await signProvisioningWebhook({ body: approved, secret, timestamp: now, nonce: 'n-1' });
    expect(Object.keys(headers).sort()).toEqual([
      'x-sinch-webhook-signature',
      'x-sinch-webhook-signature-algorithm',
      'x-sinch-webhook-signature-nonce',
      'x-sinch-webhook-signature-timestamp',
    ]);
    const event = await verifyProvisioningWebhook({ body: approved, headers, secret, now: clock });
    expect(isProvisioningCallback(event, 'WHATSAPP_TEMPLATE_APPROVED')).toBe(true);
    expect(isProvisioningCallback(event, 'WHATSAPP_TEMPLATE_REJECTED')).toBe(false);
    if (event.type === 'WHATSAPP_TEMPLATE_APPROVED') expect(event.payload.name).toBe('order_update');
    else expect.unreachable('narrowed to WHATSAPP_TEMPLATE_APPROVED');
  });

  it('signs exactly like a Conversation callback (same headers, same signed string)', async () => {
    const input = { body: approved, secret, timestamp: now, nonce: 'n-1' };
    expect(await signProvisioningWebhook(input)).toEqual(await signConversationWebhook(input));
  });

  it('rejects a tampered body, a wrong secret and a stale timestamp', async () => {
    const headers = await signProvisioningWebhook({ body: approved, secret, timestamp: now, nonce: 'n-1' });
    const codes = [];
    for (const input of [
      { body: approved.replace('order_update', 'other'), headers, secret, now: clock },
      { body: approved, headers, secret: 'wrong', now: clock },
      { body: approved, headers, secret, now: () => (now + 3600) * 1000 },
    ]) {
      const error = await verifyProvisioningWebhook(input).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WebhookVerificationError);
      codes.push((error as WebhookVerificationError).code);
    }
    expect(codes).toEqual(['signature_mismatch', 'signature_mismatch', 'timestamp_too_old']);
  });

  it('accepts an authentic notification of an unknown type, with its body, and keeps replay protection', async () => {
    const future = JSON.stringify({ type: 'VOICE_NUMBER_ACTIVE', payload: { id: 'x' } });
    const headers = await signProvisioningWebhook({ body: future, secret, timestamp: now, nonce: 'n-2' });
    const store = new MemoryNonceStore();
    const event = await verifyProvisioningWebhook({ body: future, headers, secret, now: clock, nonceStore: store });
    expect(event).toEqual({ unknownType: 'VOICE_NUMBER_ACTIVE', body: JSON.parse(future) });
    expect(event.type).toBeUndefined();
    const replay = await verifyProvisioningWebhook({
      body: future,
      headers,
      secret,
      now: clock,
      nonceStore: store,
    }).catch((e: unknown) => e);
    expect(replay).toMatchObject({ code: 'replayed_nonce' });
  });
});
