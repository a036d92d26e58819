// Compile-only: `pnpm typecheck` fails if a call marked @ts-expect-error starts to compile.
import type { ProvisioningClient, Webhook } from '@sinchkit/provisioning';
import { paginate } from '../src/index.js';

declare const client: ProvisioningClient;
const params = { params: { path: { projectId: 'p' } } };

// Items are typed from the spec.
const webhooks = paginate(client, '/v1/projects/{projectId}/webhooks', params, { items: 'webhooks' });
export async function firstTarget(): Promise<string | undefined> {
  for await (const webhook of webhooks) {
    const typed: Webhook = webhook;
    return typed.target;
  }
  return undefined;
}

// @ts-expect-error 'nextPageToken' is a field of the page, but not an array
paginate(client, '/v1/projects/{projectId}/webhooks', params, { items: 'nextPageToken' });

// @ts-expect-error only GET paths can be paginated, and this one does not exist
paginate(client, '/v1/projects/{projectId}/senders', params, { items: 'webhooks' });

// @ts-expect-error the path parameters are checked too
paginate(client, '/v1/projects/{projectId}/webhooks', { params: { path: {} } }, { items: 'webhooks' });
