// pnpm lint:specs: every spec under specs/, bundled (root plus parts), is linted by redocly
// (redocly.yaml's rules), its oneOfs are proven unambiguous on their examples, and its prose is
// checked for completeness (scripts/lib/spec-prose.mjs).
import { spawnSync } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { checkOneOfs } from './lib/oneof-check.mjs';
import { repoRoot } from './lib/paths.mjs';
import { loadSpec, writeBundle } from './lib/spec-bundle.mjs';
import { findMissingProse } from './lib/spec-prose.mjs';

const require = createRequire(import.meta.url);
const redocly = join(dirname(require.resolve('@redocly/cli/package.json')), 'bin', 'cli.js');

async function allSpecs() {
  const found = [];
  const specsDir = join(repoRoot, 'specs');
  for (const api of await readdir(specsDir, { withFileTypes: true })) {
    if (!api.isDirectory()) continue;
    for (const version of await readdir(join(specsDir, api.name)))
      found.push({ name: `${api.name}@${version}`, root: join(specsDir, api.name, version, 'openapi.yaml') });
  }
  return found.sort((a, b) => a.name.localeCompare(b.name));
}

// `node scripts/lint-specs.mjs conversation@1.0` lints one spec.
const only = process.argv[2];
const specs = (await allSpecs()).filter((spec) => !only || spec.name === only);
if (specs.length === 0) throw new Error(`no spec named ${only}; try e.g. conversation@1.0`);
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
  const document = await loadSpec(spec.root);
  const { oneOfs, examples, problems } = checkOneOfs(document);
  console.log(`${spec.name}: ${oneOfs} oneOfs, ${examples} examples checked against every alternative`);
  const prose = findMissingProse(document);
  console.log(
    `${spec.name}: ${prose.length ? `${prose.length} pieces of prose missing` : 'every operation, schema and response described'}`,
  );
  for (const problem of [...problems, ...prose]) console.error(`  - ${problem}`);
  failed ||= problems.length + prose.length > 0;
}
if (failed) process.exit(1);
