// Everything from the core (orThrow, the error classes, Credentials, …), so @sinchkit/core never
// has to be installed or imported separately.
export * from '@sinchkit/core';
export {
  type ConversationClient,
  type ConversationClientOptions,
  createConversationClient,
  DEFAULT_REGION,
  REGIONS,
  type Region,
  regionBaseUrl,
} from './client.js';
export type { components, operations, paths, webhooks } from './generated/schema.js';
export { servers, spec } from './generated/spec.js';
export type {
  ClientCredentials,
  ConversationCallbackEvent,
  ConversationCallbacks,
  ConversationCallbackTrigger,
  ConversationErrorBody,
  Webhook,
  WebhookFieldPath,
  WebhookList,
  WebhookTargetType,
  WebhookTrigger,
} from './types.js';
