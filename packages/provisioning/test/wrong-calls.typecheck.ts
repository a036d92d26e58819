// Compile-only: `pnpm typecheck` fails if any call marked @ts-expect-error starts to compile.
// Never executed; the client below is only declared.
import {
  orThrow,
  type ProvisioningClient,
  type Webhook,
  type WebhookList as WebhookListType,
  type WebhookTrigger,
} from '../src/index.js';

declare const client: ProvisioningClient;
const path = { params: { path: { projectId: 'p' } } } as const;

// A missing required body field (triggers).
// @ts-expect-error triggers is required
client.POST('/v1/projects/{projectId}/webhooks', { ...path, body: { target: 'https://x.example.com' } });

// A trigger the spec does not list.
client.POST('/v1/projects/{projectId}/webhooks', {
  ...path,
  body: {
    target: 'https://x.example.com',
    // @ts-expect-error 'MESSAGE_INBOUND' is a Conversation trigger, not a Provisioning one
    triggers: ['MESSAGE_INBOUND'],
  },
});

// An unknown path.
// @ts-expect-error no such path in the spec
client.GET('/v1/projects/{projectId}/senders', path);

// A method the path does not have.
// @ts-expect-error webhooks collection has no DELETE
client.DELETE('/v1/projects/{projectId}/webhooks', path);

// A missing path parameter.
// @ts-expect-error webhookId is required
client.GET('/v1/projects/{projectId}/webhooks/{webhookId}', path);

// A pageSize of the wrong type.
// @ts-expect-error pageSize is a number
client.GET('/v1/projects/{projectId}/webhooks', { params: { path: { projectId: 'p' }, query: { pageSize: '10' } } });

// Responses never carry the secret.
declare const webhook: Webhook;
// @ts-expect-error Webhook has no secret
webhook.secret;

// Friendly types are the spec's enums, not string.
// @ts-expect-error not a trigger
const trigger: WebhookTrigger = 'WHATSAPP_TEMPLATE_APPROVD';

// Calls that must compile, so the checks above fail for the right reason.
client.POST('/v1/projects/{projectId}/webhooks', {
  ...path,
  body: { target: 'https://x.example.com', triggers: ['ALL'] },
});
client.GET('/v1/projects/{projectId}/webhooks', { params: { path: { projectId: 'p' }, query: { pageSize: 10 } } });

export { trigger };

// orThrow keeps the spec's types: the data of a list call is a WebhookList, never undefined.
export async function listed(): Promise<WebhookListType> {
  const page = await orThrow(client.GET('/v1/projects/{projectId}/webhooks', path));
  // @ts-expect-error a WebhookList has no `items`
  page.items;
  return page;
}
