// The client every contract test uses: bound to one project, so calls may leave project_id out.
import { type ConversationProjectClient, createConversationClient } from '../../src/index.js';

export const PROJECT_ID = '5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e';
export const APP_ID = '01EB37HMH1M6SV18ASNS3G135H';

export type Client = ConversationProjectClient;

export function makeClient(baseUrl: string, capture?: Parameters<Client['use']>[0]): Client {
  const client = createConversationClient({
    baseUrl,
    projectId: PROJECT_ID,
    credentials: { type: 'basic', keyId: 'key-id', keySecret: 'key-secret' },
    // Wire-format tests: retries (tested in @sinchkit/core) would only repeat Prism's 5xx.
    retry: { maxRetries: 0 },
  });
  if (capture) client.use(capture);
  return client;
}
