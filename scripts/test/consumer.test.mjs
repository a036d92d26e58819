// The packages as a user gets them: packed tarballs installed with npm into projects outside the
// workspace — one next to the newest openapi-fetch the packages support, one next to the oldest —
// and used from ESM, from CommonJS, and from TypeScript (node16 and bundler resolution).
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packAll } from '../lib/pack.mjs';

const run = promisify(execFile);
const OPENAPI_FETCH = { highest: '0.17.0', lowest: '0.16.0' };
const PLUMBING = [
  'createTransport',
  'createApiClient',
  'LightRequest',
  'pathSerializer',
  'base64Utf8',
  'operationOf',
  'readErrorDetails',
  'parseRetryAfter',
  'servers',
  'DEFAULT_BASE_URL',
];

// A loopback server: Provisioning webhooks (one page), a 404 for anything under /missing, and a
// token endpoint that refuses the key.
const server = `
import { createServer } from 'node:http';
export async function start() {
  const server = createServer((req, res) => {
    const json = (status, body) => { res.writeHead(status, { 'content-type': 'application/json' }); res.end(JSON.stringify(body)); };
    if (req.url.startsWith('/oauth2/token')) return json(401, { error: 'invalid_client' });
    if (req.url.includes('/missing')) return json(404, { errorCode: 'webhook_not_found', message: 'No such webhook.' });
    json(200, { webhooks: [{ id: 'w1', projectId: 'p', target: 'https://x.example.com', triggers: ['ALL'] }], nextPageToken: '' });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: 'http://127.0.0.1:' + server.address().port, close: () => server.close() };
}
`;

const esm = `
import { createRequire } from 'node:module';
import * as conversation from '@sinchkit/conversation';
import { paginate } from '@sinchkit/pagination';
import * as provisioning from '@sinchkit/provisioning';
import * as registrations from '@sinchkit/registrations';
import * as signing from '@sinchkit/signing';
import { start } from './server.mjs';

const require = createRequire(import.meta.url);
const cjsProvisioning = require('@sinchkit/provisioning');
const { url, close } = await start();
const report = {};

// projectId once, and a list paged through.
const client = provisioning.createProvisioningClient({ baseUrl: url, projectId: 'p', credentials: { type: 'bearer', token: 't' } });
report.ids = (await paginate(client, '/v1/projects/{projectId}/webhooks', {}, { items: 'webhooks' }).toArray()).map((w) => w.id);

// An error thrown through the CommonJS build is recognised by the ESM build's classes, and back.
const cjsClient = cjsProvisioning.createProvisioningClient({ baseUrl: url, projectId: 'p', retry: { maxRetries: 0 } });
const fromCjs = await cjsProvisioning.orThrow(cjsClient.GET('/v1/projects/{projectId}/webhooks/{webhookId}', { params: { path: { webhookId: 'missing' } } })).catch((e) => e);
const fromEsm = await provisioning.orThrow(client.GET('/v1/projects/{projectId}/webhooks/{webhookId}', { params: { path: { webhookId: 'missing' } } })).catch((e) => e);
report.crossModule = {
  cjsErrorIsEsmClass: fromCjs instanceof provisioning.SinchNotFoundError && fromCjs instanceof conversation.SinchApiError,
  esmErrorIsCjsClass: fromEsm instanceof cjsProvisioning.SinchNotFoundError,
  notAConflict: fromCjs instanceof provisioning.SinchConflictError,
  code: fromCjs.code,
};

// A refused token is a SinchTokenError naming the token URL, in both call styles.
const oauth = conversation.createConversationClient({
  baseUrl: url,
  projectId: 'p',
  retry: { maxRetries: 0 },
  credentials: { type: 'oauth2', keyId: 'k', keySecret: 'secret-value', tokenUrl: url + '/oauth2/token' },
});
const dataStyle = await oauth.GET('/v1/projects/{project_id}/apps').catch((e) => e);
const throwStyle = await conversation.orThrow(oauth.GET('/v1/projects/{project_id}/apps')).catch((e) => e);
report.token = [dataStyle, throwStyle].map((e) => ({
  isTokenError: e instanceof conversation.SinchTokenError,
  isApiError: e instanceof conversation.SinchApiError,
  namesUrl: e.message.includes(url + '/oauth2/token'),
  leaksSecret: JSON.stringify(e).includes('secret-value') || String(e).includes('secret-value'),
}));

// Bad options are refused when the client is created.
report.nan = [
  () => conversation.createConversationClient({ timeoutMs: Number('') + Number.NaN }),
  () => provisioning.createProvisioningClient({ retry: { maxRetries: -1 } }),
  () => registrations.createRegistrationsClient({ maxConnections: Number.POSITIVE_INFINITY }),
  () => paginate(client, '/v1/projects/{projectId}/webhooks', {}, { items: 'webhooks', maxPages: Number.NaN }),
].map((create) => { try { create(); return 'accepted'; } catch (e) { return e.constructor.name; } });
report.signingNaN = await signing.verifyConversationWebhook({ body: '{}', headers: {}, secret: 's', toleranceSeconds: Number.NaN }).then(() => 'accepted', (e) => e.constructor.name);

// Callbacks of both APIs verify and narrow.
const inbound = JSON.stringify({ app_id: 'a', project_id: 'p', message: { id: 'm1' } });
const conversationEvent = await signing.verifyConversationWebhook({ body: inbound, headers: await signing.signConversationWebhook({ body: inbound, secret: 's' }), secret: 's' });
const approved = JSON.stringify({ type: 'WHATSAPP_TEMPLATE_APPROVED', payload: { name: 'order_update' } });
const provisioningEvent = await signing.verifyProvisioningWebhook({ body: approved, headers: await signing.signProvisioningWebhook({ body: approved, secret: 's' }), secret: 's' });
report.callbacks = [conversationEvent.trigger, provisioningEvent.type];

// No plumbing is exported.
const exported = new Set([conversation, provisioning, registrations, await import('@sinchkit/core')].flatMap((m) => Object.keys(m)));
report.plumbing = ${JSON.stringify(PLUMBING)}.filter((name) => exported.has(name));
report.backend = signing.cryptoBackend;
close();
console.log(JSON.stringify(report));
`;

const cjs = `
const { createProvisioningClient, SinchNotFoundError } = require('@sinchkit/provisioning');
const { createRegistrationsClient } = require('@sinchkit/registrations');
const { paginate } = require('@sinchkit/pagination');
const signing = require('@sinchkit/signing');
const core = require('@sinchkit/core');
(async () => {
  createProvisioningClient({ projectId: 'p', credentials: { type: 'basic', keyId: 'k', keySecret: 's' } });
  createRegistrationsClient();
  const headers = await signing.signRegistrationsWebhook({ body: '{"a":1}', secret: 'h' });
  const event = await signing.verifyRegistrationsWebhook({ body: '{"a":1}', headers, secret: 'h' });
  console.log(JSON.stringify({ event, backend: signing.cryptoBackend, sameErrorClass: SinchNotFoundError === core.SinchNotFoundError, paginate: typeof paginate }));
})();
`;

const typedUsage = `
import { createConversationClient, type SendMessageRequest } from '@sinchkit/conversation';
import { paginate } from '@sinchkit/pagination';
import { createProvisioningClient, type ProvisioningErrorCode, type Webhook, type WebhookTrigger } from '@sinchkit/provisioning';
import { type ConversationCallback, type ProvisioningCallback, verifyConversationWebhook } from '@sinchkit/signing';

const provisioning = createProvisioningClient({ projectId: 'p', credentials: { type: 'oauth2', keyId: 'k', keySecret: 's' } });
export async function list(): Promise<Webhook[]> {
  const { data } = await provisioning.GET('/v1/projects/{projectId}/webhooks');
  return data?.webhooks ?? [];
}
export const pages = paginate(provisioning, '/v1/projects/{projectId}/whatsapp/templates', {}, { items: 'templates' });
export const trigger: WebhookTrigger = 'WHATSAPP_TEMPLATE_APPROVED';
// @ts-expect-error not a Provisioning trigger
export const wrong: WebhookTrigger = 'MESSAGE_INBOUND';
export const code: ProvisioningErrorCode<'getWebhook', 404> = 'webhook_not_found';
const conversation = createConversationClient({ projectId: 'p', region: 'eu' });
const message: SendMessageRequest = { app_id: 'a', recipient: { contact_id: 'c' }, message: { text_message: { text: 'hi' } } };
export const sent = conversation.POST('/v1/projects/{project_id}/messages:send', { body: message });
export function onCallback(callback: ConversationCallback, event: ProvisioningCallback): string | undefined {
  if (callback.trigger === 'MESSAGE_INBOUND') return callback.message.id;
  if (event.type === 'WHATSAPP_TEMPLATE_APPROVED') return event.payload.name;
  return undefined;
}
export const verify = (body: string, headers: Record<string, string>) => verifyConversationWebhook({ body, headers, secret: 's' });
`;

const typedCjsUsage = `
import { createRegistrationsClient } from '@sinchkit/registrations';
import { paginate } from '@sinchkit/pagination';
const client = createRegistrationsClient({ projectId: 'p' });
export const get = () => client.GET('/v1/projects/{projectId}/callback-configuration');
export const pager = typeof paginate;
`;

const tsconfig = (resolution) =>
  JSON.stringify({
    compilerOptions: {
      module: resolution === 'bundler' ? 'esnext' : 'node16',
      moduleResolution: resolution,
      target: 'es2022',
      lib: ['es2022', 'dom'],
      strict: true,
      noEmit: true,
      skipLibCheck: false,
      types: ['node'],
    },
    files: resolution === 'bundler' ? ['usage.ts'] : ['usage.ts', 'usage-cjs.cts'],
  });

/** A project outside the workspace with the packed packages and `openapi-fetch@^version`. */
async function project(packed, openapiFetch) {
  const dir = await mkdtemp(join(tmpdir(), 'sinchkit-consumer-'));
  const dependencies = Object.fromEntries(packed.map(({ name, tarball }) => [name, `file:${tarball}`]));
  await writeFile(
    join(dir, 'package.json'),
    JSON.stringify({
      name: 'consumer',
      private: true,
      type: 'module',
      dependencies: {
        ...dependencies,
        'openapi-fetch': `^${openapiFetch}`,
        typescript: '5.9.3',
        '@types/node': '^20.19.0',
      },
    }),
  );
  const files = {
    'server.mjs': server,
    'esm.mjs': esm,
    'cjs.cjs': cjs,
    'usage.ts': typedUsage,
    'usage-cjs.cts': typedCjsUsage,
  };
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  await writeFile(join(dir, 'tsconfig.node16.json'), tsconfig('node16'));
  await writeFile(join(dir, 'tsconfig.bundler.json'), tsconfig('bundler'));
  // A plain install, as a user would run it: it fails (ERESOLVE) if a peer range excludes this openapi-fetch.
  await run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, timeout: 240_000 });
  return dir;
}

const dirs = {};
let packDir;
beforeAll(async () => {
  packDir = await mkdtemp(join(tmpdir(), 'sinchkit-packed-'));
  const packed = await packAll(packDir);
  [dirs.highest, dirs.lowest] = await Promise.all([
    project(packed, OPENAPI_FETCH.highest),
    project(packed, OPENAPI_FETCH.lowest),
  ]);
}, 400_000);
afterAll(() =>
  Promise.all([packDir, ...Object.values(dirs)].map((dir) => dir && rm(dir, { recursive: true, force: true }))),
);

describe.each(Object.keys(OPENAPI_FETCH))('next to the %s openapi-fetch the packages support', (which) => {
  it('installs with a plain npm install and resolves that openapi-fetch', async () => {
    const { stdout } = await run('npm', ['ls', 'openapi-fetch', '--depth=3', '--json'], { cwd: dirs[which] });
    const versions = new Set(JSON.stringify(JSON.parse(stdout)).match(/"version":"0\.1[67]\.\d+"/g));
    expect([...versions]).toEqual([`"version":"${OPENAPI_FETCH[which]}"`]);
  });

  it('an ESM project pages, recognises errors from the CJS build, types token failures, refuses NaN options and verifies callbacks', async () => {
    const { stdout } = await run(process.execPath, ['esm.mjs'], { cwd: dirs[which] });
    expect(JSON.parse(stdout)).toEqual({
      ids: ['w1'],
      crossModule: {
        cjsErrorIsEsmClass: true,
        esmErrorIsCjsClass: true,
        notAConflict: false,
        code: 'webhook_not_found',
      },
      token: [
        { isTokenError: true, isApiError: false, namesUrl: true, leaksSecret: false },
        { isTokenError: true, isApiError: false, namesUrl: true, leaksSecret: false },
      ],
      nan: ['TypeError', 'TypeError', 'TypeError', 'TypeError'],
      signingNaN: 'TypeError',
      callbacks: ['MESSAGE_INBOUND', 'WHATSAPP_TEMPLATE_APPROVED'],
      plumbing: [],
      backend: 'node:crypto',
    });
  });

  it('a CommonJS project requires every package', async () => {
    const { stdout } = await run(process.execPath, ['cjs.cjs'], { cwd: dirs[which] });
    expect(JSON.parse(stdout)).toEqual({
      event: { a: 1 },
      backend: 'node:crypto',
      sameErrorClass: true,
      paginate: 'function',
    });
  });

  it.each(['node16', 'bundler'])(
    'TypeScript with %s resolution type-checks a typed usage file',
    async (resolution) => {
      await run(
        process.execPath,
        [join(dirs[which], 'node_modules/typescript/bin/tsc'), '-p', `tsconfig.${resolution}.json`],
        {
          cwd: dirs[which],
        },
      );
    },
    120_000,
  );
});
