// Spec-driven versioning: each client package records the SHA-256 of the spec it was last
// released from (sinchkit.specSha256). A spec that differs needs a pending changeset naming it.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generatedPackages } from './codegen.mjs';
import { repoRoot } from './paths.mjs';
import { specHash } from './spec-bundle.mjs';

/** Package names each pending changeset in .changeset/ bumps. */
export async function pendingChangesets(root = repoRoot) {
  const dir = join(root, '.changeset');
  const named = new Set();
  for (const file of (await readdir(dir).catch(() => [])).filter((f) => f.endsWith('.md') && f !== 'README.md')) {
    const frontmatter = /^---\n([\s\S]*?)\n---/.exec(await readFile(join(dir, file), 'utf8'))?.[1] ?? '';
    for (const match of frontmatter.matchAll(/^\s*["']?([^"':\s]+)["']?\s*:\s*(major|minor|patch)\s*$/gm))
      named.add(match[1]);
  }
  return named;
}

/** Problems: packages whose spec changed since release without a changeset that names them. */
export async function findUnannouncedSpecChanges(root = repoRoot) {
  const named = await pendingChangesets(root);
  const problems = [];
  for (const pkg of await generatedPackages(root)) {
    const manifest = JSON.parse(await readFile(join(pkg.dir, 'package.json'), 'utf8'));
    const recorded = manifest.sinchkit.specSha256;
    if (recorded === (await specHash(pkg.specFile))) continue;
    if (!named.has(pkg.name)) {
      problems.push(
        `${pkg.name}: specs/${pkg.api}/${pkg.specVersion} changed since its last release, but no changeset names ${pkg.name}`,
      );
    }
  }
  return problems;
}

/** Records the current spec hashes (after `changeset version` consumed the changesets). */
export async function recordSpecHashes(root = repoRoot) {
  for (const pkg of await generatedPackages(root)) {
    const file = join(pkg.dir, 'package.json');
    const manifest = JSON.parse(await readFile(file, 'utf8'));
    manifest.sinchkit.specSha256 = await specHash(pkg.specFile);
    await writeFile(file, `${JSON.stringify(manifest, null, 2)}\n`);
  }
}
