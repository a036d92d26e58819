import type {
  ConversationCallbackEvent,
  ConversationCallbacks,
  ConversationCallbackTrigger,
} from '@sinchkit/conversation';
import { fail } from '../errors.js';
import { parseJsonObject } from '../json.js';
import { defineScheme } from '../scheme.js';
import { type SignInput, signWebhook } from '../sign.js';
import { type VerifyInput, verifyAndParse } from '../verify.js';

export type { ConversationCallbackEvent, ConversationCallbacks, ConversationCallbackTrigger };

/** The body key that carries each trigger's payload. */
export const CONVERSATION_TRIGGER_KEYS = {
  MESSAGE_INBOUND: 'message',
  MESSAGE_DELIVERY: 'message_delivery_report',
  MESSAGE_SUBMIT: 'message_submit_notification',
  EVENT_INBOUND: 'event',
  EVENT_DELIVERY: 'event_delivery_report',
  CONVERSATION_START: 'conversation_start_notification',
  CONVERSATION_STOP: 'conversation_stop_notification',
  CONVERSATION_DELETE: 'conversation_delete_notification',
  CONTACT_CREATE: 'contact_create_notification',
  CONTACT_DELETE: 'contact_delete_notification',
  CONTACT_MERGE: 'contact_merge_notification',
  CONTACT_UPDATE: 'contact_update_notification',
  CONTACT_IDENTITIES_DUPLICATION: 'duplicated_contact_identities_notification',
  CAPABILITY: 'capability_notification',
  OPT_IN: 'opt_in_notification',
  OPT_OUT: 'opt_out_notification',
  CHANNEL_EVENT: 'channel_event_notification',
  UNSUPPORTED: 'unsupported_callback',
  SMART_CONVERSATION: 'smart_conversation_notification',
  MESSAGE_INBOUND_SMART_CONVERSATION_REDACTION: 'message_redaction',
  RECORD_NOTIFICATION: 'record_notification',
} as const satisfies { [T in ConversationCallbackTrigger]: keyof ConversationCallbacks[T] & string };

const TRIGGER_ENTRIES = Object.entries(CONVERSATION_TRIGGER_KEYS) as [ConversationCallbackTrigger, string][];

/** Which trigger a callback belongs to, from the key its payload sits under. */
export function conversationTriggerOf(event: ConversationCallbackEvent): ConversationCallbackTrigger {
  for (const [trigger, key] of TRIGGER_ENTRIES) if (key in event) return trigger;
  return fail('invalid_body', 'Not a Conversation callback: it has no known trigger payload.');
}

/**
 * Conversation API callbacks: Base64 HMAC-SHA256 of `body.nonce.timestamp`, keyed with the
 * webhook's secret, in the x-sinch-webhook-signature* headers.
 */
export const conversationScheme = defineScheme<ConversationCallbackEvent>({
  name: 'conversation',
  hash: 'SHA-256',
  encoding: 'base64',
  signatureHeader: 'x-sinch-webhook-signature',
  timestampHeader: 'x-sinch-webhook-signature-timestamp',
  nonceHeader: 'x-sinch-webhook-signature-nonce',
  algorithmHeader: { name: 'x-sinch-webhook-signature-algorithm', value: 'HmacSHA256' },
  signedContent: ({ body, nonce, timestamp }) => [body, `.${nonce}.${timestamp}`],
  parse(body) {
    const event = parseJsonObject(body, 'Conversation callback') as ConversationCallbackEvent;
    conversationTriggerOf(event); // a known trigger, or invalid_body
    return event;
  },
});

/** Verifies a Conversation API callback and returns its typed event. */
export function verifyConversationWebhook(input: VerifyInput): Promise<ConversationCallbackEvent> {
  return verifyAndParse(conversationScheme, input);
}

export type ConversationSignatureHeaders = {
  'x-sinch-webhook-signature': string;
  'x-sinch-webhook-signature-timestamp': string;
  'x-sinch-webhook-signature-nonce': string;
  'x-sinch-webhook-signature-algorithm': 'HmacSHA256';
};

/** The headers Sinch would send with `body`, for testing your receiver. */
export async function signConversationWebhook(input: SignInput): Promise<ConversationSignatureHeaders> {
  return (await signWebhook(conversationScheme, input)) as unknown as ConversationSignatureHeaders;
}
