// The Node sender: HTTP/1.1 over keep-alive sockets from node:net / node:tls, with no
// dependency. It builds the request head itself and reads responses with ResponseParser, which
// costs far less per request than node:http or undici (scripts/bench/client-throughput.mjs).
// Not supported, by design: proxies, redirects, HTTP/2, compression (we never ask for it).

import { type Attempt, bounded } from '../bounded.js';
import type { OutgoingRequest, RawResponse, Sender } from '../types.js';
import { type Connection, type Origin, Pool, type PoolOptions } from './pool.js';
import { ProtocolError, ResponseParser } from './response-parser.js';

const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
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

function requestHead(request: OutgoingRequest, origin: Origin, path: string, length: number | undefined): string {
  let head = `${request.method} ${path} HTTP/1.1\r\nhost: ${origin.hostHeader}\r\n`;
  for (const name in request.headers) {
    const value = request.headers[name] as string;
    if (!TOKEN.test(name)) throw new TypeError(`sinchkit: invalid header name ${JSON.stringify(name)}`);
    if (FORBIDDEN_VALUE.test(value)) throw new TypeError(`sinchkit: header ${name} contains a line break`);
    if (!OWN_HEADERS.has(name)) head += `${name}: ${value}\r\n`;
  }
  if (length !== undefined) head += `content-length: ${length}\r\n`;
  return `${head}\r\n`;
}

// Requests are written together once the current turn's I/O callbacks are done, not one by one
// as responses free their connections: the peer then wakes once per burst rather than once per
// request, which costs both sides less under load (pnpm bench:clients, 8 to 256 in flight).
let pendingWrites: Array<() => void> = [];

function writeSoon(connection: Connection, head: string, body: Uint8Array | undefined): void {
  if (pendingWrites.length === 0) setImmediate(writePending);
  pendingWrites.push(() => {
    if (!connection.open) return; // cancelled in the meantime
    const { socket } = connection;
    if (!body) return void socket.write(head, 'latin1');
    socket.cork();
    socket.write(head, 'latin1');
    socket.write(body);
    socket.uncork();
  });
}

function writePending(): void {
  const writes = pendingWrites;
  pendingWrites = [];
  for (const write of writes) write();
}

/** One request on one connection, until its response is whole. */
function exchange(
  connection: Connection,
  request: OutgoingRequest,
  head: string,
  body: Uint8Array | undefined,
  attempt: Attempt,
): Promise<{ parser: ResponseParser; keepAlive: boolean }> {
  return new Promise((resolve, reject) => {
    const parser = new ResponseParser(request.method);
    connection.user = {
      onData(chunk) {
        try {
          if (!parser.push(chunk)) return;
        } catch (error) {
          connection.user = undefined;
          connection.destroy();
          return reject(error);
        }
        resolve({ parser, keepAlive: parser.result().keepAlive });
      },
      onClose(error) {
        try {
          if (parser.end()) return resolve({ parser, keepAlive: false });
        } catch (truncated) {
          const failure = error ?? truncated;
          // A reused connection that dies before answering was most likely closed by the server while
          // idle: the request never reached it, so it is safe to send again on a new connection.
          (failure as { staleConnection?: boolean }).staleConnection = connection.reused && parser.received === 0;
          reject(failure);
        }
      },
    };
    attempt.onCancel(() => connection.destroy());
    writeSoon(connection, head, body);
  });
}

export interface Http1Options {
  /** Open connections per origin at most; more requests wait for one. */
  maxConnections: number;
  /** Drop an idle connection after this long (before the server would). */
  idleTimeoutMs: number;
}

export function http1Sender(options: Http1Options): Sender {
  const targetOf = targets(options);
  return (request, timeoutMs) =>
    bounded(timeoutMs, request.signal, async (attempt) => {
      const { pool, origin, path } = targetOf(request.url);
      const body = typeof request.body === 'string' ? Buffer.from(request.body) : request.body;
      const withBody = body !== undefined || !['GET', 'HEAD', 'DELETE', 'OPTIONS'].includes(request.method);
      const head = requestHead(request, origin, path, withBody ? (body?.length ?? 0) : undefined);
      for (let fresh = false; ; fresh = true) {
        const acquired = pool.acquire(fresh);
        const connection = acquired instanceof Promise ? await acquired : acquired;
        // Out of time while waiting for a connection: hand it to the next caller unused.
        if (attempt.cancelled) return pool.release(connection, true) as never;
        try {
          const { parser, keepAlive } = await exchange(connection, request, head, body, attempt);
          pool.release(connection, keepAlive);
          const { status, statusText, headers, body: bytes } = parser.result();
          return { status, statusText, headers, body: bytes } satisfies RawResponse;
        } catch (error) {
          connection.destroy();
          if (!fresh && (error as { staleConnection?: boolean }).staleConnection) continue;
          throw error instanceof ProtocolError ? new Error(`invalid HTTP response: ${error.message}`) : error;
        }
      }
    });
}
