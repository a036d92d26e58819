// pnpm check:fidelity: compares each generated package's spec with Sinch's published structure
// in ../shared/reference/ (when that folder is present) and fails below 98 % of the reference's
// facts or on any unexplained contradiction.
//
//   node scripts/check-fidelity.mjs [--verbose] [--only <text>] [--reference-dir <dir>]
//   --verbose      list every uncovered fact, every deviation and every addition
//   --only <text>  list only the findings whose location contains <text> (e.g. a path or schema)
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generatedPackages } from './lib/codegen.mjs';
import { compareSpecs } from './lib/fidelity.mjs';
import { formatReport, referenceFor } from './lib/fidelity-report.mjs';
import { repoRoot } from './lib/paths.mjs';
import { loadSpec } from './lib/spec-bundle.mjs';

const MIN_COVERAGE = 0.98;
const { values } = parseArgs({
  options: {
    verbose: { type: 'boolean', default: false },
    only: { type: 'string' },
    'reference-dir': { type: 'string', default: join(repoRoot, '..', 'shared', 'reference') },
  },
});
const referenceDir = values['reference-dir'];

if (!existsSync(referenceDir)) {
  console.log(`fidelity: no reference folder at ${referenceDir}; nothing to compare.`);
  process.exit(0);
}

let failed = false;
for (const pkg of await generatedPackages()) {
  const reference = await referenceFor(referenceDir, pkg.api, pkg.specVersion);
  if (!reference) {
    console.log(`${pkg.name}: no reference for ${pkg.api} ${pkg.specVersion}; skipped.`);
    continue;
  }
  const report = compareSpecs(reference.document, await loadSpec(pkg.specFile));
  const ok = report.coverage >= MIN_COVERAGE && report.contradictions.length === 0;
  failed ||= !ok;
  console.log(formatReport(pkg, reference.file, report, { ...values, minCoverage: MIN_COVERAGE, ok }));
}
if (failed) process.exit(1);
