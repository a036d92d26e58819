// Compile-only: `pnpm typecheck` fails if any call marked @ts-expect-error starts to compile.
import { type ConversationClient, createConversationClient, type WebhookTrigger } from '../src/index.js';

declare const client: ConversationClient;
const onProject = { params: { path: { project_id: 'p' } } } as const;

// A missing required body field (app_id).
client.POST('/v1/projects/{project_id}/webhooks', {
  ...onProject,
  // @ts-expect-error app_id is required
  body: { target: 'https://x.example.com', triggers: ['MESSAGE_INBOUND'] },
});

// A trigger from another API.
client.POST('/v1/projects/{project_id}/webhooks', {
  ...onProject,
  body: {
    app_id: 'a',
    target: 'https://x.example.com',
    // @ts-expect-error 'BUNDLE_DONE' is a Provisioning trigger
    triggers: ['BUNDLE_DONE'],
  },
});

// An unknown path.
// @ts-expect-error no such path in the spec
client.GET('/v1/projects/{project_id}/apps', onProject);

// An update_mask naming a field that does not exist.
client.PATCH('/v1/projects/{project_id}/webhooks/{webhook_id}', {
  // @ts-expect-error 'url' is not a webhook field
  params: { path: { project_id: 'p', webhook_id: 'w' }, query: { update_mask: ['url'] } },
  body: { app_id: 'a', target: 'https://x.example.com', triggers: [] },
});

// A token_request_type outside the enum.
client.POST('/v1/projects/{project_id}/webhooks', {
  ...onProject,
  body: {
    app_id: 'a',
    target: 'https://x.example.com',
    triggers: ['MESSAGE_INBOUND'],
    // @ts-expect-error only BASIC or FORM
    client_credentials: { client_id: 'c', client_secret: 's', endpoint: 'https://e', token_request_type: 'JWT' },
  },
});

// A region the server does not have.
// @ts-expect-error regions are us, eu, br
createConversationClient({ region: 'ap' });

// @ts-expect-error not a trigger
const trigger: WebhookTrigger = 'MESSAGE_OUTBOUND';

// Calls that must compile, so the checks above fail for the right reason.
client.PATCH('/v1/projects/{project_id}/webhooks/{webhook_id}', {
  params: { path: { project_id: 'p', webhook_id: 'w' }, query: { update_mask: ['triggers', 'secret'] } },
  body: { app_id: 'a', target: 'https://x.example.com', triggers: ['MESSAGE_INBOUND'] },
});
createConversationClient({ region: 'eu' });

export { trigger };
