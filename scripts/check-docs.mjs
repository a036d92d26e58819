// pnpm check:docs: every ```ts block of every README is extracted and typechecked against the built
// packages, so the docs cannot drift from the code.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { repoRoot } from './lib/paths.mjs';

const readmes = [
  join(repoRoot, 'README.md'),
  ...readdirSync(join(repoRoot, 'packages'))
    .sort()
    .map((dir) => join(repoRoot, 'packages', dir, 'README.md')),
];
const outDir = join(repoRoot, '.docs-check');
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir);

let blocks = 0;
for (const readme of readmes) {
  let text;
  try {
    text = readFileSync(readme, 'utf8');
  } catch {
    continue;
  }
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
    { extends: '../tsconfig.base.json', compilerOptions: { noUnusedLocals: false }, include: ['*.ts'] },
    null,
    2,
  ),
);
const tsc = join(createRequire(import.meta.url).resolve('typescript/package.json'), '..', 'bin', 'tsc');
try {
  execFileSync(process.execPath, [tsc, '-p', outDir], { stdio: 'inherit' });
  console.log(`docs check: ${blocks} TypeScript blocks from the READMEs compile`);
} catch {
  console.error(
    'A README code block does not compile (see above; the first line of each file names the README and line).',
  );
  process.exit(1);
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
