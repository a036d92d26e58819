import type { OperationCases } from '../../../../../scripts/testing/contract.js';
import { type Client, PROJECT_ID } from '../client.js';

const projectId = PROJECT_ID;
const senderId = '01HR3M8Q2V6K9T4B7N1C5X0ZPD';
const templateName = 'order_shipped';
const languageCode = 'EN_US';

export const whatsAppSenderAndTemplateCases = {
  // WhatsApp senders
  listWhatsAppSenders: {
    required: (c) => c.GET('/v1/projects/{projectId}/whatsapp/senders'),
    all: (c) =>
      c.GET('/v1/projects/{projectId}/whatsapp/senders', {
        params: {
          path: { projectId },
          query: {
            pageToken: 'c2VuZGVyczoy',
            pageSize: 2,
            filterStates: ['ACTIVE', 'PENDING_VERIFICATION'],
            filterStatuses: ['DRAFT', 'REJECTED'],
          },
        },
      }),
  },
  createWhatsAppSender: {
    // The smallest alternative of the anyOf: embedded signup, with its two required fields.
    required: (c) =>
      c.POST('/v1/projects/{projectId}/whatsapp/senders', {
        body: { wabaId: '104785612345678', phoneNumberId: '110234567890123' },
      }),
    // The richest current alternative: partner-initiated, with every field and the whole business profile.
    all: (c) =>
      c.POST('/v1/projects/{projectId}/whatsapp/senders', {
        params: { path: { projectId } },
        body: {
          status: 'SUBMIT',
          region: 'EU',
          metaLocalStorage: 'DE',
          phoneNumberProvider: 'CUSTOMER',
          saveDraftOnFailure: true,
          details: {
            displayName: 'Bluebird Bikes Rentals',
            description: 'City bikes, e-bikes and cargo bikes for rent in central Stockholm.',
            vertical: 'TRAVEL_AND_TRANSPORTATION',
            email: 'rentals@bluebirdbikes.example',
            address: 'Hornsgatan 12, 118 20 Stockholm, Sweden',
            websiteOne: 'https://bluebirdbikes.example/rentals',
            websiteTwo: 'https://bluebirdbikes.example/faq',
            about: 'City bikes by the hour or the day.',
            photoUrl: 'https://bluebirdbikes.example/img/rentals-640.png',
            countryCode: 'SE',
            phoneNumber: '46732004455',
          },
        },
      }),
  },
  getWhatsAppSender: {
    required: (c) => c.GET('/v1/projects/{projectId}/whatsapp/senders/{senderId}', { params: { path: { senderId } } }),
    all: (c) =>
      c.GET('/v1/projects/{projectId}/whatsapp/senders/{senderId}', { params: { path: { projectId, senderId } } }),
  },
  updateWhatsAppSender: {
    // The schema requires no field (`status` defaults to DRAFT): the empty update.
    required: (c) =>
      c.PATCH('/v1/projects/{projectId}/whatsapp/senders/{senderId}', { params: { path: { senderId } }, body: {} }),
    all: (c) =>
      c.PATCH('/v1/projects/{projectId}/whatsapp/senders/{senderId}', {
        params: { path: { projectId, senderId } },
        body: {
          status: 'SUBMIT',
          details: {
            displayName: 'Bluebird Bikes',
            description: 'Bikes, parts and repairs in central Stockholm.',
            vertical: 'SHOPPING_AND_RETAIL',
            email: 'support@bluebirdbikes.example',
            address: 'Hornsgatan 12, 118 20 Stockholm, Sweden',
            websiteOne: 'https://bluebirdbikes.example',
            websiteTwo: 'https://bluebirdbikes.example/repairs',
            about: 'Repairs within 48 hours. Message us to book a slot.',
            photoUrl: 'https://bluebirdbikes.example/img/logo-640.png',
            username: 'bluebirdbikes',
          },
        },
      }),
  },
  deleteWhatsAppSender: {
    required: (c) =>
      c.DELETE('/v1/projects/{projectId}/whatsapp/senders/{senderId}', { params: { path: { senderId } } }),
    all: (c) =>
      c.DELETE('/v1/projects/{projectId}/whatsapp/senders/{senderId}', {
        params: { path: { projectId, senderId } },
      }),
  },
  listWhatsAppSenderActivities: {
    required: (c) =>
      c.GET('/v1/projects/{projectId}/whatsapp/senders/{senderId}/activities', { params: { path: { senderId } } }),
    all: (c) =>
      c.GET('/v1/projects/{projectId}/whatsapp/senders/{senderId}/activities', {
        params: { path: { projectId, senderId }, query: { pageToken: 'YWN0aXZpdGllczoy', pageSize: 2 } },
      }),
  },
  deleteWhatsAppSenderChanges: {
    required: (c) =>
      c.DELETE('/v1/projects/{projectId}/whatsapp/senders/{senderId}/changes', { params: { path: { senderId } } }),
    all: (c) =>
      c.DELETE('/v1/projects/{projectId}/whatsapp/senders/{senderId}/changes', {
        params: { path: { projectId, senderId } },
      }),
  },
  createWhatsAppSenderComment: {
    required: (c) =>
      c.POST('/v1/projects/{projectId}/whatsapp/senders/{senderId}/comments', {
        params: { path: { senderId } },
        body: { comment: 'The number is a mobile line and can receive SMS.' },
      }),
    all: (c) =>
      c.POST('/v1/projects/{projectId}/whatsapp/senders/{senderId}/comments', {
        params: { path: { projectId, senderId } },
        body: { comment: 'The display name matches our trading name; see https://bluebirdbikes.example/about.' },
      }),
  },
  registerWhatsAppSender: {
    required: (c) =>
      c.POST('/v1/projects/{projectId}/whatsapp/senders/{senderId}/register', {
        params: { path: { senderId } },
        body: { method: 'SMS' },
      }),
    all: (c) =>
      c.POST('/v1/projects/{projectId}/whatsapp/senders/{senderId}/register', {
        params: { path: { projectId, senderId } },
        body: { method: 'VOICE' },
      }),
  },
  getWhatsAppSenderSuggestedUsernames: {
    required: (c) =>
      c.GET('/v1/projects/{projectId}/whatsapp/senders/{senderId}/suggestedUsernames', {
        params: { path: { senderId } },
      }),
    all: (c) =>
      c.GET('/v1/projects/{projectId}/whatsapp/senders/{senderId}/suggestedUsernames', {
        params: { path: { projectId, senderId } },
      }),
  },
  verifyWhatsAppSender: {
    // The schema requires no field, not even `code`.
    required: (c) =>
      c.POST('/v1/projects/{projectId}/whatsapp/senders/{senderId}/verify', {
        params: { path: { senderId } },
        body: {},
      }),
    all: (c) =>
      c.POST('/v1/projects/{projectId}/whatsapp/senders/{senderId}/verify', {
        params: { path: { projectId, senderId } },
        body: { code: '482913' },
      }),
  },

  // WhatsApp templates
  listWhatsAppTemplates: {
    required: (c) => c.GET('/v1/projects/{projectId}/whatsapp/templates'),
    all: (c) =>
      c.GET('/v1/projects/{projectId}/whatsapp/templates', {
        params: {
          path: { projectId },
          query: {
            pageToken: 'dGVtcGxhdGVzOjUw',
            pageSize: 50,
            fieldMask: ['name', 'language', 'category', 'state', 'details.components', 'analytics'],
            filterStates: ['APPROVED', 'PAUSED'],
            filterStatuses: ['DRAFT', 'REJECTED'],
            templateAnalyticsDateRange: 'WEEK',
            templateName,
          },
        },
      }),
  },
  createWhatsAppTemplate: {
    // Name, language, category and one component (a plain-text body); `status` defaults to SUBMIT.
    required: (c) =>
      c.POST('/v1/projects/{projectId}/whatsapp/templates', {
        body: {
          name: 'order_delivered',
          language: 'EN_US',
          category: 'UTILITY',
          details: {
            components: [{ type: 'BODY', text: 'Your order was delivered. Thank you for shopping with us.' }],
          },
        },
      }),
    // The spec's `marketingWithImageHeader` example, with every other field too.
    all: (c) =>
      c.POST('/v1/projects/{projectId}/whatsapp/templates', {
        params: { path: { projectId } },
        body: {
          status: 'SUBMIT',
          name: 'spring_sale_2025',
          language: 'EN_US',
          category: 'MARKETING',
          saveDraftOnFailure: true,
          allowCategoryChange: false,
          details: {
            components: [
              {
                type: 'HEADER',
                format: 'IMAGE',
                example: { url: 'https://cdn.example.com/whatsapp/spring-sale-banner.jpg', mimeType: 'IMAGE/JPEG' },
              },
              {
                type: 'BODY',
                text: 'Hi {{1}}, our spring sale starts today: {{2}} off everything until Sunday.',
                examples: ['Maria', '20%'],
              },
              { type: 'FOOTER', text: 'Reply STOP to stop promotions' },
              {
                type: 'BUTTONS',
                buttons: [
                  {
                    type: 'URL',
                    text: 'Shop the sale',
                    url: 'https://shop.example.com/sale?c={{1}}',
                    example: 'https://shop.example.com/sale?c=spring25',
                  },
                  { type: 'QUICK_REPLY', text: 'Not interested' },
                ],
              },
            ],
            messageSendTtlSeconds: 86400,
            optimization: {
              bidAmount: 0.05,
              bidStrategy: 'LOWEST_COST_WITH_BID_CAP',
              bidCountryMultiplierOverrides: { BR: '0.8', MX: '0.9' },
            },
          },
        },
      }),
  },
  listWhatsAppTemplatesByName: {
    required: (c) =>
      c.GET('/v1/projects/{projectId}/whatsapp/templates/{templateName}', { params: { path: { templateName } } }),
    all: (c) =>
      c.GET('/v1/projects/{projectId}/whatsapp/templates/{templateName}', {
        params: {
          path: { projectId, templateName },
          query: {
            pageToken: 'bGFuZ3VhZ2VzOjI',
            pageSize: 2,
            fieldMask: ['name', 'language', 'state', 'qualityScore'],
            templateAnalyticsDateRange: 'MONTH',
          },
        },
      }),
  },
  deleteWhatsAppTemplatesByName: {
    required: (c) =>
      c.DELETE('/v1/projects/{projectId}/whatsapp/templates/{templateName}', { params: { path: { templateName } } }),
    all: (c) =>
      c.DELETE('/v1/projects/{projectId}/whatsapp/templates/{templateName}', {
        params: { path: { projectId, templateName } },
      }),
  },
  getWhatsAppTemplate: {
    required: (c) =>
      c.GET('/v1/projects/{projectId}/whatsapp/templates/{templateName}/languages/{languageCode}', {
        params: { path: { templateName, languageCode } },
      }),
    all: (c) =>
      c.GET('/v1/projects/{projectId}/whatsapp/templates/{templateName}/languages/{languageCode}', {
        params: {
          path: { projectId, templateName, languageCode },
          query: {
            fieldMask: ['name', 'language', 'details', 'changes.status'],
            templateAnalyticsDateRange: 'QUARTER',
          },
        },
      }),
  },
  updateWhatsAppTemplate: {
    // The schema requires no field (`status` defaults to DRAFT): the empty update.
    required: (c) =>
      c.PATCH('/v1/projects/{projectId}/whatsapp/templates/{templateName}/languages/{languageCode}', {
        params: { path: { templateName, languageCode } },
        body: {},
      }),
    // The spec's `draftNewHeaderImage` example for a marketing template, with every other field too.
    all: (c) =>
      c.PATCH('/v1/projects/{projectId}/whatsapp/templates/{templateName}/languages/{languageCode}', {
        params: { path: { projectId, templateName: 'spring_sale_2025', languageCode } },
        body: {
          status: 'SUBMIT',
          category: 'MARKETING',
          allowCategoryChange: true,
          details: {
            components: [
              {
                type: 'HEADER',
                format: 'IMAGE',
                example: { url: 'https://cdn.example.com/whatsapp/spring-sale-banner-v2.png', mimeType: 'IMAGE/PNG' },
              },
              {
                type: 'BODY',
                text: 'Hi {{1}}, our spring sale starts today: {{2}} off everything until Sunday.',
                examples: ['Maria', '20%'],
              },
              { type: 'FOOTER', text: 'Reply STOP to stop promotions' },
              {
                type: 'BUTTONS',
                buttons: [
                  {
                    type: 'URL',
                    text: 'Shop the sale',
                    url: 'https://shop.example.com/sale?c={{1}}',
                    example: 'https://shop.example.com/sale?c=spring25',
                  },
                  { type: 'QUICK_REPLY', text: 'Not interested' },
                ],
              },
            ],
            messageSendTtlSeconds: 43200,
            optimization: {
              bidAmount: 0.04,
              bidStrategy: 'LOWEST_COST_WITH_BID_CAP',
              bidCountryMultiplierOverrides: { BR: '0.75' },
            },
          },
        },
      }),
  },
  deleteWhatsAppTemplate: {
    required: (c) =>
      c.DELETE('/v1/projects/{projectId}/whatsapp/templates/{templateName}/languages/{languageCode}', {
        params: { path: { templateName, languageCode } },
      }),
    all: (c) =>
      c.DELETE('/v1/projects/{projectId}/whatsapp/templates/{templateName}/languages/{languageCode}', {
        params: { path: { projectId, templateName, languageCode }, query: { deleteSubmitted: true } },
      }),
  },
  listWhatsAppTemplateActivities: {
    required: (c) =>
      c.GET('/v1/projects/{projectId}/whatsapp/templates/{templateName}/languages/{languageCode}/activities', {
        params: { path: { templateName, languageCode } },
      }),
    all: (c) =>
      c.GET('/v1/projects/{projectId}/whatsapp/templates/{templateName}/languages/{languageCode}/activities', {
        params: {
          path: { projectId, templateName, languageCode },
          query: { pageToken: 'YWN0aXZpdGllczoy', pageSize: 2 },
        },
      }),
  },
  createWhatsAppTemplateComment: {
    required: (c) =>
      c.POST('/v1/projects/{projectId}/whatsapp/templates/{templateName}/languages/{languageCode}/comments', {
        params: { path: { templateName, languageCode } },
        body: { comment: 'The sample for {{3}} is now set to "14 March".' },
      }),
    all: (c) =>
      c.POST('/v1/projects/{projectId}/whatsapp/templates/{templateName}/languages/{languageCode}/comments', {
        params: { path: { projectId, templateName, languageCode } },
        body: { comment: 'This template only confirms orders the customer placed, so it is UTILITY, not MARKETING.' },
      }),
  },
  compareWhatsAppTemplates: {
    // `timeframe` defaults to the last 7 days.
    required: (c) =>
      c.POST('/v1/projects/{projectId}/whatsapp/templates/{templateName}/languages/{languageCode}/compare', {
        params: { path: { templateName, languageCode } },
        body: { templates: [{ templateName: 'order_dispatched', templateLanguage: 'EN_US' }] },
      }),
    all: (c) =>
      c.POST('/v1/projects/{projectId}/whatsapp/templates/{templateName}/languages/{languageCode}/compare', {
        params: { path: { projectId, templateName, languageCode } },
        body: {
          templates: [{ templateName: 'order_dispatched', templateLanguage: 'EN_US' }],
          timeframe: '30',
          endTimestamp: 1741564800,
        },
      }),
  },
  syncWhatsAppTemplates: {
    required: (c) => c.POST('/v1/projects/{projectId}/whatsapp/templates/sync'),
    all: (c) => c.POST('/v1/projects/{projectId}/whatsapp/templates/sync', { params: { path: { projectId } } }),
  },
} satisfies OperationCases<
  Client,
  | 'listWhatsAppSenders'
  | 'createWhatsAppSender'
  | 'getWhatsAppSender'
  | 'updateWhatsAppSender'
  | 'deleteWhatsAppSender'
  | 'listWhatsAppSenderActivities'
  | 'deleteWhatsAppSenderChanges'
  | 'createWhatsAppSenderComment'
  | 'registerWhatsAppSender'
  | 'getWhatsAppSenderSuggestedUsernames'
  | 'verifyWhatsAppSender'
  | 'listWhatsAppTemplates'
  | 'createWhatsAppTemplate'
  | 'listWhatsAppTemplatesByName'
  | 'deleteWhatsAppTemplatesByName'
  | 'getWhatsAppTemplate'
  | 'updateWhatsAppTemplate'
  | 'deleteWhatsAppTemplate'
  | 'listWhatsAppTemplateActivities'
  | 'createWhatsAppTemplateComment'
  | 'compareWhatsAppTemplates'
  | 'syncWhatsAppTemplates'
>;
