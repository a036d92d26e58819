// Turns each package's spec (named in its package.json) into src/generated/*.ts.
// Pure: returns the files it would write, so `generate` writes them and `check-drift` compares them.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { repoRoot } from './paths.mjs';
import { loadSpec } from './spec-bundle.mjs';
import { workspacePackages } from './workspace.mjs';

/** Packages whose package.json has `sinchkit.api` and `sinchkit.specVersion`. */
export async function generatedPackages(root = repoRoot) {
  return (await workspacePackages(root))
    .filter(({ manifest }) => manifest.sinchkit?.api && manifest.sinchkit?.specVersion)
    .map(({ dir, manifest }) => {
      const { api, specVersion } = manifest.sinchkit;
      const specFile = join(root, 'specs', api, specVersion, 'openapi.yaml');
      return { root, dir, name: manifest.name, api, specVersion, specFile };
    });
}

function header(specPath) {
  return `// Generated from ${specPath} by scripts/generate.mjs — do not edit.\n// Run \`pnpm generate\` after changing the spec.\n\n`;
}

/** The files generated for one package, as { path → contents }. */
export async function renderPackage(pkg) {
  const specPath = relative(pkg.root, pkg.specFile).split('\\').join('/');
  const document = await loadSpec(pkg.specFile);
  if (document?.info?.version !== pkg.specVersion) {
    throw new Error(
      `${specPath}: info.version is ${JSON.stringify(document?.info?.version)}, but the folder says ${pkg.specVersion}`,
    );
  }

  const ast = await openapiTS(document, { silent: true, alphabetize: false });
  const schema = header(specPath) + astToString(ast);

  // Servers and the spec identity are runtime values the hand-written client reads.
  const servers = (document.servers ?? []).map((server) => ({
    url: server.url,
    variables: Object.fromEntries(
      Object.entries(server.variables ?? {}).map(([name, v]) => [name, { default: v.default, enum: v.enum ?? [] }]),
    ),
  }));
  const spec = `${header(specPath)}/** Which spec this package was generated from. */
export const spec = ${JSON.stringify({ api: pkg.api, version: pkg.specVersion, path: specPath, title: document.info.title }, null, 2)} as const;

/** The servers the spec declares, first one is the default. */
export const servers = ${JSON.stringify(servers, null, 2)} as const;
`;

  return {
    [join(pkg.dir, 'src/generated/schema.ts')]: schema,
    [join(pkg.dir, 'src/generated/spec.ts')]: spec,
  };
}

export async function renderAll(root = repoRoot) {
  const files = {};
  for (const pkg of await generatedPackages(root)) Object.assign(files, await renderPackage(pkg));
  return files;
}

/** Lists every way src/generated/ differs from what the specs produce now. */
export async function findDrift(root = repoRoot) {
  const expected = await renderAll(root);
  const problems = [];
  for (const [path, contents] of Object.entries(expected)) {
    const actual = await readFile(path, 'utf8').catch(() => null);
    if (actual === null) problems.push(`missing: ${relative(root, path)}`);
    else if (actual !== contents) problems.push(`differs from its spec: ${relative(root, path)}`);
  }
  // A generated file no spec produces any more is drift too.
  for (const pkg of await generatedPackages(root)) {
    const dir = join(pkg.dir, 'src/generated');
    for (const name of await readdir(dir).catch(() => [])) {
      const path = join(dir, name);
      if (!(path in expected)) problems.push(`stale: ${relative(root, path)}`);
    }
  }
  return { problems, fileCount: Object.keys(expected).length };
}

/** Writes every generated file; returns their paths. */
export async function writeAll(root = repoRoot) {
  const files = await renderAll(root);
  for (const [path, contents] of Object.entries(files)) {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, contents);
  }
  return Object.keys(files);
}
