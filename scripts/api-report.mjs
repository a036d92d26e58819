// pnpm api-report: writes packages/<name>/api-report.md from each package's built declarations.
// pnpm check:api: fails when a report differs from what the declarations say now.
import { readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { apiReport } from './lib/api-report.mjs';
import { repoRoot } from './lib/paths.mjs';
import { workspacePackages } from './lib/workspace.mjs';

const check = process.argv.includes('--check');
let stale = 0;
for (const { dir, manifest } of await workspacePackages()) {
  if (manifest.private) continue;
  const file = join(dir, 'api-report.md');
  const report = await apiReport(dir);
  const current = await readFile(file, 'utf8').catch(() => '');
  if (report === current) continue;
  if (check) {
    stale++;
    console.error(`${relative(repoRoot, file)} is out of date: the public API of ${manifest.name} changed.`);
  } else {
    await writeFile(file, report);
    console.log(`wrote ${relative(repoRoot, file)}`);
  }
}
if (stale) {
  console.error('Run `pnpm api-report`, review the diff, and commit it.');
  process.exit(1);
}
if (check) console.log('every API report matches its package');
