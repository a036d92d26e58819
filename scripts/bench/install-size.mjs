// pnpm bench:install-size  (builds first; or `node scripts/bench/install-size.mjs` after `pnpm build`)
//
// What installing a package costs a user on disk. Packs the workspace packages with pnpm
// (scripts/lib/pack.mjs, as scripts/test/consumer.test.mjs does) and, for each case below, npm-
// installs it into a fresh project outside the workspace: ours from the tarballs (their workspace
// dependencies too), the official SDK from the registry, at the version the repo pins, for
// comparison. Sums the sizes of the regular files in node_modules (file contents, not disk
// blocks). Goal: one client (core + Conversation and their dependencies) at most 1 MB.
// The temp dirs are removed at the end.
import { execFile } from 'node:child_process';
import { lstat, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { packAll } from '../lib/pack.mjs';
import { repoRoot } from '../lib/paths.mjs';

const run = promisify(execFile);
const GOAL_BYTES = 1_000_000;

const rootManifest = JSON.parse(await readFile(join(repoRoot, 'package.json'), 'utf8'));
const officialSdk = `@sinch/conversation@${rootManifest.devDependencies['@sinch/conversation']}`;

const cases = [
  { name: '@sinchkit/conversation', packed: ['@sinchkit/core', '@sinchkit/conversation'], goal: GOAL_BYTES },
  { name: '@sinchkit/provisioning', packed: ['@sinchkit/core', '@sinchkit/provisioning'] },
  { name: '@sinchkit/signing', packed: ['@sinchkit/signing'] },
  { name: `${officialSdk} (official SDK)`, registry: officialSdk },
];

/** Installs one case into a fresh project; returns its node_modules folder. */
async function install(projectDir, dependencies) {
  await mkdir(projectDir);
  await writeFile(
    join(projectDir, 'package.json'),
    JSON.stringify({ name: 'install-size', private: true, type: 'module', dependencies }),
  );
  await run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: projectDir, timeout: 240_000 });
  return join(projectDir, 'node_modules');
}

function dependenciesOf(testCase, tarballs) {
  if (testCase.registry) {
    const at = testCase.registry.lastIndexOf('@');
    return { [testCase.registry.slice(0, at)]: testCase.registry.slice(at + 1) };
  }
  return Object.fromEntries(testCase.packed.map((name) => [name, `file:${tarballs.get(name)}`]));
}

/** Bytes and count of the regular files under `path` (symlinks are not followed). */
async function sizeOf(path) {
  const stats = await lstat(path);
  if (stats.isFile()) return { bytes: stats.size, files: 1 };
  if (!stats.isDirectory()) return { bytes: 0, files: 0 };
  const total = { bytes: 0, files: 0 };
  for (const entry of await readdir(path)) {
    const { bytes, files } = await sizeOf(join(path, entry));
    total.bytes += bytes;
    total.files += files;
  }
  return total;
}

/** The top-level packages of node_modules (`name` or `@scope/name`), largest first. */
async function packagesIn(nodeModules) {
  const names = [];
  for (const entry of await readdir(nodeModules)) {
    if (entry.startsWith('@'))
      for (const scoped of await readdir(join(nodeModules, entry))) names.push(`${entry}/${scoped}`);
    else if (!entry.startsWith('.')) names.push(entry);
  }
  const rows = [];
  for (const name of names) rows.push({ name, ...(await sizeOf(join(nodeModules, name))) });
  return rows.sort((a, b) => b.bytes - a.bytes);
}

/** Throws when npm took one of our packages from the registry instead of its tarball. */
async function checkFromTarballs(nodeModules, names) {
  const lock = JSON.parse(await readFile(join(nodeModules, '.package-lock.json'), 'utf8'));
  for (const name of names) {
    const resolved = lock.packages?.[`node_modules/${name}`]?.resolved ?? '';
    if (!resolved.startsWith('file:')) throw new Error(`${name} was not installed from its tarball (${resolved})`);
  }
}

const mb = (bytes) => `${(bytes / 1e6).toFixed(2)} MB`;

const root = await mkdtemp(join(tmpdir(), 'sinchkit-install-size-'));
try {
  const tarballs = new Map((await packAll(root)).map(({ name, tarball }) => [name, tarball]));
  const { stdout: npmVersion } = await run('npm', ['--version']);
  console.log(`Installed size: npm ${npmVersion.trim()} install into a fresh project, Node ${process.version}`);
  console.log('(sum of file sizes under node_modules; largest packages listed)\n');
  const goals = [];
  for (const [index, testCase] of cases.entries()) {
    const nodeModules = await install(join(root, `project-${index}`), dependenciesOf(testCase, tarballs));
    if (testCase.packed) await checkFromTarballs(nodeModules, testCase.packed);
    const rows = await packagesIn(nodeModules);
    const total = (await sizeOf(nodeModules)).bytes; // npm's own .package-lock.json included
    const parts = rows
      .slice(0, 4)
      .map((row) => `${row.name} ${mb(row.bytes)}`)
      .join(', ');
    console.log(`${testCase.name.padEnd(44)}${mb(total).padStart(9)}   ${rows.length} packages: ${parts}`);
    if (testCase.goal) goals.push({ testCase, total });
  }
  console.log('');
  for (const { testCase, total } of goals) {
    const status = total <= testCase.goal ? 'PASS' : 'FAIL';
    console.log(`${status}  ${testCase.name} installed: ≤ ${mb(testCase.goal)}   ${mb(total)}`);
  }
} finally {
  await rm(root, { recursive: true, force: true });
}
