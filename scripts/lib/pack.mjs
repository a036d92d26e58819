// Packs every publishable package with pnpm (which rewrites workspace: and catalog: versions) and
// lists what each tarball holds.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { workspacePackages } from './workspace.mjs';

/** @returns {Promise<{ name: string, tarball: string, files: string[], manifest: object }[]>} */
export async function packAll(destination) {
  return (await workspacePackages())
    .filter(({ manifest }) => !manifest.private)
    .map(({ dir, manifest }) => {
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
