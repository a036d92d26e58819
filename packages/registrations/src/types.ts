import type { components, webhooks } from './generated/schema.js';

type Schemas = components['schemas'];

/** The project's callback configuration: the HMAC secret that signs registration callbacks. */
export type CallbackConfiguration = Schemas['CallbackConfiguration'];
/** The body that sets a new HMAC secret. */
export type CallbackConfigurationUpdate = Schemas['CallbackConfigurationUpdate'];
/** A registration status callback. Sinch does not document its fields, so it is an open object. */
export type RegistrationCallbackEvent = Schemas['RegistrationCallbackEvent'];
/** The error body of every failed call: `{ error: { code, message, status, details } }`. */
export type RegistrationsErrorBody = Schemas['Error'];
/** The callbacks Sinch sends, as described in the spec's `webhooks` section. */
export type RegistrationsWebhooks = webhooks;
