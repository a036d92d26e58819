// pnpm demo: starts a Prism mock of each spec on 127.0.0.1 and walks through the main job with the
// built packages: register and list Provisioning webhooks, create and update a Conversation webhook,
// read and rotate the Registrations HMAC secret, then sign and verify callbacks. Stops the mocks.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { spec as conversationSpec, createConversationClient } from '@sinchkit/conversation';
import { paginate } from '@sinchkit/pagination';
import { createProvisioningClient, orThrow, spec as provisioningSpec } from '@sinchkit/provisioning';
import { createRegistrationsClient, spec as registrationsSpec } from '@sinchkit/registrations';
import {
  conversationTriggerOf,
  signConversationWebhook,
  signSinchSignature,
  verifyConversationWebhook,
  verifyRegistrationsWebhook,
  WebhookVerificationError,
} from '@sinchkit/signing';
import { repoRoot } from './lib/paths.mjs';
import { startPrism } from './lib/prism.mjs';

const projectId = '5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e';
const appId = '01EB37HMH1M6SV18ASNS3G135H';
const credentials = { type: 'basic', keyId: 'demo-key-id', keySecret: 'demo-key-secret' };
const specFile = (spec) => join(repoRoot, spec.path);

const step = (text) => console.log(`\n▸ ${text}`);
const show = (label, value) => console.log(`  ${label}: ${typeof value === 'string' ? value : JSON.stringify(value)}`);

step(
  `Starting Prism mocks of ${provisioningSpec.path}, ${conversationSpec.path} and ${registrationsSpec.path} on 127.0.0.1`,
);
const mocks = await Promise.all(
  [provisioningSpec, conversationSpec, registrationsSpec].map((spec) => startPrism(specFile(spec))),
);
const [provisioningMock, conversationMock, registrationsMock] = mocks;
for (const [i, mock] of mocks.entries()) show(['provisioning', 'conversation', 'registrations'][i], mock.baseUrl);

let failed = false;
try {
  // --- Provisioning ---------------------------------------------------------------------------
  const provisioning = createProvisioningClient({ baseUrl: provisioningMock.baseUrl, credentials });
  step(`Provisioning ${provisioningSpec.version}: register a webhook`);
  const created = await orThrow(
    provisioning.POST('/v1/projects/{projectId}/webhooks', {
      params: { path: { projectId } },
      body: {
        target: 'https://hooks.example.com/sinch/provisioning',
        secret: randomBytes(24).toString('hex'),
        triggers: ['ALL'],
      },
    }),
  );
  show('registered', { id: created.id, target: created.target, triggers: created.triggers });

  step('Provisioning: list webhooks page by page');
  // Prism serves static examples: ask it for the spec's "lastPage" example once a page token is sent.
  provisioning.use({
    onRequest({ request }) {
      if (new URL(request.url).searchParams.has('pageToken')) request.headers.set('Prefer', 'example=lastPage');
    },
  });
  const pages = paginate(
    provisioning,
    '/v1/projects/{projectId}/webhooks',
    { params: { path: { projectId }, query: { pageSize: 2 } } },
    { items: 'webhooks' },
  );
  let pageNumber = 0;
  for await (const page of pages.pages()) {
    pageNumber++;
    show(`page ${pageNumber}`, `${page.items.map((w) => w.id).join(', ')}  (next token: ${page.nextToken ?? 'none'})`);
  }

  // --- Conversation ---------------------------------------------------------------------------
  const conversation = createConversationClient({ baseUrl: conversationMock.baseUrl, credentials });
  step(`Conversation ${conversationSpec.version}: create a webhook, then update its triggers`);
  const webhook = await orThrow(
    conversation.POST('/v1/projects/{project_id}/webhooks', {
      params: { path: { project_id: projectId } },
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
      params: { path: { project_id: projectId, webhook_id: webhook.id ?? '' }, query: { update_mask: ['triggers'] } },
      body: { app_id: appId, target: webhook.target, triggers: ['MESSAGE_INBOUND', 'MESSAGE_DELIVERY'] },
    }),
  );
  show('updated (update_mask=triggers)', { id: updated.id, triggers: updated.triggers });

  // --- Registrations --------------------------------------------------------------------------
  const registrations = createRegistrationsClient({
    baseUrl: registrationsMock.baseUrl,
    credentials: { type: 'bearer', token: 'demo-access-token' },
  });
  const path = { params: { path: { projectId } } };
  step(`Registrations ${registrationsSpec.version}: read and rotate the HMAC secret`);
  const current = await orThrow(registrations.GET('/v1/projects/{projectId}/callback-configuration', path));
  show('current hmacSecret', current.hmacSecret);
  const rotated = await orThrow(
    registrations.PUT('/v1/projects/{projectId}/callback-configuration', {
      ...path,
      body: { hmacSecret: randomBytes(16).toString('hex') },
    }),
  );
  show('after PUT (a mock answers with its example)', rotated.hmacSecret);

  // --- Signing ----------------------------------------------------------------------------------
  step('Signing: a Conversation callback, signed with the webhook secret and verified');
  const secret = webhook.secret ?? 'demo-secret';
  const body = JSON.stringify({
    app_id: appId,
    project_id: projectId,
    message: { id: '01H4', contact_message: { text_message: { text: 'Hi!' } } },
  });
  const headers = await signConversationWebhook({ body, secret });
  show('headers', headers);
  const event = await verifyConversationWebhook({ body, headers, secret });
  show('verified', `${conversationTriggerOf(event)} for app ${event.app_id}`);
  try {
    await verifyConversationWebhook({ body: body.replace('Hi!', 'Pay me'), headers, secret });
    throw new Error('a tampered callback was accepted');
  } catch (error) {
    if (!(error instanceof WebhookVerificationError)) throw error;
    show('tampered body rejected', error.code);
  }

  step('Signing: a Registrations callback, X-Sinch-Signature with the hmacSecret');
  const callback = JSON.stringify({ registrationId: 'r-1', status: 'APPROVED' });
  const signature = await signSinchSignature({ body: callback, secret: current.hmacSecret });
  show(
    'verified',
    await verifyRegistrationsWebhook({ body: callback, headers: signature, secret: current.hmacSecret }),
  );
} catch (error) {
  failed = true;
  console.error(`\nDemo failed: ${error.message}`);
} finally {
  await Promise.all(mocks.map((mock) => mock.stop()));
  step('Mocks stopped.');
}
process.exitCode = failed ? 1 : 0;
