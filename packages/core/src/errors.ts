// Typed errors. Messages, toString() and toJSON() are built only from status, codes and the
// server's message: never from request headers, credentials or bodies we sent.

/** The two error bodies Sinch APIs use, parsed into one shape. */
export interface SinchErrorDetails {
  /** Provisioning `errorCode`, or Conversation/Registrations `error.status`. */
  code: string | undefined;
  message: string | undefined;
}

export function readErrorDetails(body: unknown): SinchErrorDetails {
  if (body === null || typeof body !== 'object')
    return { code: undefined, message: typeof body === 'string' && body ? body.slice(0, 200) : undefined };
  const record = body as Record<string, unknown>;
  // Provisioning: { errorCode, message, resolution, additionalInformation }
  if (typeof record.errorCode === 'string') {
    const resolution = typeof record.resolution === 'string' ? ` ${record.resolution}` : '';
    return { code: record.errorCode, message: `${String(record.message ?? '')}${resolution}`.trim() || undefined };
  }
  // Conversation / Registrations: { error: { code, message, status, details } }
  const nested = record.error;
  if (nested !== null && typeof nested === 'object') {
    const error = nested as Record<string, unknown>;
    return {
      code: typeof error.status === 'string' ? error.status : undefined,
      message: typeof error.message === 'string' ? error.message : undefined,
    };
  }
  return { code: undefined, message: undefined };
}

const REQUEST_ID_HEADERS = ['x-request-id', 'x-sinch-request-id', 'x-correlation-id'];

export interface SinchApiErrorInit {
  status: number;
  headers: Headers;
  body: unknown;
  /** `METHOD /path` of the call, e.g. `GET /v1/projects/p/webhooks`. */
  operation: string | undefined;
}

/** Sinch answered with an error status. Subclasses narrow it by status. */
export class SinchApiError<Body = unknown> extends Error {
  override name = 'SinchApiError';
  readonly status: number;
  readonly headers: Headers;
  /** The parsed error body, typed by the spec when created through `orThrow`. */
  readonly body: Body;
  /** The machine-readable code from either error shape, if any. */
  readonly code: string | undefined;
  readonly requestId: string | undefined;
  readonly operation: string | undefined;

  constructor(init: SinchApiErrorInit) {
    const details = readErrorDetails(init.body);
    const where = init.operation ? ` on ${init.operation}` : '';
    super(
      `Sinch API error ${init.status}${details.code ? ` ${details.code}` : ''}${where}${details.message ? `: ${details.message}` : ''}`,
    );
    this.status = init.status;
    this.headers = init.headers;
    this.body = init.body as Body;
    this.code = details.code;
    this.operation = init.operation;
    this.requestId = REQUEST_ID_HEADERS.map((name) => init.headers.get(name)).find((v) => v) ?? undefined;
  }

  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      message: this.message,
      status: this.status,
      code: this.code,
      requestId: this.requestId,
      operation: this.operation,
      body: this.body,
    };
  }

  /** The subclass for a status. */
  static from<Body>(init: SinchApiErrorInit): SinchApiError<Body> {
    const Class = STATUS_CLASSES[init.status] ?? (init.status >= 500 ? SinchInternalServerError : SinchApiError);
    return new Class(init) as SinchApiError<Body>;
  }
}

export class SinchBadRequestError<B = unknown> extends SinchApiError<B> {
  override name = 'SinchBadRequestError';
}
export class SinchAuthenticationError<B = unknown> extends SinchApiError<B> {
  override name = 'SinchAuthenticationError';
}
export class SinchPermissionDeniedError<B = unknown> extends SinchApiError<B> {
  override name = 'SinchPermissionDeniedError';
}
export class SinchNotFoundError<B = unknown> extends SinchApiError<B> {
  override name = 'SinchNotFoundError';
}
export class SinchConflictError<B = unknown> extends SinchApiError<B> {
  override name = 'SinchConflictError';
}
export class SinchRateLimitError<B = unknown> extends SinchApiError<B> {
  override name = 'SinchRateLimitError';
}
export class SinchInternalServerError<B = unknown> extends SinchApiError<B> {
  override name = 'SinchInternalServerError';
}

const STATUS_CLASSES: Record<number, typeof SinchApiError> = {
  400: SinchBadRequestError,
  401: SinchAuthenticationError,
  403: SinchPermissionDeniedError,
  404: SinchNotFoundError,
  409: SinchConflictError,
  429: SinchRateLimitError,
};

/** The request never got an HTTP answer: refused, reset, DNS, TLS. */
export class SinchConnectionError extends Error {
  override name = 'SinchConnectionError';
  /** `METHOD URL` without query string or credentials. */
  readonly operation: string | undefined;
  constructor(message: string, options: { cause?: unknown; operation?: string } = {}) {
    super(message, { cause: options.cause });
    this.operation = options.operation;
  }
}

/** No answer within the `timeoutMs` option (on every attempt). */
export class SinchTimeoutError extends SinchConnectionError {
  override name = 'SinchTimeoutError';
}

/** The caller's AbortSignal fired. */
export class SinchAbortError extends Error {
  override name = 'SinchAbortError';
  constructor(options: { cause?: unknown } = {}) {
    super('The request was aborted by the caller.', options);
  }
}
