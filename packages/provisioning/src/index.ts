export type { Credentials } from '@sinchkit/core';
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
