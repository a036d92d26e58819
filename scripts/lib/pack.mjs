// Packs every publishable package with pnpm (which rewrites workspace: and catalog: versions) and
// lists what each tarball holds.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './paths.mjs';

export function publishablePackages() {
  return readdirSync(join(repoRoot, 'packages'))
    .sort()
    .map((dir) => ({
      dir: join(repoRoot, 'packages', dir),
      manifest: JSON.parse(readFileSync(join(repoRoot, 'packages', dir, 'package.json'), 'utf8')),
    }))
    .filter(({ manifest }) => !manifest.private);
}

/** @returns {{ name: string, tarball: string, files: string[], manifest: object }[]} */
export function packAll(destination) {
  return publishablePackages().map(({ dir, manifest }) => {
    const output = execFileSync('pnpm', ['pack', '--pack-destination', destination], { cwd: dir, encoding: 'utf8' });
    const tarball = output
      .trim()
      .split('\n')
      .filter((line) => line.endsWith('.tgz'))
      .pop();
    const path = tarball.startsWith('/') ? tarball : join(destination, tarball);
    const files = execFileSync('tar', ['-tzf', path], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .map((file) => file.replace(/^package\//, ''));
    const packed = JSON.parse(execFileSync('tar', ['-xzOf', path, 'package/package.json'], { encoding: 'utf8' }));
    return { name: manifest.name, tarball: path, files, manifest: packed };
  });
}
