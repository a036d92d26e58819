// What a call returns as `response`, and what middleware sees: a real Fetch Response
// (`instanceof Response` holds everywhere) whose body was already read by the transport. Reading
// it back is served from memory instead of a stream: the parsed JSON when the transport parsed it
// (once), the bytes otherwise. About 2–4 µs to build (scripts/bench/fetch-objects.mjs).
// The class is defined on first use: on Node the first touch of the global Response loads its
// Fetch implementation, which importing a client should not pay for (pnpm bench:startup).

/** Passed as `parsed` when the transport did not parse the body. */
export const NOT_PARSED: unique symbol = Symbol('not parsed');
const decoder = new TextDecoder();

type BufferedResponseClass = new (
  bytes: Uint8Array,
  init: ResponseInit & { url: string },
  parsed?: unknown,
) => Response;
let BufferedResponse: BufferedResponseClass | undefined;

/** A Response holding `bytes` (and the JSON parsed from them, if `parsed` is given). */
export function bufferedResponse(bytes: Uint8Array, init: ResponseInit & { url: string }, parsed?: unknown): Response {
  BufferedResponse ??= defineBufferedResponse();
  return new BufferedResponse(bytes, init, parsed);
}

const defineBufferedResponse = (): BufferedResponseClass =>
  class BufferedResponse extends Response {
    readonly #bytes: Uint8Array<ArrayBuffer>;
    readonly #url: string;
    #parsed: unknown;
    #used = false;
    #stream: ReadableStream<Uint8Array<ArrayBuffer>> | null | undefined;

    constructor(bytes: Uint8Array, init: ResponseInit & { url: string }, parsed: unknown = NOT_PARSED) {
      super(null, init);
      this.#bytes = bytes as Uint8Array<ArrayBuffer>;
      this.#url = init.url;
      this.#parsed = parsed;
    }

    override get url(): string {
      return this.#url;
    }

    override get bodyUsed(): boolean {
      return this.#used;
    }

    /** One stream per response, as in Fetch; the body counts as used once it is read. */
    override get body(): ReadableStream<Uint8Array<ArrayBuffer>> | null {
      if (this.#stream === undefined) {
        this.#stream =
          this.#bytes.length === 0
            ? null
            : new ReadableStream<Uint8Array<ArrayBuffer>>(
                {
                  pull: (controller) => {
                    this.#used = true;
                    controller.enqueue(this.#bytes);
                    controller.close();
                  },
                },
                { highWaterMark: 0 }, // pulled only when read: reaching for `body` does not use it
              );
      }
      return this.#stream;
    }

    #take(): Uint8Array<ArrayBuffer> {
      if (this.#used || this.#stream?.locked) throw new TypeError('Body is unusable: Body has already been read');
      this.#used = true;
      return this.#bytes;
    }

    override async text(): Promise<string> {
      return decoder.decode(this.#take());
    }

    override async json(): Promise<unknown> {
      const parsed = this.#parsed;
      if (parsed === NOT_PARSED) return JSON.parse(await this.text());
      this.#take();
      this.#parsed = NOT_PARSED;
      return parsed;
    }

    override async arrayBuffer(): Promise<ArrayBuffer> {
      const bytes = this.#take();
      return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    }

    override async bytes(): Promise<Uint8Array<ArrayBuffer>> {
      return new Uint8Array(await this.arrayBuffer());
    }

    override async blob(): Promise<Blob> {
      return new Blob([await this.arrayBuffer()], { type: this.headers.get('content-type') ?? '' });
    }

    override async formData(): Promise<FormData> {
      return new Response(await this.arrayBuffer(), { headers: this.headers }).formData();
    }

    override clone(): BufferedResponse {
      if (this.#used) throw new TypeError('Response.clone: Body has already been consumed.');
      // The clone parses on its own, so the two never share one object.
      return new BufferedResponse(this.#bytes, {
        status: this.status,
        statusText: this.statusText,
        headers: this.headers,
        url: this.#url,
      });
    }
  };
