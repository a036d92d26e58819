// Every callback the specs document: its example payload, signed as Sinch signs it, verified and
// narrowed to its trigger (Conversation: the `webhooks` section, one entry per trigger;
// Provisioning: every operation's `callbacks`, 57 of them over 38 event types).
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { deref } from '../../../../scripts/lib/json-pointer.mjs';
import { repoRoot } from '../../../../scripts/lib/paths.mjs';
import { loadSpec } from '../../../../scripts/lib/spec-bundle.mjs';
import {
  isConversationCallback,
  isProvisioningCallback,
  signConversationWebhook,
  signProvisioningWebhook,
  verifyConversationWebhook,
  verifyProvisioningWebhook,
} from '../../src/index.js';

// biome-ignore lint/suspicious/noExplicitAny: an OpenAPI document, walked generically
type Doc = any;
const secret = 'a-long-random-webhook-secret';

/** The example a callback body schema documents (its schema-level examples). */
function exampleOf(document: Doc, media: Doc): unknown {
  const named = Object.values<Doc>(media.examples ?? {})[0];
  if (named) return deref(document, named).value;
  return deref(document, media.schema).examples?.[0];
}

describe('Conversation callbacks from the spec', () => {
  let triggers: [string, unknown][] = [];
  beforeAll(async () => {
    const document = await loadSpec(join(repoRoot, 'specs/conversation/1.0/openapi.yaml'));
    triggers = Object.entries<Doc>(document.webhooks).map(([trigger, item]) => [
      trigger,
      exampleOf(document, item.post.requestBody.content['application/json']),
    ]);
  });

  it('documents 21 triggers, each with an example payload', () => {
    expect(triggers).toHaveLength(21);
    for (const [trigger, example] of triggers) expect(example, trigger).toEqual(expect.any(Object));
  });

  it('signs, verifies and narrows the example of every trigger', async () => {
    for (const [trigger, example] of triggers) {
      const body = JSON.stringify(example);
      const headers = await signConversationWebhook({ body, secret });
      const callback = await verifyConversationWebhook({ body, headers, secret });
      expect(callback.trigger, trigger).toBe(trigger);
      expect(isConversationCallback(callback, trigger as never), trigger).toBe(true);
      expect(JSON.stringify(callback), trigger).toBe(body);
      const tampered = await verifyConversationWebhook({ body: `${body} `, headers, secret }).catch((e: unknown) => e);
      expect(tampered, trigger).toMatchObject({ code: 'signature_mismatch' });
    }
  });
});

describe('Provisioning callbacks from the spec', () => {
  const callbacks: { where: string; type: string; example: unknown }[] = [];
  beforeAll(async () => {
    const document = await loadSpec(join(repoRoot, 'specs/provisioning/1.2.117/openapi.yaml'));
    for (const [path, item] of Object.entries<Doc>(document.paths))
      for (const [method, operation] of Object.entries<Doc>(item))
        for (const [name, callback] of Object.entries<Doc>(operation?.callbacks ?? {})) {
          const post = Object.values<Doc>(deref(document, callback))[0].post;
          const media = deref(document, post.requestBody).content['application/json'];
          const schema = deref(document, media.schema);
          callbacks.push({
            where: `${method.toUpperCase()} ${path} ${name}`,
            type: schema.properties.type.const,
            example: exampleOf(document, media),
          });
        }
  });

  it('documents 57 callbacks over 38 event types, each with an example of its own type', () => {
    expect(callbacks).toHaveLength(57);
    expect(new Set(callbacks.map((c) => c.type)).size).toBe(38);
    for (const { where, type, example } of callbacks) expect(example, where).toMatchObject({ type });
  });

  it('signs, verifies and narrows the example of every callback', async () => {
    for (const { where, type, example } of callbacks) {
      const body = JSON.stringify(example);
      const headers = await signProvisioningWebhook({ body, secret });
      const event = await verifyProvisioningWebhook({ body, headers, secret });
      expect(event.type, where).toBe(type);
      expect(isProvisioningCallback(event, type as never), where).toBe(true);
      expect(
        isProvisioningCallback(event, type === 'BUNDLE_DONE' ? 'WHATSAPP_SENDER_ACTIVE' : 'BUNDLE_DONE'),
        where,
      ).toBe(false);
    }
  });
});
