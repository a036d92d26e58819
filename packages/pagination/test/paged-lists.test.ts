// Every paged list of the Conversation and Provisioning specs, walked with paginate() through the
// typed clients against Prism mocks. Each list documents a `firstPage` example (with a next-page
// token) and a `lastPage` one (without): a middleware asks Prism for the last page once a token is
// sent, so a walk takes exactly two pages and yields the items of both examples.
import { join } from 'node:path';
import { createConversationClient } from '@sinchkit/conversation';
import { createProvisioningClient } from '@sinchkit/provisioning';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { deref } from '../../../scripts/lib/json-pointer.mjs';
import { repoRoot } from '../../../scripts/lib/paths.mjs';
import { loadSpec } from '../../../scripts/lib/spec-bundle.mjs';
import { paginate } from '../src/index.js';

// biome-ignore lint/suspicious/noExplicitAny: an OpenAPI document, walked generically
type Doc = any;
const PROJECT_ID = '5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e';

interface PagedList {
  id: string;
  path: string;
  pathParams: Record<string, unknown>;
  query: Record<string, unknown>;
  items: string;
  first: unknown[];
  last: unknown[];
}

/** The GET operations that take `token` and answer a list: their items field and example pages. */
async function pagedLists(spec: string, token: string, projectParam: string): Promise<PagedList[]> {
  const document = await loadSpec(join(repoRoot, 'specs', spec, 'openapi.yaml'));
  const lists: PagedList[] = [];
  for (const [path, item] of Object.entries<Doc>(document.paths)) {
    const operation = item.get;
    const parameters = [...(item.parameters ?? []), ...(operation?.parameters ?? [])].map((p) => deref(document, p));
    if (!operation || !parameters.some((p) => p.name === token)) continue;
    const media = deref(document, operation.responses['200']).content['application/json'];
    const page = (name: string) => deref(document, media.examples[name]).value as Record<string, unknown>;
    const first = page('firstPage');
    const items = Object.keys(first).find((key) => Array.isArray(first[key])) as string;
    const example = (p: Doc) =>
      p.example ?? deref(document, p.schema)?.examples?.[0] ?? deref(document, p.schema)?.enum?.[0] ?? 'x';
    const pick = (where: string, keep: (p: Doc) => boolean) =>
      Object.fromEntries(parameters.filter((p) => p.in === where && keep(p)).map((p) => [p.name, example(p)]));
    const pathParams = pick('path', (p) => p.name !== projectParam);
    const query = pick('query', (p) => p.required === true);
    lists.push({
      id: operation.operationId,
      path,
      pathParams,
      query,
      items,
      first: first[items] as unknown[],
      last: page('lastPage')[items] as unknown[],
    });
  }
  return lists;
}

/** Asks Prism for the `lastPage` example whenever a page token is sent. */
const lastPageOnToken = (token: string) => ({
  onRequest({ request }: { request: Request }) {
    if (new URL(request.url).searchParams.has(token)) request.headers.set('Prefer', 'example=lastPage');
    return request;
  },
});

describe.each([
  {
    api: 'Conversation',
    spec: 'conversation/1.0',
    token: 'page_token',
    style: 'page_token',
    project: 'project_id',
    count: 7,
  },
  {
    api: 'Provisioning',
    spec: 'provisioning/1.2.117',
    token: 'pageToken',
    style: 'pageToken',
    project: 'projectId',
    count: 18,
  },
] as const)('every paged $api list', ({ api, spec, token, style, project, count }) => {
  let lists: PagedList[] = [];
  let client: { GET: (...args: never[]) => unknown; use: (...args: never[]) => void };
  beforeAll(async () => {
    lists = await pagedLists(spec, token, project);
    const credentials = { type: 'basic', keyId: 'key-id', keySecret: 'key-secret' } as const;
    const options = { projectId: PROJECT_ID, credentials, retry: { maxRetries: 0 } };
    client =
      api === 'Conversation'
        ? createConversationClient({ ...options, baseUrl: inject('conversationUrl') })
        : createProvisioningClient({ ...options, baseUrl: inject('provisioningUrl') });
    client.use(lastPageOnToken(token) as never);
  });

  it(`finds the ${count} lists that take ${token}, each with firstPage and lastPage examples`, () => {
    expect(lists.map((l) => l.id)).toHaveLength(count);
    for (const list of lists) expect(list.first.length + list.last.length, list.id).toBeGreaterThan(0);
  });

  it('walks each list page by page: two pages, the items of both, then stops', async () => {
    for (const list of lists) {
      const pages = [];
      const init = { params: { path: list.pathParams, query: list.query } };
      const walk = paginate(client as never, list.path as never, init as never, {
        items: list.items as never,
        tokens: style,
      });
      for await (const page of walk.pages()) pages.push(page);
      expect(
        pages.map((p) => p.items.length),
        list.id,
      ).toEqual([list.first.length, list.last.length]);
      expect(pages[0]?.nextToken, list.id).toEqual(expect.any(String));
      expect(pages[1]?.token, list.id).toBe(pages[0]?.nextToken);
      expect(pages[1]?.nextToken, list.id).toBeUndefined();
      expect(JSON.stringify(await walk.toArray()), list.id).toBe(JSON.stringify([...list.first, ...list.last]));
    }
  });
});
