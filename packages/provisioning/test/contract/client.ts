// The client every contract test uses: bound to one project, so calls may leave projectId out.
import { createProvisioningClient, type ProvisioningProjectClient } from '../../src/index.js';

export const PROJECT_ID = '5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e';

export type Client = ProvisioningProjectClient;

export function makeClient(baseUrl: string, capture?: Parameters<Client['use']>[0]): Client {
  const client = createProvisioningClient({
    baseUrl,
    projectId: PROJECT_ID,
    credentials: { type: 'basic', keyId: 'key-id', keySecret: 'key-secret' },
    // Wire-format tests: retries (tested in @sinchkit/core) would only repeat Prism's 5xx.
    retry: { maxRetries: 0 },
  });
  if (capture) client.use(capture);
  return client;
}
