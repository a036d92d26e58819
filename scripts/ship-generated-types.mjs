// Run by a package's `build`, in its folder, after tsup: ships each src/generated/*.d.cts as
// dist/generated/*.d.cts, the one copy that both dist/index.d.ts and dist/index.d.cts import
// (tsup keeps './generated/*.cjs' external, see tsup.base.ts).
import { copyFile, mkdir, readdir, readFile } from 'node:fs/promises';

const shipped = (await readdir('src/generated')).filter((name) => name.endsWith('.d.cts'));
const entries = ['dist/index.d.ts', 'dist/index.d.cts'];
const declarations = await Promise.all(entries.map((path) => readFile(path, 'utf8')));
await mkdir('dist/generated', { recursive: true });
for (const name of shipped) {
  const specifier = `'./generated/${name.replace(/\.d\.cts$/, '.cjs')}'`;
  // Inlined instead (or never used): shipping the file would only add weight.
  if (!declarations.some((text) => text.includes(`from ${specifier}`)))
    throw new Error(`no declaration file imports ${specifier}: check the external setting in tsup.base.ts`);
  await copyFile(`src/generated/${name}`, `dist/generated/${name}`);
}
