import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { SinchAbortError, SinchNotFoundError } from '@sinchkit/core';
import { createProvisioningClient, type Webhook } from '@sinchkit/provisioning';
import { afterEach, describe, expect, it } from 'vitest';
import { json, type ScriptedServer, scriptedServer } from '../../../scripts/testing/scripted-server.js';
import { PaginationLoopError, paginate } from '../src/index.js';

const projectId = 'p1';
const path = '/v1/projects/{projectId}/webhooks';
const params = { params: { path: { projectId } } };

let server: ScriptedServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const webhook = (n: number): Webhook => ({
  id: `w${n}`,
  projectId,
  target: `https://hooks.example.com/${n}`,
  triggers: ['ALL'],
});

/** A Provisioning-style list: `pages` pages of `size` webhooks, chained by nextPageToken. */
async function listServer(
  pages: number,
  size: number,
  nextToken = (page: number) => (page + 1 < pages ? `t${page + 1}` : ''),
) {
  return scriptedServer((req, res) => {
    const token = new URL(req.path, 'http://x').searchParams.get('pageToken');
    const page = token ? Number(token.slice(1)) : 0;
    const webhooks = Array.from({ length: size }, (_, i) => webhook(page * size + i));
    json(res, 200, {
      previousPageToken: '',
      nextPageToken: nextToken(page),
      pageSize: size,
      totalSize: pages * size,
      webhooks,
    });
  });
}

function client(url: string) {
  return createProvisioningClient({
    baseUrl: url,
    credentials: { type: 'bearer', token: 't' },
    retry: { maxRetries: 0 },
  });
}

describe('paginate', () => {
  it('yields every item across pages, in order, and stops on an empty token', async () => {
    server = await listServer(3, 2);
    const ids: string[] = [];
    for await (const item of paginate(client(server.url), path, params, { items: 'webhooks' })) ids.push(item.id);
    expect(ids).toEqual(['w0', 'w1', 'w2', 'w3', 'w4', 'w5']);
    expect(server.requests.map((r) => new URL(r.path, 'http://x').searchParams.get('pageToken'))).toEqual([
      null,
      't1',
      't2',
    ]);
  });

  it('pages() exposes each page with its token and the next one, to resume later', async () => {
    server = await listServer(3, 2);
    const pages = [];
    for await (const page of paginate(client(server.url), path, params, { items: 'webhooks' }).pages()) {
      pages.push([page.token, page.nextToken, page.items.length, page.data.totalSize]);
    }
    expect(pages).toEqual([
      [undefined, 't1', 2, 6],
      ['t1', 't2', 2, 6],
      ['t2', undefined, 2, 6],
    ]);
  });

  it('resumes from a saved token', async () => {
    server = await listServer(3, 2);
    const rest = await paginate(client(server.url), path, params, { items: 'webhooks', startToken: 't2' }).toArray();
    expect(rest.map((w) => w.id)).toEqual(['w4', 'w5']);
    expect(server.requests).toHaveLength(1);
  });

  it('toArray({ limit }) stops fetching once it has enough', async () => {
    server = await listServer(10, 3);
    const first = await paginate(client(server.url), path, params, { items: 'webhooks' }).toArray({ limit: 4 });
    expect(first.map((w) => w.id)).toEqual(['w0', 'w1', 'w2', 'w3']);
    expect(server.requests).toHaveLength(2);
  });

  it('stops after maxPages', async () => {
    server = await listServer(10, 1);
    expect(await paginate(client(server.url), path, params, { items: 'webhooks', maxPages: 3 }).toArray()).toHaveLength(
      3,
    );
    expect(server.requests).toHaveLength(3);
  });

  it('throws PaginationLoopError when the server repeats a token', async () => {
    server = await listServer(10, 1, (page) => (page === 2 ? 't1' : `t${page + 1}`));
    const error = await paginate(client(server.url), path, params, { items: 'webhooks' })
      .toArray()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaginationLoopError);
    expect(server.requests).toHaveLength(3);
  });

  it('a list paged the other way is a TypeError naming the tokens option, not a silent first page', async () => {
    server = await scriptedServer((_req, res) => json(res, 200, { webhooks: [webhook(0)], next_page_token: 'second' }));
    const pages = paginate(client(server.url), path, params, { items: 'webhooks' });
    await expect(pages.toArray()).rejects.toThrow(/next_page_token; pass tokens: 'page_token'/);
    expect(server.requests).toHaveLength(1);
  });

  it('supports page_token / next_page_token and custom token names', async () => {
    server = await scriptedServer((req, res) => {
      const token = new URL(req.path, 'http://x').searchParams.get('page_token');
      json(res, 200, { webhooks: [webhook(token ? 1 : 0)], next_page_token: token ? '' : 'second' });
    });
    const ids = await paginate(client(server.url), path, params, { items: 'webhooks', tokens: 'page_token' }).toArray();
    expect(ids.map((w) => w.id)).toEqual(['w0', 'w1']);
    const custom = await paginate(client(server.url), path, params, {
      items: 'webhooks',
      tokens: { request: 'page_token', response: 'next_page_token' },
    }).toArray();
    expect(custom).toHaveLength(2);
  });

  it('keeps the caller query parameters on every page', async () => {
    server = await listServer(2, 1);
    await paginate(
      client(server.url),
      path,
      { params: { path: { projectId }, query: { pageSize: 1 } } },
      { items: 'webhooks' },
    ).toArray();
    expect(server.requests.map((r) => new URL(r.path, 'http://x').searchParams.get('pageSize'))).toEqual(['1', '1']);
  });

  it('throws the typed API error of a failing page', async () => {
    server = await scriptedServer((_req, res) =>
      json(res, 404, { errorCode: 'webhook_not_found', message: 'No.', resolution: 'Check.' }),
    );
    const error = await paginate(client(server.url), path, params, { items: 'webhooks' })
      .toArray()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SinchNotFoundError);
  });

  it('stops between pages when the signal aborts', async () => {
    server = await listServer(10, 1);
    const controller = new AbortController();
    const seen: string[] = [];
    const error = await (async () => {
      for await (const item of paginate(client(server?.url ?? ''), path, params, {
        items: 'webhooks',
        signal: controller.signal,
      })) {
        seen.push(item.id);
        if (seen.length === 2) controller.abort();
      }
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SinchAbortError);
    expect(seen).toEqual(['w0', 'w1']);
    expect(server.requests).toHaveLength(2);
  });
});

describe('memory', () => {
  it('holds only the current page while iterating 100,000 items', async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    server = await listServer(100, 1000);
    // One WeakRef per page; a page still reachable after a full GC is being held by someone.
    const firstItemOfPage: WeakRef<object>[] = [];
    const held: number[] = [];
    let count = 0;
    for await (const item of paginate(client(server.url), path, params, { items: 'webhooks' })) {
      if (count % 1000 === 0) firstItemOfPage.push(new WeakRef(item));
      count++;
      if (count === 50_000 || count === 100_000) {
        gc();
        held.push(firstItemOfPage.filter((ref) => ref.deref() !== undefined).length);
      }
    }
    expect(count).toBe(100_000);
    expect(firstItemOfPage).toHaveLength(100);
    // The current page, plus at most one page V8 itself may keep alive (seen: one early page,
    // kept by compiled code, not by paginate). Holding pages would show 50 and 100 here.
    expect(held[0]).toBeLessThanOrEqual(2);
    expect(held[1]).toBeLessThanOrEqual(2);
  });
});
