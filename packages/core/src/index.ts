export { type ApiClientOptions, createApiClient } from './client.js';
export { base64Utf8, type Credentials, DEFAULT_TOKEN_URL } from './credentials.js';
export {
  readErrorDetails,
  SinchAbortError,
  SinchApiError,
  type SinchApiErrorInit,
  SinchAuthenticationError,
  SinchBadRequestError,
  SinchConflictError,
  SinchConnectionError,
  type SinchErrorDetails,
  SinchInternalServerError,
  SinchNotFoundError,
  SinchPermissionDeniedError,
  SinchRateLimitError,
  SinchTimeoutError,
} from './errors.js';
export { LightRequest } from './http/light-request.js';
export type { FetchLike } from './http/types.js';
export { pathSerializer } from './path-serializer.js';
export { type ErrorBody, orThrow, type SuccessData } from './result.js';
export { parseRetryAfter, type RetryOptions } from './retry.js';
export { createTransport, operationOf, type Transport, type TransportOptions } from './transport.js';
