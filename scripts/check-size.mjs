// pnpm check:size: bundles what an app would import from each package (minified, gzip) for the
// browser (the web build) and for Node (the node build, with our HTTP/1.1 client), and fails when a
// budget is exceeded. Sizes are deterministic, so this runs in CI.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { repoRoot } from './lib/paths.mjs';

// Each entry: what an app imports, and its budget in gzip bytes.
export const budgets = [
  {
    name: '@sinchkit/provisioning (client + core)',
    code: "export { createProvisioningClient } from '@sinchkit/provisioning';",
    budget: 10_000,
  },
  {
    name: '@sinchkit/conversation (client + core)',
    code: "export { createConversationClient } from '@sinchkit/conversation';",
    budget: 10_000,
  },
  {
    name: '@sinchkit/registrations (client + core)',
    code: "export { createRegistrationsClient } from '@sinchkit/registrations';",
    budget: 10_000,
  },
  // Conversation, Provisioning and X-Sinch-Signature verification with both trigger tables.
  { name: '@sinchkit/signing (everything)', code: "export * from '@sinchkit/signing';", budget: 5_000 },
  { name: '@sinchkit/pagination (+ core)', code: "export { paginate } from '@sinchkit/pagination';", budget: 10_000 },
  {
    name: '@sinchkit/conversation for Node (client + core)',
    code: "export { createConversationClient } from '@sinchkit/conversation';",
    budget: 15_000,
    platform: 'node',
  },
  {
    name: '@sinchkit/provisioning for Node (client + core)',
    code: "export { createProvisioningClient } from '@sinchkit/provisioning';",
    budget: 15_000,
    platform: 'node',
  },
  {
    name: 'openapi-fetch alone (reference)',
    code: "export { default } from 'openapi-fetch';",
    budget: Number.POSITIVE_INFINITY,
  },
];

export async function measure(code, platform = 'browser') {
  const result = await build({
    stdin: { contents: code, resolveDir: repoRoot, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform,
    write: false,
    logLevel: 'silent',
  });
  const bytes = result.outputFiles[0].contents;
  return { minified: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

let failed = false;
for (const { name, code, budget, platform } of budgets) {
  const { minified, gzip } = await measure(code, platform);
  const ok = gzip <= budget;
  failed ||= !ok;
  const limit = Number.isFinite(budget) ? `budget ${(budget / 1000).toFixed(1)} kB` : 'no budget';
  console.log(
    `${ok ? 'ok  ' : 'OVER'} ${name.padEnd(48)} ${(minified / 1000).toFixed(1).padStart(5)} kB min  ${(gzip / 1000).toFixed(2).padStart(5)} kB gzip  (${limit})`,
  );
}
if (failed) process.exit(1);
