// Turns each package's spec (named in its package.json) into src/generated/: the types as one
// declaration file, schema.d.cts, and small runtime modules (*.ts).
// Pure: returns the files it would write, so `generate` writes them and `check-drift` compares them.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import { deref, escapeToken, lookup } from './json-pointer.mjs';
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

/**
 * Packages that need only the callbacks of some APIs (@sinchkit/signing): package.json
 * `sinchkit.callbackTypes` maps an API to the JSON pointers of its callbacks, e.g.
 * `{ "conversation": ["#/webhooks"] }`. The spec is the one that API's client is generated from.
 */
export async function callbackTypePackages(root = repoRoot) {
  const specs = new Map((await generatedPackages(root)).map((pkg) => [pkg.api, pkg]));
  return (await workspacePackages(root))
    .filter(({ manifest }) => manifest.sinchkit?.callbackTypes)
    .map(({ dir, manifest }) => ({
      root,
      dir,
      name: manifest.name,
      apis: Object.entries(manifest.sinchkit.callbackTypes).map(([api, roots]) => {
        const client = specs.get(api);
        if (!client) throw new Error(`${manifest.name}: no client package is generated from a ${api} spec`);
        return { api, roots, specVersion: client.specVersion, specFile: client.specFile };
      }),
    }));
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

  const { document: typed, codes } = withTypedErrorCodes(withNestedRequired(document));
  const schema = header(specPath) + SCHEMA_NOTE + (await declarations(typed));

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

  const files = {
    [join(pkg.dir, 'src/generated/schema.d.cts')]: schema,
    [join(pkg.dir, 'src/generated/spec.ts')]: spec,
  };
  if (codes.size > 0) files[join(pkg.dir, 'src/generated/error-codes.ts')] = header(specPath) + errorCodesModule(codes);
  return files;
}

/** The TypeScript declarations of a document, as every package gets them. */
async function declarations(document) {
  const ast = await openapiTS(document, {
    silent: true,
    alphabetize: false,
    // `type: object` without properties is an open object, not Record<string, never>.
    emptyObjectsUnknown: true,
    // A field with a default is still optional: a request may leave it out, an answer may too.
    defaultNonNullable: false,
    transform: (schemaObject) => (schemaObject[KNOWN_CODES] ? knownCodesType(schemaObject[KNOWN_CODES]) : undefined),
  });
  return halveIndentation(astToString(ast));
}

// The types are declarations only. As a CommonJS declaration file they can be shipped once
// (dist/generated/schema.d.cts) and imported by both the ESM and the CJS declarations of the
// package, instead of being inlined into each (which shipped the types twice).
const SCHEMA_NOTE = `// Imported as './generated/schema.cjs' by the package's source and by both of its builds'
// declarations, which ship this file once as dist/generated/schema.d.cts.

`;

/** Two spaces per level instead of the printer's four: the same code in fewer bytes to install. */
function halveIndentation(code) {
  return code.replace(/^( {4})+/gm, (indent) => ' '.repeat(indent.length / 2));
}

// ---- callbacks only ---------------------------------------------------------------------------
/** `<api>-callbacks.d.cts` for each API a callback-types package names: its callbacks' types alone. */
export async function renderCallbackTypes(pkg) {
  const files = {};
  for (const { api, roots, specVersion, specFile } of pkg.apis) {
    const specPath = relative(pkg.root, specFile).split('\\').join('/');
    const document = await loadSpec(specFile);
    const note = `// The part of the ${api} spec (${specVersion}) that its callbacks use: ${roots.join(', ')},
// and every component reached from there. Imported as './generated/${api}-callbacks.cjs'; shipped once.

`;
    const types = await declarations(withNestedRequired(callbacksOnly(document, roots)));
    files[join(pkg.dir, `src/generated/${api}-callbacks.d.cts`)] = header(specPath) + note + types;
  }
  return files;
}

/** The document cut down to `roots` (JSON pointers) and the components they reach through $refs. */
function callbacksOnly(document, roots) {
  const reached = new Set();
  const visit = (node) => {
    if (!node || typeof node !== 'object') return;
    if (typeof node.$ref === 'string' && !reached.has(node.$ref)) {
      reached.add(node.$ref);
      visit(lookup(document, node.$ref));
    }
    for (const value of Object.values(node)) visit(value);
  };
  for (const root of roots) {
    if (lookup(document, root) === undefined) throw new Error(`${root} is not in the ${document.info.title} spec`);
    visit({ $ref: root });
  }
  const components = {};
  for (const [kind, entries] of Object.entries(document.components ?? {})) {
    const kept = Object.entries(entries).filter(([name]) => reached.has(`#/components/${kind}/${escapeToken(name)}`));
    if (kept.length > 0) components[kind] = Object.fromEntries(kept);
  }
  const webhooks = roots.includes('#/webhooks') ? document.webhooks : undefined;
  return { openapi: document.openapi, info: document.info, paths: {}, ...(webhooks && { webhooks }), components };
}

// ---- required fields openapi-typescript would drop -------------------------------------------
// `required: [x]` beside an allOf keeps x required only when an allOf member declares x itself;
// when x sits deeper (a member that is itself an allOf), openapi-typescript drops it. An extra
// member that restates x as required keeps it in the types. The spec itself is not changed.
function propertyIn(document, schema, name, depth = 0) {
  const node = deref(document, schema);
  if (!node || depth > 10) return undefined;
  if (node.properties?.[name]) return node.properties[name];
  for (const part of node.allOf ?? []) {
    const found = propertyIn(document, part, name, depth + 1);
    if (found) return found;
  }
  return undefined;
}

function declaresDirectly(document, member, name) {
  return Boolean(deref(document, member)?.properties?.[name]);
}

function withNestedRequired(document) {
  const copy = structuredClone(document);
  for (const schema of Object.values(copy.components?.schemas ?? {})) {
    if (!Array.isArray(schema?.allOf) || !Array.isArray(schema.required)) continue;
    for (const name of schema.required) {
      if (schema.properties?.[name] || schema.allOf.some((m) => declaresDirectly(copy, m, name))) continue;
      const property = propertyIn(copy, { allOf: schema.allOf }, name);
      if (property) schema.allOf.push({ type: 'object', required: [name], properties: { [name]: property } });
    }
  }
  return copy;
}

// ---- documented error codes -----------------------------------------------------------------
// An error response that lists `x-error-codes` gets an `errorCode` typed as those codes, still open
// to codes Sinch has not documented: `'invalid_input' | 'invalid_payload' | (string & {})`.
const KNOWN_CODES = 'x-sinchkit-known-codes';
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];

function withTypedErrorCodes(document) {
  const codes = new Map(); // operationId → Map(status → codes)
  const copy = structuredClone(document);
  for (const item of Object.values(copy.paths ?? {}))
    for (const method of METHODS) {
      const operation = item?.[method];
      if (!operation) continue;
      for (const [status, response] of Object.entries(operation.responses ?? {})) {
        const media = response?.content?.['application/json'];
        const list = media?.['x-error-codes'];
        if (!Array.isArray(list) || list.length === 0 || !media.schema) continue;
        media.schema = {
          allOf: [media.schema, { type: 'object', properties: { errorCode: { type: 'string', [KNOWN_CODES]: list } } }],
        };
        if (!codes.has(operation.operationId)) codes.set(operation.operationId, new Map());
        codes.get(operation.operationId).set(status, list);
      }
    }
  return { document: copy, codes };
}

function knownCodesType(list) {
  const f = ts.factory;
  const openString = f.createIntersectionTypeNode([
    f.createKeywordTypeNode(ts.SyntaxKind.StringKeyword),
    f.createTypeLiteralNode([]),
  ]);
  return f.createUnionTypeNode([
    ...list.map((code) => f.createLiteralTypeNode(f.createStringLiteral(code))),
    openString,
  ]);
}

function errorCodesModule(codes) {
  const union = (list) => list.map((code) => JSON.stringify(code)).join(' | ');
  const operations = [...codes]
    .map(
      ([operationId, statuses]) =>
        `  ${operationId}: {\n${[...statuses].map(([status, list]) => `    ${status}: ${union(list)};`).join('\n')}\n  };`,
    )
    .join('\n');
  return `/** The error codes each operation's error responses document, by operation id and status. */
export interface ErrorCodes {
${operations}
}
`;
}

export async function renderAll(root = repoRoot) {
  const files = {};
  for (const pkg of await generatedPackages(root)) Object.assign(files, await renderPackage(pkg));
  for (const pkg of await callbackTypePackages(root)) Object.assign(files, await renderCallbackTypes(pkg));
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
  for (const pkg of [...(await generatedPackages(root)), ...(await callbackTypePackages(root))]) {
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
