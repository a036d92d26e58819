// pnpm bench:flatness  (builds first; or `node scripts/bench/flatness.mjs` after `pnpm build`)
//
// Why GET throughput at 8, 64 and 256 in flight differs, for sinchkit and raw undici.request: the
// client's CPU per request and how much of it its main thread spent in GC pauses (the young
// generation's cost grows with the requests alive at each collection), the server's CPU per
// request, and how often the server fell asleep,
// measured against the usual loopback server and against one that never sleeps (`--poll`). On
// 2 cores both processes are busy, so a client's throughput is about one core ÷ its CPU per
// request; what raises that CPU at one in-flight level and not another is what makes it uneven.
//
// Each contender runs in a fresh process of its own (scripts/bench/runner.mjs). The in-flight
// levels alternate in short slices (SLICE requests each, CYCLES times, contenders in turn), so a
// slow spell of this shared machine lands on every level alike; totals over the slices are printed.
// Server CPU and sleeps come from /proc/<pid> (Linux; printed as n/a elsewhere).
//
// Env: SLICE (requests per slice, default 4000), CYCLES (default 8). About 40 s.
import { readFileSync } from 'node:fs';
import { killAll, startRunner, startServer } from './children.mjs';
import { printRows } from './report.mjs';

const SLICE = Number(process.env.SLICE ?? 4000);
const CYCLES = Number(process.env.CYCLES ?? 8);
const LEVELS = [8, 64, 256];
const CONTENDERS = ['undici', 'sinchkit'];
const TICK_US = 10_000; // /proc CPU times are in clock ticks of 10 ms on Linux (USER_HZ 100)

/** The server's CPU µs and voluntary context switches (times it slept) so far, if /proc has them. */
function serverCounters(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const sleeps = Number(/voluntary_ctxt_switches:\s+(\d+)/.exec(status)?.[1]);
    return { cpuUs: (Number(stat[11]) + Number(stat[12])) * TICK_US, sleeps };
  } catch {
    return undefined;
  }
}

async function measureAgainst(poll) {
  const server = await startServer({ poll });
  const runners = {};
  for (const id of CONTENDERS) runners[id] = await startRunner(id, server.baseUrl);
  for (const id of CONTENDERS)
    for (const inFlight of LEVELS) await runners[id].measure({ method: 'get', requests: SLICE, inFlight });
  const totals = {};
  for (let cycle = 0; cycle < CYCLES; cycle++) {
    for (const inFlight of LEVELS) {
      for (const id of cycle % 2 ? CONTENDERS.toReversed() : CONTENDERS) {
        const before = serverCounters(server.pid);
        const { rps, cpuUs, gcUs } = await runners[id].measure({ method: 'get', requests: SLICE, inFlight, gc: true });
        const after = serverCounters(server.pid);
        totals[id] ??= {};
        totals[id][inFlight] ??= { seconds: 0, clientUs: 0, gcUs: 0, serverUs: 0, sleeps: 0, server: !!after };
        const t = totals[id][inFlight];
        t.seconds += SLICE / rps;
        t.clientUs += cpuUs * SLICE;
        t.gcUs += gcUs * SLICE;
        if (before && after) {
          t.serverUs += after.cpuUs - before.cpuUs;
          t.sleeps += after.sleeps - before.sleeps;
        }
      }
    }
  }
  for (const runner of Object.values(runners)) runner.stop();
  server.stop();
  return totals;
}

function print(poll, totals) {
  const requests = SLICE * CYCLES;
  console.log(
    `\n${poll ? 'server that never sleeps (--poll)' : 'usual server (sleeps when idle)'}: ${CYCLES} × ${SLICE} requests per level`,
  );
  const rows = [['contender, in flight', 'req/s', 'client µs', 'GC pauses', 'server µs', 'server sleeps', 'max ÷ min']];
  for (const id of CONTENDERS) {
    const rates = LEVELS.map((level) => requests / totals[id][level].seconds);
    const flatness = (Math.max(...rates) / Math.min(...rates)).toFixed(2);
    LEVELS.forEach((level, i) => {
      const t = totals[id][level];
      rows.push([
        `${id}, ${level}`,
        Math.round(rates[i]),
        (t.clientUs / requests).toFixed(1),
        (t.gcUs / requests).toFixed(1),
        poll ? 'spins' : t.server ? (t.serverUs / requests).toFixed(1) : 'n/a',
        t.server ? `${((t.sleeps / requests) * 100).toFixed(1)} %` : 'n/a',
        i === 0 ? flatness : '',
      ]);
    });
  }
  printRows(rows, { first: 24, rest: 14 });
}

try {
  console.log(`GET list webhooks on loopback, Node ${process.version}; CPU per request, sleeps per request`);
  for (const poll of [false, true]) print(poll, await measureAgainst(poll));
  console.log(
    "\nµs: CPU per request (user + system); GC pauses: µs per request the client's main thread spent in GC\n(helper threads not included); server sleeps: per 100 requests; a polling server uses a whole core",
  );
} finally {
  killAll();
}
process.exit(0);
