// pnpm spec-diff <old openapi.yaml> <new openapi.yaml> [--full]: breaking vs additive changes and the bump.

import { loadSpec } from './lib/spec-bundle.mjs';
import { diffSpecs, summariseDiff } from './lib/spec-diff.mjs';

//   --full  every change, one per line, instead of the summary (which lists every breaking change,
//           counts new operations by tag and writes a change repeated at many places once)
const args = process.argv.slice(2);
const full = args.includes('--full');
const [oldFile, newFile] = args.filter((arg) => !arg.startsWith('--'));
if (!oldFile || !newFile) {
  console.error('usage: pnpm spec-diff <old openapi.yaml> <new openapi.yaml> [--full]');
  process.exit(2);
}
const [before, after] = [await loadSpec(oldFile), await loadSpec(newFile)];
const diff = diffSpecs(before, after);
if (full) {
  console.log(`breaking (${diff.breaking.length}):${diff.breaking.map((c) => `\n  - ${c}`).join('')}`);
  console.log(`additive (${diff.additive.length}):${diff.additive.map((c) => `\n  + ${c}`).join('')}`);
  console.log(`proposed bump: ${diff.bump}`);
} else console.log(summariseDiff(diff, { from: before.info?.version, to: after.info?.version }));
