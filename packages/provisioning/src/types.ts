// Friendly names for the spec's types: what users build and read. All come from the generated
// schema, so they follow the spec.
import type { ErrorCodes } from './generated/error-codes.js';
import type { components } from './generated/schema.js';

type Schemas = components['schemas'];

// ---- webhooks ---------------------------------------------------------------------------------
/** A registered webhook, as the API returns it (never with its secret). */
export type Webhook = Schemas['Webhook'];
/** An event a webhook can subscribe to (`ALL` for every one). */
export type WebhookTrigger = Schemas['WebhookTriggersEnum'];
/** The body that registers or replaces a webhook. */
export type WebhookRequest = Schemas['WebhookInput'];
/** The body that changes some fields of a webhook. */
export type WebhookUpdate = Schemas['WebhookUpdateWebhookInput'];
/** One page of webhooks. */
export type WebhookList = Schemas['WebhookList'];

// ---- the main resource of each area -----------------------------------------------------------
/** The project's WhatsApp account (its Meta business and WABA). */
export type WhatsAppAccount = Schemas['WhatsAppAccount'];
/** A WhatsApp sender: a phone number with its business profile. */
export type WhatsAppSender = Schemas['WhatsAppSender'];
/** A WhatsApp message template in one language. */
export type WhatsAppTemplate = Schemas['WhatsAppTemplate'];
/** The body that creates a WhatsApp template. */
export type WhatsAppTemplateInput = Schemas['WhatsAppTemplateInput'];
/** A WhatsApp Flow of the project's WABA. */
export type WhatsAppFlow = Schemas['WhatsAppFlow'];
/** A Meta solution linking the project's WABA to a partner app. */
export type WhatsAppSolution = Schemas['WhatsAppSolution'];
/** A KakaoTalk sender (channel), identified by its plusFriendId. */
export type KakaoTalkSender = Schemas['KakaoTalkSender'];
/** A KakaoTalk AlimTalk template of a sender. */
export type KakaoTalkTemplate = Schemas['KakaoTalkTemplate'];
/** An RCS sender (agent) with its brand and questionnaire. */
export type RcsSender = Schemas['RcsSender'];
/** A bundle: several resources provisioned in one call. */
export type Bundle = Schemas['Bundle'];
/** An SMS app of the project. */
export type SmsApp = Schemas['SmsApp'];

// ---- errors -----------------------------------------------------------------------------------
/** The error body of every failed call: `{ errorCode, message, resolution, additionalInformation? }`. */
export type ProvisioningErrorBody = Schemas['WebhookError'];
/** The error codes each operation documents, by operation id and status. */
export type { ErrorCodes };
/**
 * The documented error codes of an operation (and status), as a union to branch on:
 *
 *   ProvisioningErrorCode<'createWhatsAppTemplate', 400>  // 'invalid_payload' | …
 */
export type ProvisioningErrorCode<
  Operation extends keyof ErrorCodes,
  Status extends keyof ErrorCodes[Operation] = keyof ErrorCodes[Operation],
> = ErrorCodes[Operation][Status];

// ---- callbacks --------------------------------------------------------------------------------
/** Any notification Sinch posts to a webhook target: `switch (event.type)` narrows it. */
export type ProvisioningCallbackEvent = Schemas['ProvisioningCallbackEvent'];
/** The `type` of every notification: the trigger it was sent for. */
export type ProvisioningCallbackType = ProvisioningCallbackEvent['type'];
/** The notification of one trigger, e.g. `ProvisioningCallbackOf<'WHATSAPP_TEMPLATE_APPROVED'>`. */
export type ProvisioningCallbackOf<T extends ProvisioningCallbackType> = Extract<
  ProvisioningCallbackEvent,
  { type: T }
>;
