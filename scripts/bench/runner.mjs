// One contender (scripts/bench/contenders.mjs) in a fresh process of its own, started with plain
// `node` by scripts/bench/client-throughput.mjs. The contender's package is imported dynamically
// here, after the process has started, so nothing another contender loads can help or hurt it.
//
//   node runner.mjs <contender> <baseUrl>
//       Throughput, over IPC (fork): sends { type: 'ready' } once both operations answered, then
//       for each { method: 'get' | 'post', requests, inFlight, gc? } sends back { type: 'result',
//       rps, cpuUs, gcUs? } (client CPU, user + system, per request; with `gc`, main-thread GC
//       pauses per request) or { type: 'error', message }.
//   node runner.mjs <contender> <baseUrl> first-response
//       Prints {"ms": …, "doneMs": …}: from just before the package's import to the first completed
//       GET, and when that GET completed counted from the process's start.
//   node runner.mjs <contender> <baseUrl> allocations
//       Prints {"bytesPerRequest": …, "sites": [[where, bytesPerRequest], …]}: what the contender
//       allocates on the JS heap per GET at 64 in flight after a warm-up, garbage included (V8's
//       sampling heap profiler, keeping collected objects), and where, largest first.
//   node runner.mjs sinchkit <baseUrl> timeouts
//       Prints {"headers": { ms, error }, "body": { ms, error }}: a client with timeoutMs 500 and no
//       retries, warmed up by one GET, against a server that stalls before the headers / mid-body.
import { contenders, SEND_MESSAGE } from './contenders.mjs';

const TIMEOUT_MS = 500;
const [id, baseUrl, mode = 'throughput'] = process.argv.slice(2);
const contender = contenders[id];
if (!contender) throw new Error(`unknown contender ${id}; expected one of ${Object.keys(contenders).join(', ')}`);

const describe = (error) => String(error?.stack ?? error);

/** Main-thread GC pauses from now until stop() returns their total in ms. */
function watchGcPauses() {
  let ms = 0;
  const add = (entries) => {
    for (const entry of entries) ms += entry.duration;
  };
  const observer = new PerformanceObserver((list) => add(list.getEntries()));
  observer.observe({ entryTypes: ['gc'] });
  return {
    stop() {
      add(observer.takeRecords());
      observer.disconnect();
      return ms;
    },
  };
}

/**
 * Runs `requests` calls of `fn`, `inFlight` at a time; req/s and CPU µs per request, and with
 * `gc` the main thread's GC pauses in µs per request (off by default: observing costs a little).
 */
async function measure(fn, requests, inFlight, gc = false) {
  let started = 0;
  const worker = async () => {
    while (started++ < requests) await fn();
  };
  const pauses = gc ? watchGcPauses() : undefined;
  const cpu = process.cpuUsage();
  const start = performance.now();
  await Promise.all(Array.from({ length: inFlight }, worker));
  const seconds = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu);
  const result = { rps: requests / seconds, cpuUs: (used.user + used.system) / requests };
  return pauses ? { ...result, gcUs: (pauses.stop() * 1000) / requests } : result;
}

async function serveThroughput() {
  process.on('disconnect', () => process.exit(0));
  let client;
  try {
    client = await contender.setup(baseUrl);
    await client.get();
    await client.post();
  } catch (error) {
    process.send({ type: 'error', message: describe(error) });
    return;
  }
  process.on('message', async ({ method, requests, inFlight, gc }) => {
    try {
      process.send({ type: 'result', ...(await measure(client[method], requests, inFlight, gc)) });
    } catch (error) {
      process.send({ type: 'error', message: describe(error) });
    }
  });
  process.send({ type: 'ready', sendBytes: JSON.stringify(SEND_MESSAGE).length });
}

async function firstResponse() {
  const start = performance.now();
  const client = await contender.setup(baseUrl); // the dynamic import is setup's first step
  await client.get();
  const done = performance.now(); // since this process's time origin, i.e. its start
  return { ms: done - start, doneMs: done };
}

/** How long one stalled call takes to fail, and with what error class. */
async function timeStalledCall(client, kind) {
  const start = performance.now();
  try {
    await client.get({ 'x-bench-stall': kind });
    return { ms: performance.now() - start, error: 'none (it answered)' };
  } catch (error) {
    return { ms: performance.now() - start, error: error?.constructor?.name ?? String(error) };
  }
}

async function timeouts() {
  if (id !== 'sinchkit') throw new Error('the timeouts mode needs the sinchkit contender');
  const client = await contender.setup(baseUrl, { timeoutMs: TIMEOUT_MS, retry: { maxRetries: 0 } });
  await client.get(); // token fetched and transport loaded: the stalled calls time only the wait
  return { headers: await timeStalledCall(client, 'headers'), body: await timeStalledCall(client, 'body') };
}

const ALLOCATION_REQUESTS = 20_000;
const ALLOCATION_IN_FLIGHT = 64;

/** Heap allocations per GET, by allocating function (self size, every sample kept). */
async function allocations() {
  const client = await contender.setup(baseUrl);
  await measure(client.get, ALLOCATION_REQUESTS / 4, ALLOCATION_IN_FLIGHT); // warm-up
  const { Session } = await import('node:inspector/promises');
  const session = new Session();
  session.connect();
  await session.post('HeapProfiler.startSampling', {
    samplingInterval: 512,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
  await measure(client.get, ALLOCATION_REQUESTS, ALLOCATION_IN_FLIGHT);
  const { profile } = await session.post('HeapProfiler.stopSampling');
  session.disconnect();
  const bySite = new Map();
  const visit = (node) => {
    const { functionName, url, lineNumber } = node.callFrame;
    const where = `${functionName || '(anonymous)'} ${url.split('/').slice(-2).join('/')}:${lineNumber + 1}`;
    if (node.selfSize) bySite.set(where, (bySite.get(where) ?? 0) + node.selfSize);
    for (const child of node.children) visit(child);
  };
  visit(profile.head);
  const total = [...bySite.values()].reduce((sum, bytes) => sum + bytes, 0);
  const sites = [...bySite]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8)
    .map(([where, bytes]) => [where, bytes / ALLOCATION_REQUESTS]);
  return { bytesPerRequest: total / ALLOCATION_REQUESTS, sites };
}

const printOnce = { 'first-response': firstResponse, timeouts, allocations }[mode];
if (mode === 'throughput') {
  await serveThroughput();
} else if (printOnce) {
  process.stdout.write(`${JSON.stringify(await printOnce())}\n`);
  process.exit(0);
} else {
  throw new Error(`unknown mode ${mode}; expected throughput, first-response, allocations or timeouts`);
}
