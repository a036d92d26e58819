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

/** First in, first out, amortised O(1): Array#shift moves every item left, and under load many wait. */
class Queue<T> {
  #items: (T | undefined)[] = [];
  #head = 0;

  push(item: T): void {
    this.#items.push(item);
  }

  shift(): T | undefined {
    if (this.#head === this.#items.length) return undefined;
    const item = this.#items[this.#head];
    this.#items[this.#head++] = undefined;
    if (this.#head === this.#items.length) {
      this.#items = [];
      this.#head = 0;
    } else if (this.#head >= 1024 && this.#head * 2 >= this.#items.length) {
      this.#items = this.#items.slice(this.#head); // drop the consumed half, now and then
      this.#head = 0;
    }
    return item;
  }
}

/** A request waiting for a connection: started with one, or told why there is none. */
export interface ConnectionWaiter {
  /** Gave up (timed out, aborted) while waiting: skipped. */
  readonly cancelled: boolean;
  start(connection: Connection): void;
  fail(error: unknown): void;
}

export interface PoolOptions {
  maxConnections: number;
  idleTimeoutMs: number;
}

export class Pool {
  readonly #origin: Origin;
  readonly #options: PoolOptions;
  readonly #idle: Connection[] = [];
  readonly #waiting = new Queue<ConnectionWaiter>();
  #open = 0;

  constructor(origin: Origin, options: PoolOptions) {
    this.#origin = origin;
    this.#options = options;
  }

  /**
   * Starts `waiter` on a connection: an idle one or a new one (at once, once node:net is loaded),
   * or the next one released. Waiters are started synchronously where possible, without a promise
   * per request: under load most requests wait here, and each hop costs the whole client.
   */
  acquire(waiter: ConnectionWaiter, fresh = false): void {
    if (!fresh) {
      const now = Date.now();
      for (let connection = this.#idle.pop(); connection; connection = this.#idle.pop()) {
        if (connection.open && now - connection.idleSince < this.#options.idleTimeoutMs) {
          connection.socket.ref();
          waiter.start(connection);
          return;
        }
        connection.destroy();
      }
    }
    if (this.#open < this.#options.maxConnections) this.#startOnNew(waiter);
    else this.#waiting.push(waiter);
  }

  /** Gives a connection back after a complete response; a broken or closing one is dropped. */
  release(connection: Connection, reusable: boolean): void {
    connection.user = undefined;
    if (!reusable || !connection.open) {
      connection.destroy();
      return;
    }
    connection.reused = true;
    const next = this.#nextWaiter();
    if (next) {
      next.start(connection);
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
    const next = this.#nextWaiter();
    if (next) this.#startOnNew(next);
  }

  #nextWaiter(): ConnectionWaiter | undefined {
    let next = this.#waiting.shift();
    while (next?.cancelled) next = this.#waiting.shift();
    return next;
  }

  #startOnNew(waiter: ConnectionWaiter): void {
    let connecting: Connection | Promise<Connection>;
    try {
      connecting = this.#connect();
    } catch (error) {
      waiter.fail(error);
      return;
    }
    if (connecting instanceof Promise)
      connecting.then(
        (c) => waiter.start(c),
        (e) => waiter.fail(e),
      );
    else waiter.start(connecting);
  }

  #connect(): Connection | Promise<Connection> {
    this.#open++;
    const { secure, host, port } = this.#origin;
    const failed = (error: unknown): never => {
      this.#open--;
      throw error;
    };
    const openWith = <M>(module: M | Promise<M>, connect: (loaded: M) => Socket) => {
      const open = (loaded: M) => {
        try {
          return new Connection(connect(loaded), this);
        } catch (error) {
          return failed(error);
        }
      };
      return module instanceof Promise ? module.then(open, failed) : open(module);
    };
    if (secure) {
      const servername = isIpLiteral(host) ? undefined : host;
      return openWith(loadTls(), (tls) => tls.connect({ host, port, servername, ALPNProtocols: ['http/1.1'] }));
    }
    return openWith(loadNet(), (net) => net.connect({ host, port }));
  }
}
