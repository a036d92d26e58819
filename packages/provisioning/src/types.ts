import type { components } from './generated/schema.js';

type Schemas = components['schemas'];

/** A registered webhook, as the API returns it (never with its secret). */
export type Webhook = Schemas['Webhook'];
/** An event a webhook can subscribe to. */
export type WebhookTrigger = Schemas['WebhookTrigger'];
/** The body that registers or replaces a webhook. */
export type WebhookRequest = Schemas['WebhookRequest'];
/** The body that changes some fields of a webhook. */
export type WebhookUpdate = Schemas['WebhookUpdate'];
/** One page of webhooks. */
export type WebhookList = Schemas['WebhookList'];
/** The error body of every failed call: `{ errorCode, message, resolution, additionalInformation? }`. */
export type ProvisioningErrorBody = Schemas['Error'];
