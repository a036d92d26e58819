// pnpm spec-diff <old openapi.yaml> <new openapi.yaml>: breaking vs additive changes and the bump.

import { loadSpec } from './lib/spec-bundle.mjs';
import { diffSpecs } from './lib/spec-diff.mjs';

const [oldFile, newFile] = process.argv.slice(2);
if (!oldFile || !newFile) {
  console.error('usage: pnpm spec-diff <old openapi.yaml> <new openapi.yaml>');
  process.exit(2);
}
const { breaking, additive, bump } = diffSpecs(await loadSpec(oldFile), await loadSpec(newFile));
console.log(`breaking (${breaking.length}):${breaking.map((c) => `\n  - ${c}`).join('')}`);
console.log(`additive (${additive.length}):${additive.map((c) => `\n  + ${c}`).join('')}`);
console.log(`proposed bump: ${bump}`);
