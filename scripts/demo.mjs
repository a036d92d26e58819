// pnpm demo: starts a Prism mock of each spec on 127.0.0.1 and walks through the main jobs with the
// built packages, then stops the mocks:
// - Provisioning: register a webhook, create a WhatsApp template, list templates page by page, and
//   handle a signed WHATSAPP_TEMPLATE_APPROVED notification;
// - Conversation: send a text and a template message, list a conversation's messages page by page,
//   create and update a webhook, and handle a signed inbound-message callback;
// - Registrations: read and rotate the HMAC secret, and verify an X-Sinch-Signature callback.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { spec as conversationSpec, createConversationClient } from '@sinchkit/conversation';
import { paginate } from '@sinchkit/pagination';
import { createProvisioningClient, orThrow, spec as provisioningSpec } from '@sinchkit/provisioning';
import { createRegistrationsClient, spec as registrationsSpec } from '@sinchkit/registrations';
import {
  signConversationWebhook,
  signProvisioningWebhook,
  signRegistrationsWebhook,
  verifyConversationWebhook,
  verifyProvisioningWebhook,
  verifyRegistrationsWebhook,
  WebhookVerificationError,
} from '@sinchkit/signing';
import { repoRoot } from './lib/paths.mjs';
import { startPrism } from './lib/prism.mjs';
import { writeBundle } from './lib/spec-bundle.mjs';

const projectId = '5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e';
const appId = '01EB37HMH1M6SV18ASNS3G135H';
const credentials = { type: 'basic', keyId: 'demo-key-id', keySecret: 'demo-key-secret' };

const step = (text) => console.log(`\n▸ ${text}`);
const show = (label, value) => console.log(`  ${label}: ${typeof value === 'string' ? value : JSON.stringify(value)}`);

/** Prism serves static examples: ask for the spec's `lastPage` example once a page token is sent. */
const lastPageOnToken = (token) => ({
  onRequest({ request }) {
    if (new URL(request.url).searchParams.has(token)) request.headers.set('Prefer', 'example=lastPage');
  },
});

step(`Starting Prism mocks of ${provisioningSpec.path}, ${conversationSpec.path} and ${registrationsSpec.path}`);
const mocks = await Promise.all(
  [provisioningSpec, conversationSpec, registrationsSpec].map(async (spec) =>
    startPrism(await writeBundle(join(repoRoot, spec.path), { forMock: true })),
  ),
);
const [provisioningMock, conversationMock, registrationsMock] = mocks;
for (const [i, mock] of mocks.entries()) show(['provisioning', 'conversation', 'registrations'][i], mock.baseUrl);

let failed = false;
try {
  // --- Provisioning ---------------------------------------------------------------------------
  // Created with the project id once: no call below repeats it.
  const provisioning = createProvisioningClient({ baseUrl: provisioningMock.baseUrl, projectId, credentials });
  provisioning.use(lastPageOnToken('pageToken'));
  const webhookSecret = randomBytes(24).toString('hex');

  step(`Provisioning ${provisioningSpec.version}: register a webhook for template notifications`);
  const hook = await orThrow(
    provisioning.POST('/v1/projects/{projectId}/webhooks', {
      body: {
        target: 'https://hooks.example.com/sinch/provisioning',
        secret: webhookSecret,
        triggers: ['WHATSAPP_TEMPLATE_APPROVED', 'WHATSAPP_TEMPLATE_REJECTED'],
      },
    }),
  );
  show('registered', { id: hook.id, triggers: hook.triggers });

  step('Provisioning: create a WhatsApp template and submit it for review');
  const template = await orThrow(
    provisioning.POST('/v1/projects/{projectId}/whatsapp/templates', {
      body: {
        name: 'order_shipped',
        language: 'EN_US',
        category: 'UTILITY',
        status: 'SUBMIT',
        details: {
          components: [
            { type: 'BODY', text: 'Hi {{1}}, your order {{2}} has shipped.', examples: ['Maria', '#40213'] },
            { type: 'BUTTONS', buttons: [{ type: 'PHONE_NUMBER', text: 'Call support', phoneNumber: '+14155550123' }] },
          ],
        },
      },
    }),
  );
  show('created (a mock answers with its example)', {
    name: template.name,
    language: template.language,
    state: template.state,
  });

  step('Provisioning: list WhatsApp templates page by page');
  const templates = paginate(provisioning, '/v1/projects/{projectId}/whatsapp/templates', {}, { items: 'templates' });
  let pageNumber = 0;
  for await (const page of templates.pages()) {
    pageNumber++;
    const names = page.items.map((t) => `${t.name} ${t.language} (${t.state})`).join(', ');
    show(`templates page ${pageNumber}`, `${names}  (next token: ${page.nextToken ?? 'none'})`);
  }

  step('Provisioning: a signed WHATSAPP_TEMPLATE_APPROVED notification, verified and narrowed');
  const approved = JSON.stringify({ type: 'WHATSAPP_TEMPLATE_APPROVED', payload: template });
  const approvedHeaders = await signProvisioningWebhook({ body: approved, secret: webhookSecret });
  const notification = await verifyProvisioningWebhook({
    body: approved,
    headers: approvedHeaders,
    secret: webhookSecret,
  });
  switch (notification.type) {
    case 'WHATSAPP_TEMPLATE_APPROVED':
      show('template approved', `${notification.payload.name} in ${notification.payload.language}`);
      break;
    default:
      throw new Error(`unexpected notification ${notification.type}`);
  }

  // --- Conversation ---------------------------------------------------------------------------
  const conversation = createConversationClient({ baseUrl: conversationMock.baseUrl, projectId, credentials });
  conversation.use(lastPageOnToken('page_token'));
  const recipient = { identified_by: { channel_identities: [{ channel: 'WHATSAPP', identity: '+12025550143' }] } };

  step(`Conversation ${conversationSpec.version}: send a text message, then a template message`);
  const text = await orThrow(
    conversation.POST('/v1/projects/{project_id}/messages:send', {
      body: { app_id: appId, recipient, message: { text_message: { text: 'Your order #40213 has shipped.' } } },
    }),
  );
  show('text sent', text.message_id);
  const fromTemplate = await orThrow(
    conversation.POST('/v1/projects/{project_id}/messages:send', {
      body: {
        app_id: appId,
        recipient,
        message: {
          template_message: {
            omni_template: {
              template_id: 'order-shipped',
              version: '2',
              language_code: 'en-US',
              parameters: { name: 'Maria' },
            },
          },
        },
      },
    }),
  );
  show('template sent', fromTemplate.message_id);

  step("Conversation: list a conversation's messages page by page");
  const messages = paginate(
    conversation,
    '/v1/projects/{project_id}/messages',
    { params: { query: { conversation_id: '01HQ2ZG4M0N6P8R1T3V5X7Z9B2' } } },
    { items: 'messages', tokens: 'page_token' },
  );
  pageNumber = 0;
  for await (const page of messages.pages()) {
    pageNumber++;
    show(`messages page ${pageNumber}`, `${page.items.length} messages  (next token: ${page.nextToken ?? 'none'})`);
  }

  step('Conversation: create a webhook, then update its triggers');
  const webhook = await orThrow(
    conversation.POST('/v1/projects/{project_id}/webhooks', {
      body: {
        app_id: appId,
        target: 'https://hooks.example.com/sinch/conversation',
        triggers: ['MESSAGE_INBOUND'],
        secret: randomBytes(24).toString('hex'),
      },
    }),
  );
  show('created', { id: webhook.id, triggers: webhook.triggers });
  const updated = await orThrow(
    conversation.PATCH('/v1/projects/{project_id}/webhooks/{webhook_id}', {
      params: { path: { webhook_id: webhook.id ?? '' }, query: { update_mask: ['triggers'] } },
      body: { app_id: appId, target: webhook.target, triggers: ['MESSAGE_INBOUND', 'MESSAGE_DELIVERY'] },
    }),
  );
  show('updated (update_mask=triggers)', { id: updated.id, triggers: updated.triggers });

  step('Conversation: a signed inbound-message callback, verified and narrowed');
  const secret = webhook.secret ?? 'demo-secret';
  const body = JSON.stringify({
    app_id: appId,
    project_id: projectId,
    accepted_time: '2026-11-23T09:21:07.512Z',
    message: {
      id: '01H4',
      direction: 'TO_APP',
      channel_identity: { channel: 'WHATSAPP', identity: '+12025550143', app_id: appId },
      contact_message: { text_message: { text: 'Hi! Where is my order?' } },
    },
  });
  const headers = await signConversationWebhook({ body, secret });
  const callback = await verifyConversationWebhook({ body, headers, secret });
  switch (callback.trigger) {
    case 'MESSAGE_INBOUND': {
      const received = callback.message.contact_message;
      const said = received && 'text_message' in received ? received.text_message.text : '(not text)';
      show('inbound message', `${callback.message.channel_identity?.identity} on WHATSAPP said "${said}"`);
      break;
    }
    default:
      throw new Error(`unexpected callback ${callback.trigger}`);
  }
  try {
    await verifyConversationWebhook({ body: body.replace('Where', 'Why'), headers, secret });
    throw new Error('a tampered callback was accepted');
  } catch (error) {
    if (!(error instanceof WebhookVerificationError)) throw error;
    show('tampered body rejected', error.code);
  }

  // --- Registrations --------------------------------------------------------------------------
  const registrations = createRegistrationsClient({
    baseUrl: registrationsMock.baseUrl,
    projectId,
    credentials: { type: 'bearer', token: 'demo-access-token' },
  });
  step(`Registrations ${registrationsSpec.version}: read and rotate the HMAC secret`);
  const current = await orThrow(registrations.GET('/v1/projects/{projectId}/callback-configuration'));
  show('current hmacSecret', current.hmacSecret);
  const rotated = await orThrow(
    registrations.PUT('/v1/projects/{projectId}/callback-configuration', {
      body: { hmacSecret: randomBytes(16).toString('hex') },
    }),
  );
  show('after PUT (a mock answers with its example)', rotated.hmacSecret);

  step('Registrations: a callback signed with X-Sinch-Signature and the hmacSecret');
  const registration = JSON.stringify({ registrationId: 'r-1', status: 'APPROVED' });
  const signature = await signRegistrationsWebhook({ body: registration, secret: current.hmacSecret });
  show(
    'verified',
    await verifyRegistrationsWebhook({ body: registration, headers: signature, secret: current.hmacSecret }),
  );
} catch (error) {
  failed = true;
  console.error(`\nDemo failed: ${error.message}`);
} finally {
  await Promise.all(mocks.map((mock) => mock.stop()));
  step('Mocks stopped.');
}
process.exitCode = failed ? 1 : 0;
