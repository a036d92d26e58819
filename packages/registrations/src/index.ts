// Everything from the core (orThrow, the error classes, Credentials, …), so @sinchkit/core never
// has to be installed or imported separately.
export * from '@sinchkit/core';
export {
  createRegistrationsClient,
  DEFAULT_BASE_URL,
  type RegistrationsClient,
  type RegistrationsClientOptions,
} from './client.js';
export type { components, operations, paths, webhooks } from './generated/schema.js';
export { servers, spec } from './generated/spec.js';
export type {
  CallbackConfiguration,
  CallbackConfigurationUpdate,
  RegistrationCallbackEvent,
  RegistrationsErrorBody,
  RegistrationsWebhooks,
} from './types.js';
