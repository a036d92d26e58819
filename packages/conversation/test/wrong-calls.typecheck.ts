// Compile-only: `pnpm typecheck` fails if a call marked @ts-expect-error starts to compile, or if a
// correct call stops compiling.
import {
  type AppMessage,
  type CardMessage,
  type ConversationClient,
  type ConversationProjectClient,
  createConversationClient,
  type LocationMessage,
  type MediaMessage,
  type Recipient,
  type SendMessageRequest,
  type TextMessage,
} from '../src/index.js';

declare const client: ConversationClient;
declare const bound: ConversationProjectClient;
const send = '/v1/projects/{project_id}/messages:send' as const;

// ---- projectId once -----------------------------------------------------------------------------
// A client created with a projectId returns the bound type; without one, the plain type.
const created: ConversationProjectClient = createConversationClient({ projectId: 'p', region: 'eu' });
const plain: ConversationClient = createConversationClient({ region: 'eu' });
void [created, plain];
// With it, calls may leave project_id out (and may still pass it).
bound.GET('/v1/projects/{project_id}/apps');
bound.GET('/v1/projects/{project_id}/apps/{app_id}', { params: { path: { app_id: 'a' } } });
bound.GET('/v1/projects/{project_id}/apps/{app_id}', { params: { path: { project_id: 'other', app_id: 'a' } } });
// Other path parameters stay required.
// @ts-expect-error app_id is still required
bound.GET('/v1/projects/{project_id}/apps/{app_id}', { params: { path: {} } });
// Without it, every call names its project.
// @ts-expect-error project_id is required without a projectId on the client
client.GET('/v1/projects/{project_id}/apps');

// ---- sending: every message kind is typed ---------------------------------------------------------
const text: TextMessage = { text: 'Your order has shipped.' };
const media: MediaMessage = { url: 'https://cdn.example.com/receipt.pdf' };
const card: CardMessage = { title: 'Order 40213', description: 'Shipped', media_message: media };
const messages: AppMessage[] = [
  { text_message: text },
  { media_message: media },
  { card_message: card },
  { template_message: { omni_template: { template_id: 't-1', version: '2', language_code: 'en-US' } } },
  { choice_message: { text_message: text, choices: [{ text_message: { text: 'Track' } }] } },
  { location_message: { title: 'Store', coordinates: { latitude: 59.33, longitude: 18.06 } } },
  { list_message: { title: 'Pick one', sections: [{ items: [{ choice: { title: 'A', postback_data: 'a' } }] }] } },
];
const recipients: Recipient[] = [
  { contact_id: '01HQ2ZC7Y5N8R4K3T6W9XB1D2E' },
  { identified_by: { channel_identities: [{ channel: 'WHATSAPP', identity: '+12025550143' }] } },
];
for (const message of messages)
  for (const recipient of recipients) bound.POST(send, { body: { app_id: 'a', recipient, message } });

// Each wrong message on one line, so that its @ts-expect-error covers exactly it.
const to = recipients[0] as Recipient;
// @ts-expect-error a text message needs its text
export const noText: SendMessageRequest = { app_id: 'a', recipient: to, message: { text_message: {} } };
// @ts-expect-error there is no sms_message kind
export const noKind: SendMessageRequest = { app_id: 'a', recipient: to, message: { sms_message: { text: 'hi' } } };
// @ts-expect-error a media message needs a url
export const noUrl: MediaMessage = { thumbnail_url: 'x' };
// @ts-expect-error the app is required
export const noApp: SendMessageRequest = { recipient: to, message: { text_message: text } };
// biome-ignore format: one line per wrong call, for its @ts-expect-error
// @ts-expect-error coordinates are numbers
export const badCoordinates: LocationMessage = { title: 'x', coordinates: { latitude: '59', longitude: 18 } };
// biome-ignore format: one line per wrong call, for its @ts-expect-error
// @ts-expect-error a recipient is a contact id or channel identities, not a phone number
export const byPhone: Recipient = { phone_number: '+12025550143' };
// biome-ignore format: one line per wrong call, for its @ts-expect-error
// @ts-expect-error WHATSAPP_GROUP is not a channel
export const badChannel: Recipient = { identified_by: { channel_identities: [{ channel: 'WHATSAPP_GROUP', identity: 'x' }] } };

// ---- webhooks (seed facts) ------------------------------------------------------------------------
bound.POST('/v1/projects/{project_id}/webhooks', {
  // @ts-expect-error app_id is required
  body: { target: 'https://x.example.com', triggers: ['MESSAGE_INBOUND'] },
});
bound.POST('/v1/projects/{project_id}/webhooks', {
  // @ts-expect-error 'BUNDLE_DONE' is a Provisioning trigger
  body: { app_id: 'a', target: 'https://x.example.com', triggers: ['BUNDLE_DONE'] },
});
bound.PATCH('/v1/projects/{project_id}/webhooks/{webhook_id}', {
  // @ts-expect-error 'url' is not a webhook field
  params: { path: { webhook_id: 'w' }, query: { update_mask: ['url'] } },
  body: { app_id: 'a', target: 'https://x.example.com', triggers: [] },
});
// @ts-expect-error no such path in the spec
bound.GET('/v1/projects/{project_id}/widgets');
// @ts-expect-error regions are us, eu, br
createConversationClient({ region: 'ap' });
