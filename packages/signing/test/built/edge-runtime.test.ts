// The web bundle, run inside workerd (the Cloudflare Workers runtime) with no Node compatibility:
// no node: modules, no process, no Buffer. Same vectors as the Node tests.
import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import vectorFile from '../vectors/vectors.json' with { type: 'json' };

const here = fileURLToPath(new URL('.', import.meta.url));
const workerdLauncher = createRequire(import.meta.url).resolve('workerd/bin/workerd');

const worker = `
import * as api from './signing.js';
import { resignVectors, runVectors } from './run-vectors.js';
import vectorFile from './vectors.json';

async function fetchApiRoundTrip() {
  const body = JSON.stringify({ app_id: 'a', project_id: 'p', message: { id: 'm1' } });
  const headers = await api.signConversationWebhook({ body, secret: 'edge-secret' });
  const ok = await api.verifyRequest(new Request('https://receiver.test/', { method: 'POST', body, headers }), api.conversationScheme, { secret: 'edge-secret' });
  let tampered = 'accepted';
  try {
    await api.verifyRequest(new Request('https://receiver.test/', { method: 'POST', body: body.replace('m1', 'm2'), headers }), api.conversationScheme, { secret: 'edge-secret' });
  } catch (error) {
    tampered = error.code;
  }
  return { trigger: ok.event.trigger, bytes: ok.rawBody.length, tampered };
}

export default {
  async test() {
    const nodeCrypto = await import('node:crypto').then(() => 'available', () => 'unavailable');
    const report = {
      backend: api.cryptoBackend,
      nodeCrypto,
      process: typeof process,
      buffer: typeof Buffer,
      results: await runVectors(api, vectorFile.vectors),
      resigned: await resignVectors(api, vectorFile.vectors),
      request: await fetchApiRoundTrip(),
    };
    console.log('REPORT ' + JSON.stringify(report));
  },
};
`;

const config = `
using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = ( services = [ (name = "main", worker = .worker) ] );
const worker :Workerd.Worker = (
  modules = [
    (name = "main.js", esModule = embed "main.js"),
    (name = "signing.js", esModule = embed "signing.js"),
    (name = "run-vectors.js", esModule = embed "run-vectors.js"),
    (name = "vectors.json", json = embed "vectors.json"),
  ],
  compatibilityDate = "2024-09-01",
);
`;

interface Report {
  backend: string;
  nodeCrypto: string;
  process: string;
  buffer: string;
  results: { name: string; expect: string; outcome: string }[];
  resigned: { name: string; same: boolean }[];
  request: { trigger: string; bytes: number; tampered: string };
}

let dir: string;
let report: Report;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sinchkit-workerd-'));
  await copyFile(join(here, '../../dist/web/index.js'), join(dir, 'signing.js'));
  await copyFile(join(here, '../vectors/run-vectors.mjs'), join(dir, 'run-vectors.js'));
  await copyFile(join(here, '../vectors/vectors.json'), join(dir, 'vectors.json'));
  await writeFile(join(dir, 'main.js'), worker);
  await writeFile(join(dir, 'config.capnp'), config);
  const { stdout, stderr } = await promisify(execFile)(
    process.execPath,
    [workerdLauncher, 'test', join(dir, 'config.capnp')],
    {
      timeout: 60_000,
    },
  );
  const line = `${stdout}\n${stderr}`.split('\n').find((l) => l.includes('REPORT '));
  if (!line) throw new Error(`workerd printed no report:\n${stdout}\n${stderr}`);
  report = JSON.parse(line.slice(line.indexOf('REPORT ') + 'REPORT '.length));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('in workerd without Node compatibility', () => {
  it('has no Node built-ins, and the package picks Web Crypto', () => {
    expect(report).toMatchObject({
      nodeCrypto: 'unavailable',
      process: 'undefined',
      buffer: 'undefined',
      backend: 'web-crypto',
    });
  });

  it('gives every vector its expected outcome', () => {
    expect(report.results.length).toBe(vectorFile.vectors.length);
    for (const { name, expect: expected, outcome } of report.results)
      expect({ name, outcome }).toEqual({ name, outcome: expected });
  });

  it("signs every valid vector to openssl's headers", () => {
    expect(report.resigned.length).toBeGreaterThanOrEqual(6);
    expect(report.resigned.every((r) => r.same)).toBe(true);
  });

  it('verifyRequest accepts a signed Request and rejects a tampered one', () => {
    expect(report.request).toMatchObject({ trigger: 'MESSAGE_INBOUND', tampered: 'signature_mismatch' });
    expect(report.request.bytes).toBeGreaterThan(0);
  });
});
