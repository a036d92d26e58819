// pnpm bench:allocations  (builds first; or `node scripts/bench/allocations.mjs` after `pnpm build`)
//
// What each client allocates on the JS heap per GET "list webhooks" at 64 in flight, garbage
// included, next to raw undici.request measured in the same run: every byte allocated is work for
// the garbage collector, and what requests in flight hold is copied by every young-generation GC,
// which is why a client slows down as more requests wait (256 in flight in pnpm bench:clients).
// Each contender runs in a fresh process (scripts/bench/runner.mjs, mode `allocations`); the
// largest allocating functions are listed. Sampled (every 512 bytes on average), so expect a few %.
import { killAll, RUNNER, runToExit, startServer } from './children.mjs';
import { printRows } from './report.mjs';

const CONTENDERS = ['undici', 'sinchkit'];
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

try {
  const server = await startServer();
  const results = {};
  for (const id of CONTENDERS) {
    const { code, stdout } = await runToExit([RUNNER, id, server.baseUrl, 'allocations']);
    if (code !== 0) throw new Error(`the ${id} runner failed (exit code ${code})`);
    results[id] = JSON.parse(stdout);
  }
  server.stop();
  console.log(`JS heap allocated per GET list webhooks, 64 in flight, Node ${process.version}`);
  const baseline = results.undici.bytesPerRequest;
  printRows(
    CONTENDERS.map((id) => [
      id,
      kb(results[id].bytesPerRequest),
      `${(results[id].bytesPerRequest / baseline).toFixed(2)}×`,
    ]),
    { first: 12, rest: 10 },
  );
  for (const id of CONTENDERS) {
    console.log(`\n${id}: largest allocating functions, per request`);
    printRows(
      results[id].sites.map(([where, bytes]) => [where, `${Math.round(bytes)} B`]),
      { first: 60, rest: 8 },
    );
  }
} finally {
  killAll();
}
process.exit(0);
