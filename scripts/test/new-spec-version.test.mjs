import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findDrift, writeAll } from '../lib/codegen.mjs';
import { newSpecVersion } from '../lib/new-spec-version.mjs';
import { repoRoot } from '../lib/paths.mjs';
import { findUnannouncedSpecChanges, recordSpecHashes } from '../lib/spec-changesets.mjs';

let root;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'sinchkit-scaffold-'));
  await cp(join(repoRoot, 'specs/provisioning/1.2.7'), join(root, 'specs/provisioning/1.2.7'), { recursive: true });
  await mkdir(join(root, 'packages/provisioning'), { recursive: true });
  // The fixture package is generated from the seed version 1.2.7, whatever the repository uses now.
  const manifest = JSON.parse(await readFile(join(repoRoot, 'packages/provisioning/package.json'), 'utf8'));
  manifest.sinchkit.specVersion = '1.2.7';
  await writeFile(join(root, 'packages/provisioning/package.json'), JSON.stringify(manifest, null, 2));
  await mkdir(join(root, '.changeset'));
  await writeAll(root);
  await recordSpecHashes(root);
});
afterEach(() => rm(root, { recursive: true, force: true }));

describe('pnpm new-spec-version', () => {
  it('scaffolds the folder, points the package at it, regenerates and writes a changeset', async () => {
    const result = await newSpecVersion('provisioning', '1.2.8', root);
    const spec = await readFile(join(root, 'specs/provisioning/1.2.8/openapi.yaml'), 'utf8');
    expect(spec).toContain("version: '1.2.8'");
    const manifest = JSON.parse(await readFile(join(root, 'packages/provisioning/package.json'), 'utf8'));
    expect(manifest.sinchkit.specVersion).toBe('1.2.8');
    expect(await readFile(join(root, 'packages/provisioning/src/generated/spec.ts'), 'utf8')).toContain(
      '"version": "1.2.8"',
    );
    expect((await findDrift(root)).problems).toEqual([]);
    expect(result.bump).toBe('patch');
    expect(await readFile(result.changeset, 'utf8')).toMatch(
      /^---\n"@sinchkit\/provisioning": patch\n---\n\nGenerated from the provisioning spec 1\.2\.8 \(was 1\.2\.7\)\./,
    );
    // The changeset is what lets the spec change land.
    expect(await findUnannouncedSpecChanges(root)).toEqual([]);
  });

  it('refuses an existing version and an unknown API', async () => {
    await expect(newSpecVersion('provisioning', '1.2.7', root)).rejects.toThrow(/already exists/);
    await expect(newSpecVersion('fax', '1.0.0', root)).rejects.toThrow(/no package is generated from specs\/fax/);
  });
});

describe('check:spec-changesets', () => {
  const specFile = () => join(root, 'specs/provisioning/1.2.7/openapi.yaml');

  it('counts a change to any part of a split spec as a spec change', async () => {
    const spec = await readFile(specFile(), 'utf8');
    const [head, rest] = spec.split(/^paths:\n/m);
    const [paths, components] = rest.split(/^components:\n/m);
    // Move every path into a part file listed by the root: same document, new layout.
    await writeFile(specFile(), `${head}x-sinchkit-parts: [webhooks.yaml]\ncomponents:\n${components}`);
    await writeFile(join(root, 'specs/provisioning/1.2.7/webhooks.yaml'), `paths:\n${paths}`);
    await recordSpecHashes(root);
    expect(await findUnannouncedSpecChanges(root)).toEqual([]);
    expect((await findDrift(root)).problems).toEqual([]);

    const part = join(root, 'specs/provisioning/1.2.7/webhooks.yaml');
    await writeFile(part, `${await readFile(part, 'utf8')}\n# edited\n`);
    expect(await findUnannouncedSpecChanges(root)).toHaveLength(1);
  });

  it('passes while the spec is the released one', async () => {
    expect(await findUnannouncedSpecChanges(root)).toEqual([]);
  });

  it('fails when the spec changes without a changeset naming the package, and passes with one', async () => {
    await writeFile(specFile(), `${await readFile(specFile(), 'utf8')}\n# edited\n`);
    expect(await findUnannouncedSpecChanges(root)).toEqual([
      '@sinchkit/provisioning: specs/provisioning/1.2.7 changed since its last release, but no changeset names @sinchkit/provisioning',
    ]);
    await writeFile(join(root, '.changeset/other.md'), '---\n"@sinchkit/signing": patch\n---\n\nUnrelated.\n');
    expect(await findUnannouncedSpecChanges(root)).toHaveLength(1);
    await writeFile(join(root, '.changeset/spec.md'), "---\n'@sinchkit/provisioning': minor\n---\n\nNew triggers.\n");
    expect(await findUnannouncedSpecChanges(root)).toEqual([]);
  });
});
