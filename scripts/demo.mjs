// pnpm demo: starts a Prism mock per spec on loopback, calls each API once through the built
// packages, prints what came back, and stops the mocks.
import { join } from 'node:path';
import { createConversationClient } from '@sinchkit/conversation';
import { createProvisioningClient, spec as provisioningSpec } from '@sinchkit/provisioning';
import { createRegistrationsClient } from '@sinchkit/registrations';
import { repoRoot } from './lib/paths.mjs';
import { startPrism } from './lib/prism.mjs';

const projectId = '5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e';
const credentials = { type: 'basic', keyId: 'demo-key-id', keySecret: 'demo-key-secret' };
const specFile = (api, version) => join(repoRoot, 'specs', api, version, 'openapi.yaml');

function show(title, { data, error, response }) {
  console.log(`\n${title}\n  → HTTP ${response.status}`);
  console.log(`  ${JSON.stringify(data ?? error, null, 2).replaceAll('\n', '\n  ')}`);
  if (error) throw new Error(`${title} failed with HTTP ${response.status}`);
}

console.log('Starting Prism mocks of the three specs on 127.0.0.1 …');
const mocks = await Promise.all([
  startPrism(specFile('provisioning', provisioningSpec.version)),
  startPrism(specFile('conversation', '1.0')),
  startPrism(specFile('registrations', '1.0.0')),
]);
const [provisioningMock, conversationMock, registrationsMock] = mocks;
let failed = false;
try {
  const provisioning = createProvisioningClient({ baseUrl: provisioningMock.baseUrl, credentials });
  show(
    `Provisioning ${provisioningSpec.version}: GET /v1/projects/{projectId}/webhooks`,
    await provisioning.GET('/v1/projects/{projectId}/webhooks', { params: { path: { projectId } } }),
  );

  const conversation = createConversationClient({ baseUrl: conversationMock.baseUrl, credentials });
  show(
    'Conversation 1.0: POST /v1/projects/{project_id}/webhooks',
    await conversation.POST('/v1/projects/{project_id}/webhooks', {
      params: { path: { project_id: projectId } },
      body: {
        app_id: '01EB37HMH1M6SV18ASNS3G135H',
        target: 'https://hooks.example.com/sinch/conversation',
        triggers: ['MESSAGE_INBOUND', 'MESSAGE_DELIVERY'],
      },
    }),
  );

  const registrations = createRegistrationsClient({
    baseUrl: registrationsMock.baseUrl,
    credentials: { type: 'bearer', token: 'demo-access-token' },
  });
  show(
    'Registrations 1.0.0: GET /v1/projects/{projectId}/callback-configuration',
    await registrations.GET('/v1/projects/{projectId}/callback-configuration', { params: { path: { projectId } } }),
  );
} catch (error) {
  failed = true;
  console.error(`\nDemo failed: ${error.message}`);
} finally {
  await Promise.all(mocks.map((mock) => mock.stop()));
  console.log('\nMocks stopped.');
}
process.exitCode = failed ? 1 : 0;
