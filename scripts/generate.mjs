// pnpm generate: writes src/generated/ of every client package from its spec.
import { relative } from 'node:path';
import { writeAll } from './lib/codegen.mjs';
import { repoRoot } from './lib/paths.mjs';

for (const path of await writeAll()) console.log(`generated ${relative(repoRoot, path)}`);
