import type { components, webhooks } from './generated/schema.cjs';

/** The project's callback configuration: the HMAC secret that signs registration callbacks. */
export type CallbackConfiguration = components['schemas']['CallbackConfiguration'];
/** The body that sets a new HMAC secret. */
export type CallbackConfigurationUpdate = components['schemas']['CallbackConfigurationUpdate'];
/** A registration status callback. Sinch does not document its fields, so it is an open object. */
export type RegistrationCallbackEvent = components['schemas']['RegistrationCallbackEvent'];
/** The error body of the failures the spec documents (400, 404, 500): `{ error: { code, message, status, details } }`. */
export type RegistrationsErrorBody = components['schemas']['Error'];
/** The callbacks Sinch sends, as described in the spec's `webhooks` section. */
export type RegistrationsWebhooks = webhooks;
