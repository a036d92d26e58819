import type { OperationCases } from '../../../../../scripts/testing/contract.js';
import { APP_ID, type Client, PROJECT_ID } from '../client.js';

const webhook_id = '01EB37HMH1M6SV18ASNS3G135J';
const minimal = {
  app_id: APP_ID,
  target: 'https://hooks.example.com/sinch/conversation',
  triggers: ['MESSAGE_INBOUND' as const],
};
const full = {
  app_id: APP_ID,
  target: 'https://hooks.example.com/sinch/conversation',
  target_type: 'HTTP' as const,
  secret: '9c1e3a5c7e9b1d3f5a7c9e0b2d4f6a8c',
  triggers: ['MESSAGE_INBOUND' as const, 'MESSAGE_DELIVERY' as const],
  client_credentials: {
    client_id: 'sinch-callbacks',
    client_secret: 'c2VjcmV0LWZvci1jYWxsYmFja3M',
    endpoint: 'https://auth.example.com/oauth2/token',
    scope: 'callbacks:write',
    response_type: 'token',
    token_request_type: 'FORM' as const,
  },
};

export const webhookCases = {
  listWebhooks: {
    required: (c) =>
      c.GET('/v1/projects/{project_id}/apps/{app_id}/webhooks', { params: { path: { app_id: APP_ID } } }),
    all: (c) =>
      c.GET('/v1/projects/{project_id}/apps/{app_id}/webhooks', {
        params: { path: { project_id: PROJECT_ID, app_id: APP_ID } },
      }),
  },
  createWebhook: {
    required: (c) => c.POST('/v1/projects/{project_id}/webhooks', { body: minimal }),
    all: (c) =>
      c.POST('/v1/projects/{project_id}/webhooks', { params: { path: { project_id: PROJECT_ID } }, body: full }),
  },
  getWebhook: {
    required: (c) => c.GET('/v1/projects/{project_id}/webhooks/{webhook_id}', { params: { path: { webhook_id } } }),
    all: (c) =>
      c.GET('/v1/projects/{project_id}/webhooks/{webhook_id}', {
        params: { path: { project_id: PROJECT_ID, webhook_id } },
      }),
  },
  updateWebhook: {
    required: (c) =>
      c.PATCH('/v1/projects/{project_id}/webhooks/{webhook_id}', { params: { path: { webhook_id } }, body: minimal }),
    all: (c) =>
      c.PATCH('/v1/projects/{project_id}/webhooks/{webhook_id}', {
        params: { path: { project_id: PROJECT_ID, webhook_id }, query: { update_mask: ['target', 'triggers'] } },
        body: full,
      }),
  },
  deleteWebhook: {
    required: (c) => c.DELETE('/v1/projects/{project_id}/webhooks/{webhook_id}', { params: { path: { webhook_id } } }),
    all: (c) =>
      c.DELETE('/v1/projects/{project_id}/webhooks/{webhook_id}', {
        params: { path: { project_id: PROJECT_ID, webhook_id } },
      }),
  },
} satisfies OperationCases<Client, 'listWebhooks' | 'createWebhook' | 'getWebhook' | 'updateWebhook' | 'deleteWebhook'>;
