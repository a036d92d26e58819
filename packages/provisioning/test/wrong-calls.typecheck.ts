// Compile-only: `pnpm typecheck` fails if any call marked @ts-expect-error starts to compile.
// Never executed; the client below is only declared.
import {
  createProvisioningClient,
  orThrow,
  type ProvisioningCallbackEvent,
  type ProvisioningClient,
  type ProvisioningErrorCode,
  type ProvisioningProjectClient,
  type Webhook,
  type WebhookList as WebhookListType,
  type WebhookTrigger,
} from '../src/index.js';

declare const client: ProvisioningClient;
declare const bound: ProvisioningProjectClient;
const path = { params: { path: { projectId: 'p' } } } as const;

// A missing required body field (triggers).
// @ts-expect-error triggers is required
client.POST('/v1/projects/{projectId}/webhooks', { ...path, body: { target: 'https://x.example.com', secret: 's' } });

// A trigger the spec does not list.
client.POST('/v1/projects/{projectId}/webhooks', {
  ...path,
  body: {
    target: 'https://x.example.com',
    secret: 's',
    // @ts-expect-error 'MESSAGE_INBOUND' is a Conversation trigger, not a Provisioning one
    triggers: ['MESSAGE_INBOUND'],
  },
});

// An unknown path.
// @ts-expect-error no such path in the spec
client.GET('/v1/projects/{projectId}/line/senders', path);

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
  body: { target: 'https://x.example.com', secret: 'a-long-random-secret', triggers: ['ALL'] },
});

// projectId once: a bound client takes calls without it; other path parameters stay required.
const created: ProvisioningProjectClient = createProvisioningClient({ projectId: 'p' });
void created;
bound.GET('/v1/projects/{projectId}/whatsapp/templates');
bound.GET('/v1/projects/{projectId}/whatsapp/senders/{senderId}', { params: { path: { senderId: 's' } } });
// @ts-expect-error senderId is still required
bound.GET('/v1/projects/{projectId}/whatsapp/senders/{senderId}');
// @ts-expect-error without a projectId on the client, every call names its project
client.GET('/v1/projects/{projectId}/whatsapp/templates');

// Documented error codes: a closed union per operation and status, and on error.errorCode.
const code: ProvisioningErrorCode<'getWebhook', 404> = 'webhook_not_found';
// @ts-expect-error not a documented code of getWebhook 404
const wrongCode: ProvisioningErrorCode<'getWebhook', 404> = 'template_not_found';
export async function branchOnCode(): Promise<string> {
  const { error } = await bound.GET('/v1/projects/{projectId}/webhooks/{webhookId}', {
    params: { path: { webhookId: 'w' } },
  });
  if (error?.errorCode === 'webhook_not_found') return error.resolution ?? '';
  return error?.errorCode ?? '';
}
export { code, wrongCode };

// Callbacks: a union on `type`, each branch typed.
export function onCallback(event: ProvisioningCallbackEvent): string | undefined {
  switch (event.type) {
    case 'WHATSAPP_TEMPLATE_APPROVED':
      return event.payload.name;
    case 'RCS_SENDER_STATUS_UPDATED':
      return event.currentState;
    case 'BUNDLE_DONE':
      // @ts-expect-error a bundle notification has no comment
      return event.comment;
    default:
      return undefined;
  }
}
client.GET('/v1/projects/{projectId}/webhooks', { params: { path: { projectId: 'p' }, query: { pageSize: 10 } } });

export { trigger };

// orThrow keeps the spec's types: the data of a list call is a WebhookList, never undefined.
export async function listed(): Promise<WebhookListType> {
  const page = await orThrow(client.GET('/v1/projects/{projectId}/webhooks', path));
  // @ts-expect-error a WebhookList has no `items`
  page.items;
  return page;
}
