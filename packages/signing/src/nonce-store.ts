/**
 * Remembers delivery nonces so a captured callback cannot be replayed. Share one store across
 * receiver instances (e.g. Redis) or each instance only knows its own deliveries.
 */
export interface NonceStore {
  /**
   * Records `key` for `ttlSeconds`. Resolves true when the key was new, false when it was already
   * recorded (a replay). Must be atomic for a shared store: in Redis, `SET key 1 NX EX ttlSeconds`
   * and return whether it answered OK.
   */
  remember(key: string, ttlSeconds: number): boolean | Promise<boolean>;
}

export interface MemoryNonceStoreOptions {
  /** Upper bound on remembered nonces; the oldest are forgotten first. Default 100,000. */
  maxEntries?: number;
  /** Clock in milliseconds, for tests. */
  now?: () => number;
}

/** A NonceStore for a single process: a Map of nonce → expiry, pruned as it goes. */
export class MemoryNonceStore implements NonceStore {
  readonly #expiries = new Map<string, number>();
  readonly #maxEntries: number;
  readonly #now: () => number;

  constructor(options: MemoryNonceStoreOptions = {}) {
    const { maxEntries = 100_000, now = Date.now } = options;
    if (typeof maxEntries !== 'number' || !Number.isInteger(maxEntries) || maxEntries < 1)
      throw new TypeError(`sinchkit: maxEntries must be an integer ≥ 1, got ${String(maxEntries)}`);
    if (typeof now !== 'function') throw new TypeError('sinchkit: now must be a function returning milliseconds');
    this.#maxEntries = maxEntries;
    this.#now = now;
  }

  get size(): number {
    return this.#expiries.size;
  }

  remember(key: string, ttlSeconds: number): boolean {
    const now = this.#now();
    if (!Number.isFinite(now)) throw new TypeError('sinchkit: the nonce store clock did not return a finite number');
    this.#prune(now);
    const expiry = this.#expiries.get(key);
    if (expiry !== undefined && expiry > now) return false;
    this.#expiries.delete(key);
    this.#expiries.set(key, now + ttlSeconds * 1000);
    if (this.#expiries.size > this.#maxEntries) this.#expiries.delete(this.#expiries.keys().next().value as string);
    return true;
  }

  // Entries are kept in insertion order, which is expiry order for a constant TTL.
  #prune(now: number): void {
    for (const [key, expiry] of this.#expiries) {
      if (expiry > now) break;
      this.#expiries.delete(key);
    }
  }
}
