// pnpm generate: writes src/generated/ of every client package from its spec.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, relative } from 'node:path';
import { renderAll } from './lib/codegen.mjs';
import { repoRoot } from './lib/paths.mjs';

const files = await renderAll();
for (const [path, contents] of Object.entries(files)) {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, contents);
  console.log(`generated ${relative(repoRoot, path)}`);
}
