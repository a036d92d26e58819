import { orThrow, SinchAbortError } from '@sinchkit/core';
import type { Client } from 'openapi-fetch';
import { otherStyleOf, type TOKEN_STYLES, type TokenStyle, tokenStyle } from './token-style.js';
import type { ArrayField, GetInit, GetPath, ItemOf, PageData } from './types.js';

export interface PaginateOptions<Items extends string> {
  /** The page field that holds the items, e.g. `webhooks`. */
  items: Items;
  /** How page tokens travel. Default `pageToken` (`?pageToken=` → `nextPageToken`). */
  tokens?: keyof typeof TOKEN_STYLES | TokenStyle;
  /** Stop after this many pages. */
  maxPages?: number;
  /** Start from a token saved from an earlier `Page.nextToken`, to resume. */
  startToken?: string;
  /** Stops between pages and cancels the request in flight. */
  signal?: AbortSignal;
}

export interface Page<Data, Item> {
  items: Item[];
  /** The whole response of this page. */
  data: Data;
  /** The token this page was requested with (undefined for the first page). */
  token: string | undefined;
  /** The token of the next page; save it to resume later. Undefined on the last page. */
  nextToken: string | undefined;
}

/** Every item of a paginated list, fetched one page at a time. */
export interface Paginator<Data, Item> extends AsyncIterable<Item> {
  /** The pages themselves, with their tokens. */
  pages(): AsyncIterable<Page<Data, Item>>;
  /** Collects items into an array, stopping (and fetching no more pages) at `limit`. */
  toArray(options?: { limit?: number }): Promise<Item[]>;
}

/** The server sent back a page token it had already sent: following it would loop forever. */
export class PaginationLoopError extends Error {
  override name = 'PaginationLoopError';
  readonly token: string;
  constructor(token: string) {
    super('The server returned a page token it had already returned; stopping instead of looping.');
    this.token = token;
  }
}

/**
 * Iterates a paginated GET. Types come from the client's spec: `items` must name an array field of
 * the page, and each item has that array's element type.
 *
 *   for await (const webhook of paginate(client, '/v1/projects/{projectId}/webhooks', { params }, { items: 'webhooks' })) …
 */
export function paginate<
  Paths extends {},
  Path extends GetPath<Paths>,
  Items extends ArrayField<PageData<Paths, Path>>,
>(
  client: Client<Paths>,
  path: Path,
  init: GetInit<Paths, Path>,
  options: PaginateOptions<Items>,
): Paginator<PageData<Paths, Path>, ItemOf<PageData<Paths, Path>, Items>> {
  type Data = PageData<Paths, Path>;
  type Item = ItemOf<Data, Items>;
  const { signal } = checked(options);
  const style = tokenStyle(options.tokens);
  const maxPages = options.maxPages ?? Number.POSITIVE_INFINITY;

  const base = (init ?? {}) as { params?: { query?: Record<string, unknown> } };
  // The client's own types cannot follow a generic path, so the call is typed by its result.
  const get = client.GET as unknown as (
    path: Path,
    init: unknown,
  ) => Promise<{ data?: Data; error?: unknown; response: Response }>;

  async function* pages(): AsyncGenerator<Page<Data, Item>> {
    let token = options.startToken || undefined;
    const seen = new Set<string>(token ? [token] : []);
    for (let count = 0; count < maxPages; count++) {
      if (signal?.aborted) throw new SinchAbortError({ cause: signal.reason });
      const query = { ...base.params?.query, ...(token ? { [style.request]: token } : {}) };
      const request = { ...base, params: { ...base.params, query }, ...(signal ? { signal } : {}) };
      const data = (await orThrow(get(path, request))) as Data;
      const record = data as Record<string, unknown>;
      const next =
        typeof record[style.response] === 'string' && record[style.response] !== ''
          ? (record[style.response] as string)
          : undefined;
      const other = next ? undefined : otherStyleOf(record, style);
      if (other)
        throw new TypeError(
          `sinchkit: this list returns its next page token in ${other.field}; pass tokens: '${other.name}' to paginate`,
        );
      yield { items: (record[options.items] ?? []) as Item[], data, token, nextToken: next };
      if (!next) return;
      if (seen.has(next)) throw new PaginationLoopError(next);
      seen.add(next);
      token = next;
    }
  }

  async function* items(): AsyncGenerator<Item> {
    for await (const page of pages()) yield* page.items;
  }

  return {
    [Symbol.asyncIterator]: items,
    pages,
    async toArray({ limit }: { limit?: number } = {}) {
      if (limit !== undefined && !isCount(limit, 0))
        throw new TypeError(`sinchkit: limit must be a whole number ≥ 0, got ${String(limit)}`);
      const most = limit ?? Number.POSITIVE_INFINITY;
      const collected: Item[] = [];
      if (most <= 0) return collected;
      for await (const item of items()) {
        collected.push(item);
        if (collected.length >= most) break; // ends the generator: no further page is fetched
      }
      return collected;
    },
  };
}

function isCount(value: unknown, min: number): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= min;
}

/** Checks the options when the paginator is created: a bad one is a TypeError, not a silent default. */
function checked<O extends PaginateOptions<string>>(options: O): O {
  if (options === null || typeof options !== 'object') throw new TypeError('sinchkit: paginate needs { items: … }');
  if (typeof options.items !== 'string' || options.items === '')
    throw new TypeError('sinchkit: items must name the array field of a page, e.g. "webhooks"');
  if (options.maxPages !== undefined && !isCount(options.maxPages, 1))
    throw new TypeError(`sinchkit: maxPages must be a whole number ≥ 1, got ${String(options.maxPages)}`);
  if (options.startToken !== undefined && typeof options.startToken !== 'string')
    throw new TypeError('sinchkit: startToken must be a string');
  if (options.signal !== undefined && !(options.signal instanceof AbortSignal))
    throw new TypeError('sinchkit: signal must be an AbortSignal');
  return options;
}
