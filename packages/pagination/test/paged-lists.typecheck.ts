// Compile-only: every paged list of both APIs takes paginate() with its items field, on clients bound
// to a project (no project id in the call); each item has the spec's type. `pnpm typecheck` fails if
// one stops compiling, or if a wrong items field compiles.
import type { Contact, ConversationMessage, ConversationProjectClient } from '@sinchkit/conversation';
import type { ProvisioningProjectClient, Webhook, WhatsAppTemplate } from '@sinchkit/provisioning';
import { paginate } from '../src/index.js';

declare const conversation: ConversationProjectClient;
declare const provisioning: ProvisioningProjectClient;
const c = { tokens: 'page_token' } as const;

export const conversationLists = [
  paginate(conversation, '/v1/projects/{project_id}/messages', {}, { ...c, items: 'messages' }),
  paginate(conversation, '/v1/projects/{project_id}/contacts', {}, { ...c, items: 'contacts' }),
  paginate(conversation, '/v1/projects/{project_id}/contacts:identityConflicts', {}, { ...c, items: 'conflicts' }),
  paginate(conversation, '/v1/projects/{project_id}/conversations', {}, { ...c, items: 'conversations' }),
  paginate(
    conversation,
    '/v1/projects/{project_id}/conversations:recent',
    { params: { query: { app_id: 'a' } } },
    { ...c, items: 'conversations' },
  ),
  paginate(conversation, '/v1/projects/{project_id}/events', {}, { ...c, items: 'events' }),
  paginate(
    conversation,
    '/v1/projects/{project_id}/apps/{app_id}/consents/{list_type}',
    { params: { path: { app_id: 'a', list_type: 'OPT_OUT_ALL' } } },
    { ...c, items: 'identities' },
  ),
];

const senderId = { params: { path: { senderId: 's' } } };
const friend = { params: { path: { plusFriendId: '@f' } } };
export const provisioningLists = [
  paginate(provisioning, '/v1/projects/{projectId}/webhooks', {}, { items: 'webhooks' }),
  paginate(provisioning, '/v1/projects/{projectId}/whatsapp/activities', {}, { items: 'notifications' }),
  paginate(provisioning, '/v1/projects/{projectId}/whatsapp/flows', {}, { items: 'flows' }),
  paginate(provisioning, '/v1/projects/{projectId}/whatsapp/senders', {}, { items: 'senders' }),
  paginate(provisioning, '/v1/projects/{projectId}/whatsapp/senders/{senderId}/activities', senderId, {
    items: 'notifications',
  }),
  paginate(provisioning, '/v1/projects/{projectId}/whatsapp/templates', {}, { items: 'templates' }),
  paginate(
    provisioning,
    '/v1/projects/{projectId}/whatsapp/templates/{templateName}',
    { params: { path: { templateName: 't' } } },
    { items: 'templates' },
  ),
  paginate(
    provisioning,
    '/v1/projects/{projectId}/whatsapp/templates/{templateName}/languages/{languageCode}/activities',
    { params: { path: { templateName: 't', languageCode: 'EN_US' } } },
    { items: 'notifications' },
  ),
  paginate(provisioning, '/v1/projects/{projectId}/bundles', {}, { items: 'bundles' }),
  paginate(provisioning, '/v1/projects/{projectId}/kakaotalk/categories/senders/{plusFriendId}/templates', friend, {
    items: 'categories',
  }),
  paginate(provisioning, '/v1/projects/{projectId}/kakaotalk/senders', {}, { items: 'senders' }),
  paginate(provisioning, '/v1/projects/{projectId}/kakaotalk/senders/{plusFriendId}/activities', friend, {
    items: 'notifications',
  }),
  paginate(provisioning, '/v1/projects/{projectId}/kakaotalk/senders/{plusFriendId}/templates', friend, {
    items: 'templates',
  }),
  paginate(
    provisioning,
    '/v1/projects/{projectId}/kakaotalk/senders/{plusFriendId}/templates/{templateCode}/activities',
    { params: { path: { plusFriendId: '@f', templateCode: 'T1' } } },
    { items: 'notifications' },
  ),
  paginate(provisioning, '/v1/projects/{projectId}/rcs/activities', {}, { items: 'notifications' }),
  paginate(provisioning, '/v1/projects/{projectId}/rcs/senders', {}, { items: 'senders' }),
  paginate(provisioning, '/v1/projects/{projectId}/rcs/senders/{senderId}/activities', senderId, {
    items: 'notifications',
  }),
  paginate(provisioning, '/v1/projects/{projectId}/sms/smsApps', {}, { items: 'smsApps' }),
];

// Items carry the spec's types.
export async function typedItems(): Promise<void> {
  for await (const message of paginate(
    conversation,
    '/v1/projects/{project_id}/messages',
    {},
    { ...c, items: 'messages' },
  )) {
    const typed: ConversationMessage = message;
    void typed;
  }
  for await (const contact of paginate(
    conversation,
    '/v1/projects/{project_id}/contacts',
    {},
    { ...c, items: 'contacts' },
  ))
    void (contact satisfies Contact);
  for await (const webhook of paginate(provisioning, '/v1/projects/{projectId}/webhooks', {}, { items: 'webhooks' }))
    void (webhook satisfies Webhook);
  for await (const template of paginate(
    provisioning,
    '/v1/projects/{projectId}/whatsapp/templates',
    {},
    { items: 'templates' },
  ))
    void template.name;
  void (null as unknown as WhatsAppTemplate);
}

// @ts-expect-error 'senders' is not the items field of the template list
paginate(provisioning, '/v1/projects/{projectId}/whatsapp/templates', {}, { items: 'senders' });
// @ts-expect-error the recent-conversations list needs its app_id query parameter
paginate(conversation, '/v1/projects/{project_id}/conversations:recent', {}, { ...c, items: 'conversations' });
