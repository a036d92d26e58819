// The callback bodies of each API, from this package's own generated types: only the part of each
// spec that callbacks use, so verifying callbacks does not install a whole client's types. They
// are the same types the client packages export (test/callback-types.typecheck.ts checks it).
import type { webhooks as conversationWebhooks } from './generated/conversation-callbacks.cjs';
import type { components as provisioning } from './generated/provisioning-callbacks.cjs';
import type { components as registrations } from './generated/registrations-callbacks.cjs';

/** The triggers Sinch sends a Conversation callback for. */
export type ConversationCallbackTrigger = keyof conversationWebhooks;
/** The Conversation callback body of each trigger, from the spec's `webhooks` section. */
export type ConversationCallbacks = {
  [T in ConversationCallbackTrigger]: conversationWebhooks[T]['post']['requestBody']['content']['application/json'];
};

/** Any notification Sinch posts to a Provisioning webhook target: `switch (event.type)` narrows it. */
export type ProvisioningCallbackEvent = provisioning['schemas']['ProvisioningCallbackEvent'];
/** The `type` of every Provisioning notification: the trigger it was sent for. */
export type ProvisioningCallbackType = ProvisioningCallbackEvent['type'];
/** The notification of one trigger, e.g. `ProvisioningCallbackOf<'WHATSAPP_TEMPLATE_APPROVED'>`. */
export type ProvisioningCallbackOf<T extends ProvisioningCallbackType> = Extract<
  ProvisioningCallbackEvent,
  { type: T }
>;

/** A Registrations API callback (an open JSON object: Sinch does not document its fields). */
export type RegistrationCallbackEvent = registrations['schemas']['RegistrationCallbackEvent'];
