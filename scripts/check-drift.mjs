// pnpm check:drift: fails when src/generated/ differs from what the specs produce now.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { generatedPackages, renderAll } from './lib/codegen.mjs';
import { repoRoot } from './lib/paths.mjs';

const expected = await renderAll();
const problems = [];
for (const [path, contents] of Object.entries(expected)) {
  const actual = await readFile(path, 'utf8').catch(() => null);
  if (actual === null) problems.push(`missing: ${relative(repoRoot, path)}`);
  else if (actual !== contents) problems.push(`differs from its spec: ${relative(repoRoot, path)}`);
}
// A generated file no spec produces any more is drift too.
for (const pkg of await generatedPackages()) {
  const dir = join(pkg.dir, 'src/generated');
  for (const name of await readdir(dir).catch(() => [])) {
    const path = join(dir, name);
    if (!(path in expected)) problems.push(`stale: ${relative(repoRoot, path)}`);
  }
}
if (problems.length > 0) {
  console.error(
    `Generated code is out of date:\n  ${problems.join('\n  ')}\nRun \`pnpm generate\` and commit the result.`,
  );
  process.exit(1);
}
console.log(`generated code matches the specs (${Object.keys(expected).length} files)`);
