// Friendly names for the spec's types: what users build and read. All come from the generated
// schema, so they follow the spec.
import type { ErrorCodes } from './generated/error-codes.js';
import type { components } from './generated/schema.cjs';

// ---- webhooks ---------------------------------------------------------------------------------
/** A registered webhook, as the API returns it (never with its secret). */
export type Webhook = components['schemas']['Webhook'];
/** An event a webhook can subscribe to (`ALL` for every one). */
export type WebhookTrigger = components['schemas']['WebhookTriggersEnum'];
/** The body that registers or replaces a webhook. */
export type WebhookRequest = components['schemas']['WebhookInput'];
/** The body that changes some fields of a webhook. */
export type WebhookUpdate = components['schemas']['WebhookUpdateWebhookInput'];
/** One page of webhooks. */
export type WebhookList = components['schemas']['WebhookList'];

// ---- the main resource of each area -----------------------------------------------------------
/** The project's WhatsApp account (its Meta business and WABA). */
export type WhatsAppAccount = components['schemas']['WhatsAppAccount'];
/** A WhatsApp sender: a phone number with its business profile. */
export type WhatsAppSender = components['schemas']['WhatsAppSender'];
/** A WhatsApp message template in one language. */
export type WhatsAppTemplate = components['schemas']['WhatsAppTemplate'];
/** The body that creates a WhatsApp template. */
export type WhatsAppTemplateInput = components['schemas']['WhatsAppTemplateInput'];
/** A WhatsApp Flow of the project's WABA. */
export type WhatsAppFlow = components['schemas']['WhatsAppFlow'];
/** A Meta solution linking the project's WABA to a partner app. */
export type WhatsAppSolution = components['schemas']['WhatsAppSolution'];
/** A KakaoTalk sender (channel), identified by its plusFriendId. */
export type KakaoTalkSender = components['schemas']['KakaoTalkSender'];
/** A KakaoTalk AlimTalk template of a sender. */
export type KakaoTalkTemplate = components['schemas']['KakaoTalkTemplate'];
/** An RCS sender (agent) with its brand and questionnaire. */
export type RcsSender = components['schemas']['RcsSender'];
/** A bundle: several resources provisioned in one call. */
export type Bundle = components['schemas']['Bundle'];
/** An SMS app of the project. */
export type SmsApp = components['schemas']['SmsApp'];

// ---- errors -----------------------------------------------------------------------------------
/** The error body of every failed call: `{ errorCode, message, resolution, additionalInformation? }`. */
export type ProvisioningErrorBody = components['schemas']['WebhookError'];
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
export type ProvisioningCallbackEvent = components['schemas']['ProvisioningCallbackEvent'];
/** The `type` of every notification: the trigger it was sent for. */
export type ProvisioningCallbackType = ProvisioningCallbackEvent['type'];
/** The notification of one trigger, e.g. `ProvisioningCallbackOf<'WHATSAPP_TEMPLATE_APPROVED'>`. */
export type ProvisioningCallbackOf<T extends ProvisioningCallbackType> = Extract<
  ProvisioningCallbackEvent,
  { type: T }
>;
