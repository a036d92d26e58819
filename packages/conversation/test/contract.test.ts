// Every Conversation webhook operation, through the client, against a Prism mock of the spec.
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { type ConversationClient, createConversationClient, type Webhook } from '../src/index.js';

const project_id = '5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e';
const app_id = '01EB37HMH1M6SV18ASNS3G135H';
const webhook_id = '01EB37HMH1M6SV18ASNS3G135J';
const onWebhook = { params: { path: { project_id, webhook_id } } } as const;
const minimalWebhook = {
  app_id,
  target: 'https://hooks.example.com/sinch/conversation',
  triggers: ['MESSAGE_INBOUND'],
} satisfies Webhook;
const fullWebhook = {
  app_id,
  target: 'https://hooks.example.com/sinch/conversation',
  target_type: 'HTTP',
  secret: '9c1e3a5c7e9b1d3f5a7c9e0b2d4f6a8c',
  triggers: ['MESSAGE_INBOUND', 'MESSAGE_DELIVERY', 'MESSAGE_SUBMIT'],
  client_credentials: {
    client_id: 'sinch-callbacks',
    client_secret: 'c2VjcmV0LWZvci1jYWxsYmFja3M',
    endpoint: 'https://auth.example.com/oauth2/token',
    scope: 'callbacks:write',
    response_type: 'token',
    token_request_type: 'FORM',
  },
} satisfies Webhook;

let client: ConversationClient;
beforeAll(() => {
  client = createConversationClient({
    baseUrl: inject('prismUrl'),
    credentials: { type: 'basic', keyId: 'key-id', keySecret: 'key-secret' },
    // Wire-format tests: retries (tested in @sinchkit/core) would only repeat Prism's 5xx.
    retry: { maxRetries: 0 },
  });
});

const prefer = (code: number) => ({ headers: { Prefer: `code=${code}` } });

describe('listWebhooks', () => {
  it("list: required params returns the app's webhooks", async () => {
    const { data, response } = await client.GET('/v1/projects/{project_id}/apps/{app_id}/webhooks', {
      params: { path: { project_id, app_id } },
    });
    expect(response.status).toBe(200);
    expect(data?.webhooks.map((w) => w.app_id)).toEqual([app_id, app_id]);
    expect(data?.webhooks[1]?.client_credentials?.token_request_type).toBe('FORM');
  });
});

describe('createWebhook', () => {
  it('create: only required params returns the webhook', async () => {
    const { data, response } = await client.POST('/v1/projects/{project_id}/webhooks', {
      params: { path: { project_id } },
      body: minimalWebhook,
    });
    expect(response.status).toBe(200);
    expect(data?.id).toBe(webhook_id);
  });

  it('create: every field, including OAuth2 client credentials', async () => {
    const { data, response } = await client.POST('/v1/projects/{project_id}/webhooks', {
      params: { path: { project_id } },
      body: fullWebhook,
    });
    expect(response.status).toBe(200);
    expect(data?.target_type).toBe('HTTP');
  });
});

describe('getWebhook', () => {
  it('get: required params returns the webhook', async () => {
    const { data, response } = await client.GET('/v1/projects/{project_id}/webhooks/{webhook_id}', onWebhook);
    expect(response.status).toBe(200);
    expect(data?.triggers).toEqual(['MESSAGE_INBOUND', 'MESSAGE_DELIVERY']);
  });
});

describe('updateWebhook', () => {
  it('update: only required params (no update_mask)', async () => {
    const { data, response } = await client.PATCH('/v1/projects/{project_id}/webhooks/{webhook_id}', {
      ...onWebhook,
      body: minimalWebhook,
    });
    expect(response.status).toBe(200);
    expect(new URL(response.url).search).toBe('');
    expect(data?.id).toBe(webhook_id);
  });

  it('update: update_mask is sent as one comma-separated value', async () => {
    const { response } = await client.PATCH('/v1/projects/{project_id}/webhooks/{webhook_id}', {
      params: { ...onWebhook.params, query: { update_mask: ['triggers', 'secret'] } },
      body: fullWebhook,
    });
    expect(response.status).toBe(200);
    expect(new URL(response.url).searchParams.getAll('update_mask')).toEqual(['triggers,secret']);
  });
});

describe('deleteWebhook', () => {
  it('delete: required params returns an empty object', async () => {
    const { data, response } = await client.DELETE('/v1/projects/{project_id}/webhooks/{webhook_id}', onWebhook);
    expect(response.status).toBe(200);
    expect(data).toEqual({});
  });
});

describe('documented errors parse into the typed error body', () => {
  const statuses = [
    [400, 'INVALID_ARGUMENT'],
    [401, 'UNAUTHENTICATED'],
    [403, 'PERMISSION_DENIED'],
    [404, 'NOT_FOUND'],
    [500, 'INTERNAL'],
    [501, 'UNIMPLEMENTED'],
  ] as const;
  const operations = {
    list: (code: number) =>
      client.GET('/v1/projects/{project_id}/apps/{app_id}/webhooks', {
        params: { path: { project_id, app_id } },
        ...prefer(code),
      }),
    create: (code: number) =>
      client.POST('/v1/projects/{project_id}/webhooks', {
        params: { path: { project_id } },
        body: minimalWebhook,
        ...prefer(code),
      }),
    get: (code: number) =>
      client.GET('/v1/projects/{project_id}/webhooks/{webhook_id}', { ...onWebhook, ...prefer(code) }),
    update: (code: number) =>
      client.PATCH('/v1/projects/{project_id}/webhooks/{webhook_id}', {
        ...onWebhook,
        body: minimalWebhook,
        ...prefer(code),
      }),
    delete: (code: number) =>
      client.DELETE('/v1/projects/{project_id}/webhooks/{webhook_id}', { ...onWebhook, ...prefer(code) }),
  };
  const cases = Object.entries(operations).flatMap(([name, call]) =>
    statuses.map(([code, status]) => [name, code, status, call] as const),
  );

  it.each(cases)('%s: %i returns error.status %s', async (_name, code, status, call) => {
    const { data, error, response } = await call(code);
    expect(response.status).toBe(code);
    expect(data).toBeUndefined();
    expect(error?.error?.code).toBe(code);
    expect(error?.error?.status).toBe(status);
    expect(error?.error?.details).toEqual(expect.any(Array));
  });
});

describe('the mock validates what the client sends', () => {
  it('create without app_id (cast past the compiler) is rejected with the violation named', async () => {
    const { app_id: _omitted, ...withoutApp } = minimalWebhook;
    const { error, response } = await client.POST('/v1/projects/{project_id}/webhooks', {
      params: { path: { project_id } },
      body: withoutApp as unknown as Webhook,
    });
    // Prism answers a validation failure with the spec's 422, else its 400 (Sinch documents 400).
    expect(response.status).toBe(400);
    expect(response.headers.get('sl-violations')).toContain("required property 'app_id'");
    expect(error?.error?.status).toBe('INVALID_ARGUMENT');
  });

  it('a target longer than 742 characters is rejected', async () => {
    const { response } = await client.POST('/v1/projects/{project_id}/webhooks', {
      params: { path: { project_id } },
      body: { ...minimalWebhook, target: `https://hooks.example.com/${'a'.repeat(742)}` },
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('sl-violations')).toContain('742');
  });
});

describe('regions', () => {
  it('defaults to the us server and switches by region', async () => {
    const seen: string[] = [];
    const recordOnly = (request: Request) => {
      seen.push(new URL(request.url).origin);
      return Promise.resolve(Response.json({ webhooks: [] }));
    };
    for (const options of [{}, { region: 'eu' as const }, { region: 'br' as const }]) {
      await createConversationClient({ ...options, fetch: recordOnly }).GET(
        '/v1/projects/{project_id}/apps/{app_id}/webhooks',
        {
          params: { path: { project_id, app_id } },
        },
      );
    }
    expect(seen).toEqual([
      'https://us.conversation.api.sinch.com',
      'https://eu.conversation.api.sinch.com',
      'https://br.conversation.api.sinch.com',
    ]);
  });

  it('rejects an unknown region with a clear error', () => {
    expect(() => createConversationClient({ region: 'ap' as 'us' })).toThrow(/unknown Conversation API region "ap"/);
  });
});
