// A response's Headers, answered from the header pairs the transport parsed. openapi-fetch reads
// one header (Content-Length) of every response; filling Fetch's Headers with a typical answer's
// five pairs triples the cost of building the Response (scripts/bench/fetch-objects.mjs).
// `get` and `has` read the pairs; anything else (iteration, set, inspection, passing the object to
// `new Response(…, { headers })`) first copies the pairs into the real Headers, so it behaves as
// Fetch's own. Defined on first use: on Node the first touch of Headers loads its Fetch implementation.
// (Node build only: elsewhere responses come from fetch with Headers of their own; pair-headers.ts.)

import type { HeaderPairs } from './pair-headers.js';
import { HTTP_TOKEN } from './token.js';

const INSPECT = Symbol.for('nodejs.util.inspect.custom');

type PairHeadersClass = new (pairs: HeaderPairs) => Headers;
let PairHeaders: PairHeadersClass | undefined;

/** Real `Headers` holding `pairs`, copied into Fetch's structure only when something needs it. */
export function pairHeaders(pairs: HeaderPairs): Headers {
  PairHeaders ??= definePairHeaders();
  return new PairHeaders(pairs);
}

const definePairHeaders = (): PairHeadersClass => {
  type Inspect = (this: Headers, ...args: unknown[]) => unknown;
  const inspectHeaders = (Headers.prototype as unknown as Record<symbol, Inspect | undefined>)[INSPECT];

  return class PairHeaders extends Headers {
    #pairs: HeaderPairs | undefined;

    constructor(pairs: HeaderPairs) {
      super();
      this.#pairs = pairs;
    }

    /** Copies the pairs into the real Headers (once); from then on every method is Fetch's. */
    #fill(): void {
      const pairs = this.#pairs;
      if (!pairs) return;
      this.#pairs = undefined;
      for (const [name, value] of pairs) super.append(name, value);
    }

    /** The pairs, when they can answer for `name` as Fetch would (a valid name, not yet filled). */
    #pairsFor(name: string): HeaderPairs | undefined {
      if (this.#pairs && typeof name === 'string' && HTTP_TOKEN.test(name)) return this.#pairs;
      this.#fill();
      return undefined;
    }

    override get(name: string): string | null {
      const pairs = this.#pairsFor(name);
      if (!pairs) return super.get(name);
      const wanted = name.toLowerCase();
      let value: string | null = null;
      for (const [key, v] of pairs) if (key === wanted) value = value === null ? v : `${value}, ${v}`;
      return value;
    }

    override has(name: string): boolean {
      const pairs = this.#pairsFor(name);
      if (!pairs) return super.has(name);
      const wanted = name.toLowerCase();
      return pairs.some(([key]) => key === wanted);
    }

    override append(name: string, value: string): void {
      this.#fill();
      super.append(name, value);
    }

    override set(name: string, value: string): void {
      this.#fill();
      super.set(name, value);
    }

    override delete(name: string): void {
      this.#fill();
      super.delete(name);
    }

    override getSetCookie(): string[] {
      this.#fill();
      return super.getSetCookie();
    }

    override forEach(callback: (value: string, key: string, parent: Headers) => void, thisArg?: unknown): void {
      this.#fill();
      super.forEach(callback, thisArg);
    }

    override entries() {
      this.#fill();
      return super.entries();
    }

    override keys() {
      this.#fill();
      return super.keys();
    }

    override values() {
      this.#fill();
      return super.values();
    }

    // Also what Fetch uses to read a Headers given as `headers` to a Request or Response.
    override [Symbol.iterator]() {
      this.#fill();
      return super[Symbol.iterator]();
    }

    // util.inspect / console.log show what Fetch's Headers would show.
    [INSPECT](...args: unknown[]): unknown {
      this.#fill();
      return inspectHeaders ? inspectHeaders.apply(this, args) : this;
    }
  };
};
