// pnpm lint:specs: every spec under specs/, bundled (root plus parts), is linted by redocly
// (redocly.yaml's rules) and its oneOfs are proven unambiguous on their examples.
import { spawnSync } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { checkOneOfs } from './lib/oneof-check.mjs';
import { repoRoot } from './lib/paths.mjs';
import { loadSpec, writeBundle } from './lib/spec-bundle.mjs';

const require = createRequire(import.meta.url);
const redocly = join(dirname(require.resolve('@redocly/cli/package.json')), 'bin', 'cli.js');

async function allSpecs() {
  const found = [];
  const specsDir = join(repoRoot, 'specs');
  for (const api of await readdir(specsDir))
    for (const version of await readdir(join(specsDir, api)))
      found.push({ name: `${api}@${version}`, root: join(specsDir, api, version, 'openapi.yaml') });
  return found.sort((a, b) => a.name.localeCompare(b.name));
}

const specs = await allSpecs();
const bundles = [];
for (const spec of specs) {
  bundles.push(await writeBundle(spec.root));
  console.log(`${spec.name}: ${relative(repoRoot, spec.root)} → ${relative(repoRoot, bundles.at(-1))}`);
}
const lint = spawnSync(process.execPath, [redocly, 'lint', ...bundles, '--config', join(repoRoot, 'redocly.yaml')], {
  stdio: 'inherit',
  env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
});
let failed = lint.status !== 0;

for (const spec of specs) {
  const { oneOfs, examples, problems } = checkOneOfs(await loadSpec(spec.root));
  console.log(`${spec.name}: ${oneOfs} oneOfs, ${examples} examples checked against every alternative`);
  for (const problem of problems) console.error(`  - ${problem}`);
  failed ||= problems.length > 0;
}
if (failed) process.exit(1);
