// Keep-alive connections to one origin: reused last-in first-out, at most `maxConnections` open,
// callers beyond that wait in line. An idle connection never keeps the process alive and is
// dropped when the server closes it or after `idleTimeoutMs`, before servers commonly do.
import type { Socket } from 'node:net';

/**
 * A builtin loaded on first use, then handed out synchronously: node:net (with streams) and
 * node:tls each take milliseconds to load, which importing a client should not cost, and
 * plain-HTTP users (and mocks) never need TLS at all.
 */
function onFirstUse<M>(load: () => Promise<M>): () => M | Promise<M> {
  let module: M | Promise<M> | undefined;
  return () =>
    (module ??= load().then((loaded) => {
      module = loaded;
      return loaded;
    }));
}

const loadNet = onFirstUse(() => import('node:net'));
const loadTls = onFirstUse(() => import('node:tls'));

/** An IP address is not a server name (TLS SNI). */
const isIpLiteral = (host: string) => host.includes(':') || /^\d{1,3}(?:\.\d{1,3}){3}$/.test(host);

export interface Origin {
  secure: boolean;
  host: string;
  port: number;
  /** The Host header: host, plus the port when it is not the default. */
  hostHeader: string;
}

/** What a connection reports to the request using it. */
export interface ConnectionUser {
  onData(chunk: Buffer): void;
  onClose(error: Error | undefined): void;
}

export class Connection {
  readonly socket: Socket;
  /** Carried a whole response before: a failure before any answer may be a stale keep-alive. */
  reused = false;
  user: ConnectionUser | undefined;
  idleSince = 0;
  #error: Error | undefined;
  readonly #pool: Pool;

  constructor(socket: Socket, pool: Pool) {
    this.socket = socket;
    this.#pool = pool;
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => {
      if (this.user) this.user.onData(chunk);
      else socket.destroy(); // data nobody asked for: the connection is out of step
    });
    socket.on('error', (error: Error) => {
      this.#error = error;
    });
    socket.on('end', () => socket.destroy());
    socket.on('close', () => {
      this.#pool.forget(this);
      const user = this.user;
      this.user = undefined;
      user?.onClose(this.#error);
    });
  }

  get open(): boolean {
    return !this.socket.destroyed;
  }

  destroy(): void {
    this.socket.destroy();
  }
}

export interface PoolOptions {
  maxConnections: number;
  idleTimeoutMs: number;
}

export class Pool {
  readonly #origin: Origin;
  readonly #options: PoolOptions;
  readonly #idle: Connection[] = [];
  readonly #waiting: Array<{ resolve: (c: Connection) => void; reject: (e: unknown) => void }> = [];
  #open = 0;

  constructor(origin: Origin, options: PoolOptions) {
    this.#origin = origin;
    this.#options = options;
  }

  /** A connection for one request: an idle one, a new one, or the next one released. */
  acquire(fresh = false): Connection | Promise<Connection> {
    if (!fresh) {
      const now = Date.now();
      for (let connection = this.#idle.pop(); connection; connection = this.#idle.pop()) {
        if (connection.open && now - connection.idleSince < this.#options.idleTimeoutMs) {
          connection.socket.ref();
          return connection;
        }
        connection.destroy();
      }
    }
    if (this.#open < this.#options.maxConnections) return this.#connect();
    return new Promise((resolve, reject) => this.#waiting.push({ resolve, reject }));
  }

  /** Gives a connection back after a complete response; a broken or closing one is dropped. */
  release(connection: Connection, reusable: boolean): void {
    connection.user = undefined;
    if (!reusable || !connection.open) {
      connection.destroy();
      return;
    }
    connection.reused = true;
    const next = this.#waiting.shift();
    if (next) {
      next.resolve(connection);
      return;
    }
    connection.idleSince = Date.now();
    connection.socket.unref();
    this.#idle.push(connection);
  }

  /** A connection closed: free its slot for whoever waits. */
  forget(connection: Connection): void {
    const index = this.#idle.indexOf(connection);
    if (index >= 0) this.#idle.splice(index, 1);
    this.#open--;
    const next = this.#waiting.shift();
    if (!next) return;
    const connecting = this.#connect();
    Promise.resolve(connecting).then(next.resolve, next.reject);
  }

  #connect(): Connection | Promise<Connection> {
    this.#open++;
    const { secure, host, port } = this.#origin;
    const open = (socket: Socket) => new Connection(socket, this);
    const failed = (error: unknown) => {
      this.#open--;
      throw error;
    };
    if (secure) {
      const servername = isIpLiteral(host) ? undefined : host;
      const connect = (tls: typeof import('node:tls')) =>
        open(tls.connect({ host, port, servername, ALPNProtocols: ['http/1.1'] }));
      const tls = loadTls();
      return tls instanceof Promise ? tls.then(connect, failed) : connect(tls);
    }
    const connect = (net: typeof import('node:net')) => open(net.connect({ host, port }));
    const net = loadNet();
    return net instanceof Promise ? net.then(connect, failed) : connect(net);
  }
}
