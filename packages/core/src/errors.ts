// Typed errors. Messages, toString() and toJSON() are built only from status, codes, URLs without
// query strings and the server's message: never from request headers, credentials or bodies we sent.
//
// `instanceof` works whichever copy of this module threw: an app can load the CJS and the ESM
// build side by side, or two versions of the package. Each error carries a brand (a list of class
// kinds under a registered symbol) and every class checks the brand in Symbol.hasInstance.

const KINDS = Symbol.for('@sinchkit/core/error-kinds');

type Kinded = { readonly kind: string };

function kindsOf(target: abstract new (...args: never[]) => unknown): string[] {
  const kinds: string[] = [];
  for (let at: unknown = target; typeof at === 'function'; at = Object.getPrototypeOf(at)) {
    if (Object.hasOwn(at, 'kind')) kinds.push((at as unknown as Kinded).kind);
  }
  return kinds;
}

/** Every error sinchkit throws. `instanceof` checks a brand, so it holds across module copies. */
export class SinchError extends Error {
  static readonly kind: string = 'SinchError';

  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    const kinds = kindsOf(new.target);
    Object.defineProperty(this, KINDS, { value: Object.freeze(kinds) });
    // The most specific kind, e.g. SinchNotFoundError.
    this.name = kinds[0] ?? 'SinchError';
  }

  /** True for errors of this class (or a subclass) from any copy of the package. */
  static override [Symbol.hasInstance]<T>(this: abstract new (...args: never[]) => T, value: unknown): value is T {
    const kinds = (value as { [KINDS]?: unknown } | null | undefined)?.[KINDS];
    // biome-ignore lint/complexity/noThisInStatic: `this` is the class on the right of instanceof (a subclass too).
    return Array.isArray(kinds) && kinds.includes((this as unknown as Kinded).kind);
  }
}

/** The two error bodies Sinch APIs use, read into one shape. */
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
  // OAuth2 token endpoints: { error, error_description }
  if (typeof record.error === 'string') {
    const description = typeof record.error_description === 'string' ? record.error_description : undefined;
    return { code: record.error, message: description };
  }
  return { code: undefined, message: undefined };
}

const REQUEST_ID_HEADERS = ['x-request-id', 'x-sinch-request-id', 'x-correlation-id'];

export interface SinchApiErrorInit {
  status: number;
  headers: Headers;
  body: unknown;
  /** `METHOD origin/path` of the call, e.g. `GET https://eu.conversation.api.sinch.com/v1/projects/p/apps`. */
  operation: string | undefined;
}

/** Sinch answered with an error status. Subclasses narrow it by status. */
export class SinchApiError<Body = unknown> extends SinchError {
  static override readonly kind: string = 'SinchApiError';
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

/** 400: the request is malformed or fails validation. */
export class SinchBadRequestError<B = unknown> extends SinchApiError<B> {
  static override readonly kind: string = 'SinchBadRequestError';
}
/** 401: the credentials were refused. */
export class SinchAuthenticationError<B = unknown> extends SinchApiError<B> {
  static override readonly kind: string = 'SinchAuthenticationError';
}
/** 403: the credentials are valid but may not do this. */
export class SinchPermissionDeniedError<B = unknown> extends SinchApiError<B> {
  static override readonly kind: string = 'SinchPermissionDeniedError';
}
/** 404: no such resource (or no such route). */
export class SinchNotFoundError<B = unknown> extends SinchApiError<B> {
  static override readonly kind: string = 'SinchNotFoundError';
}
/** 409: the resource's state does not allow this now. */
export class SinchConflictError<B = unknown> extends SinchApiError<B> {
  static override readonly kind: string = 'SinchConflictError';
}
/** 429: too many requests. */
export class SinchRateLimitError<B = unknown> extends SinchApiError<B> {
  static override readonly kind: string = 'SinchRateLimitError';
}
/** 5xx: Sinch failed. */
export class SinchInternalServerError<B = unknown> extends SinchApiError<B> {
  static override readonly kind: string = 'SinchInternalServerError';
}

const STATUS_CLASSES: Record<number, typeof SinchApiError> = {
  400: SinchBadRequestError,
  401: SinchAuthenticationError,
  403: SinchPermissionDeniedError,
  404: SinchNotFoundError,
  409: SinchConflictError,
  429: SinchRateLimitError,
};

/** No complete HTTP answer: refused, reset (also mid-body), DNS, TLS. */
export class SinchConnectionError extends SinchError {
  static override readonly kind: string = 'SinchConnectionError';
  /** `METHOD origin/path`, without query string or credentials. */
  readonly operation: string | undefined;
  constructor(message: string, options: { cause?: unknown; operation?: string | undefined } = {}) {
    super(message, { cause: options.cause });
    this.operation = options.operation;
  }
}

/** No complete answer within `timeoutMs`, on every attempt (headers and the whole body). */
export class SinchTimeoutError extends SinchConnectionError {
  static override readonly kind: string = 'SinchTimeoutError';
}

/** The caller's AbortSignal fired. */
export class SinchAbortError extends SinchError {
  static override readonly kind: string = 'SinchAbortError';
  constructor(options: { cause?: unknown } = {}) {
    super('The request was aborted by the caller.', options);
  }
}

/** A successful response whose JSON body could not be read (truncated or not JSON). */
export class SinchResponseParseError extends SinchError {
  static override readonly kind: string = 'SinchResponseParseError';
  readonly status: number;
  readonly operation: string | undefined;
  constructor(init: { status: number; operation: string | undefined; cause: unknown }) {
    super(
      `Sinch answered ${init.status}${init.operation ? ` on ${init.operation}` : ''} with a body that is not valid JSON.`,
      { cause: init.cause },
    );
    this.status = init.status;
    this.operation = init.operation;
  }
}

/** The OAuth2 token endpoint refused the key, failed, or could not be reached. */
export class SinchTokenError extends SinchError {
  static override readonly kind: string = 'SinchTokenError';
  /** The token endpoint, e.g. `https://auth.sinch.com/oauth2/token`. */
  readonly tokenUrl: string;
  /** The HTTP status, or undefined when the endpoint gave no answer. */
  readonly status: number | undefined;
  /** The OAuth2 error code (e.g. `invalid_client`), when the endpoint sent one. */
  readonly code: string | undefined;
  constructor(init: { tokenUrl: string; status?: number; body?: unknown; reason?: string; cause?: unknown }) {
    const details = readErrorDetails(init.body);
    const answer = init.status === undefined ? '' : ` (${init.status}${details.code ? ` ${details.code}` : ''})`;
    const reason = init.reason ?? details.message;
    super(`Could not get an OAuth2 token from ${init.tokenUrl}${answer}${reason ? `: ${reason}` : '.'}`, {
      cause: init.cause,
    });
    this.tokenUrl = init.tokenUrl;
    this.status = init.status;
    this.code = details.code;
  }
}
