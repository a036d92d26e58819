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
