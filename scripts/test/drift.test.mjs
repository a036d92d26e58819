// The drift check must catch a spec edit that was not regenerated.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findDrift, writeAll } from '../lib/codegen.mjs';
import { repoRoot } from '../lib/paths.mjs';

let root;
const specFile = () => join(root, 'specs/registrations/1.0.0/openapi.yaml');

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'sinchkit-drift-'));
  await cp(join(repoRoot, 'specs/registrations'), join(root, 'specs/registrations'), { recursive: true });
  await cp(join(repoRoot, 'packages/registrations/package.json'), join(root, 'packages/registrations/package.json'));
  await writeAll(root);
});
afterEach(() => rm(root, { recursive: true, force: true }));

describe('findDrift', () => {
  it('reports nothing right after generating', async () => {
    expect((await findDrift(root)).problems).toEqual([]);
  });

  it('reports the schema when the spec changed without regenerating', async () => {
    const spec = await readFile(specFile(), 'utf8');
    await writeFile(
      specFile(),
      spec.replace('description: The new HMAC secret for the project.', 'description: Changed.'),
    );
    expect((await findDrift(root)).problems).toEqual([
      'differs from its spec: packages/registrations/src/generated/schema.d.cts',
    ]);
  });

  it('reports a generated file that was deleted or added by hand', async () => {
    await rm(join(root, 'packages/registrations/src/generated/spec.ts'));
    await writeFile(join(root, 'packages/registrations/src/generated/extra.ts'), 'export {};\n');
    expect((await findDrift(root)).problems.sort()).toEqual([
      'missing: packages/registrations/src/generated/spec.ts',
      'stale: packages/registrations/src/generated/extra.ts',
    ]);
  });

  it('refuses a spec whose info.version disagrees with its folder', async () => {
    const spec = await readFile(specFile(), 'utf8');
    await writeFile(specFile(), spec.replace('version: 1.0.0', 'version: 1.0.1'));
    await expect(findDrift(root)).rejects.toThrow(/info.version is "1.0.1", but the folder says 1.0.0/);
  });
});
