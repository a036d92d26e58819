// messages:send once per message kind: each named example of the spec's SendMessageRequest (text,
// media, template, choice, card, carousel, location, contact info, list, channel-specific, with
// fallback) sent through the typed client. Prism validates strictly, so an ambiguous or malformed
// message kind is refused.

import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { repoRoot } from '../../../../scripts/lib/paths.mjs';
import { loadSpec } from '../../../../scripts/lib/spec-bundle.mjs';
import { type SendMessageRequest, spec } from '../../src/index.js';
import { type Client, makeClient } from './client.js';

const KINDS = [
  'text',
  'media',
  'template',
  'choice',
  'card',
  'carousel',
  'location',
  'contactInfo',
  'list',
  'channelSpecific',
  'withFallback',
] as const;

let examples: Record<string, { value: SendMessageRequest }>;
let client: Client;
beforeAll(async () => {
  const document = await loadSpec(join(repoRoot, 'specs', spec.api, spec.version, 'openapi.yaml'));
  const body =
    document.components.requestBodies?.SendMessageRequest ??
    document.paths['/v1/projects/{project_id}/messages:send'].post.requestBody;
  examples = body.content['application/json'].examples;
  client = makeClient(inject('prismUrl'));
});

describe('messages:send, once per message kind', () => {
  it('the spec has a named example for every kind', () => {
    expect(Object.keys(examples)).toEqual(expect.arrayContaining([...KINDS]));
  });

  it.each(KINDS)('sends the %s example and gets a message id back', async (kind) => {
    const body = (examples[kind] as { value: SendMessageRequest }).value;
    const { data, response } = await client.POST('/v1/projects/{project_id}/messages:send', { body });
    expect(response.headers.get('sl-violations')).toBeNull();
    expect(response.status).toBe(200);
    expect(data?.message_id).toEqual(expect.any(String));
  });
});
