// pnpm check:drift: fails when src/generated/ differs from what the specs produce now.
import { findDrift } from './lib/codegen.mjs';

const { problems, fileCount } = await findDrift();
if (problems.length > 0) {
  console.error(
    `Generated code is out of date:\n  ${problems.join('\n  ')}\nRun \`pnpm generate\` and commit the result.`,
  );
  process.exit(1);
}
console.log(`generated code matches the specs (${fileCount} files)`);
