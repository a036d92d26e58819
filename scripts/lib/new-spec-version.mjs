// Scaffolds specs/<api>/<version>/ from the package's current spec, points the package at it,
// regenerates, and writes a changeset whose bump comes from the spec diff.
import { cp, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { generatedPackages, writeAll } from './codegen.mjs';
import { repoRoot } from './paths.mjs';
import { loadSpec } from './spec-bundle.mjs';
import { diffSpecs, summariseDiff } from './spec-diff.mjs';

const VERSION = /^\d+(\.\d+){0,2}$/;

export async function newSpecVersion(api, version, root = repoRoot) {
  if (!VERSION.test(version)) throw new Error(`"${version}" is not a version like 1.2.8`);
  const pkg = (await generatedPackages(root)).find((p) => p.api === api);
  if (!pkg) throw new Error(`no package is generated from specs/${api}/`);
  const from = pkg.specVersion;
  const target = join(root, 'specs', api, version);
  if (await stat(target).catch(() => null)) throw new Error(`specs/${api}/${version} already exists`);

  await cp(join(root, 'specs', api, from), target, { recursive: true });
  const specFile = join(target, 'openapi.yaml');
  const source = await readFile(specFile, 'utf8');
  // Only info.version changes: a text edit keeps the author's formatting and comments.
  const updated = source.replace(
    /^(info:\n(?:[ \t]+.*\n)*?[ \t]+version:[ \t]*)(['"]?)[^\n'"]+\2[ \t]*$/m,
    `$1'${version}'`,
  );
  if (parse(updated)?.info?.version !== version)
    throw new Error(`could not set info.version in specs/${api}/${version}/openapi.yaml`);
  await writeFile(specFile, updated);

  const manifestFile = join(pkg.dir, 'package.json');
  const manifest = JSON.parse(await readFile(manifestFile, 'utf8'));
  manifest.sinchkit.specVersion = version;
  await writeFile(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
  await writeAll(root);

  const diff = diffSpecs(await loadSpec(join(root, 'specs', api, from, 'openapi.yaml')), await loadSpec(specFile));
  const { bump } = diff;
  const changeset = join(root, '.changeset', `${api}-spec-${version.replaceAll('.', '-')}.md`);
  const notes = diff.breaking.length + diff.additive.length ? `\n\n${summariseDiff(diff, { from, to: version })}` : '';
  await writeFile(
    changeset,
    `---\n"${pkg.name}": ${bump}\n---\n\nGenerated from the ${api} spec ${version} (was ${from}).${notes}\n`,
  );
  return { from, version, bump, specFile, changeset };
}
