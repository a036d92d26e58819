import type { components, webhooks } from './generated/schema.js';

type Schemas = components['schemas'];

/** A webhook of a Conversation API app. */
export type Webhook = Schemas['Webhook'];
/** A kind of callback a webhook receives. */
export type WebhookTrigger = Schemas['WebhookTrigger'];
/** `HTTP` delivers callbacks; `DISMISS` drops them. */
export type WebhookTargetType = Schemas['WebhookTargetType'];
/** A field name `update_mask` accepts. */
export type WebhookFieldPath = Schemas['WebhookFieldPath'];
/** OAuth2 client credentials Sinch uses to call your target. */
export type ClientCredentials = Schemas['ClientCredentials'];
/** The webhooks of an app. */
export type WebhookList = Schemas['WebhookList'];
/** The error body of every failed call: `{ error: { code, message, status, details } }`. */
export type ConversationErrorBody = Schemas['Error'];

/** The triggers Sinch sends a callback for (every WebhookTrigger but UNSPECIFIED_TRIGGER). */
export type ConversationCallbackTrigger = keyof webhooks;
/** The callback body of each trigger, from the spec's `webhooks` section. */
export type ConversationCallbacks = {
  [T in ConversationCallbackTrigger]: webhooks[T]['post']['requestBody']['content']['application/json'];
};
/** Any Conversation callback; narrow it with `'message' in event` or the signing package's `conversationTriggerOf`. */
export type ConversationCallbackEvent = ConversationCallbacks[ConversationCallbackTrigger];
