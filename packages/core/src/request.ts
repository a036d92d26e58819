// The requests openapi-fetch builds for every call (its `Request` option). Where user code can see
// the request (middleware, a per-call fetch) it is a real Fetch Request, so standard patterns work.
// Where nothing but our transport ever sees it, it is a LightRequest: the same parts, without the
// cost of a Fetch Request (scripts/bench/fetch-objects.mjs prints what one costs).

/** The body openapi-fetch serialised, kept so the transport never reads it back from a stream. */
export const RAW_BODY = Symbol.for('@sinchkit/core/raw-body');
/** The caller's signal as given: reading `Request#signal` builds a new AbortSignal. */
export const CALLER_SIGNAL = Symbol.for('@sinchkit/core/caller-signal');

/** What the transport reads from a request: a LightRequest, a SinchRequest, or any Fetch Request. */
export type RequestLike = Pick<Request, 'method' | 'url' | 'headers'> & {
  signal?: AbortSignal | null;
  body?: unknown;
  [RAW_BODY]?: unknown;
  [CALLER_SIGNAL]?: AbortSignal | null;
};

function keepParts(request: object, init: RequestInit | undefined): void {
  Object.defineProperty(request, RAW_BODY, { value: init?.body ?? null });
  Object.defineProperty(request, CALLER_SIGNAL, { value: init?.signal ?? null });
}

// Defined on first use, as touching the global Request loads Node's Fetch implementation.
let SinchRequest: typeof Request | undefined;

/** A real Fetch Request that also keeps the body and signal it was given. */
const defineSinchRequest = (): typeof Request =>
  class SinchRequest extends Request {
    constructor(input: RequestInfo | URL, init?: RequestInit) {
      super(input, init);
      keepParts(this, init);
    }
  };

function sinchRequest(input: string, init: RequestInit): Request {
  SinchRequest ??= defineSinchRequest();
  return new SinchRequest(input, init);
}

/** openapi-fetch's parts of a call, checked as `new Request` would check them. */
class LightRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;

  constructor(input: string, init: RequestInit) {
    this.url = new URL(input).href; // the same parsing (and TypeError) as a Fetch Request
    this.method = init.method ?? 'GET';
    if (init.body != null && (this.method === 'GET' || this.method === 'HEAD'))
      throw new TypeError(`Request with ${this.method} method cannot have body.`);
    // openapi-fetch passes a Headers it built for this call alone (mergeHeaders).
    this.headers = init.headers instanceof Headers ? init.headers : new Headers(init.headers);
    keepParts(this, init);
  }
}

let nextIsPrivate = false;

/**
 * Runs `call` (a client method, which builds its request before it first awaits) so that its
 * request is a LightRequest when `unseen`. Any nested call resets the flag: never light by mistake.
 */
export function buildingPrivately<T>(unseen: boolean, call: () => T): T {
  nextIsPrivate = unseen;
  try {
    return call();
  } finally {
    nextIsPrivate = false;
  }
}

/** The `Request` class given to openapi-fetch. */
export const ClientRequest = class ClientRequest {
  constructor(input: string, init: RequestInit) {
    const light = nextIsPrivate && typeof input === 'string';
    nextIsPrivate = false;
    // biome-ignore lint/correctness/noConstructorReturn: `new ClientRequest()` picks the kind of request.
    return light ? new LightRequest(input, init) : sinchRequest(input, init);
  }

  // openapi-fetch checks what middleware returns with `instanceof` against this class: any real
  // Request is welcome, e.g. `new Request(request.url, request)`.
  static [Symbol.hasInstance](value: unknown): boolean {
    return value instanceof Request;
  }
} as unknown as typeof Request;
