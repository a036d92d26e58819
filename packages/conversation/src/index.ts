// The core pieces a client user needs, so @sinchkit/core never has to be installed by hand.
export {
  type Credentials,
  orThrow,
  type RetryOptions,
  SinchAbortError,
  SinchApiError,
  SinchAuthenticationError,
  SinchBadRequestError,
  SinchConflictError,
  SinchConnectionError,
  SinchInternalServerError,
  SinchNotFoundError,
  SinchPermissionDeniedError,
  SinchRateLimitError,
  SinchTimeoutError,
} from '@sinchkit/core';
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
