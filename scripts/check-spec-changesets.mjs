// pnpm check:spec-changesets: a spec change cannot land without a changeset for its package.
import { findUnannouncedSpecChanges } from './lib/spec-changesets.mjs';

const problems = await findUnannouncedSpecChanges();
if (problems.length > 0) {
  console.error(
    `${problems.join('\n')}\nRun \`pnpm changeset\` and pick the package (\`pnpm spec-diff old new\` proposes the bump).`,
  );
  process.exit(1);
}
console.log('every changed spec has a changeset for its package');
