// What the per-attempt timeout costs: the core's `bounded` (the one place a timer is set and
// cleared for every attempt) with timeoutMs 60,000 next to timeoutMs 0 (no timer) in the same
// process, 64 attempts in flight whose work settles on the next microtask, rounds interleaved.
// The difference of the medians is the cost of the timer per request.
import { build } from 'esbuild';
import { repoRoot } from '../lib/paths.mjs';
import { median, printRows } from './report.mjs';

const IN_FLIGHT = 64;
const ATTEMPTS = 200_000;
const ROUNDS = 7;

async function loadBounded() {
  const { outputFiles } = await build({
    entryPoints: [`${repoRoot}/packages/core/src/http/bounded.ts`],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
  });
  const source = Buffer.from(outputFiles[0].contents).toString('base64');
  return (await import(`data:text/javascript;base64,${source}`)).bounded;
}

/** Nanoseconds per attempt of `bounded(timeoutMs, …)`, IN_FLIGHT at a time. */
async function nsPerAttempt(bounded, timeoutMs) {
  const work = () => Promise.resolve(1);
  let started = 0;
  const worker = async () => {
    while (started++ < ATTEMPTS) await bounded(timeoutMs, undefined, work);
  };
  const start = process.hrtime.bigint();
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  return Number(process.hrtime.bigint() - start) / ATTEMPTS;
}

export async function measureTimeoutCost() {
  const bounded = await loadBounded();
  const samples = { off: [], on: [] };
  await nsPerAttempt(bounded, 0); // warm-up
  await nsPerAttempt(bounded, 60_000);
  for (let round = 0; round < ROUNDS; round++) {
    samples.off.push(await nsPerAttempt(bounded, 0));
    samples.on.push(await nsPerAttempt(bounded, 60_000));
  }
  const off = median(samples.off);
  const on = median(samples.on);
  return { offNs: off, onNs: on, costUs: (on - off) / 1000 };
}

export function printTimeoutCost({ offNs, onNs, costUs }) {
  console.log(`\nTimeout cost per attempt (core bounded(), ${IN_FLIGHT} in flight, medians of ${ROUNDS} rounds)`);
  printRows(
    [
      ['timeoutMs', 'ns/attempt'],
      ['0 (no timer, baseline)', offNs.toFixed(0)],
      ['60,000 (the default)', onNs.toFixed(0)],
      ['cost of the timer', `${costUs.toFixed(2)} µs`],
    ],
    { first: 28, rest: 12 },
  );
}
