// A Response-compatible object over a fully read body (Node build only). Constructing a real
// Response and reading it costs 21–36 µs per call in Node 20 (scripts/bench/fetch-objects.mjs).

type RawHeaders = Record<string, string | string[] | undefined>;

/** Read-only Headers over undici's lowercase header record. */
export class LightHeaders implements Iterable<[string, string]> {
  readonly #raw: RawHeaders;
  constructor(raw: RawHeaders) {
    this.#raw = raw;
  }
  get(name: string): string | null {
    const value = this.#raw[name.toLowerCase()];
    if (value === undefined) return null;
    return Array.isArray(value) ? value.join(', ') : value;
  }
  has(name: string): boolean {
    return this.#raw[name.toLowerCase()] !== undefined;
  }
  getSetCookie(): string[] {
    const value = this.#raw['set-cookie'];
    return value === undefined ? [] : Array.isArray(value) ? value : [value];
  }
  forEach(callback: (value: string, name: string, parent: LightHeaders) => void): void {
    for (const [name, value] of this) callback(value, name, this);
  }
  *entries(): IterableIterator<[string, string]> {
    for (const name of Object.keys(this.#raw).sort()) {
      const value = this.get(name);
      if (value !== null) yield [name, value];
    }
  }
  *keys(): IterableIterator<string> {
    for (const [name] of this.entries()) yield name;
  }
  *values(): IterableIterator<string> {
    for (const [, value] of this.entries()) yield value;
  }
  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.entries();
  }
  append(): never {
    throw new TypeError('Response headers are immutable');
  }
  set(): never {
    throw new TypeError('Response headers are immutable');
  }
  delete(): never {
    throw new TypeError('Response headers are immutable');
  }
}

/**
 * What the client returns as `response` on Node: status, ok, statusText, headers, url, and the
 * body methods (text, json, arrayBuffer, bytes, blob, body stream, clone). `instanceof Response`
 * is false; call `toResponse()` for a real one.
 */
export class LightResponse {
  readonly status: number;
  readonly statusText = '';
  readonly ok: boolean;
  readonly headers: LightHeaders;
  readonly url: string;
  readonly redirected = false;
  readonly type = 'basic';
  readonly #body: Buffer<ArrayBuffer>;
  #used = false;

  constructor(status: number, headers: RawHeaders, body: Buffer<ArrayBuffer>, url: string) {
    this.status = status;
    this.ok = status >= 200 && status < 300;
    this.headers = new LightHeaders(headers);
    this.#body = body;
    this.url = url;
  }

  get bodyUsed(): boolean {
    return this.#used;
  }

  get body(): ReadableStream<Uint8Array> | null {
    return this.#body.length === 0 ? null : (new Blob([this.#consume()]).stream() as ReadableStream<Uint8Array>);
  }

  #consume(): Buffer<ArrayBuffer> {
    if (this.#used) throw new TypeError('Body is unusable: Body has already been read');
    this.#used = true;
    return this.#body;
  }

  async text(): Promise<string> {
    return this.#consume().toString('utf8');
  }
  async json(): Promise<unknown> {
    return JSON.parse(await this.text());
  }
  async arrayBuffer(): Promise<ArrayBuffer> {
    const body = this.#consume();
    return body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength) as ArrayBuffer;
  }
  async bytes(): Promise<Uint8Array> {
    return new Uint8Array(await this.arrayBuffer());
  }
  async blob(): Promise<Blob> {
    return new Blob([this.#consume()], { type: this.headers.get('content-type') ?? '' });
  }
  clone(): LightResponse {
    if (this.#used) throw new TypeError('Response.clone: Body has already been consumed.');
    const raw: RawHeaders = Object.fromEntries(this.headers.entries());
    return new LightResponse(this.status, raw, this.#body, this.url);
  }
  /** A real Fetch Response with the same status, headers and body. */
  toResponse(): Response {
    return new Response(this.#body.length === 0 || this.status === 204 ? null : this.#consume(), {
      status: this.status,
      headers: [...this.headers.entries()],
    });
  }
}
