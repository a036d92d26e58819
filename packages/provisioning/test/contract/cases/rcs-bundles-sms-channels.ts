// Contract cases for RCS (account, questionnaire, senders, test numbers), bundles, the read-only
// Conversation API channels and SMS apps. Bodies reuse the spec's request examples.
import type { OperationCases } from '../../../../../scripts/testing/contract.js';
import { type Client, PROJECT_ID } from '../client.js';

const projectId = PROJECT_ID;
const senderId = '01HW3K9TQ7ZB8R4N6M2XCV5PDE';
const testNumber = '+447700900123';
const bundleId = '01HZX5K8M2N4P6Q8R0S2T4V6W8';
const conversationAppId = '01HZY2C5D7E9F1G3H5J7K9M1N3';
const smsAppId = '01HZY2B3C4D5E6F7G8H9J0K1M2';

const brand = {
  name: 'Northwind',
  emails: [{ label: 'Customer care', address: 'care@northwind.example.com' }],
  phones: [{ label: 'Customer care', number: '+441134960000' }],
  websites: [{ label: 'Shop', url: 'https://www.northwind.example.com' }],
  color: '#1A4D8F',
  description: 'Order and delivery updates from Northwind, the outdoor clothing store.',
  bannerUrl: 'https://cdn.northwind.example.com/rcs/brand/banner-1440x448.png',
  logoUrl: 'https://cdn.northwind.example.com/rcs/brand/logo-224.png',
  privacyPolicyUrl: 'https://www.northwind.example.com/privacy',
  termsOfServiceUrl: 'https://www.northwind.example.com/terms',
};

const generalAnswers = {
  optInDescription:
    "Customers tick 'Send me order updates' at checkout on northwind.example.com or in the Northwind app.",
  triggerDescription: 'An order is confirmed, shipped, out for delivery or delivered, or a return is received.',
  interactionsDescription:
    'The agent sends order cards with buttons to track the parcel, change the delivery slot or reach support; free-text replies go to a support agent.',
  optOutDescription: 'Users reply STOP or tap Unsubscribe; the agent confirms once and sends nothing more.',
  videoUris: ['https://cdn.northwind.example.com/rcs/demo/order-updates.mp4'],
  screenshotUris: [
    'https://cdn.northwind.example.com/rcs/demo/order-shipped.png',
    'https://cdn.northwind.example.com/rcs/demo/delivery-slot.png',
  ],
};

const verificationAnswers = {
  name: 'Dana Whitfield',
  email: 'dana.whitfield@northwind.example.com',
  title: 'Head of Customer Communications',
  website: 'https://www.northwind.example.com',
  phone: '+447700900321',
  partner: {
    companyName: 'Bluefin Digital Ltd',
    contactName: 'Sam Okafor',
    contactEmailAddress: 'sam.okafor@bluefin.example.net',
  },
};

export const rcsAndMoreCases = {
  // RCS account
  listRcsAccountActivities: {
    required: (c) => c.GET('/v1/projects/{projectId}/rcs/activities'),
    all: (c) =>
      c.GET('/v1/projects/{projectId}/rcs/activities', {
        params: { path: { projectId }, query: { pageToken: 'Y3Vyc29yOjI', pageSize: 50 } },
      }),
  },
  createRcsAccountComment: {
    required: (c) =>
      c.POST('/v1/projects/{projectId}/rcs/comments', {
        body: { comment: 'Can we launch senders in France and the United Kingdom from this account?' },
      }),
    all: (c) =>
      c.POST('/v1/projects/{projectId}/rcs/comments', {
        params: { path: { projectId } },
        body: { comment: 'Can we launch senders in France and the United Kingdom from this account?' },
      }),
  },

  // RCS questionnaire
  getRcsQuestionnaire: {
    required: (c) =>
      c.GET('/v1/projects/{projectId}/rcs/questionnaire/{useCase}', { params: { path: { useCase: 'TRANSACTIONAL' } } }),
    all: (c) =>
      c.GET('/v1/projects/{projectId}/rcs/questionnaire/{useCase}', {
        params: {
          path: { projectId, useCase: 'TRANSACTIONAL' },
          query: {
            countries: ['GB', 'FR', 'US'],
            usQuestionnaireBrandCampaignVersion: 'US_PUBLIC',
            usQuestionnaireVersion: 'v2',
          },
        },
      }),
  },

  // RCS senders
  listRcsSenders: {
    required: (c) => c.GET('/v1/projects/{projectId}/rcs/senders'),
    all: (c) =>
      c.GET('/v1/projects/{projectId}/rcs/senders', {
        params: {
          path: { projectId },
          query: {
            pageToken: 'Y3Vyc29yOjI',
            pageSize: 20,
            filterConversationApiAppId: conversationAppId,
            filterSenderIds: `${senderId},01HX2B7M4Q9T6V3Z8C1D5F0GHJ`,
            filterSenderName: 'Northwind',
            filterStates: ['IN_TEST', 'LAUNCHED'],
            search: 'northwind',
            sortColumn: 'MODIFIED',
            sortDirection: 'DESC',
          },
        },
      }),
  },
  createRcsSender: {
    required: (c) =>
      c.POST('/v1/projects/{projectId}/rcs/senders', {
        body: { region: 'EU', billingCategory: 'CONVERSATIONAL', useCase: 'TRANSACTIONAL' },
      }),
    all: (c) =>
      c.POST('/v1/projects/{projectId}/rcs/senders', {
        params: { path: { projectId } },
        body: {
          region: 'EU',
          billingCategory: 'CONVERSATIONAL',
          useCase: 'TRANSACTIONAL',
          details: {
            brand,
            testNumbers: ['+447700900123', '+33639980456'],
            countries: ['GB', 'FR'],
            questionnaire: {
              general: { answers: generalAnswers },
              verification: { answers: verificationAnswers },
              gb: {
                answers: {
                  brandIndustry: 'Retail',
                  companyLegalName: 'Northwind Outfitters Ltd',
                  companyRegistrationNumber: '09876543',
                  fullCompanyAddress: '12 Harbour Street, Leeds LS1 4AB, United Kingdom',
                  messagesVolume: '10,000 to 100,000',
                  messagesFrequency: 'Only after an action of the user',
                },
              },
              fr: { answers: { fullCompanyAddress: '18 rue des Lilas, 69003 Lyon, France', siren: '823456781' } },
            },
          },
        },
      }),
  },
  getRcsSender: {
    required: (c) => c.GET('/v1/projects/{projectId}/rcs/senders/{senderId}', { params: { path: { senderId } } }),
    all: (c) => c.GET('/v1/projects/{projectId}/rcs/senders/{senderId}', { params: { path: { projectId, senderId } } }),
  },
  updateRcsSender: {
    required: (c) =>
      c.PATCH('/v1/projects/{projectId}/rcs/senders/{senderId}', {
        params: { path: { senderId } },
        body: { details: {} },
      }),
    all: (c) =>
      c.PATCH('/v1/projects/{projectId}/rcs/senders/{senderId}', {
        params: { path: { projectId, senderId }, query: { usQuestionnaireVersion: 'v2' } },
        body: {
          details: {
            brand: {
              color: '#0B6E4F',
              description: 'Order, delivery and return updates from Northwind, the outdoor clothing store.',
            },
            testNumbers: ['+12025550183', '+12025550184'],
            countries: ['US'],
            questionnaire: {
              general: {
                answers: {
                  videoUris: [
                    'https://cdn.northwind.example.com/rcs/demo/order-updates.mp4',
                    'https://cdn.northwind.example.com/rcs/demo/opt-out.mp4',
                  ],
                },
              },
              verification: { answers: { partner: null } },
              us: { answers: { messagesVolume: 80000, embeddedPhone: true } },
            },
          },
        },
      }),
  },
  listRcsSenderActivities: {
    required: (c) =>
      c.GET('/v1/projects/{projectId}/rcs/senders/{senderId}/activities', { params: { path: { senderId } } }),
    all: (c) =>
      c.GET('/v1/projects/{projectId}/rcs/senders/{senderId}/activities', {
        params: { path: { projectId, senderId }, query: { pageToken: 'Y3Vyc29yOjI', pageSize: 25 } },
      }),
  },
  createRcsSenderComment: {
    required: (c) =>
      c.POST('/v1/projects/{projectId}/rcs/senders/{senderId}/comments', {
        params: { path: { senderId } },
        body: { comment: 'We added a video of the opt-out flow to the general answers.' },
      }),
    all: (c) =>
      c.POST('/v1/projects/{projectId}/rcs/senders/{senderId}/comments', {
        params: { path: { projectId, senderId } },
        body: { comment: 'We added a video of the opt-out flow to the general answers.' },
      }),
  },
  launchRcsSender: {
    required: (c) =>
      c.POST('/v1/projects/{projectId}/rcs/senders/{senderId}/launch', { params: { path: { senderId } } }),
    all: (c) =>
      c.POST('/v1/projects/{projectId}/rcs/senders/{senderId}/launch', { params: { path: { projectId, senderId } } }),
  },

  // RCS test numbers
  addRcsTestNumbers: {
    required: (c) =>
      c.POST('/v1/projects/{projectId}/rcs/senders/{senderId}/testNumbers', {
        params: { path: { senderId } },
        body: { testNumbers: ['+447700900789'] },
      }),
    all: (c) =>
      c.POST('/v1/projects/{projectId}/rcs/senders/{senderId}/testNumbers', {
        params: { path: { projectId, senderId } },
        body: { testNumbers: ['+447700900789', '+33639980457'] },
      }),
  },
  getRcsTestNumber: {
    required: (c) =>
      c.GET('/v1/projects/{projectId}/rcs/senders/{senderId}/testNumbers/{testNumber}', {
        params: { path: { senderId, testNumber } },
      }),
    all: (c) =>
      c.GET('/v1/projects/{projectId}/rcs/senders/{senderId}/testNumbers/{testNumber}', {
        params: { path: { projectId, senderId, testNumber } },
      }),
  },
  deleteRcsTestNumber: {
    required: (c) =>
      c.DELETE('/v1/projects/{projectId}/rcs/senders/{senderId}/testNumbers/{testNumber}', {
        params: { path: { senderId, testNumber } },
      }),
    all: (c) =>
      c.DELETE('/v1/projects/{projectId}/rcs/senders/{senderId}/testNumbers/{testNumber}', {
        params: { path: { projectId, senderId, testNumber } },
      }),
  },
  getRcsTestNumberCapabilities: {
    required: (c) =>
      c.GET('/v1/projects/{projectId}/rcs/senders/{senderId}/testNumbers/{testNumber}/capabilities', {
        params: { path: { senderId, testNumber } },
      }),
    all: (c) =>
      c.GET('/v1/projects/{projectId}/rcs/senders/{senderId}/testNumbers/{testNumber}/capabilities', {
        params: { path: { projectId, senderId, testNumber } },
      }),
  },
  retryRcsTestNumber: {
    required: (c) =>
      c.GET('/v1/projects/{projectId}/rcs/senders/{senderId}/testNumbers/{testNumber}/retry', {
        params: { path: { senderId, testNumber } },
      }),
    all: (c) =>
      c.GET('/v1/projects/{projectId}/rcs/senders/{senderId}/testNumbers/{testNumber}/retry', {
        params: { path: { projectId, senderId, testNumber } },
      }),
  },

  // Bundles
  listBundles: {
    required: (c) => c.GET('/v1/projects/{projectId}/bundles'),
    all: (c) =>
      c.GET('/v1/projects/{projectId}/bundles', {
        params: {
          path: { projectId },
          query: {
            pageToken: 'YnVuZGxlOjI',
            pageSize: 25,
            filterConvAppIds: ['01HZX5M3P5R7T9V1X3Z5B7D9F1'],
            filterSmsAppIds: ['01HZX5M2N4Q6S8U0W2Y4A6C8E0', '01HZW9A3D5F7H9K1M3N5P7R9T1'],
            filterStates: ['DONE', 'FAILED'],
          },
        },
      }),
  },
  createBundle: {
    required: (c) => c.POST('/v1/projects/{projectId}/bundles', { body: { region: 'US' } }),
    all: (c) =>
      c.POST('/v1/projects/{projectId}/bundles', {
        params: { path: { projectId } },
        body: {
          name: 'Acme Retail onboarding',
          region: 'EU',
          subproject: { name: 'Acme Retail', labels: { customer: 'acme-retail', tier: 'gold' } },
          // The generated types make every property with a `default` required (openapi-typescript's
          // defaultNonNullable), so the spec's own example, which leaves `test` and `targetType` out,
          // does not type-check: they are sent here with their default values.
          smsApp: { name: 'Acme Retail SMS', test: false },
          convApp: {
            name: 'Acme Retail Conversation',
            processingMode: 'CONVERSATION',
            retentionPolicy: { retentionPolicyType: 'MESSAGE_EXPIRE_POLICY', ttl: 180 },
            consentManagerSettings: { mode: 'DISABLED' },
            webhooks: [
              {
                target: 'https://hooks.example.com/sinch/conversation',
                triggers: ['MESSAGE_INBOUND', 'MESSAGE_DELIVERY'],
                secret: 'c4e6a8b0d2f4a6c8e0b2d4f6a8c0e2b4',
                targetType: 'HTTP',
              },
            ],
          },
          webhooks: [
            {
              target: 'https://hooks.example.com/sinch/provisioning',
              secret: '8a6c4e2b0d9f7a5c3e1b9d7f5a3c1e8b',
              triggers: ['BUNDLE_DONE'],
            },
          ],
        },
      }),
  },
  getBundle: {
    required: (c) => c.GET('/v1/projects/{projectId}/bundles/{bundleId}', { params: { path: { bundleId } } }),
    all: (c) => c.GET('/v1/projects/{projectId}/bundles/{bundleId}', { params: { path: { projectId, bundleId } } }),
  },

  // Conversation API channels (read-only)
  getInstagramChannel: {
    required: (c) =>
      c.GET('/v1/projects/{projectId}/conversation/apps/{conversationAppId}/instagram', {
        params: { path: { conversationAppId } },
      }),
    all: (c) =>
      c.GET('/v1/projects/{projectId}/conversation/apps/{conversationAppId}/instagram', {
        params: { path: { projectId, conversationAppId } },
      }),
  },
  getMessengerChannel: {
    required: (c) =>
      c.GET('/v1/projects/{projectId}/conversation/apps/{conversationAppId}/messenger', {
        params: { path: { conversationAppId } },
      }),
    all: (c) =>
      c.GET('/v1/projects/{projectId}/conversation/apps/{conversationAppId}/messenger', {
        params: { path: { projectId, conversationAppId } },
      }),
  },
  getTelegramChannel: {
    required: (c) =>
      c.GET('/v1/projects/{projectId}/conversation/apps/{conversationAppId}/telegram', {
        params: { path: { conversationAppId } },
      }),
    all: (c) =>
      c.GET('/v1/projects/{projectId}/conversation/apps/{conversationAppId}/telegram', {
        params: { path: { projectId, conversationAppId } },
      }),
  },
  getViberChannel: {
    required: (c) =>
      c.GET('/v1/projects/{projectId}/conversation/apps/{conversationAppId}/viber', {
        params: { path: { conversationAppId } },
      }),
    all: (c) =>
      c.GET('/v1/projects/{projectId}/conversation/apps/{conversationAppId}/viber', {
        params: { path: { projectId, conversationAppId } },
      }),
  },

  // SMS apps
  listSmsApps: {
    required: (c) => c.GET('/v1/projects/{projectId}/sms/smsApps'),
    all: (c) =>
      c.GET('/v1/projects/{projectId}/sms/smsApps', {
        params: { path: { projectId }, query: { pageSize: 2, pageToken: 'c21zQXBwOjI' } },
      }),
  },
  createSmsApp: {
    // Only `name` and `region` are required, but the generated type also requires the deprecated
    // `test` (it has a default): the minimal request cannot be typed without it.
    required: (c) =>
      c.POST('/v1/projects/{projectId}/sms/smsApps', { body: { name: 'Acme Alerts US', region: 'US', test: false } }),
    all: (c) =>
      c.POST('/v1/projects/{projectId}/sms/smsApps', {
        params: { path: { projectId } },
        body: {
          name: 'Acme Retail SMS',
          region: 'EU',
          test: false,
          convApiApp: false,
          convApiAppId: conversationAppId,
        },
      }),
  },
  getSmsApp: {
    required: (c) => c.GET('/v1/projects/{projectId}/sms/smsApps/{smsAppId}', { params: { path: { smsAppId } } }),
    all: (c) => c.GET('/v1/projects/{projectId}/sms/smsApps/{smsAppId}', { params: { path: { projectId, smsAppId } } }),
  },
  deleteSmsApp: {
    required: (c) => c.DELETE('/v1/projects/{projectId}/sms/smsApps/{smsAppId}', { params: { path: { smsAppId } } }),
    all: (c) =>
      c.DELETE('/v1/projects/{projectId}/sms/smsApps/{smsAppId}', { params: { path: { projectId, smsAppId } } }),
  },
  updateSmsApp: {
    required: (c) =>
      c.PATCH('/v1/projects/{projectId}/sms/smsApps/{smsAppId}', { params: { path: { smsAppId } }, body: {} }),
    all: (c) =>
      c.PATCH('/v1/projects/{projectId}/sms/smsApps/{smsAppId}', {
        params: { path: { projectId, smsAppId } },
        body: { name: 'Acme Retail SMS (EU)' },
      }),
  },
} satisfies OperationCases<
  Client,
  | 'listRcsAccountActivities'
  | 'createRcsAccountComment'
  | 'getRcsQuestionnaire'
  | 'listRcsSenders'
  | 'createRcsSender'
  | 'getRcsSender'
  | 'updateRcsSender'
  | 'listRcsSenderActivities'
  | 'createRcsSenderComment'
  | 'launchRcsSender'
  | 'addRcsTestNumbers'
  | 'getRcsTestNumber'
  | 'deleteRcsTestNumber'
  | 'getRcsTestNumberCapabilities'
  | 'retryRcsTestNumber'
  | 'listBundles'
  | 'createBundle'
  | 'getBundle'
  | 'getInstagramChannel'
  | 'getMessengerChannel'
  | 'getTelegramChannel'
  | 'getViberChannel'
  | 'listSmsApps'
  | 'createSmsApp'
  | 'getSmsApp'
  | 'deleteSmsApp'
  | 'updateSmsApp'
>;
