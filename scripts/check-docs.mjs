// pnpm check:docs: every ```ts block of every README is extracted and typechecked against the built
// packages, so the docs cannot drift from the code; and every export of a package (its
// api-report.md) is named in its README, except what a client re-exports from @sinchkit/core,
// which core's README covers. `node scripts/check-docs.mjs <README.md>...`
// checks only those (in a folder of its own, so several checks can run at once).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { repoRoot } from './lib/paths.mjs';

const chosen = process.argv.slice(2).map((path) => resolve(path));
const readmes = chosen.length
  ? chosen
  : [
      join(repoRoot, 'README.md'),
      ...readdirSync(join(repoRoot, 'packages'))
        .sort()
        .map((dir) => join(repoRoot, 'packages', dir, 'README.md')),
    ];
const outDir = join(repoRoot, '.docs-check', String(process.pid));
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

/** The export names an api-report.md lists (`### name (kind)` headings). */
function exportsIn(report) {
  return [...report.matchAll(/^### (\S+) \(/gm)].map((match) => match[1]);
}

/** Names a package exports that its README never mentions. */
function unnamedExports(readme, text) {
  const dir = dirname(readme);
  let report;
  try {
    report = readFileSync(join(dir, 'api-report.md'), 'utf8');
  } catch {
    return []; // not a package README
  }
  const fromCore = dir.endsWith(`${sep}core`)
    ? new Set()
    : new Set(exportsIn(readFileSync(join(repoRoot, 'packages', 'core', 'api-report.md'), 'utf8')));
  return exportsIn(report).filter((name) => !fromCore.has(name) && !new RegExp(`\\b${name}\\b`).test(text));
}

const unnamed = [];
let blocks = 0;
for (const readme of readmes) {
  let text;
  try {
    text = readFileSync(readme, 'utf8');
  } catch (error) {
    if (chosen.length) throw error; // a README named on the command line must exist
    continue;
  }
  for (const missing of unnamedExports(readme, text)) unnamed.push(`${relative(repoRoot, readme)}: ${missing}`);
  const name = relative(repoRoot, readme).replaceAll('/', '_').replace(/\.md$/, '');
  for (const [index, match] of [...text.matchAll(/```ts\n([\s\S]*?)```/g)].entries()) {
    const line = text.slice(0, match.index).split('\n').length;
    writeFileSync(
      join(outDir, `${name}_${index + 1}.ts`),
      `// ${relative(repoRoot, readme)}:${line}\n${match[1]}\nexport {};\n`,
    );
    blocks++;
  }
}
writeFileSync(
  join(outDir, 'tsconfig.json'),
  JSON.stringify(
    { extends: '../../tsconfig.base.json', compilerOptions: { noUnusedLocals: false }, include: ['*.ts'] },
    null,
    2,
  ),
);
if (unnamed.length) {
  console.error(`Exports no README names (add a line for each):\n  ${unnamed.join('\n  ')}`);
  process.exitCode = 1;
}
const tsc = join(createRequire(import.meta.url).resolve('typescript/package.json'), '..', 'bin', 'tsc');
try {
  execFileSync(process.execPath, [tsc, '-p', outDir], { stdio: 'inherit' });
  console.log(`docs check: ${blocks} TypeScript blocks from the READMEs compile`);
  if (!unnamed.length) console.log('docs check: every export is named in its README');
} catch {
  console.error(
    'A README code block does not compile (see above; the first line of each file names the README and line).',
  );
  process.exitCode = 1; // not exit(): the scratch folder is removed below
} finally {
  rmSync(outDir, { recursive: true, force: true });
  try {
    rmdirSync(dirname(outDir)); // the last check to finish removes the shared folder
  } catch {}
}
