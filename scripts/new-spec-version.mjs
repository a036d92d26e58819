// pnpm new-spec-version <api> <version>, e.g. `pnpm new-spec-version provisioning 1.2.8`.
// Then edit specs/<api>/<version>/openapi.yaml, run `pnpm generate` and `pnpm spec-diff` again,
// and adjust the changeset's bump if the edits made it breaking or additive.
import { relative } from 'node:path';
import { newSpecVersion } from './lib/new-spec-version.mjs';
import { repoRoot } from './lib/paths.mjs';

const [api, version] = process.argv.slice(2);
if (!api || !version) {
  console.error('usage: pnpm new-spec-version <api> <version>');
  process.exit(2);
}
const result = await newSpecVersion(api, version);
console.log(`specs/${api}/${result.version} created from ${result.from}, package regenerated`);
console.log(`changeset (${result.bump}): ${relative(repoRoot, result.changeset)}`);
