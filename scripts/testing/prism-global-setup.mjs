// vitest globalSetup for a client package: one Prism mock for the package's spec, provided to
// tests as inject('prismUrl') and stopped when the run ends.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { repoRoot } from '../lib/paths.mjs';
import { startPrism } from '../lib/prism.mjs';
import { writeBundle } from '../lib/spec-bundle.mjs';

export default async function setup(project) {
  const manifest = JSON.parse(await readFile(join(project.config.root, 'package.json'), 'utf8'));
  const { api, specVersion } = manifest.sinchkit;
  // Prism reads one file: the bundled spec (root plus area parts), answering with response examples.
  const prism = await startPrism(
    await writeBundle(join(repoRoot, 'specs', api, specVersion, 'openapi.yaml'), { forMock: true }),
  );
  project.provide('prismUrl', prism.baseUrl);
  return prism.stop;
}
