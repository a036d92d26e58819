// Every Provisioning operation, through the client, against a Prism mock of the spec.
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { json, scriptedServer } from '../../../scripts/testing/scripted-server.js';
import { createProvisioningClient, type ProvisioningClient, type WebhookRequest } from '../src/index.js';

const projectId = '5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e';
const webhookId = '01J8ZQ5C3D6E8G0H2J4K6L8M0N';
const webhookPath = { params: { path: { projectId, webhookId } } } as const;

let client: ProvisioningClient;
beforeAll(() => {
  client = createProvisioningClient({
    baseUrl: inject('prismUrl'),
    credentials: { type: 'basic', keyId: 'key-id', keySecret: 'key-secret' },
    // Wire-format tests: retries (tested in @sinchkit/core) would only repeat Prism's 5xx.
    retry: { maxRetries: 0 },
  });
});

/** Asks Prism for a documented status; openapi-fetch merges these headers into the request. */
const prefer = (code: number) => ({ headers: { Prefer: `code=${code}` } });

describe('listWebhooks', () => {
  it('list: only required params returns a page of webhooks', async () => {
    const { data, error, response } = await client.GET('/v1/projects/{projectId}/webhooks', {
      params: { path: { projectId } },
    });
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expect(data?.webhooks.length).toBeGreaterThan(0);
    expect(data?.nextPageToken).toBe('Y3Vyc29yOjI');
    for (const webhook of data?.webhooks ?? []) expect(webhook).not.toHaveProperty('secret');
  });

  it('list: required and optional params sends pageToken and pageSize', async () => {
    const { data, response } = await client.GET('/v1/projects/{projectId}/webhooks', {
      params: { path: { projectId }, query: { pageToken: 'Y3Vyc29yOjI', pageSize: 15 } },
    });
    expect(response.status).toBe(200);
    expect(new URL(response.url).searchParams.get('pageSize')).toBe('15');
    expect(data?.totalSize).toBe(3);
  });
});

describe('createWebhook', () => {
  it('create: only required params registers the webhook (201)', async () => {
    const { data, response } = await client.POST('/v1/projects/{projectId}/webhooks', {
      params: { path: { projectId } },
      body: { target: 'https://hooks.example.com/sinch/provisioning', triggers: ['ALL'] },
    });
    expect(response.status).toBe(201);
    expect(data?.triggers).toEqual(['ALL']);
    expect(data).not.toHaveProperty('secret');
  });

  it('create: required and optional params includes the secret but never echoes it', async () => {
    const body: WebhookRequest = {
      target: 'https://hooks.example.com/sinch/provisioning',
      secret: 'a-high-entropy-secret',
      triggers: ['WHATSAPP_TEMPLATE_APPROVED', 'RCS_ACCOUNT_COMMENT_ADDED'],
    };
    const { data, response } = await client.POST('/v1/projects/{projectId}/webhooks', {
      params: { path: { projectId } },
      body,
    });
    expect(response.status).toBe(201);
    expect(data?.id).toBeTruthy();
    expect(JSON.stringify(data)).not.toContain('a-high-entropy-secret');
  });
});

describe('getWebhook', () => {
  it('get: required params returns the webhook', async () => {
    const { data, response } = await client.GET('/v1/projects/{projectId}/webhooks/{webhookId}', webhookPath);
    expect(response.status).toBe(200);
    expect(data?.id).toBe(webhookId);
    expect(data?.triggers).toContain('WHATSAPP_TEMPLATE_APPROVED');
  });
});

describe('replaceWebhook', () => {
  it('replace: only required params replaces the webhook', async () => {
    const { data, response } = await client.PUT('/v1/projects/{projectId}/webhooks/{webhookId}', {
      ...webhookPath,
      body: { target: 'https://hooks.example.com/sinch/templates', triggers: ['WHATSAPP_TEMPLATE_APPROVED'] },
    });
    expect(response.status).toBe(200);
    expect(data?.target).toBe('https://hooks.example.com/sinch/templates');
  });

  it('replace: required and optional params replaces the secret too', async () => {
    const { response } = await client.PUT('/v1/projects/{projectId}/webhooks/{webhookId}', {
      ...webhookPath,
      body: { target: 'https://hooks.example.com/sinch/templates', secret: 'rotated', triggers: ['BUNDLE_DONE'] },
    });
    expect(response.status).toBe(200);
  });
});

describe('updateWebhook', () => {
  it('update: one field changes only that field', async () => {
    const { data, response } = await client.PATCH('/v1/projects/{projectId}/webhooks/{webhookId}', {
      ...webhookPath,
      body: { triggers: ['KAKAOTALK_TEMPLATE_APPROVED'] },
    });
    expect(response.status).toBe(200);
    expect(data?.projectId).toBe(projectId);
  });

  it('update: every field at once', async () => {
    const { response } = await client.PATCH('/v1/projects/{projectId}/webhooks/{webhookId}', {
      ...webhookPath,
      body: {
        target: 'https://hooks.example.com/b',
        secret: 's3cr3t',
        triggers: ['WHATSAPP_ACCOUNT_DAILY_LIMIT_CHANGED'],
      },
    });
    expect(response.status).toBe(200);
  });
});

describe('deleteWebhook', () => {
  it('delete: required params removes the webhook with 204 and no body', async () => {
    const { data, error, response } = await client.DELETE('/v1/projects/{projectId}/webhooks/{webhookId}', webhookPath);
    expect(response.status).toBe(204);
    expect(error).toBeUndefined();
    expect(data).toBeUndefined();
  });
});

describe('documented errors parse into the typed error body', () => {
  const body = { target: 'https://hooks.example.com/x', triggers: ['ALL'] } satisfies WebhookRequest;
  const cases = [
    [
      'list',
      400,
      'invalid_page_size',
      () => client.GET('/v1/projects/{projectId}/webhooks', { params: { path: { projectId } }, ...prefer(400) }),
    ],
    [
      'list',
      401,
      'unauthorized_error',
      () => client.GET('/v1/projects/{projectId}/webhooks', { params: { path: { projectId } }, ...prefer(401) }),
    ],
    [
      'list',
      500,
      'internal_error',
      () => client.GET('/v1/projects/{projectId}/webhooks', { params: { path: { projectId } }, ...prefer(500) }),
    ],
    [
      'create',
      400,
      'invalid_payload',
      () => client.POST('/v1/projects/{projectId}/webhooks', { params: { path: { projectId } }, body, ...prefer(400) }),
    ],
    [
      'create',
      401,
      'unauthorized_error',
      () => client.POST('/v1/projects/{projectId}/webhooks', { params: { path: { projectId } }, body, ...prefer(401) }),
    ],
    [
      'create',
      409,
      'webhook_exists',
      () => client.POST('/v1/projects/{projectId}/webhooks', { params: { path: { projectId } }, body, ...prefer(409) }),
    ],
    [
      'create',
      424,
      'webhook_limit_reached',
      () => client.POST('/v1/projects/{projectId}/webhooks', { params: { path: { projectId } }, body, ...prefer(424) }),
    ],
    [
      'create',
      500,
      'internal_error',
      () => client.POST('/v1/projects/{projectId}/webhooks', { params: { path: { projectId } }, body, ...prefer(500) }),
    ],
    [
      'get',
      400,
      'webhook_invalid_id',
      () => client.GET('/v1/projects/{projectId}/webhooks/{webhookId}', { ...webhookPath, ...prefer(400) }),
    ],
    [
      'get',
      401,
      'unauthorized_error',
      () => client.GET('/v1/projects/{projectId}/webhooks/{webhookId}', { ...webhookPath, ...prefer(401) }),
    ],
    [
      'get',
      404,
      'webhook_not_found',
      () => client.GET('/v1/projects/{projectId}/webhooks/{webhookId}', { ...webhookPath, ...prefer(404) }),
    ],
    [
      'get',
      500,
      'internal_error',
      () => client.GET('/v1/projects/{projectId}/webhooks/{webhookId}', { ...webhookPath, ...prefer(500) }),
    ],
    [
      'replace',
      400,
      'invalid_payload',
      () => client.PUT('/v1/projects/{projectId}/webhooks/{webhookId}', { ...webhookPath, body, ...prefer(400) }),
    ],
    [
      'replace',
      401,
      'unauthorized_error',
      () => client.PUT('/v1/projects/{projectId}/webhooks/{webhookId}', { ...webhookPath, body, ...prefer(401) }),
    ],
    [
      'replace',
      404,
      'webhook_not_found',
      () => client.PUT('/v1/projects/{projectId}/webhooks/{webhookId}', { ...webhookPath, body, ...prefer(404) }),
    ],
    [
      'replace',
      409,
      'webhook_exists',
      () => client.PUT('/v1/projects/{projectId}/webhooks/{webhookId}', { ...webhookPath, body, ...prefer(409) }),
    ],
    [
      'replace',
      500,
      'internal_error',
      () => client.PUT('/v1/projects/{projectId}/webhooks/{webhookId}', { ...webhookPath, body, ...prefer(500) }),
    ],
    [
      'update',
      400,
      'invalid_payload',
      () => client.PATCH('/v1/projects/{projectId}/webhooks/{webhookId}', { ...webhookPath, body, ...prefer(400) }),
    ],
    [
      'update',
      401,
      'unauthorized_error',
      () => client.PATCH('/v1/projects/{projectId}/webhooks/{webhookId}', { ...webhookPath, body, ...prefer(401) }),
    ],
    [
      'update',
      404,
      'webhook_not_found',
      () => client.PATCH('/v1/projects/{projectId}/webhooks/{webhookId}', { ...webhookPath, body, ...prefer(404) }),
    ],
    [
      'update',
      409,
      'webhook_exists',
      () => client.PATCH('/v1/projects/{projectId}/webhooks/{webhookId}', { ...webhookPath, body, ...prefer(409) }),
    ],
    [
      'update',
      500,
      'internal_error',
      () => client.PATCH('/v1/projects/{projectId}/webhooks/{webhookId}', { ...webhookPath, body, ...prefer(500) }),
    ],
    [
      'delete',
      400,
      'webhook_invalid_id',
      () => client.DELETE('/v1/projects/{projectId}/webhooks/{webhookId}', { ...webhookPath, ...prefer(400) }),
    ],
    [
      'delete',
      401,
      'unauthorized_error',
      () => client.DELETE('/v1/projects/{projectId}/webhooks/{webhookId}', { ...webhookPath, ...prefer(401) }),
    ],
    [
      'delete',
      404,
      'webhook_not_found',
      () => client.DELETE('/v1/projects/{projectId}/webhooks/{webhookId}', { ...webhookPath, ...prefer(404) }),
    ],
    [
      'delete',
      500,
      'internal_error',
      () => client.DELETE('/v1/projects/{projectId}/webhooks/{webhookId}', { ...webhookPath, ...prefer(500) }),
    ],
  ] as const;

  it.each(cases)('%s: %i returns errorCode %s', async (_operation, status, errorCode, call) => {
    const { data, error, response } = await call();
    expect(response.status).toBe(status);
    expect(data).toBeUndefined();
    expect(error?.errorCode).toBe(errorCode);
    expect(error?.message).toEqual(expect.any(String));
    expect(error?.resolution).toEqual(expect.any(String));
  });
});

describe('the mock validates what the client sends', () => {
  it('create without triggers (cast past the compiler) is rejected with the violation named', async () => {
    const invalidBody = { target: 'https://hooks.example.com/x' } as unknown as WebhookRequest;
    const { error, response } = await client.POST('/v1/projects/{projectId}/webhooks', {
      params: { path: { projectId } },
      body: invalidBody,
    });
    // Prism answers a validation failure with the spec's 422, else its 400 (Sinch documents 400).
    expect(response.status).toBe(400);
    expect(response.headers.get('sl-violations')).toContain("required property 'triggers'");
    expect(error?.errorCode).toBe('invalid_payload');
  });

  it('a request without credentials is rejected with 401', async () => {
    const anonymous = createProvisioningClient({ baseUrl: inject('prismUrl') });
    const { error, response } = await anonymous.GET('/v1/projects/{projectId}/webhooks', {
      params: { path: { projectId } },
    });
    expect(response.status).toBe(401);
    expect(error?.errorCode).toBe('unauthorized_error');
  });
});

describe('with OAuth2 client credentials', () => {
  it('fetches a token from the token endpoint and Prism accepts the bearer it sends', async () => {
    const tokenServer = await scriptedServer((_req, res) =>
      json(res, 200, { access_token: 'prism-token', token_type: 'bearer', expires_in: 3600 }),
    );
    try {
      const oauthClient = createProvisioningClient({
        baseUrl: inject('prismUrl'),
        credentials: {
          type: 'oauth2',
          keyId: 'key-id',
          keySecret: 'key-secret',
          tokenUrl: `${tokenServer.url}/oauth2/token`,
        },
      });
      for (let i = 0; i < 2; i++) {
        const { response } = await oauthClient.GET('/v1/projects/{projectId}/webhooks', {
          params: { path: { projectId } },
        });
        expect(response.status).toBe(200);
      }
      expect(tokenServer.requests).toHaveLength(1);
      expect(tokenServer.requests[0]?.body).toBe('grant_type=client_credentials');
    } finally {
      await tokenServer.close();
    }
  });
});
