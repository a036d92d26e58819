// The Node sender: HTTP/1.1 over keep-alive sockets from node:net / node:tls, with no
// dependency. It builds the request head itself and reads responses with ResponseParser, which
// costs far less per request than node:http or undici (scripts/bench/client-throughput.mjs).
// Not supported, by design: proxies, redirects, HTTP/2, compression (we never ask for it).

import { type Attempt, bounded } from '../bounded.js';
import { HTTP_TOKEN } from '../token.js';
import type { OutgoingRequest, Sender } from '../types.js';
import {
  type Connection,
  type ConnectionUser,
  type ConnectionWaiter,
  type Origin,
  Pool,
  type PoolOptions,
} from './pool.js';
import { ProtocolError, ResponseParser } from './response-parser.js';

const FORBIDDEN_VALUE = /[\r\n\0]/;
const NOT_PRINTABLE = /[^\x21-\x7e]/;
// Set from the request itself; a caller's value would contradict the framing we send.
const OWN_HEADERS = new Set(['host', 'content-length', 'transfer-encoding', 'connection']);

interface Target {
  pool: Pool;
  origin: Origin;
  path: string;
}

/** Where a URL goes: parsed once per origin, then only sliced. */
function targets(options: PoolOptions): (url: string) => Target {
  const pools = new Map<string, { pool: Pool; origin: Origin }>();
  return (url) => {
    const slash = url.indexOf('/', url.indexOf('//') + 2);
    const key = slash < 0 ? url : url.slice(0, slash);
    let path = slash < 0 ? '/' : url.slice(slash);
    let entry = pools.get(key);
    if (!entry) {
      const parsed = new URL(key);
      if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
        throw new TypeError(`sinchkit: cannot send to ${parsed.protocol} URLs`);
      if (parsed.username || parsed.password) throw new TypeError('sinchkit: URLs with credentials are not sent');
      const secure = parsed.protocol === 'https:';
      const port = Number(parsed.port) || (secure ? 443 : 80);
      const host = parsed.hostname.replace(/^\[(.*)\]$/, '$1');
      const origin = { secure, host, port, hostHeader: parsed.host };
      entry = { pool: new Pool(origin, options), origin };
      pools.set(key, entry);
    }
    // Anything beyond printable ASCII (a space, non-ASCII) is percent-encoded the standard way.
    if (NOT_PRINTABLE.test(path)) {
      const parsed = new URL(url);
      path = parsed.pathname + parsed.search;
    } else {
      const hash = path.indexOf('#');
      if (hash >= 0) path = path.slice(0, hash);
    }
    return { pool: entry.pool, origin: entry.origin, path };
  };
}

/** Throws the TypeError `new Request` would for a header that cannot be sent. */
function checkHeaders(headers: Record<string, string>): void {
  for (const name in headers) {
    if (!HTTP_TOKEN.test(name)) throw new TypeError(`sinchkit: invalid header name ${JSON.stringify(name)}`);
    if (FORBIDDEN_VALUE.test(headers[name] as string))
      throw new TypeError(`sinchkit: header ${name} contains a line break`);
  }
}

/** The request line and headers (checked by checkHeaders), built just before they are written. */
function requestHead(request: OutgoingRequest, origin: Origin, path: string, length: number | undefined): string {
  let head = `${request.method} ${path} HTTP/1.1\r\nhost: ${origin.hostHeader}\r\n`;
  for (const name in request.headers) if (!OWN_HEADERS.has(name)) head += `${name}: ${request.headers[name]}\r\n`;
  if (length !== undefined) head += `content-length: ${length}\r\n`;
  return `${head}\r\n`;
}

// Requests are written together once the current turn's I/O callbacks are done, not one by one
// as responses free their connections: the peer then wakes once per burst rather than once per
// request, which costs both sides less under load (pnpm bench:clients, 8 to 256 in flight).
let pendingWrites: Exchange[] = [];

function writeSoon(exchange: Exchange): void {
  if (pendingWrites.length === 0) setImmediate(writePending);
  pendingWrites.push(exchange);
}

function writePending(): void {
  const writes = pendingWrites;
  pendingWrites = [];
  for (const exchange of writes) exchange.write();
}

/** A malformed answer as the transport reports it (a connection error naming the fault). */
const httpFault = (error: unknown) =>
  error instanceof ProtocolError ? new Error(`invalid HTTP response: ${error.message}`) : error;

/** The parsed response of an exchange (it satisfies RawResponse). */
type Answer = ReturnType<ResponseParser['result']>;

/**
 * One request on one connection, until its response is whole: waits for a connection, writes the
 * request, reads the answer, and gives the connection back. One object per request, with methods
 * rather than closures, as every in-flight request holds it (fewer live objects for each GC).
 */
class Exchange implements ConnectionWaiter, ConnectionUser {
  #connection: Connection | undefined;
  #parser: ResponseParser;
  /** On a fresh connection: a reused one that dies unanswered is retried once, on a fresh one. */
  #fresh = false;

  constructor(
    readonly target: Target,
    readonly request: OutgoingRequest,
    readonly body: Uint8Array | undefined,
    readonly length: number | undefined,
    readonly attempt: Attempt,
    readonly resolve: (answer: Answer) => void,
    readonly reject: (error: unknown) => void,
  ) {
    this.#parser = new ResponseParser(request.method);
    attempt.onCancel(() => this.#connection?.destroy());
  }

  get cancelled(): boolean {
    return this.attempt.cancelled;
  }

  start(connection: Connection): void {
    // Out of time while waiting for a connection: hand it to the next caller unused.
    if (this.attempt.cancelled) {
      this.target.pool.release(connection, true);
      return;
    }
    this.#connection = connection;
    connection.user = this;
    writeSoon(this);
  }

  fail(error: unknown): void {
    this.reject(error);
  }

  write(): void {
    const connection = this.#connection;
    if (!connection?.open || connection.user !== this) return; // cancelled in the meantime
    const { socket } = connection;
    const head = requestHead(this.request, this.target.origin, this.target.path, this.length);
    if (!this.body) return void socket.write(head, 'latin1');
    socket.cork();
    socket.write(head, 'latin1');
    socket.write(this.body);
    socket.uncork();
  }

  onData(chunk: Buffer): void {
    const connection = this.#connection as Connection;
    let answer: Answer;
    try {
      if (!this.#parser.push(chunk)) return;
      answer = this.#parser.result();
    } catch (error) {
      connection.user = undefined;
      connection.destroy();
      this.reject(httpFault(error));
      return;
    }
    this.target.pool.release(connection, answer.keepAlive);
    this.resolve(answer);
  }

  onClose(error: Error | undefined): void {
    const connection = this.#connection as Connection;
    try {
      if (this.#parser.end()) {
        this.resolve(this.#parser.result());
        return;
      }
    } catch (truncated) {
      // A reused connection that dies before answering was most likely closed by the server while
      // idle: the request never reached it, so it is safe to send again on a new connection.
      if (!this.#fresh && connection.reused && this.#parser.received === 0 && !this.attempt.cancelled) {
        this.#fresh = true;
        this.#connection = undefined;
        this.#parser = new ResponseParser(this.request.method);
        this.target.pool.acquire(this, true);
        return;
      }
      this.reject(httpFault(error ?? truncated));
    }
  }
}

export interface Http1Options {
  /** Open connections per origin at most; more requests wait for one. */
  maxConnections: number;
  /** Drop an idle connection after this long (before the server would). */
  idleTimeoutMs: number;
}

const BODILESS = new Set(['GET', 'HEAD', 'DELETE', 'OPTIONS']);

export function http1Sender(options: Http1Options): Sender {
  const targetOf = targets(options);
  return (request, timeoutMs) =>
    bounded(
      timeoutMs,
      request.signal,
      (attempt) =>
        new Promise<Answer>((resolve, reject) => {
          const target = targetOf(request.url);
          checkHeaders(request.headers);
          const body = typeof request.body === 'string' ? Buffer.from(request.body) : request.body;
          const length = body !== undefined || !BODILESS.has(request.method) ? (body?.length ?? 0) : undefined;
          target.pool.acquire(new Exchange(target, request, body, length, attempt, resolve, reject));
        }),
    );
}
