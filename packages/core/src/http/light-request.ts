// What openapi-fetch builds for every call. A real Request costs 8–23 µs to construct in Node 20
// (scripts/bench/fetch-objects.mjs); the transport only needs these fields.

export interface LightRequestInit {
  method?: string;
  headers?: HeadersInit;
  body?: BodyInit | null;
  signal?: AbortSignal | null;
}

/** A Request-compatible object: url, method, headers, body, signal, clone(), text(), json(). */
export class LightRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  readonly body: BodyInit | null;
  readonly signal: AbortSignal | null;

  constructor(input: string | URL | LightRequest, init: LightRequestInit = {}) {
    if (input instanceof LightRequest) {
      this.url = input.url;
      this.method = init.method ?? input.method;
      this.headers = new Headers(init.headers ?? input.headers);
      this.body = init.body ?? input.body;
      this.signal = init.signal ?? input.signal;
      return;
    }
    this.url = String(input);
    this.method = (init.method ?? 'GET').toUpperCase();
    this.headers = init.headers instanceof Headers ? init.headers : new Headers(init.headers);
    this.body = init.body ?? null;
    this.signal = init.signal ?? null;
  }

  clone(): LightRequest {
    return new LightRequest(this);
  }

  /** The body as text, when it is text (openapi-fetch serialises JSON bodies to strings). */
  async text(): Promise<string> {
    return typeof this.body === 'string' ? this.body : new Response(this.body).text();
  }

  async json(): Promise<unknown> {
    return JSON.parse(await this.text());
  }
}
