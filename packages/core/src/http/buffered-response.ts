// What a call returns as `response`, and what middleware sees: a real Fetch Response
// (`instanceof Response` holds everywhere) whose body was already read by the transport. Reading
// it back is served from memory instead of a stream: the parsed JSON when the transport parsed it
// (once), the bytes otherwise. Headers parsed by our HTTP/1.1 client are kept as pairs until read
// (pair-headers.node.ts), so building one costs about what `new Response(null, { status })` costs
// (scripts/bench/fetch-objects.mjs prints that, and the cost of filling Headers).
// The class is defined on first use: on Node the first touch of the global Response loads its
// Fetch implementation, which importing a client should not pay for (pnpm bench:startup).

import { type HeaderPairs, pairHeaders } from './pair-headers.js';

/** Passed as `parsed` when the transport did not parse the body. */
export const NOT_PARSED: unique symbol = Symbol('not parsed');
const decoder = new TextDecoder();

/** A Response's init: `headers` as Fetch Headers, or as the pairs our HTTP/1.1 parser read. */
export interface BufferedInit {
  status: number;
  statusText: string;
  headers: Headers | HeaderPairs;
  url: string;
}

type BufferedResponseClass = new (bytes: Uint8Array, init: BufferedInit, parsed?: unknown) => Response;
let BufferedResponse: BufferedResponseClass | undefined;

/** A Response holding `bytes` (and the JSON parsed from them, if `parsed` is given). */
export function bufferedResponse(bytes: Uint8Array, init: BufferedInit, parsed?: unknown): Response {
  BufferedResponse ??= defineBufferedResponse();
  return new BufferedResponse(bytes, init, parsed);
}

const defineBufferedResponse = (): BufferedResponseClass =>
  class BufferedResponse extends Response {
    readonly #bytes: Uint8Array<ArrayBuffer>;
    readonly #url: string;
    /** Set when the headers came as pairs: `headers` is then built from them on first use. */
    readonly #pairs: HeaderPairs | undefined;
    #headers: Headers | undefined;
    #parsed: unknown;
    #used = false;
    #stream: ReadableStream<Uint8Array<ArrayBuffer>> | null | undefined;

    constructor(bytes: Uint8Array, init: BufferedInit, parsed: unknown = NOT_PARSED) {
      const pairs = Array.isArray(init.headers) ? (init.headers as HeaderPairs) : undefined;
      super(null, pairs ? { status: init.status, statusText: init.statusText } : (init as ResponseInit));
      this.#bytes = bytes as Uint8Array<ArrayBuffer>;
      this.#url = init.url;
      this.#pairs = pairs;
      this.#parsed = parsed;
    }

    override get headers(): Headers {
      if (!this.#pairs) return super.headers;
      this.#headers ??= pairHeaders(this.#pairs);
      return this.#headers;
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
