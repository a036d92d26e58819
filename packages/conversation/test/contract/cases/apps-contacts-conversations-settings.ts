import type { OperationCases } from '../../../../../scripts/testing/contract.js';
import { APP_ID, type Client, PROJECT_ID } from '../client.js';

const contact_id = '01HQ2ZC7Y5N8R4K3T6W9XB1D2E';
const source_contact_id = '01HQ2ZC7Y5N8R4K3T6W9XB1D3F';
const conversation_id = '01HQ30A5D9E2F7G8H3J4K5M6N7';

// Apps: one SMS credential is the least an app is created with; the full app uses several channels.
const smsCredentials = {
  channel: 'SMS' as const,
  static_bearer: { claimed_identity: '8e1f5b2c9a7d4e3f8b6a1c0d2e4f6a8b', token: 'example-sms-api-token-3c9a5e7b' },
};
const fullApp = {
  display_name: 'Acme Support',
  channel_credentials: [
    { ...smsCredentials, credential_ordinal_number: 0 },
    {
      channel: 'MESSENGER' as const,
      static_token: { token: 'example-messenger-page-token-7d1f3b5a' },
      callback_secret: 'example-messenger-app-secret-1a2b3c',
      credential_ordinal_number: 0,
    },
    {
      channel: 'LINE' as const,
      line_enterprise_credentials: {
        line_japan: { token: 'example-line-jp-channel-access-token', secret: 'example-line-jp-channel-secret' },
        is_default: true,
      },
      credential_ordinal_number: 1,
    },
  ],
  conversation_metadata_report_view: 'FULL' as const,
  retention_policy: { retention_type: 'CONVERSATION_EXPIRE_POLICY' as const, ttl_days: 90 },
  dispatch_retention_policy: { retention_type: 'MESSAGE_EXPIRE_POLICY' as const, ttl_days: 7 },
  processing_mode: 'CONVERSATION' as const,
  smart_conversation: { enabled: true },
  callback_settings: { secret_for_overridden_callback_urls: '4f7a9c1e3b5d7f9a1c3e5b7d9f1a3c5e' },
  message_retry_settings: { retry_duration: 1800 },
  delivery_report_based_fallback: { enabled: true, delivery_report_waiting_time: 300 },
};

// Contacts.
const fullContact = {
  display_name: 'Jane Doe',
  email: 'jane.doe@example.com',
  external_id: 'crm-48213',
  channel_identities: [
    { channel: 'WHATSAPP' as const, identity: '+12025550143' },
    { channel: 'SMS' as const, identity: '+12025550143' },
    { channel: 'MESSENGER' as const, identity: '6536326182626054', app_id: APP_ID },
  ],
  channel_priority: ['WHATSAPP' as const, 'SMS' as const],
  language: 'EN_US' as const,
  metadata: 'loyalty_tier=gold',
};

// Conversations.
const fullConversation = {
  app_id: APP_ID,
  contact_id,
  active: true,
  active_channel: 'WHATSAPP' as const,
  metadata: 'support-case=7781',
  metadata_json: { order_id: 'ORD-20240318-0042', priority: 'high' },
  correlation_id: 'support-case-7781',
};
const whatsappIdentity = { channel: 'WHATSAPP' as const, identity: '+12025550143' };

export const resourceCases = {
  // Apps
  listApps: {
    required: (c) => c.GET('/v1/projects/{project_id}/apps'),
    all: (c) => c.GET('/v1/projects/{project_id}/apps', { params: { path: { project_id: PROJECT_ID } } }),
  },
  createApp: {
    required: (c) =>
      c.POST('/v1/projects/{project_id}/apps', {
        body: { display_name: 'Acme Support', channel_credentials: [smsCredentials] },
      }),
    all: (c) =>
      c.POST('/v1/projects/{project_id}/apps', { params: { path: { project_id: PROJECT_ID } }, body: fullApp }),
  },
  getApp: {
    required: (c) => c.GET('/v1/projects/{project_id}/apps/{app_id}', { params: { path: { app_id: APP_ID } } }),
    all: (c) =>
      c.GET('/v1/projects/{project_id}/apps/{app_id}', {
        params: { path: { project_id: PROJECT_ID, app_id: APP_ID } },
      }),
  },
  updateApp: {
    required: (c) =>
      c.PATCH('/v1/projects/{project_id}/apps/{app_id}', { params: { path: { app_id: APP_ID } }, body: {} }),
    all: (c) =>
      c.PATCH('/v1/projects/{project_id}/apps/{app_id}', {
        params: {
          path: { project_id: PROJECT_ID, app_id: APP_ID },
          query: {
            update_mask: ['display_name', 'channel_credentials', 'retention_policy', 'delivery_report_based_fallback'],
          },
        },
        body: fullApp,
      }),
  },
  deleteApp: {
    required: (c) => c.DELETE('/v1/projects/{project_id}/apps/{app_id}', { params: { path: { app_id: APP_ID } } }),
    all: (c) =>
      c.DELETE('/v1/projects/{project_id}/apps/{app_id}', {
        params: { path: { project_id: PROJECT_ID, app_id: APP_ID } },
      }),
  },

  // Contacts
  listContacts: {
    required: (c) => c.GET('/v1/projects/{project_id}/contacts'),
    all: (c) =>
      c.GET('/v1/projects/{project_id}/contacts', {
        params: {
          path: { project_id: PROJECT_ID },
          query: {
            page_size: 20,
            page_token: 'CgwIARIIMDFIUTJaQzc',
            external_id: 'crm-48213',
            channel: 'WHATSAPP',
            identity: '+12025550143',
          },
        },
      }),
  },
  createContact: {
    required: (c) =>
      c.POST('/v1/projects/{project_id}/contacts', {
        body: { channel_identities: [{ channel: 'SMS', identity: '+12025550143' }], language: 'EN_US' },
      }),
    all: (c) =>
      c.POST('/v1/projects/{project_id}/contacts', { params: { path: { project_id: PROJECT_ID } }, body: fullContact }),
  },
  getContact: {
    required: (c) => c.GET('/v1/projects/{project_id}/contacts/{contact_id}', { params: { path: { contact_id } } }),
    all: (c) =>
      c.GET('/v1/projects/{project_id}/contacts/{contact_id}', {
        params: { path: { project_id: PROJECT_ID, contact_id } },
      }),
  },
  updateContact: {
    required: (c) =>
      c.PATCH('/v1/projects/{project_id}/contacts/{contact_id}', { params: { path: { contact_id } }, body: {} }),
    all: (c) =>
      c.PATCH('/v1/projects/{project_id}/contacts/{contact_id}', {
        params: {
          path: { project_id: PROJECT_ID, contact_id },
          query: { update_mask: ['email', 'channel_identities'] },
        },
        body: { id: contact_id, ...fullContact, email: 'jane.doe@mail.example.org' },
      }),
  },
  deleteContact: {
    required: (c) => c.DELETE('/v1/projects/{project_id}/contacts/{contact_id}', { params: { path: { contact_id } } }),
    all: (c) =>
      c.DELETE('/v1/projects/{project_id}/contacts/{contact_id}', {
        params: { path: { project_id: PROJECT_ID, contact_id } },
      }),
  },
  mergeContact: {
    required: (c) =>
      c.POST('/v1/projects/{project_id}/contacts/{destination_id}:merge', {
        params: { path: { destination_id: contact_id } },
        body: { source_id: source_contact_id },
      }),
    all: (c) =>
      c.POST('/v1/projects/{project_id}/contacts/{destination_id}:merge', {
        params: { path: { project_id: PROJECT_ID, destination_id: contact_id } },
        body: { source_id: source_contact_id, strategy: 'MERGE' },
      }),
  },
  getChannelProfile: {
    required: (c) =>
      c.POST('/v1/projects/{project_id}/contacts:getChannelProfile', {
        body: { app_id: APP_ID, recipient: { contact_id }, channel: 'MESSENGER' },
      }),
    all: (c) =>
      c.POST('/v1/projects/{project_id}/contacts:getChannelProfile', {
        params: { path: { project_id: PROJECT_ID } },
        body: {
          app_id: APP_ID,
          recipient: {
            identified_by: { channel_identities: [{ channel: 'MESSENGER', identity: '6536326182626054' }] },
          },
          channel: 'MESSENGER',
        },
      }),
  },
  listIdentityConflicts: {
    required: (c) => c.GET('/v1/projects/{project_id}/contacts:identityConflicts'),
    all: (c) =>
      c.GET('/v1/projects/{project_id}/contacts:identityConflicts', {
        params: { path: { project_id: PROJECT_ID }, query: { page_size: 20, page_token: 'CgwIARIIMDFIUTM0QjI' } },
      }),
  },

  // Conversations
  listConversations: {
    required: (c) => c.GET('/v1/projects/{project_id}/conversations'),
    all: (c) =>
      c.GET('/v1/projects/{project_id}/conversations', {
        params: {
          path: { project_id: PROJECT_ID },
          query: {
            app_id: APP_ID,
            contact_id,
            only_active: true,
            page_size: 20,
            page_token: 'CgwIARIIMDFIUTMwQTU',
            active_channel: 'WHATSAPP',
          },
        },
      }),
  },
  createConversation: {
    required: (c) => c.POST('/v1/projects/{project_id}/conversations', { body: { app_id: APP_ID, contact_id } }),
    all: (c) =>
      c.POST('/v1/projects/{project_id}/conversations', {
        params: { path: { project_id: PROJECT_ID } },
        body: fullConversation,
      }),
  },
  getConversation: {
    required: (c) =>
      c.GET('/v1/projects/{project_id}/conversations/{conversation_id}', { params: { path: { conversation_id } } }),
    all: (c) =>
      c.GET('/v1/projects/{project_id}/conversations/{conversation_id}', {
        params: { path: { project_id: PROJECT_ID, conversation_id } },
      }),
  },
  updateConversation: {
    required: (c) =>
      c.PATCH('/v1/projects/{project_id}/conversations/{conversation_id}', {
        params: { path: { conversation_id } },
        body: {},
      }),
    all: (c) =>
      c.PATCH('/v1/projects/{project_id}/conversations/{conversation_id}', {
        params: {
          path: { project_id: PROJECT_ID, conversation_id },
          query: { update_mask: ['metadata_json', 'correlation_id'], metadata_update_strategy: 'MERGE_PATCH' },
        },
        body: { id: conversation_id, ...fullConversation },
      }),
  },
  deleteConversation: {
    required: (c) =>
      c.DELETE('/v1/projects/{project_id}/conversations/{conversation_id}', { params: { path: { conversation_id } } }),
    all: (c) =>
      c.DELETE('/v1/projects/{project_id}/conversations/{conversation_id}', {
        params: { path: { project_id: PROJECT_ID, conversation_id } },
      }),
  },
  listRecentConversations: {
    required: (c) => c.GET('/v1/projects/{project_id}/conversations:recent', { params: { query: { app_id: APP_ID } } }),
    all: (c) =>
      c.GET('/v1/projects/{project_id}/conversations:recent', {
        params: {
          path: { project_id: PROJECT_ID },
          query: { app_id: APP_ID, only_active: true, page_size: 20, page_token: 'CgwIARIIMDFIUTMxQjY', order: 'DESC' },
        },
      }),
  },
  injectEvent: {
    required: (c) =>
      c.POST('/v1/projects/{project_id}/conversations/{conversation_id}:inject-event', {
        params: { path: { conversation_id } },
        body: { accept_time: '2024-03-18T09:42:00Z' },
      }),
    all: (c) =>
      c.POST('/v1/projects/{project_id}/conversations/{conversation_id}:inject-event', {
        params: { path: { project_id: PROJECT_ID, conversation_id } },
        body: {
          app_event: {
            agent_joined_event: {
              agent: {
                display_name: 'Maria from Support',
                type: 'HUMAN',
                picture_url: 'https://cdn.example.com/agents/maria.png',
              },
            },
          },
          conversation_id,
          contact_id,
          channel_identity: whatsappIdentity,
          accept_time: '2024-03-18T09:42:00Z',
          processing_mode: 'CONVERSATION',
        },
      }),
  },
  stopActiveConversation: {
    required: (c) =>
      c.POST('/v1/projects/{project_id}/conversations/{conversation_id}:stop', {
        params: { path: { conversation_id } },
      }),
    all: (c) =>
      c.POST('/v1/projects/{project_id}/conversations/{conversation_id}:stop', {
        params: { path: { project_id: PROJECT_ID, conversation_id } },
      }),
  },
  injectMessage: {
    required: (c) =>
      c.POST('/v1/projects/{project_id}/conversations/{conversation_id}:inject-message', {
        params: { path: { conversation_id } },
        body: {
          contact_message: { text_message: { text: 'Hi, where is my order?' } },
          channel_identity: { channel: 'SMS', identity: '+12025550143' },
          contact_id,
          direction: 'TO_APP',
          accept_time: '2024-03-18T09:38:12Z',
        },
      }),
    all: (c) =>
      c.POST('/v1/projects/{project_id}/conversations/{conversation_id}:inject-message', {
        params: { path: { project_id: PROJECT_ID, conversation_id } },
        body: {
          app_message: {
            text_message: { text: 'Your order ORD-20240318-0042 has shipped.' },
            agent: {
              display_name: 'Maria from Support',
              type: 'HUMAN',
              picture_url: 'https://cdn.example.com/agents/maria.png',
            },
            reply_to: { message_id: '01HQ31B6C8D9E0F1G2H3J4K5M6' },
          },
          channel_identity: whatsappIdentity,
          contact_id,
          direction: 'TO_CONTACT',
          accept_time: '2024-03-18T09:40:00Z',
          conversation_id,
          sender_id: '+12025550100',
          processing_mode: 'CONVERSATION',
          metadata: 'shipped-from=warehouse-7',
        },
      }),
  },

  // Project settings
  getProjectSettings: {
    required: (c) => c.GET('/v1/projects/{project_id}/settings'),
    all: (c) => c.GET('/v1/projects/{project_id}/settings', { params: { path: { project_id: PROJECT_ID } } }),
  },
  createProjectSettings: {
    required: (c) => c.POST('/v1/projects/{project_id}/settings', { body: {} }),
    all: (c) =>
      c.POST('/v1/projects/{project_id}/settings', {
        params: { path: { project_id: PROJECT_ID } },
        body: { contact_settings: { unified_contact_id_enabled: true } },
      }),
  },
  updateProjectSettings: {
    required: (c) => c.PATCH('/v1/projects/{project_id}/settings', { body: {} }),
    all: (c) =>
      c.PATCH('/v1/projects/{project_id}/settings', {
        params: { path: { project_id: PROJECT_ID } },
        body: { contact_settings: { unified_contact_id_enabled: false } },
      }),
  },
  deleteProjectSettings: {
    required: (c) => c.DELETE('/v1/projects/{project_id}/settings'),
    all: (c) => c.DELETE('/v1/projects/{project_id}/settings', { params: { path: { project_id: PROJECT_ID } } }),
  },
} satisfies OperationCases<
  Client,
  | 'listApps'
  | 'createApp'
  | 'getApp'
  | 'updateApp'
  | 'deleteApp'
  | 'listContacts'
  | 'createContact'
  | 'getContact'
  | 'updateContact'
  | 'deleteContact'
  | 'mergeContact'
  | 'getChannelProfile'
  | 'listIdentityConflicts'
  | 'listConversations'
  | 'createConversation'
  | 'getConversation'
  | 'updateConversation'
  | 'deleteConversation'
  | 'listRecentConversations'
  | 'injectEvent'
  | 'stopActiveConversation'
  | 'injectMessage'
  | 'getProjectSettings'
  | 'createProjectSettings'
  | 'updateProjectSettings'
  | 'deleteProjectSettings'
>;
