// The packages as a user gets them: packed tarballs installed with npm into a project outside the
// workspace, used from an ESM script, a CJS script and TypeScript (ESM and CJS resolution).
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { packAll } from '../lib/pack.mjs';

const run = promisify(execFile);
let dir;

const esm = `
import { createServer } from 'node:http';
import { createConversationClient, orThrow, spec } from '@sinchkit/conversation';
import { paginate } from '@sinchkit/pagination';
import { createProvisioningClient } from '@sinchkit/provisioning';
import { createRegistrationsClient } from '@sinchkit/registrations';
import { cryptoBackend, signConversationWebhook, verifyConversationWebhook } from '@sinchkit/signing';

const server = createServer((req, res) => {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ webhooks: [{ id: 'w1', projectId: 'p', target: 'https://x', triggers: ['ALL'] }], nextPageToken: '' }));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const baseUrl = 'http://127.0.0.1:' + server.address().port;
const provisioning = createProvisioningClient({ baseUrl, credentials: { type: 'bearer', token: 't' } });
const ids = (await paginate(provisioning, '/v1/projects/{projectId}/webhooks', { params: { path: { projectId: 'p' } } }, { items: 'webhooks' }).toArray()).map((w) => w.id);
const conversation = createConversationClient({ baseUrl, credentials: { type: 'basic', keyId: 'k', keySecret: 's' } });
const listed = await orThrow(conversation.GET('/v1/projects/{project_id}/apps/{app_id}/webhooks', { params: { path: { project_id: 'p', app_id: 'a' } } }));
server.close();
createRegistrationsClient({ credentials: { type: 'bearer', token: 't' } });
const body = JSON.stringify({ app_id: 'a', project_id: 'p', message: {} });
const headers = await signConversationWebhook({ body, secret: 's' });
const event = await verifyConversationWebhook({ body, headers, secret: 's' });
console.log(JSON.stringify({ ids, listed: listed.webhooks.length, spec: spec.version, backend: cryptoBackend, app: event.app_id }));
`;

const cjs = `
const { createProvisioningClient, SinchNotFoundError } = require('@sinchkit/provisioning');
const { createRegistrationsClient } = require('@sinchkit/registrations');
const { paginate } = require('@sinchkit/pagination');
const signing = require('@sinchkit/signing');
const core = require('@sinchkit/core');
(async () => {
  createProvisioningClient({ credentials: { type: 'basic', keyId: 'k', keySecret: 's' } });
  createRegistrationsClient();
  const headers = await signing.signSinchSignature({ body: '{"a":1}', secret: 'h' });
  const event = await signing.verifyRegistrationsWebhook({ body: '{"a":1}', headers, secret: 'h' });
  console.log(JSON.stringify({ event, backend: signing.cryptoBackend, sameErrorClass: SinchNotFoundError === core.SinchNotFoundError, paginate: typeof paginate }));
})();
`;

const typedUsage = `
import { createProvisioningClient, type Webhook, type WebhookTrigger } from '@sinchkit/provisioning';
import { type ConversationCallbackEvent, verifyConversationWebhook } from '@sinchkit/signing';

const client = createProvisioningClient({ credentials: { type: 'oauth2', keyId: 'k', keySecret: 's' } });
export async function list(): Promise<Webhook[]> {
  const { data } = await client.GET('/v1/projects/{projectId}/webhooks', { params: { path: { projectId: 'p' } } });
  return data?.webhooks ?? [];
}
export const trigger: WebhookTrigger = 'WHATSAPP_TEMPLATE_APPROVED';
// @ts-expect-error not a Provisioning trigger
export const wrong: WebhookTrigger = 'MESSAGE_INBOUND';
export const verify = (body: string, headers: Record<string, string>): Promise<ConversationCallbackEvent> =>
  verifyConversationWebhook({ body, headers, secret: 's' });
`;

const typedCjsUsage = `
import { createRegistrationsClient } from '@sinchkit/registrations';
import { paginate } from '@sinchkit/pagination';
const client = createRegistrationsClient();
export const get = () => client.GET('/v1/projects/{projectId}/callback-configuration', { params: { path: { projectId: 'p' } } });
export const pager = typeof paginate;
`;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sinchkit-consumer-'));
  const packed = await packAll(dir);
  const dependencies = Object.fromEntries(packed.map(({ name, tarball }) => [name, `file:${tarball}`]));
  await writeFile(
    join(dir, 'package.json'),
    JSON.stringify({
      name: 'consumer',
      private: true,
      type: 'module',
      dependencies: { ...dependencies, typescript: '5.9.3', '@types/node': '^20.19.0' },
    }),
  );
  await writeFile(join(dir, 'esm.mjs'), esm);
  await writeFile(join(dir, 'cjs.cjs'), cjs);
  await writeFile(join(dir, 'usage.ts'), typedUsage);
  await writeFile(join(dir, 'usage-cjs.cts'), typedCjsUsage);
  await writeFile(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        module: 'node16',
        moduleResolution: 'node16',
        target: 'es2022',
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        types: ['node'],
      },
      files: ['usage.ts', 'usage-cjs.cts'],
    }),
  );
  await run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, timeout: 240_000 });
}, 300_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

it('an ESM project calls the clients, pages through a list and verifies a callback', async () => {
  const { stdout } = await run(process.execPath, ['esm.mjs'], { cwd: dir });
  expect(JSON.parse(stdout)).toEqual({ ids: ['w1'], listed: 1, spec: '1.0', backend: 'node:crypto', app: 'a' });
});

it('a CommonJS project requires every package', async () => {
  const { stdout } = await run(process.execPath, ['cjs.cjs'], { cwd: dir });
  expect(JSON.parse(stdout)).toEqual({
    event: { a: 1 },
    backend: 'node:crypto',
    sameErrorClass: true,
    paginate: 'function',
  });
});

it('TypeScript (node16 resolution, ESM and CJS files) type-checks a typed usage file', async () => {
  await run(process.execPath, [join(dir, 'node_modules/typescript/bin/tsc'), '-p', dir], { cwd: dir });
}, 120_000);
