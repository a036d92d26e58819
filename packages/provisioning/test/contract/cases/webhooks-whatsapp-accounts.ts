import type { OperationCases } from '../../../../../scripts/testing/contract.js';
import { type Client, PROJECT_ID } from '../client.js';

const projectId = PROJECT_ID;
const webhookId = '01J8ZQ5C3D6E8G0H2J4K6L8M0N';
const flowId = '1187456320984512';
const solutionId = '1029384756102938';

// The spec's `senderTriggers` example: a complete webhook (target, secret and triggers are all required).
const webhook = {
  target: 'https://status.example.com/sinch/senders',
  secret: '9e1c3a5f7b9d2e4c6a8f0b2d4e6c8a1f',
  triggers: [
    'WHATSAPP_SENDER_ACTIVE' as const,
    'WHATSAPP_SENDER_REJECTED' as const,
    'RCS_SENDER_STATUS_UPDATED' as const,
  ],
};

export const webhookAndWhatsAppAccountCases = {
  // Webhooks
  listWebhooks: {
    required: (c) => c.GET('/v1/projects/{projectId}/webhooks'),
    all: (c) =>
      c.GET('/v1/projects/{projectId}/webhooks', {
        params: { path: { projectId }, query: { pageToken: 'd2ViaG9vazoy', pageSize: 2 } },
      }),
  },
  createWebhook: {
    required: (c) =>
      c.POST('/v1/projects/{projectId}/webhooks', {
        body: {
          target: 'https://ops.example.com/sinch/all',
          secret: '7d3f9a1c5e8b2d4f6a0c9e7b5d3f1a8c',
          triggers: ['ALL'],
        },
      }),
    all: (c) =>
      c.POST('/v1/projects/{projectId}/webhooks', {
        params: { path: { projectId } },
        body: {
          target: 'https://hooks.example.com/sinch/provisioning',
          secret: '2b4d6f8a0c1e3a5c7e9b1d3f5a7c9e0b',
          triggers: ['WHATSAPP_TEMPLATE_APPROVED', 'WHATSAPP_TEMPLATE_REJECTED'],
        },
      }),
  },
  getWebhook: {
    required: (c) => c.GET('/v1/projects/{projectId}/webhooks/{webhookId}', { params: { path: { webhookId } } }),
    all: (c) => c.GET('/v1/projects/{projectId}/webhooks/{webhookId}', { params: { path: { projectId, webhookId } } }),
  },
  replaceWebhook: {
    required: (c) =>
      c.PUT('/v1/projects/{projectId}/webhooks/{webhookId}', { params: { path: { webhookId } }, body: webhook }),
    all: (c) =>
      c.PUT('/v1/projects/{projectId}/webhooks/{webhookId}', {
        params: { path: { projectId, webhookId } },
        body: { ...webhook, triggers: ['ALL'] },
      }),
  },
  updateWebhook: {
    // No field of the body is required: the smallest useful update is one field (the spec's `rotateSecret`).
    required: (c) =>
      c.PATCH('/v1/projects/{projectId}/webhooks/{webhookId}', {
        params: { path: { webhookId } },
        body: { secret: '9e1c3a5f7b9d2e4c6a8f0b2d4e6c8a1f' },
      }),
    all: (c) =>
      c.PATCH('/v1/projects/{projectId}/webhooks/{webhookId}', {
        params: { path: { projectId, webhookId } },
        body: webhook,
      }),
  },
  deleteWebhook: {
    required: (c) => c.DELETE('/v1/projects/{projectId}/webhooks/{webhookId}', { params: { path: { webhookId } } }),
    all: (c) =>
      c.DELETE('/v1/projects/{projectId}/webhooks/{webhookId}', { params: { path: { projectId, webhookId } } }),
  },

  // WhatsApp account
  getWhatsAppAccount: {
    required: (c) => c.GET('/v1/projects/{projectId}/whatsapp'),
    all: (c) => c.GET('/v1/projects/{projectId}/whatsapp', { params: { path: { projectId } } }),
  },
  createWhatsAppAccount: {
    // The smaller alternative of the oneOf: the deprecated form, with its two required fields.
    required: (c) =>
      c.POST('/v1/projects/{projectId}/whatsapp', {
        body: { clientBusinessManagerId: '1843902765123456', companyLegalName: 'Bluebird Bikes AB' },
      }),
    // The richer alternative: partner-initiated onboarding, with every field.
    all: (c) =>
      c.POST('/v1/projects/{projectId}/whatsapp', {
        params: { path: { projectId } },
        body: {
          wabaName: 'Bluebird Bikes',
          clientBusinessManagerId: '1843902765123456',
          businessManager: 'SINCH_UK',
          senderDetails: {
            displayName: 'Bluebird Bikes',
            businessCategory: 'SHOPPING_AND_RETAIL',
            region: 'EU',
            metaLocalStorage: 'DE',
          },
        },
      }),
  },
  updateWhatsAppAccount: {
    // The schema requires no field, but the operation needs at least one: the spec's `rename` example.
    required: (c) => c.PATCH('/v1/projects/{projectId}/whatsapp', { body: { wabaName: 'Bluebird Bikes Stockholm' } }),
    all: (c) =>
      c.PATCH('/v1/projects/{projectId}/whatsapp', {
        params: { path: { projectId } },
        body: {
          companyLegalName: 'Bluebird Bikes Stockholm AB',
          wabaName: 'Bluebird Bikes Stockholm',
          clientBusinessManagerId: '1843902765123456',
          senderDetails: {
            displayName: 'Bluebird Bikes Stockholm',
            businessCategory: 'SHOPPING_AND_RETAIL',
            region: 'EU',
            metaLocalStorage: 'DE',
          },
        },
      }),
  },
  deleteWhatsAppAccount: {
    required: (c) => c.DELETE('/v1/projects/{projectId}/whatsapp'),
    all: (c) => c.DELETE('/v1/projects/{projectId}/whatsapp', { params: { path: { projectId } } }),
  },
  listWhatsAppAccountActivities: {
    required: (c) => c.GET('/v1/projects/{projectId}/whatsapp/activities'),
    all: (c) =>
      c.GET('/v1/projects/{projectId}/whatsapp/activities', {
        params: { path: { projectId }, query: { pageToken: 'MjAyNC0wMy0wNVQwODo0NzoxM1o', pageSize: 2 } },
      }),
  },
  createWhatsAppAccountComment: {
    required: (c) =>
      c.POST('/v1/projects/{projectId}/whatsapp/comments', {
        body: { comment: 'The business website is now live; please continue the review.' },
      }),
    all: (c) =>
      c.POST('/v1/projects/{projectId}/whatsapp/comments', {
        params: { path: { projectId } },
        body: { comment: 'The business website is now live; please continue the review.' },
      }),
  },

  // Account-wide WhatsApp helpers
  enableWhatsAppTemplateAnalytics: {
    required: (c) => c.PUT('/v1/projects/{projectId}/whatsapp/enableTemplateAnalytics'),
    all: (c) => c.PUT('/v1/projects/{projectId}/whatsapp/enableTemplateAnalytics', { params: { path: { projectId } } }),
  },
  createWhatsAppLongLivedAccessToken: {
    // No field is required by the schema; the description asks for one of facebookToken and facebookCode.
    required: (c) =>
      c.POST('/v1/projects/{projectId}/whatsapp/longLivedAccessToken', {
        body: { facebookCode: 'AQBx7TfE2kq9Lm4Rz0vW8nYc3JpG5dHs1Ua6Kb' },
      }),
    all: (c) =>
      c.POST('/v1/projects/{projectId}/whatsapp/longLivedAccessToken', {
        params: { path: { projectId } },
        body: {
          facebookToken: 'EAAGm0PX4ZCpsBAKq2ZBw7LdR9vT3nHs5YcJ1UfQa8Mb6ZCkP0xEiN4oWgS',
          facebookCode: 'AQBx7TfE2kq9Lm4Rz0vW8nYc3JpG5dHs1Ua6Kb',
          businessManager: 'SINCH_UK',
        },
      }),
  },
  listWhatsAppWabaDetails: {
    required: (c) =>
      c.POST('/v1/projects/{projectId}/whatsapp/wabaDetails', {
        body: { facebookToken: 'EAAGm0PX4ZCpsBAKq2ZBw7LdR9vT3nHs5YcJ1UfQa8Mb6ZCkP0xEiN4oWgS' },
      }),
    all: (c) =>
      c.POST('/v1/projects/{projectId}/whatsapp/wabaDetails', {
        params: { path: { projectId } },
        body: {
          facebookToken: 'EAAGm0PX4ZCpsBAKq2ZBw7LdR9vT3nHs5YcJ1UfQa8Mb6ZCkP0xEiN4oWgS',
          businessManager: 'SINCH_UK',
        },
      }),
  },

  // WhatsApp Flows
  listWhatsAppFlows: {
    required: (c) => c.GET('/v1/projects/{projectId}/whatsapp/flows'),
    all: (c) =>
      c.GET('/v1/projects/{projectId}/whatsapp/flows', {
        params: { path: { projectId }, query: { pageToken: 'Zmxvd3M6Mg', pageSize: 2 } },
      }),
  },
  listWhatsAppFlowScreens: {
    required: (c) =>
      c.GET('/v1/projects/{projectId}/whatsapp/flows/{flowId}/screens', { params: { path: { flowId } } }),
    all: (c) =>
      c.GET('/v1/projects/{projectId}/whatsapp/flows/{flowId}/screens', { params: { path: { projectId, flowId } } }),
  },

  // WhatsApp Solutions
  listWhatsAppSolutions: {
    required: (c) => c.GET('/v1/projects/{projectId}/whatsapp/solutions'),
    all: (c) => c.GET('/v1/projects/{projectId}/whatsapp/solutions', { params: { path: { projectId } } }),
  },
  createWhatsAppSolution: {
    required: (c) =>
      c.POST('/v1/projects/{projectId}/whatsapp/solutions', {
        body: {
          details: { name: 'Pedalpoint Commerce for WhatsApp' },
          accessToken: 'EAAJk2Lm9ZBqsBAPx4rT7nV1ZCwY8sHd2QaGf6UeZB3Kc5MbRj0NiZAoL9pX',
          businessManager: 'SINCH_UK',
        },
      }),
    all: (c) =>
      c.POST('/v1/projects/{projectId}/whatsapp/solutions', {
        params: { path: { projectId } },
        body: {
          details: { name: 'Pedalpoint Commerce for WhatsApp' },
          accessToken: 'EAAJk2Lm9ZBqsBAPx4rT7nV1ZCwY8sHd2QaGf6UeZB3Kc5MbRj0NiZAoL9pX',
          businessManager: 'SINCH_BR',
        },
      }),
  },
  getWhatsAppSolution: {
    required: (c) =>
      c.GET('/v1/projects/{projectId}/whatsapp/solutions/{solutionId}', { params: { path: { solutionId } } }),
    all: (c) =>
      c.GET('/v1/projects/{projectId}/whatsapp/solutions/{solutionId}', {
        params: { path: { projectId, solutionId } },
      }),
  },
  assignWhatsAppSolution: {
    required: (c) =>
      c.POST('/v1/projects/{projectId}/whatsapp/solutions/{solutionId}/assign', { params: { path: { solutionId } } }),
    all: (c) =>
      c.POST('/v1/projects/{projectId}/whatsapp/solutions/{solutionId}/assign', {
        params: { path: { projectId, solutionId } },
      }),
  },
} satisfies OperationCases<
  Client,
  | 'listWebhooks'
  | 'createWebhook'
  | 'getWebhook'
  | 'replaceWebhook'
  | 'updateWebhook'
  | 'deleteWebhook'
  | 'getWhatsAppAccount'
  | 'createWhatsAppAccount'
  | 'updateWhatsAppAccount'
  | 'deleteWhatsAppAccount'
  | 'listWhatsAppAccountActivities'
  | 'createWhatsAppAccountComment'
  | 'enableWhatsAppTemplateAnalytics'
  | 'createWhatsAppLongLivedAccessToken'
  | 'listWhatsAppWabaDetails'
  | 'listWhatsAppFlows'
  | 'listWhatsAppFlowScreens'
  | 'listWhatsAppSolutions'
  | 'createWhatsAppSolution'
  | 'getWhatsAppSolution'
  | 'assignWhatsAppSolution'
>;
