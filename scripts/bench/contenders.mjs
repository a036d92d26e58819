// The HTTP clients the benchmarks compare, each as `setup(baseUrl) → { get, post }`. This module
// imports nothing: each setup() loads its own package with a dynamic import, so the runner process
// that calls it (scripts/bench/runner.mjs) holds that contender's code and nothing else.
// get() lists an app's webhooks; post() sends SEND_MESSAGE. Both check the answer and throw if wrong.

const PROJECT_ID = 'p';
const APP_ID = 'a';
const KEY_ID = 'key-id';
const KEY_SECRET = 'key-secret';

export const LIST_PATH = '/v1/projects/{project_id}/apps/{app_id}/webhooks';
export const SEND_PATH = '/v1/projects/{project_id}/messages:send';

const listUrlPath = LIST_PATH.replace('{project_id}', PROJECT_ID).replace('{app_id}', APP_ID);
const sendUrlPath = SEND_PATH.replace('{project_id}', PROJECT_ID);

/** A realistic Conversation `messages:send` request body (≈1.8 KB of JSON): a card with choices. */
export const SEND_MESSAGE = {
  app_id: '01EB37HMH1M6SV18ASNS3G135H',
  recipient: {
    identified_by: {
      channel_identities: [
        { channel: 'WHATSAPP', identity: '46701234567' },
        { channel: 'RCS', identity: '46701234567' },
        { channel: 'MESSENGER', identity: '6536429683043893' },
        { channel: 'SMS', identity: '46701234567' },
      ],
    },
  },
  message: {
    card_message: {
      title: 'Your order A-10293 has shipped',
      description:
        'Three items are on their way and should arrive on Thursday 14 March between 09:00 and 12:00. ' +
        'Track the parcel, pick another day or ask us anything below.',
      media_message: { url: 'https://cdn.example.com/orders/A-10293/parcel.jpg' },
      height: 'MEDIUM',
      choices: [
        {
          url_message: { title: 'Track parcel', url: 'https://shop.example.com/orders/A-10293/track?utm_source=sinch' },
          postback_data: 'track:A-10293',
        },
        { text_message: { text: 'Change delivery day' }, postback_data: 'reschedule:A-10293' },
        { call_message: { title: 'Call support', phone_number: '+46850001234' }, postback_data: 'call:A-10293' },
        {
          location_message: {
            title: 'Pickup point',
            label: 'ICA Supermarket Odenplan, Odengatan 65, Stockholm',
            coordinates: { latitude: 59.342836, longitude: 18.049612 },
          },
          postback_data: 'pickup:A-10293',
        },
      ],
    },
    explicit_channel_message: {},
  },
  channel_priority_order: ['WHATSAPP', 'RCS', 'MESSENGER', 'SMS'],
  channel_properties: {
    SMS_FLASH_MESSAGE: 'false',
    WHATSAPP_HEADER: 'Order update',
    MESSENGER_MESSAGING_TYPE: 'MESSAGE_TAG',
    MESSENGER_MESSAGE_TAG: 'POST_PURCHASE_UPDATE',
  },
  message_metadata: JSON.stringify({ order_id: 'A-10293', customer_id: 'C-884201', campaign: 'shipping-v3' }),
  conversation_metadata: { order_id: 'A-10293', locale: 'sv-SE', segment: 'returning', items: 3 },
  callback_url: 'https://hooks.example.com/sinch/conversation/callbacks?tenant=acme-nordics',
  correlation_id: 'order-A-10293-shipped-2024-03-12T08:41:07Z',
  processing_strategy: 'DEFAULT',
  queue: 'HIGH_PRIORITY',
  ttl: '86400s',
};

function checkList(list) {
  if (list?.webhooks?.length !== 4) throw new Error(`unexpected list answer: ${JSON.stringify(list)}`);
}

function checkSent(answer) {
  if (typeof answer?.message_id !== 'string') throw new Error(`unexpected send answer: ${JSON.stringify(answer)}`);
}

function checkStatus(status, method) {
  if (status !== 200) throw new Error(`${method} answered HTTP ${status}`);
}

const bearer = { accept: 'application/json', authorization: 'Bearer bench-token' };
const bearerJson = { ...bearer, 'content-type': 'application/json' };

export const contenders = {
  undici: {
    name: 'undici.request (raw)',
    async setup(baseUrl) {
      const { request } = await import('undici');
      const listUrl = baseUrl + listUrlPath;
      const sendUrl = baseUrl + sendUrlPath;
      return {
        async get() {
          const { statusCode, body } = await request(listUrl, { method: 'GET', headers: bearer });
          const list = await body.json();
          checkStatus(statusCode, 'GET');
          checkList(list);
        },
        async post() {
          const body = JSON.stringify(SEND_MESSAGE);
          const answer = await request(sendUrl, { method: 'POST', headers: bearerJson, body });
          const sent = await answer.body.json();
          checkStatus(answer.statusCode, 'POST');
          checkSent(sent);
        },
      };
    },
  },

  fetch: {
    name: 'fetch (raw)',
    async setup(baseUrl) {
      const listUrl = baseUrl + listUrlPath;
      const sendUrl = baseUrl + sendUrlPath;
      return {
        async get() {
          const response = await fetch(listUrl, { method: 'GET', headers: bearer });
          const list = await response.json();
          checkStatus(response.status, 'GET');
          checkList(list);
        },
        async post() {
          const body = JSON.stringify(SEND_MESSAGE);
          const response = await fetch(sendUrl, { method: 'POST', headers: bearerJson, body });
          const sent = await response.json();
          checkStatus(response.status, 'POST');
          checkSent(sent);
        },
      };
    },
  },

  sdk: {
    name: '@sinch/conversation (official SDK)',
    async setup(baseUrl) {
      const { ConversationService } = await import('@sinch/conversation');
      const sdk = new ConversationService({
        projectId: PROJECT_ID,
        keyId: KEY_ID,
        keySecret: KEY_SECRET,
        authHostname: baseUrl,
        conversationHostname: baseUrl,
        conversationRegion: 'us',
      });
      return {
        get: async () => checkList(await sdk.webhooks.list({ app_id: APP_ID })),
        post: async () => checkSent(await sdk.messages.send({ sendMessageRequestBody: SEND_MESSAGE })),
      };
    },
  },

  sinchkit: {
    name: 'sinchkit',
    async setup(baseUrl, options = {}) {
      const { createConversationClient } = await import('@sinchkit/conversation');
      const client = createConversationClient({
        baseUrl,
        credentials: { type: 'oauth2', keyId: KEY_ID, keySecret: KEY_SECRET, tokenUrl: `${baseUrl}/oauth2/token` },
        ...options,
      });
      return {
        client,
        async get(headers) {
          const { data } = await client.GET(LIST_PATH, {
            params: { path: { project_id: PROJECT_ID, app_id: APP_ID } },
            headers,
          });
          checkList(data);
        },
        async post() {
          const { data } = await client.POST(SEND_PATH, {
            params: { path: { project_id: PROJECT_ID } },
            body: SEND_MESSAGE,
          });
          checkSent(data);
        },
      };
    },
  },
};
