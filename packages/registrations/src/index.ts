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
