import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { repoRoot } from './paths.mjs';

/** Every folder under packages/ with a package.json, in name order: `{ dir, manifest }`. */
export async function workspacePackages(root = repoRoot) {
  const packagesDir = join(root, 'packages');
  const found = [];
  for (const name of (await readdir(packagesDir)).sort()) {
    const dir = join(packagesDir, name);
    try {
      found.push({ dir, manifest: JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')) });
    } catch {
      // not a package folder
    }
  }
  return found;
}
