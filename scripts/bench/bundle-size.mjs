// The Node bundle a user's app gets for each client: esbuild (platform node, so node builtins stay
// external and the `node` export conditions apply), bundled, minified, ESM, then gzip level 9.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { repoRoot } from '../lib/paths.mjs';
import { kB, printRows } from './report.mjs';

export const bundles = [
  {
    id: 'sinchkit',
    name: '@sinchkit/conversation (client + core)',
    code: "export { createConversationClient } from '@sinchkit/conversation';",
  },
  {
    id: 'sdk',
    name: '@sinch/conversation (official SDK)',
    code: "export { ConversationService } from '@sinch/conversation';",
  },
];

/** The package an input file belongs to, e.g. `undici` or `@sinchkit/core`. */
function packageOf(input) {
  const inNodeModules = input.split('node_modules/').pop();
  if (inNodeModules !== input) {
    const [first, second] = inNodeModules.split('/');
    return first.startsWith('@') ? `${first}/${second}` : first;
  }
  const workspace = input.match(/^packages\/([^/]+)\//);
  return workspace ? `@sinchkit/${workspace[1]}` : input;
}

/** Minified and gzip bytes, and the minified bytes each package contributes (largest first). */
async function measureBundle(code) {
  const result = await build({
    stdin: { contents: code, resolveDir: repoRoot, loader: 'js' },
    absWorkingDir: repoRoot,
    platform: 'node',
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const bytes = result.outputFiles[0].contents;
  const byPackage = {};
  for (const output of Object.values(result.metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const name = packageOf(input);
      byPackage[name] = (byPackage[name] ?? 0) + bytesInOutput;
    }
  }
  const largest = Object.entries(byPackage).sort((a, b) => b[1] - a[1]);
  return { minified: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, largest };
}

export async function measureBundles() {
  const results = {};
  for (const { id, name, code } of bundles) results[id] = { name, ...(await measureBundle(code)) };
  return results;
}

export function printBundles(results) {
  console.log('\nNode bundle (esbuild: platform node, bundle, minify, ESM; gzip -9)');
  printRows([['', 'minified', 'gzip', '  largest parts (minified)']], { first: 40, rest: 10 });
  for (const { name, minified, gzip, largest } of Object.values(results)) {
    const parts = largest
      .slice(0, 4)
      .map(([pkg, bytes]) => `${pkg} ${kB(bytes)}`)
      .join(', ');
    printRows([[name, kB(minified), kB(gzip), `  ${parts}`]], { first: 40, rest: 10 });
  }
}
