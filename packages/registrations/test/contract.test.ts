// Both callback-configuration operations, through the client, against a Prism mock of the spec.
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { type CallbackConfigurationUpdate, createRegistrationsClient, type RegistrationsClient } from '../src/index.js';

const projectId = '5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e';
const onProject = { params: { path: { projectId } } } as const;
const path = '/v1/projects/{projectId}/callback-configuration';

let client: RegistrationsClient;
beforeAll(() => {
  client = createRegistrationsClient({
    baseUrl: inject('prismUrl'),
    credentials: { type: 'bearer', token: 'access-token' },
    retry: { maxRetries: 0 }, // wire-format tests; retries are tested in @sinchkit/core
  });
});

const prefer = (code: number) => ({ headers: { Prefer: `code=${code}` } });

describe('getCallbackConfiguration', () => {
  it('get: required params returns the HMAC secret and project', async () => {
    const { data, response } = await client.GET(path, onProject);
    expect(response.status).toBe(200);
    expect(data).toEqual({ hmacSecret: 'd1c7ccbf-919d-462f-8587-dec95a1b11ee', projectId });
  });
});

describe('updateCallbackConfiguration', () => {
  it('update: required params sets a new HMAC secret', async () => {
    const { data, response } = await client.PUT(path, { ...onProject, body: { hmacSecret: 'rotated-secret' } });
    expect(response.status).toBe(200);
    expect(data?.projectId).toBe(projectId);
  });
});

describe('documented errors parse into the typed error body', () => {
  const cases = [
    ['get', 404, 'NOT_FOUND', () => client.GET(path, { ...onProject, ...prefer(404) })],
    ['get', 500, 'INTERNAL', () => client.GET(path, { ...onProject, ...prefer(500) })],
    ['update', 400, 'BAD_REQUEST', () => client.PUT(path, { ...onProject, body: { hmacSecret: 's' }, ...prefer(400) })],
    ['update', 404, 'NOT_FOUND', () => client.PUT(path, { ...onProject, body: { hmacSecret: 's' }, ...prefer(404) })],
    ['update', 500, 'INTERNAL', () => client.PUT(path, { ...onProject, body: { hmacSecret: 's' }, ...prefer(500) })],
  ] as const;

  it.each(cases)('%s: %i returns error.status %s', async (_name, code, status, call) => {
    const { data, error, response } = await call();
    expect(response.status).toBe(code);
    expect(data).toBeUndefined();
    expect(error?.error?.code).toBe(code);
    expect(error?.error?.status).toBe(status);
  });
});

describe('the mock validates what the client sends', () => {
  it('update without hmacSecret (cast past the compiler) is rejected with the violation named', async () => {
    const { error, response } = await client.PUT(path, {
      ...onProject,
      body: {} as unknown as CallbackConfigurationUpdate,
    });
    // Prism answers a validation failure with the spec's 422, else its 400 (Sinch documents 400).
    expect(response.status).toBe(400);
    expect(response.headers.get('sl-violations')).toContain("required property 'hmacSecret'");
    expect(error?.error?.status).toBe('BAD_REQUEST');
  });

  it('a request without credentials is rejected with 401', async () => {
    const anonymous = createRegistrationsClient({ baseUrl: inject('prismUrl') });
    const { response } = await anonymous.GET(path, onProject);
    expect(response.status).toBe(401);
  });
});
