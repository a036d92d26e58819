// A spec is one openapi.yaml, or a root openapi.yaml plus the area files it lists under
// `x-sinchkit-parts`. Every tool (generation, drift, lint, Prism, spec diff, fidelity) reads the
// bundled document this module builds, so a split spec behaves exactly like a single file.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from './paths.mjs';

const PARTS_KEY = 'x-sinchkit-parts';
// Sections a part may contribute; each entry must be defined by exactly one file.
const MAPS = ['paths', 'webhooks'];
const COMPONENT_MAPS = [
  'schemas',
  'responses',
  'parameters',
  'examples',
  'requestBodies',
  'headers',
  'securitySchemes',
  'links',
  'callbacks',
  'pathItems',
];
const PART_KEYS = new Set([...MAPS, 'components', 'tags']);

function mergeMap(target, source, section, file, owners) {
  for (const [key, value] of Object.entries(source ?? {})) {
    const owner = owners.get(`${section}/${key}`);
    if (owner) throw new Error(`${section} "${key}" is defined in both ${owner} and ${file}`);
    owners.set(`${section}/${key}`, file);
    target[key] = value;
  }
}

/** The files a spec is made of: the root first, then its parts in the order it lists them. */
export async function specFiles(rootFile) {
  const root = parse(await readFile(rootFile, 'utf8'));
  const parts = root?.[PARTS_KEY] ?? [];
  if (!Array.isArray(parts) || !parts.every((p) => typeof p === 'string'))
    throw new Error(`${rootFile}: ${PARTS_KEY} must be a list of file names`);
  return [rootFile, ...parts.map((part) => join(dirname(rootFile), part))];
}

/**
 * The whole document: the root with every part's paths, webhooks, components and tags merged in.
 * A key defined twice (in the root or in two parts) is an error naming both files.
 */
export async function loadSpec(rootFile) {
  const [rootPath, ...partPaths] = await specFiles(rootFile);
  const document = parse(await readFile(rootPath, 'utf8'));
  delete document[PARTS_KEY];
  if (partPaths.length === 0) return document;

  const name = (file) => relative(repoRoot, file);
  const owners = new Map();
  document.components ??= {};
  for (const section of MAPS) if (document[section]) mergeMap({}, document[section], section, name(rootPath), owners);
  for (const section of COMPONENT_MAPS)
    mergeMap({}, document.components[section], `components/${section}`, name(rootPath), owners);

  for (const file of partPaths) {
    const part = parse(await readFile(file, 'utf8')) ?? {};
    const unknown = Object.keys(part).filter((key) => !PART_KEYS.has(key));
    if (unknown.length)
      throw new Error(`${name(file)}: a part may only hold ${[...PART_KEYS].join(', ')} (found ${unknown})`);
    for (const section of MAPS) {
      if (!part[section]) continue;
      document[section] ??= {};
      mergeMap(document[section], part[section], section, name(file), owners);
    }
    for (const [section, entries] of Object.entries(part.components ?? {})) {
      if (!COMPONENT_MAPS.includes(section)) throw new Error(`${name(file)}: unknown components section ${section}`);
      document.components[section] ??= {};
      mergeMap(document.components[section], entries, `components/${section}`, name(file), owners);
    }
    if (part.tags) {
      document.tags ??= [];
      for (const tag of part.tags) {
        if (document.tags.some((t) => t.name === tag.name))
          throw new Error(`${name(file)}: tag ${tag.name} is defined twice`);
        document.tags.push(tag);
      }
    }
  }
  return document;
}

/** SHA-256 over every file of the spec (root and parts), so an edit to any part changes it. */
export async function specHash(rootFile) {
  const hash = createHash('sha256');
  const files = await specFiles(rootFile);
  for (const file of files) {
    if (files.length > 1) hash.update(`${relative(dirname(rootFile), file)}\n`);
    hash.update(await readFile(file));
  }
  return hash.digest('hex');
}

const BUNDLE_DIR = join(repoRoot, 'node_modules', '.cache', 'sinchkit', 'specs');

/**
 * Removes every schema-level `examples` list. Media-type and parameter `examples` maps, and every
 * `example`, are data and stay as they are (a field named `examples` inside them included).
 */
function withoutSchemaExamples(node, inProperties = false) {
  if (Array.isArray(node)) return node.map((item) => withoutSchemaExamples(item));
  if (!node || typeof node !== 'object') return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (!inProperties && key === 'examples' && Array.isArray(value)) continue;
    out[key] =
      !inProperties && (key === 'example' || key === 'examples')
        ? value
        : withoutSchemaExamples(value, key === 'properties');
  }
  return out;
}

/**
 * Writes the bundled document as JSON for tools that need a file (Prism, redocly), and returns
 * its path. The name carries a content hash, so concurrent runs never overwrite each other.
 *
 * `forMock`: Prism answers with a schema's own `examples` in preference to the response's named
 * examples; those schema examples are there to prove oneOfs unambiguous, so the mock gets a copy
 * without them and answers with each response's documented example.
 */
export async function writeBundle(rootFile, { forMock = false } = {}) {
  const loaded = await loadSpec(rootFile);
  const document = forMock ? withoutSchemaExamples(loaded) : loaded;
  const json = JSON.stringify(document, null, 1);
  const id = relative(join(repoRoot, 'specs'), dirname(rootFile)).split(/[\\/]/).join('-');
  const file = join(BUNDLE_DIR, `${id}-${createHash('sha256').update(json).digest('hex').slice(0, 12)}.json`);
  // Content-addressed: an existing file already holds exactly this. Not touching it matters, as a
  // running Prism watches its file and restarts (dropping connections) when it changes.
  if (await stat(file).catch(() => null)) return file;
  await mkdir(BUNDLE_DIR, { recursive: true });
  // Written aside and renamed: a reader never sees half a file.
  const partial = `${file}.${process.pid}.tmp`;
  await writeFile(partial, json);
  await rename(partial, file);
  return file;
}
