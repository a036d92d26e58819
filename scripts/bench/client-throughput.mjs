// pnpm bench:clients  (builds first; or `node scripts/bench/client-throughput.mjs` after `pnpm build`)
//
// HTTP client performance as a new user gets it, on loopback. Every contender (raw undici.request,
// raw fetch, the official @sinch/conversation SDK, sinchkit) runs in a fresh `node` process of its
// own (scripts/bench/runner.mjs) that imports only that contender's package, so none of them
// profits from what another one loaded. The server (scripts/bench/loopback-server.mjs) is another
// process. This orchestrator imports none of the clients.
//
// Measured, for each contender and scenario: requests/second and the client's CPU µs per request
// (user + system of the runner process). Scenarios: GET "list webhooks" at 1, 8, 64 and 256 in
// flight; POST of a ≈1.8 KB `messages:send`-sized JSON body at 1 and 64 in flight. After a discarded
// warm-up pass, ROUNDS rounds run every scenario on every contender; medians over rounds are
// printed, with ratios from this same run. A round is SLICES passes, each giving every contender
// (in an order that rotates) 1/SLICES of each scenario's requests, scenarios back to back: a slow
// spell of this shared machine then lands on all contenders and on all scenarios alike, instead of
// on whichever one was being measured (that is what made the 8/64/256 comparison noisy).
// Then, in fresh processes: import + first response, the Node bundle size, and timeout accuracy;
// the cost of the per-attempt timer (scripts/bench/timeout-cost.mjs); and a block of goals with
// PASS/FAIL. Installed size: pnpm bench:install-size.
//
// Env: ROUNDS (default 3), SLICES (passes per round, default 4), SEQUENTIAL (requests per
// 1-in-flight measurement, default 4000),
// CONCURRENT (requests per 8/64/256-in-flight measurement, default 12000), FRESH_RUNS (runs of
// the fresh-process measurements, default 5). The defaults take about 3 minutes on 2 cores.
// The machine may be shared and noisy: trust the ratios more than the absolute numbers.
import { cpus, loadavg } from 'node:os';
import { measureBundles, printBundles } from './bundle-size.mjs';
import { killAll, startRunner, startServer } from './children.mjs';
import { contenders } from './contenders.mjs';
import { measureFirstResponse, printFirstResponse } from './first-response.mjs';
import { median, printRows, ratioText, spreadPercent } from './report.mjs';
import { measureTimeouts, printTimeouts, TIMEOUT_MS } from './timeout-accuracy.mjs';
import { measureTimeoutCost, printTimeoutCost } from './timeout-cost.mjs';

const ROUNDS = Number(process.env.ROUNDS ?? 3);
const SLICES = Number(process.env.SLICES ?? 4);
const SEQUENTIAL = Number(process.env.SEQUENTIAL ?? 4000);
const CONCURRENT = Number(process.env.CONCURRENT ?? 12000);
const FRESH_RUNS = Number(process.env.FRESH_RUNS ?? 5);
const WARM_UP_SHARE = 0.25;

const CONTENDER_IDS = ['undici', 'fetch', 'sdk', 'sinchkit'];
const scenarios = [
  { id: 'get1', method: 'get', inFlight: 1 },
  { id: 'get8', method: 'get', inFlight: 8 },
  { id: 'get64', method: 'get', inFlight: 64 },
  { id: 'get256', method: 'get', inFlight: 256 },
  { id: 'post1', method: 'post', inFlight: 1 },
  { id: 'post64', method: 'post', inFlight: 64 },
].map((scenario) => ({ ...scenario, requests: scenario.inFlight === 1 ? SEQUENTIAL : CONCURRENT }));

const progress = (text) => process.stderr.write(`… ${text}\n`);
const firstLine = (error) => String(error?.message ?? error).split('\n')[0];

/** Starts every runner; a contender that cannot start is recorded in `failed` and left out. */
async function startRunners(baseUrl, failed) {
  const runners = {};
  for (const id of CONTENDER_IDS) {
    try {
      runners[id] = await startRunner(id, baseUrl);
    } catch (error) {
      failed[id] = firstLine(error);
    }
  }
  return runners;
}

/** One measurement; a failing contender is stopped, recorded in `failed` and skipped from then on. */
async function measureOnce(id, runners, scenario, failed) {
  if (failed[id]) return undefined;
  try {
    return await runners[id].measure({
      method: scenario.method,
      requests: scenario.requests,
      inFlight: scenario.inFlight,
    });
  } catch (error) {
    failed[id] = `${scenario.id}: ${firstLine(error)}`;
    runners[id].stop();
    return undefined;
  }
}

/** Warm-up pass, then ROUNDS rounds of SLICES passes: samples[contender][scenario] = [{ rps, cpuUs }]. */
async function measureThroughput(baseUrl) {
  const failed = {};
  const runners = await startRunners(baseUrl, failed);
  const sendBytes = Object.values(runners)[0]?.ready.sendBytes;
  progress('warming up');
  for (const id of CONTENDER_IDS) {
    for (const scenario of scenarios) {
      const requests = Math.ceil(scenario.requests * WARM_UP_SHARE);
      await measureOnce(id, runners, { ...scenario, requests }, failed);
    }
  }
  const samples = Object.fromEntries(
    CONTENDER_IDS.map((id) => [id, Object.fromEntries(scenarios.map((s) => [s.id, []]))]),
  );
  for (let round = 0; round < ROUNDS; round++) {
    progress(`round ${round + 1} of ${ROUNDS}`);
    // Per contender and scenario: seconds and CPU µs summed over the round's slices.
    const totals = new Map();
    for (let slice = 0; slice < SLICES; slice++) {
      const turn = round * SLICES + slice;
      const order = CONTENDER_IDS.map((_, i) => CONTENDER_IDS[(i + turn) % CONTENDER_IDS.length]);
      for (const id of order) {
        for (const scenario of scenarios) {
          const requests = Math.ceil(scenario.requests / SLICES);
          const sample = await measureOnce(id, runners, { ...scenario, requests }, failed);
          if (!sample) continue;
          const key = `${id} ${scenario.id}`;
          const total = totals.get(key) ?? { requests: 0, seconds: 0, cpuUs: 0 };
          total.requests += requests;
          total.seconds += requests / sample.rps;
          total.cpuUs += sample.cpuUs * requests;
          totals.set(key, total);
        }
      }
    }
    for (const id of CONTENDER_IDS) {
      for (const scenario of scenarios) {
        const total = totals.get(`${id} ${scenario.id}`);
        if (!failed[id] && total)
          samples[id][scenario.id].push({ rps: total.requests / total.seconds, cpuUs: total.cpuUs / total.requests });
      }
    }
  }
  for (const runner of Object.values(runners)) runner.stop();
  return { samples, failed, sendBytes };
}

/** Medians over rounds: results[contender][scenario] = { rps, cpuUs, spread } (undefined if failed). */
function summarise(samples, failed) {
  return Object.fromEntries(
    CONTENDER_IDS.map((id) => [
      id,
      Object.fromEntries(
        scenarios.map((scenario) => {
          const runs = samples[id][scenario.id];
          if (failed[id] || runs.length === 0) return [scenario.id, undefined];
          const rps = runs.map((r) => r.rps);
          const cpuUs = runs.map((r) => r.cpuUs);
          return [scenario.id, { rps: median(rps), cpuUs: median(cpuUs), spread: spreadPercent(rps) }];
        }),
      ),
    ]),
  );
}

function scenarioTitle(scenario, listBytes, sendBytes) {
  const what =
    scenario.method === 'get'
      ? `GET list webhooks (${listBytes} B JSON answer)`
      : `POST a ${sendBytes} B JSON body (messages:send-sized)`;
  return `${what}, ${scenario.inFlight} in flight: ${scenario.requests} requests per round`;
}

function printThroughput(results, failed, { listBytes, sendBytes }) {
  for (const scenario of scenarios) {
    console.log(`\n${scenarioTitle(scenario, listBytes, sendBytes)}`);
    const undici = results.undici[scenario.id];
    const sdk = results.sdk[scenario.id];
    const rows = [['contender', 'req/s', '× undici', '× SDK', 'CPU µs/req', 'spread']];
    for (const id of CONTENDER_IDS) {
      const r = results[id][scenario.id];
      rows.push(
        r
          ? [
              contenders[id].name,
              Math.round(r.rps),
              ratioText(r.rps, undici?.rps),
              ratioText(r.rps, sdk?.rps),
              r.cpuUs.toFixed(0),
              r.spread,
            ]
          : [contenders[id].name, 'FAILED'],
      );
    }
    printRows(rows);
  }
  console.log('\nspread: (max − min) ÷ median of req/s over the rounds');
  for (const [id, reason] of Object.entries(failed)) console.log(`FAILED ${contenders[id].name}: ${reason}`);
}

/** One goal line: PASS/FAIL, what it asks, and the value measured in this run. */
function goal(label, value, passed) {
  return [passed ? 'PASS' : 'FAIL', label, value];
}

function goals({ results, firstResponse, bundles, timeouts, timeoutCost }) {
  const kit = results.sinchkit;
  const raw = results.undici;
  const get1 = kit.get1?.rps / raw.get1?.rps;
  const get64 = kit.get64?.rps / raw.get64?.rps;
  // Flatness: median GET req/s at 8, 64 and 256 in flight; the largest of the three divided by
  // the smallest must be at most 1.10. Raw undici's own figure is printed beside it: the shape
  // this machine and server give any client.
  const flatRps = (results) => ['get8', 'get64', 'get256'].map((id) => results[id]?.rps);
  const flatnessOf = (results) => Math.max(...flatRps(results)) / Math.min(...flatRps(results));
  const flatness = flatnessOf(kit);
  const shape = flatRps(kit)
    .map((rps) => Math.round(rps / 100) / 10)
    .join(' / ');
  const cpu = kit.get64?.cpuUs / raw.get64?.cpuUs;
  const startup = firstResponse.sinchkit.firstMs / firstResponse.sdk.firstMs;
  const gzip = bundles.sinchkit.gzip;
  const within = (r) => Math.abs(r.median - TIMEOUT_MS) <= 50;
  const timing = (r) => `median ${r.median.toFixed(0)} ms (${r.min.toFixed(0)}–${r.max.toFixed(0)}), ${r.errors}`;
  const fixed = (x, digits = 2) => (Number.isFinite(x) ? x.toFixed(digits) : 'n/a');
  return [
    goal('GET 1 in flight: sinchkit ÷ raw undici req/s ≥ 0.95', fixed(get1), get1 >= 0.95),
    goal('GET 64 in flight: sinchkit ÷ raw undici req/s ≥ 0.80', fixed(get64), get64 >= 0.8),
    goal(
      'GET 8/64/256 in flight: sinchkit max ÷ min req/s ≤ 1.10',
      `${fixed(flatness)} (${shape} k req/s; raw undici: ${fixed(flatnessOf(raw))})`,
      flatness <= 1.1,
    ),
    goal('GET 64 in flight: sinchkit ÷ raw undici CPU µs/req ≤ 1.3', fixed(cpu), cpu <= 1.3),
    goal('import + first response: sinchkit ÷ SDK ≤ 0.70', fixed(startup), startup <= 0.7),
    goal('Node bundle, client + core: gzip ≤ 15 kB', `${(gzip / 1000).toFixed(1)} kB`, gzip <= 15_000),
    goal(
      `timeout ${TIMEOUT_MS} ms, stall before headers: median ±50 ms`,
      timing(timeouts.headers),
      within(timeouts.headers),
    ),
    goal(`timeout ${TIMEOUT_MS} ms, stall mid-body: median ±50 ms`, timing(timeouts.body), within(timeouts.body)),
    goal('timeout cost per request ≤ 2 µs', `${timeoutCost.costUs.toFixed(2)} µs`, timeoutCost.costUs <= 2),
  ];
}

async function main() {
  const started = performance.now();
  const load = loadavg().map((x) => x.toFixed(2));
  console.log(
    `HTTP clients on loopback, Node ${process.version}, ${cpus().length} CPUs, load average ${load.join(' ')}`,
  );
  console.log(
    `every contender in its own fresh process; medians of ${ROUNDS} rounds of ${SLICES} interleaved passes, after a warm-up`,
  );
  const server = await startServer();
  const { samples, failed, sendBytes } = await measureThroughput(server.baseUrl);
  const results = summarise(samples, failed);
  printThroughput(results, failed, { listBytes: server.listBytes, sendBytes });

  progress('import + first response');
  const firstResponse = await measureFirstResponse(server.baseUrl, FRESH_RUNS);
  printFirstResponse(firstResponse, FRESH_RUNS);
  progress('bundle size');
  const bundles = await measureBundles();
  printBundles(bundles);
  progress('timeout accuracy');
  const timeouts = await measureTimeouts(server.baseUrl, FRESH_RUNS);
  printTimeouts(timeouts, FRESH_RUNS);
  server.stop();
  progress('timeout cost');
  const timeoutCost = await measureTimeoutCost();
  printTimeoutCost(timeoutCost);

  console.log('\nGoals (ratios from this run; installed size: pnpm bench:install-size)');
  for (const [status, label, value] of goals({ results, firstResponse, bundles, timeouts, timeoutCost })) {
    console.log(`${status}  ${label.padEnd(62)} ${value}`);
  }
  const minutes = (performance.now() - started) / 60_000;
  console.log(
    `\ntook ${minutes.toFixed(1)} min; load average now ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`,
  );
}

try {
  await main();
} finally {
  killAll();
}
process.exit(0);
