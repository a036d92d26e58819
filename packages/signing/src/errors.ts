/** Why a webhook was rejected. */
export type WebhookVerificationErrorCode =
  | 'missing_header'
  | 'invalid_header'
  | 'unsupported_algorithm'
  | 'timestamp_too_old'
  | 'timestamp_too_new'
  | 'signature_mismatch'
  | 'invalid_secret'
  | 'replayed_nonce'
  /** The `now` option returned something other than a finite number. */
  | 'invalid_clock'
  /** The body is not raw bytes (e.g. already parsed JSON), or it is not the JSON the scheme expects. */
  | 'invalid_body';

/**
 * Thrown (as a rejection) whenever a webhook cannot be trusted. The message names headers and
 * explains the fix; it never contains a secret or a signature.
 */
export class WebhookVerificationError extends Error {
  override readonly name = 'WebhookVerificationError';
  readonly code: WebhookVerificationErrorCode;
  /** The header the error is about, when there is one. */
  readonly header: string | undefined;

  constructor(code: WebhookVerificationErrorCode, message: string, header?: string) {
    super(message);
    this.code = code;
    this.header = header;
  }
}

export function fail(code: WebhookVerificationErrorCode, message: string, header?: string): never {
  throw new WebhookVerificationError(code, message, header);
}
