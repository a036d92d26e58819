import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadSpec, specHash } from '../lib/spec-bundle.mjs';

let dir;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sinchkit-bundle-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const root = (parts) =>
  `openapi: 3.1.0\ninfo: { title: t, version: '1' }\nx-sinchkit-parts: [${parts.join(', ')}]\npaths: {}\n`;
const part = (path, schema) =>
  `paths:\n  ${path}:\n    get:\n      responses: { '200': { description: ok } }\ncomponents:\n  schemas:\n    ${schema}: { type: string }\n`;

describe('loadSpec', () => {
  it('merges the paths and components of every part into one document, without the parts list', async () => {
    await writeFile(join(dir, 'openapi.yaml'), root(['a.yaml', 'b.yaml']));
    await writeFile(join(dir, 'a.yaml'), part('/a', 'A'));
    await writeFile(join(dir, 'b.yaml'), part('/b', 'B'));
    const document = await loadSpec(join(dir, 'openapi.yaml'));
    expect(Object.keys(document.paths)).toEqual(['/a', '/b']);
    expect(Object.keys(document.components.schemas)).toEqual(['A', 'B']);
    expect(document['x-sinchkit-parts']).toBeUndefined();
  });

  it('refuses a schema defined in two parts, naming both files', async () => {
    await writeFile(join(dir, 'openapi.yaml'), root(['a.yaml', 'b.yaml']));
    await writeFile(join(dir, 'a.yaml'), part('/a', 'Same'));
    await writeFile(join(dir, 'b.yaml'), part('/b', 'Same'));
    await expect(loadSpec(join(dir, 'openapi.yaml'))).rejects.toThrow(
      /"Same" is defined in both .*a\.yaml and .*b\.yaml/,
    );
  });

  it('refuses a part with a top-level key other than paths, webhooks, components or tags', async () => {
    await writeFile(join(dir, 'openapi.yaml'), root(['a.yaml']));
    await writeFile(join(dir, 'a.yaml'), 'info: { title: x }\n');
    await expect(loadSpec(join(dir, 'openapi.yaml'))).rejects.toThrow(/a part may only hold/);
  });

  it('hashes every file of a split spec', async () => {
    await writeFile(join(dir, 'openapi.yaml'), root(['a.yaml']));
    await writeFile(join(dir, 'a.yaml'), part('/a', 'A'));
    const before = await specHash(join(dir, 'openapi.yaml'));
    await writeFile(join(dir, 'a.yaml'), part('/a2', 'A'));
    expect(await specHash(join(dir, 'openapi.yaml'))).not.toBe(before);
  });
});
