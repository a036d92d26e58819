// The public surface of @sinchkit/core: what users of any sinchkit client import. Each client
// re-exports the same names, so @sinchkit/core rarely needs installing on its own.
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
