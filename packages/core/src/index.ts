/**
 * The transport under every sinchkit client: credentials, retries, timeouts and typed errors. Users
 * normally reach it through a client package, which re-exports everything documented here.
 *
 * @module @sinchkit/core
 */
export type { Credentials } from './credentials.js';
export {
  SinchAbortError,
  SinchApiError,
  type SinchApiErrorInit,
  SinchAuthenticationError,
  SinchBadRequestError,
  SinchConflictError,
  SinchConnectionError,
  SinchError,
  SinchInternalServerError,
  SinchNotFoundError,
  SinchPermissionDeniedError,
  SinchRateLimitError,
  SinchResponseParseError,
  SinchTimeoutError,
  SinchTokenError,
} from './errors.js';
export type { FetchLike } from './http/types.js';
export { type ErrorBody, orThrow, type SuccessData } from './result.js';
export type { RetryOptions } from './retry.js';
export type { TransportOptions } from './transport.js';
