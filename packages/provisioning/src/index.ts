// Everything from the core (orThrow, the error classes, Credentials, …), so @sinchkit/core never
// has to be installed or imported separately.
export * from '@sinchkit/core';
export {
  createProvisioningClient,
  DEFAULT_BASE_URL,
  type ProvisioningClient,
  type ProvisioningClientOptions,
} from './client.js';
export type { components, operations, paths } from './generated/schema.js';
export { servers, spec } from './generated/spec.js';
export type {
  ProvisioningErrorBody,
  Webhook,
  WebhookList,
  WebhookRequest,
  WebhookTrigger,
  WebhookUpdate,
} from './types.js';
