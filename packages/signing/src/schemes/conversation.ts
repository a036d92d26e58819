import type { ConversationCallbacks, ConversationCallbackTrigger } from '../callback-types.js';
import { parseJsonObject } from '../json.js';
import { type SignInput, signWebhook } from '../sign.js';
import { type VerifyInput, verifyAndParse } from '../verify.js';
import { type SinchWebhookSignatureHeaders, sinchWebhookScheme } from './sinch-webhook.js';

export type { ConversationCallbacks, ConversationCallbackTrigger };

/** The body key that carries each trigger's payload. */
const TRIGGER_KEYS = {
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
const TRIGGER_ENTRIES = Object.entries(TRIGGER_KEYS) as [ConversationCallbackTrigger, string][];

/** A callback of a trigger our spec knows: the body as Sinch sent it, plus its `trigger`. */
export type KnownConversationCallback = {
  [T in ConversationCallbackTrigger]: ConversationCallbacks[T] & {
    /** Which trigger sent it, read from the key its payload sits under. Added by sinchkit; not enumerable. */
    readonly trigger: T;
  };
}[ConversationCallbackTrigger];

/** An authentic callback of a trigger this version does not know yet: accepted, with its raw body. */
export interface UnknownConversationCallback {
  readonly trigger: 'UNKNOWN';
  /** The body as Sinch sent it. */
  readonly body: Readonly<Record<string, unknown>>;
}

/** A verified Conversation callback: `switch (callback.trigger)` narrows it to its payload. */
export type ConversationCallback = KnownConversationCallback | UnknownConversationCallback;

/** The callback of one trigger, e.g. `ConversationCallbackOf<'MESSAGE_INBOUND'>`. */
export type ConversationCallbackOf<T extends ConversationCallbackTrigger> = Extract<
  KnownConversationCallback,
  { trigger: T }
>;

/** True when `callback` is of `trigger`; narrows it, as a `switch` would. */
export function isConversationCallback<T extends ConversationCallbackTrigger>(
  callback: ConversationCallback,
  trigger: T,
): callback is ConversationCallbackOf<T> {
  return callback.trigger === trigger;
}

function parseConversationCallback(bytes: Uint8Array): ConversationCallback {
  const body = parseJsonObject(bytes, 'Conversation callback');
  for (const [trigger, key] of TRIGGER_ENTRIES) {
    if (key in body) {
      // Not enumerable: JSON.stringify(callback) is still exactly what Sinch sent.
      Object.defineProperty(body, 'trigger', { value: trigger, enumerable: false });
      return body as unknown as KnownConversationCallback;
    }
  }
  return { trigger: 'UNKNOWN', body };
}

/** Conversation API callbacks (`x-sinch-webhook-signature*` headers). */
export const conversationScheme = sinchWebhookScheme('conversation', parseConversationCallback);

/** Verifies a Conversation API callback and returns it, narrowed by `trigger`. */
export function verifyConversationWebhook(input: VerifyInput): Promise<ConversationCallback> {
  return verifyAndParse(conversationScheme, input);
}

/** The headers Sinch sends with a Conversation callback. */
export type ConversationSignatureHeaders = SinchWebhookSignatureHeaders;

/** The headers Sinch would send with `body`, for testing your receiver. */
export async function signConversationWebhook(input: SignInput): Promise<ConversationSignatureHeaders> {
  return (await signWebhook(conversationScheme, input)) as unknown as ConversationSignatureHeaders;
}
