import type { OperationCases } from '../../../../../scripts/testing/contract.js';
import { APP_ID, type Client, PROJECT_ID } from '../client.js';

const message_id = '01HQ3A0N4R6T8V0X2Z4B6D8F0H';
const event_id = '01HQ32C7D8E9F0G1H2J3K4M5N6';
const contact_id = '01HQ2ZC7Y5N8R4K3T6W9XB1D2E';
const conversation_id = '01HQ2ZD3K8M5P7R9T1V3X5Z7B9';
const phone = '+12025550143';

/** A recipient given by phone number on three channels, tried in that order. */
const byPhone = {
  identified_by: {
    channel_identities: [
      { channel: 'WHATSAPP' as const, identity: phone },
      { channel: 'RCS' as const, identity: phone },
      { channel: 'SMS' as const, identity: phone },
    ],
  },
};

/** A card with every field of a card, offering every kind of choice. */
const card = {
  title: 'Your order has shipped',
  description: 'Order 7781 left our warehouse today and should arrive on Friday.',
  media_message: {
    url: 'https://media.example.com/orders/7781/parcel.jpg',
    thumbnail_url: 'https://media.example.com/orders/7781/parcel-thumb.jpg',
    filename_override: 'parcel-7781.jpg',
  },
  height: 'MEDIUM' as const,
  message_properties: { whatsapp_header: 'Order 7781' },
  choices: [
    {
      url_message: { title: 'Track parcel', url: 'https://shop.example.com/orders/7781/track' },
      postback_data: 'track_7781',
      display_mode: 'PERSISTENT' as const,
    },
    {
      call_message: { title: 'Call support', phone_number: '+12025550178' },
      postback_data: 'call_support_7781',
    },
    {
      calendar_message: {
        title: 'Add delivery to calendar',
        event_start: '2025-06-13T13:00:00Z',
        event_end: '2025-06-13T17:00:00Z',
        event_title: 'Parcel delivery',
        event_description: 'Order 7781 from Example Outdoor arrives between 13:00 and 17:00.',
        fallback_url: 'https://shop.example.com/orders/7781/delivery.ics',
      },
    },
    {
      location_message: {
        title: 'Pick up instead',
        label: '50 Massachusetts Ave NE, Washington, DC',
        coordinates: { latitude: 38.8973, longitude: -77.0063 },
      },
    },
    {
      share_location_message: { title: 'Share your location', fallback_url: 'https://shop.example.com/stores/nearest' },
    },
    {
      text_message: { text: 'Change delivery' },
      postback_data: 'change_delivery_7781',
      display_mode: 'DISPLAY_MODE_UNSPECIFIED' as const,
    },
  ],
};

/** The card, with every option an app message can carry besides its kind. */
const richMessage = {
  card_message: card,
  agent: {
    display_name: 'Sam from Example Outdoor',
    type: 'HUMAN' as const,
    picture_url: 'https://media.example.com/agents/sam.png',
  },
  reply_to: { message_id: '01HQ3A2C5E7G9J1K3M5P7R9T1V' },
  explicit_channel_message: {
    MESSENGER: '{"message":{"text":"Your order 7781 has shipped and should arrive on Friday."}}',
  },
  explicit_channel_omni_message: {
    SMS: { text_message: { text: 'Your order 7781 has shipped: https://shop.example.com/orders/7781/track' } },
    WHATSAPP: {
      template_reference: {
        template_id: 'order_shipped',
        version: '1',
        language_code: 'en_US',
        parameters: { 'body[1]text': 'Alex', 'body[2]text': '7781' },
      },
    },
  },
  channel_specific_message: {
    WHATSAPP: {
      message_type: 'FLOWS' as const,
      message: {
        header: { type: 'text' as const, text: 'Book a visit' },
        body: { text: 'Pick a time for your bike service at the Union Station store.' },
        footer: { text: 'Takes about a minute' },
        flow_id: '1187302545962735',
        flow_token: 'visit-7781',
        flow_mode: 'published' as const,
        flow_cta: 'Book now',
        flow_action: 'navigate' as const,
        flow_action_payload: { screen: 'SELECT_TIME', data: { store_id: 'DC-01' } },
      },
    },
  },
};

/** A choice message with its text, every kind of choice and its channel settings. */
const choiceMessage = {
  choice_message: {
    text_message: { text: 'Your parcel is on its way. What would you like to do?' },
    choices: card.choices,
    message_properties: { whatsapp_footer: 'Tap to answer' },
  },
  agent: { display_name: 'Sam from Example Outdoor', type: 'BOT' as const },
};

export const messagingCases = {
  sendMessage: {
    required: (c) =>
      c.POST('/v1/projects/{project_id}/messages:send', {
        body: {
          app_id: APP_ID,
          recipient: { contact_id },
          message: { text_message: { text: 'Your order 7781 has shipped and should arrive on Friday.' } },
        },
      }),
    all: (c) =>
      c.POST('/v1/projects/{project_id}/messages:send', {
        params: { path: { project_id: PROJECT_ID } },
        body: {
          app_id: APP_ID,
          recipient: byPhone,
          message: richMessage,
          callback_url: 'https://hooks.example.com/sinch/conversation/receipts',
          channel_priority_order: ['WHATSAPP', 'RCS', 'SMS'],
          channel_properties: { SMS_SENDER: '+12025550100', WHATSAPP_PREVIEW_URL: 'true' },
          message_metadata: 'order-7781',
          conversation_metadata: { order_id: '7781', tier: 'gold' },
          queue: 'HIGH_PRIORITY',
          ttl: '86400s',
          processing_strategy: 'DEFAULT',
          correlation_id: 'shipment-7781',
          conversation_metadata_update_strategy: 'MERGE_PATCH',
          message_content_type: 'CONTENT_NOTIFICATION',
        },
      }),
  },
  getMessage: {
    required: (c) => c.GET('/v1/projects/{project_id}/messages/{message_id}', { params: { path: { message_id } } }),
    all: (c) =>
      c.GET('/v1/projects/{project_id}/messages/{message_id}', {
        params: { path: { project_id: PROJECT_ID, message_id }, query: { messages_source: 'DISPATCH_SOURCE' } },
      }),
  },
  updateMessageMetadata: {
    required: (c) =>
      c.PATCH('/v1/projects/{project_id}/messages/{message_id}', {
        params: { path: { message_id } },
        body: { metadata: 'order-7781;refunded' },
      }),
    all: (c) =>
      c.PATCH('/v1/projects/{project_id}/messages/{message_id}', {
        params: { path: { project_id: PROJECT_ID, message_id }, query: { messages_source: 'CONVERSATION_SOURCE' } },
        body: { metadata: 'order-7781;refunded' },
      }),
  },
  deleteMessage: {
    required: (c) => c.DELETE('/v1/projects/{project_id}/messages/{message_id}', { params: { path: { message_id } } }),
    all: (c) =>
      c.DELETE('/v1/projects/{project_id}/messages/{message_id}', {
        params: { path: { project_id: PROJECT_ID, message_id }, query: { messages_source: 'DISPATCH_SOURCE' } },
      }),
  },
  listMessages: {
    required: (c) => c.GET('/v1/projects/{project_id}/messages', {}),
    all: (c) =>
      c.GET('/v1/projects/{project_id}/messages', {
        params: {
          path: { project_id: PROJECT_ID },
          query: {
            conversation_id,
            contact_id,
            app_id: APP_ID,
            channel_identity: phone,
            start_time: '2025-06-01T00:00:00Z',
            end_time: '2025-06-30T23:59:59Z',
            page_size: 50,
            page_token: 'CgwI8OqGswYQgMr6nAMSGjAxSFEzQTBONFI2VDhWMFgyWjRCNkQ4RjBI',
            view: 'WITHOUT_METADATA',
            messages_source: 'DISPATCH_SOURCE',
            only_recipient_originated: true,
            channel: 'WHATSAPP',
            direction: 'TO_APP',
          },
        },
      }),
  },
  listMessagesByChannelIdentity: {
    // page_size is optional in the spec (default 10), but the generated type requires it.
    required: (c) =>
      c.POST('/v1/projects/{project_id}/messages:fetch-last-message', {
        body: { channel_identities: [phone], page_size: 10 },
      }),
    all: (c) =>
      c.POST('/v1/projects/{project_id}/messages:fetch-last-message', {
        params: { path: { project_id: PROJECT_ID } },
        body: {
          channel_identities: [phone, '+12025550187'],
          contact_ids: [contact_id],
          app_id: APP_ID,
          messages_source: 'CONVERSATION_SOURCE',
          page_size: 20,
          page_token: 'CgwI8OqGswYQgMr6nAMSGjAxSFEzQTBONFI2VDhWMFgyWjRCNkQ4RjBI',
          view: 'WITH_METADATA',
          start_time: '2025-06-01T00:00:00Z',
          end_time: '2025-06-30T23:59:59Z',
          channel: 'WHATSAPP',
          direction: 'TO_CONTACT',
        },
      }),
  },
  transcodeMessage: {
    required: (c) =>
      c.POST('/v1/projects/{project_id}/messages:transcode', {
        body: {
          app_id: APP_ID,
          app_message: { text_message: { text: 'Your order 7781 has shipped.' } },
          channels: ['WHATSAPP'],
        },
      }),
    all: (c) =>
      c.POST('/v1/projects/{project_id}/messages:transcode', {
        params: { path: { project_id: PROJECT_ID } },
        body: {
          app_id: APP_ID,
          app_message: choiceMessage,
          channels: ['WHATSAPP', 'MESSENGER', 'RCS'],
          from: '+12025550100',
          to: phone,
        },
      }),
  },
  sendEvent: {
    required: (c) =>
      c.POST('/v1/projects/{project_id}/events:send', {
        body: { app_id: APP_ID, recipient: { contact_id }, event: { app_event: { composing_event: {} } } },
      }),
    all: (c) =>
      c.POST('/v1/projects/{project_id}/events:send', {
        params: { path: { project_id: PROJECT_ID } },
        body: {
          app_id: APP_ID,
          recipient: byPhone,
          event: {
            app_event: {
              agent_joined_event: {
                agent: {
                  display_name: 'Maria from Support',
                  type: 'HUMAN',
                  picture_url: 'https://media.example.com/agents/maria.png',
                },
              },
            },
          },
          callback_url: 'https://hooks.example.com/sinch/conversation/events',
          channel_priority_order: ['WHATSAPP', 'RCS', 'SMS'],
          event_metadata: 'support-case-7781',
          queue: 'HIGH_PRIORITY',
        },
      }),
  },
  getEvent: {
    required: (c) => c.GET('/v1/projects/{project_id}/events/{event_id}', { params: { path: { event_id } } }),
    all: (c) =>
      c.GET('/v1/projects/{project_id}/events/{event_id}', { params: { path: { project_id: PROJECT_ID, event_id } } }),
  },
  deleteEvent: {
    required: (c) => c.DELETE('/v1/projects/{project_id}/events/{event_id}', { params: { path: { event_id } } }),
    all: (c) =>
      c.DELETE('/v1/projects/{project_id}/events/{event_id}', {
        params: { path: { project_id: PROJECT_ID, event_id } },
      }),
  },
  listEvents: {
    required: (c) => c.GET('/v1/projects/{project_id}/events', {}),
    all: (c) =>
      c.GET('/v1/projects/{project_id}/events', {
        params: {
          path: { project_id: PROJECT_ID },
          query: { conversation_id, contact_id, page_size: 20, page_token: 'CgwIARIIMDFIUTMyQzc' },
        },
      }),
  },
  queryCapability: {
    required: (c) =>
      c.POST('/v1/projects/{project_id}/capability:query', {
        body: { app_id: APP_ID, recipient: { contact_id } },
      }),
    all: (c) =>
      c.POST('/v1/projects/{project_id}/capability:query', {
        params: { path: { project_id: PROJECT_ID } },
        body: {
          app_id: APP_ID,
          recipient: { identified_by: { channel_identities: [{ channel: 'RCS', identity: phone }] } },
          request_id: 'capability-check-20250610-001',
        },
      }),
  },
  getConsents: {
    required: (c) =>
      c.GET('/v1/projects/{project_id}/apps/{app_id}/consents/{list_type}', {
        params: { path: { app_id: APP_ID, list_type: 'OPT_OUT_MARKETING' } },
      }),
    all: (c) =>
      c.GET('/v1/projects/{project_id}/apps/{app_id}/consents/{list_type}', {
        params: {
          path: { project_id: PROJECT_ID, app_id: APP_ID, list_type: 'OPT_OUT_ALL' },
          query: { page_size: 50, page_number: 1, page_token: 'CgwIARIIKzEyMDI1NTU' },
        },
      }),
  },
  getConsentsAuditRecords: {
    required: (c) =>
      c.GET('/v1/projects/{project_id}/apps/{app_id}/consents/identities/{identity}', {
        params: { path: { app_id: APP_ID, identity: phone } },
      }),
    all: (c) =>
      c.GET('/v1/projects/{project_id}/apps/{app_id}/consents/identities/{identity}', {
        params: { path: { project_id: PROJECT_ID, app_id: APP_ID, identity: phone } },
      }),
  },
} satisfies OperationCases<
  Client,
  | 'sendMessage'
  | 'getMessage'
  | 'updateMessageMetadata'
  | 'deleteMessage'
  | 'listMessages'
  | 'listMessagesByChannelIdentity'
  | 'transcodeMessage'
  | 'sendEvent'
  | 'getEvent'
  | 'deleteEvent'
  | 'listEvents'
  | 'queryCapability'
  | 'getConsents'
  | 'getConsentsAuditRecords'
>;
