// node scripts/bench/cold-import.mjs  (after `pnpm build`)
// Cold import time of each client on Node, next to `node -e 0` measured in the same run
// (medians of 15 interleaved runs), as a ratio; the goal is at most 1.2× for the clients.
// Prints figures; it is not a test.
import { spawnSync } from 'node:child_process';
import { repoRoot } from '../lib/paths.mjs';

const RUNS = 15;
const cases = {
  'node -e 0 (baseline)': ['-e', '0'],
  '@sinchkit/provisioning': ['--input-type=module', '-e', "import '@sinchkit/provisioning'"],
  '@sinchkit/conversation': ['--input-type=module', '-e', "import '@sinchkit/conversation'"],
  '@sinchkit/signing': ['--input-type=module', '-e', "import '@sinchkit/signing'"],
  'openapi-fetch (reference)': ['--input-type=module', '-e', "import 'openapi-fetch'"],
  '@sinch/conversation (official SDK)': ['--input-type=module', '-e', "import '@sinch/conversation'"],
};
const times = Object.fromEntries(Object.keys(cases).map((name) => [name, []]));
for (let run = 0; run < RUNS; run++) {
  for (const [name, args] of Object.entries(cases)) {
    const start = process.hrtime.bigint();
    const result = spawnSync(process.execPath, args, { cwd: repoRoot, stdio: 'inherit' });
    if (result.status !== 0) throw new Error(`${name} failed`);
    times[name].push(Number(process.hrtime.bigint() - start) / 1e6);
  }
}
const median = (xs) => xs.toSorted((a, b) => a - b)[Math.floor(xs.length / 2)];
const baseline = median(times['node -e 0 (baseline)']);
console.log(`cold import, medians of ${RUNS} runs, Node ${process.version}`);
for (const [name, xs] of Object.entries(times)) {
  const ms = median(xs);
  const ratio = `${(ms / baseline).toFixed(2)}×`;
  console.log(
    `${name.padEnd(38)} ${ms.toFixed(1).padStart(7)} ms ${ratio.padStart(7)}   +${(ms - baseline).toFixed(1)} ms`,
  );
}
