// node scripts/bench/consumer-tsc.mjs [--repo <checkout>]  (after `pnpm build` in that checkout)
//
// What the clients' types cost a user's compiler: packs the packages of a checkout (this one by
// default; another commit's worktree with --repo), installs the tarballs with npm into a fresh
// project, and times `tsc --noEmit` (strict, node16) on a file that creates the Conversation and the
// Provisioning clients and makes a few typed calls, next to a baseline file in the same project
// that imports nothing (tsc's own start-up and @types/node). Fresh processes, interleaved, medians
// of RUNS; also tsc's --extendedDiagnostics of one run (files, lines, types, memory).
// The calls are webhook operations, which every spec version so far has, so two commits compare.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from '../lib/paths.mjs';
import { workspacePackages } from '../lib/workspace.mjs';
import { median } from './report.mjs';

const run = promisify(execFile);
const RUNS = Number(process.env.RUNS ?? 7);
const at = process.argv.indexOf('--repo');
const checkout = at > 0 ? resolve(process.argv[at + 1]) : repoRoot;
const require = createRequire(import.meta.url);
const TYPESCRIPT = require('typescript/package.json').version;

const consumer = `
import { createConversationClient } from '@sinchkit/conversation';
import { createProvisioningClient } from '@sinchkit/provisioning';

const credentials = { type: 'bearer', token: process.env.SINCH_TOKEN ?? '' } as const;
const conversation = createConversationClient({ credentials });
const provisioning = createProvisioningClient({ credentials });

export async function main(): Promise<void> {
  const hooks = await conversation.GET('/v1/projects/{project_id}/apps/{app_id}/webhooks', {
    params: { path: { project_id: 'p', app_id: 'a' } },
  });
  console.log(hooks.data?.webhooks?.map((hook) => hook.target));
  const created = await conversation.POST('/v1/projects/{project_id}/webhooks', {
    params: { path: { project_id: 'p' } },
    body: { app_id: 'a', target: 'https://example.com/hook', triggers: ['MESSAGE_INBOUND'] },
  });
  console.log(created.data?.id);
  const list = await provisioning.GET('/v1/projects/{projectId}/webhooks', { params: { path: { projectId: 'p' } } });
  console.log(list.data?.webhooks?.map((hook) => hook.triggers));
  const registered = await provisioning.POST('/v1/projects/{projectId}/webhooks', {
    params: { path: { projectId: 'p' } },
    body: { target: 'https://example.com/hook', secret: 's', triggers: ['ALL'] },
  });
  console.log(registered.error ?? registered.data?.id);
}
`;
const baseline = `export const answer: number = 42;\nconsole.log(answer);\n`;

/** Packs the checkout's public packages with pnpm; their tarball paths. */
async function pack(destination) {
  const tarballs = [];
  for (const { dir, manifest } of await workspacePackages(checkout)) {
    if (manifest.private) continue;
    const { stdout } = await run('pnpm', ['pack', '--pack-destination', destination], { cwd: dir });
    const file = stdout
      .trim()
      .split('\n')
      .filter((line) => line.endsWith('.tgz'))
      .pop();
    tarballs.push({ name: manifest.name, file: file.startsWith('/') ? file : join(destination, file) });
  }
  return tarballs;
}

async function project(root, tarballs) {
  const dependencies = Object.fromEntries(tarballs.map(({ name, file }) => [name, `file:${file}`]));
  Object.assign(dependencies, { typescript: TYPESCRIPT, '@types/node': require('@types/node/package.json').version });
  await writeFile(
    join(root, 'package.json'),
    JSON.stringify({ name: 'tsc-cost', private: true, type: 'module', dependencies }),
  );
  await run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: root, timeout: 240_000 });
  for (const [name, source] of Object.entries({ consumer, baseline })) {
    const dir = join(root, name);
    await mkdir(dir);
    await writeFile(join(dir, 'index.ts'), source);
    const compilerOptions = { strict: true, module: 'node16', target: 'es2022', types: ['node'], noEmit: true };
    await writeFile(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['index.ts'] }));
  }
}

async function tscMs(root, name, extra = []) {
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  const start = process.hrtime.bigint();
  const { stdout } = await run(process.execPath, [tsc, '-p', join(root, name), ...extra], { cwd: root });
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, stdout };
}

const root = await mkdtemp(join(tmpdir(), 'sinchkit-tsc-cost-'));
try {
  const packDir = join(root, 'tarballs');
  await mkdir(packDir);
  await project(root, await pack(packDir));
  const times = { consumer: [], baseline: [] };
  for (let i = 0; i < RUNS; i++) for (const name of Object.keys(times)) times[name].push((await tscMs(root, name)).ms);
  const diagnostics = (await tscMs(root, 'consumer', ['--extendedDiagnostics'])).stdout;
  const pick = (label) => diagnostics.match(new RegExp(`^${label}:\\s+(.+)$`, 'm'))?.[1]?.trim() ?? 'n/a';
  const consumerMs = median(times.consumer);
  const baselineMs = median(times.baseline);
  console.log(`tsc ${TYPESCRIPT} --noEmit on a consumer of ${checkout}, fresh processes, medians of ${RUNS}`);
  console.log(`baseline file (imports nothing)     ${baselineMs.toFixed(0).padStart(6)} ms`);
  console.log(`consumer file (both clients, calls) ${consumerMs.toFixed(0).padStart(6)} ms`);
  console.log(`the clients' types cost             ${(consumerMs - baselineMs).toFixed(0).padStart(6)} ms`);
  console.log(
    `consumer: ${pick('Files')} files, ${pick('Lines of TypeScript')} TS lines, ${pick('Lines of Definitions')} definition lines, ${pick('Types')} types, ${pick('Memory used')} memory, check ${pick('Check time')}`,
  );
} finally {
  await rm(root, { recursive: true, force: true });
}
