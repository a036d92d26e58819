// A client created with a project id fills it into every path that has one; a call's own value wins.
import { afterEach, describe, expect, it } from 'vitest';
import { json, type ScriptedServer, scriptedServer } from '../../../scripts/testing/scripted-server.js';
import { createApiClient } from '../src/internal.js';

type Json<T> = { headers: { [name: string]: unknown }; content: { 'application/json': T } };
type Path = { project_id: string; app_id: string };
interface paths {
  '/v1/projects/{project_id}/apps/{app_id}': {
    parameters: { query?: never; header?: never; path: Path; cookie?: never };
    get: { parameters: { path: Path }; requestBody?: never; responses: { 200: Json<{ ok: boolean }> } };
  };
}

let server: ScriptedServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('pathDefaults', () => {
  it('fills a missing path parameter, lets an explicit one win, and treats undefined as missing', async () => {
    server = await scriptedServer((_req, res) => json(res, 200, { ok: true }));
    const api = createApiClient<paths>({ baseUrl: server.url, pathDefaults: { project_id: 'default-project' } });
    const path = '/v1/projects/{project_id}/apps/{app_id}' as const;
    await api.GET(path, { params: { path: { app_id: 'a1' } as Path } });
    await api.GET(path, { params: { path: { project_id: 'other', app_id: 'a2' } } });
    await api.GET(path, { params: { path: { project_id: undefined, app_id: 'a3' } as unknown as Path } });
    await api.request('get', path, { params: { path: { app_id: 'a4' } as Path } });
    expect(server.requests.map((r) => r.path)).toEqual([
      '/v1/projects/default-project/apps/a1',
      '/v1/projects/other/apps/a2',
      '/v1/projects/default-project/apps/a3',
      '/v1/projects/default-project/apps/a4',
    ]);
  });

  it('leaves a client without defaults untouched', async () => {
    server = await scriptedServer((_req, res) => json(res, 200, { ok: true }));
    const api = createApiClient<paths>({ baseUrl: server.url });
    await api.GET('/v1/projects/{project_id}/apps/{app_id}', { params: { path: { project_id: 'p', app_id: 'a' } } });
    expect(server.requests[0]?.path).toBe('/v1/projects/p/apps/a');
  });
});
