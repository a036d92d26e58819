import { defineScheme, type WebhookScheme } from '../scheme.js';

/**
 * The `x-sinch-webhook-signature*` scheme: Base64 HMAC-SHA256 of `raw body . nonce . timestamp`,
 * keyed with the webhook's secret. Documented by Sinch for the Conversation API; the Provisioning
 * API sends the same four headers (and is assumed to sign the same string).
 */
export function sinchWebhookScheme<Event>(name: string, parse: (body: Uint8Array) => Event): WebhookScheme<Event> {
  return defineScheme<Event>({
    name,
    hash: 'SHA-256',
    encoding: 'base64',
    signatureHeader: 'x-sinch-webhook-signature',
    timestampHeader: 'x-sinch-webhook-signature-timestamp',
    nonceHeader: 'x-sinch-webhook-signature-nonce',
    algorithmHeader: { name: 'x-sinch-webhook-signature-algorithm', value: 'HmacSHA256' },
    signedContent: ({ body, nonce, timestamp }) => [body, `.${nonce}.${timestamp}`],
    parse,
  });
}

/** The headers Sinch sends with a signed callback. */
export type SinchWebhookSignatureHeaders = {
  'x-sinch-webhook-signature': string;
  'x-sinch-webhook-signature-timestamp': string;
  'x-sinch-webhook-signature-nonce': string;
  'x-sinch-webhook-signature-algorithm': 'HmacSHA256';
};
