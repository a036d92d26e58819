// "Import + first response": in a fresh runner process, from just before the package's dynamic
// import to the first completed GET (the OAuth2 token fetch included for sinchkit and the SDK),
// plus each process's wall time from spawn to exit and `node -e 0`'s for context, and how much of
// that wall time came after the first response (spawning, then exiting: a process that used undici
// waits at exit for V8's background compilation of undici's WebAssembly HTTP parser).
import { RUNNER, runToExit } from './children.mjs';
import { median, ms, printRows, ratioText } from './report.mjs';

const cases = [
  { id: 'node', name: 'node -e 0 (baseline)', args: () => ['-e', '0'] },
  { id: 'undici', name: 'undici.request (raw)', args: (baseUrl) => [RUNNER, 'undici', baseUrl, 'first-response'] },
  {
    id: 'sdk',
    name: '@sinch/conversation (official SDK)',
    args: (baseUrl) => [RUNNER, 'sdk', baseUrl, 'first-response'],
  },
  { id: 'sinchkit', name: 'sinchkit', args: (baseUrl) => [RUNNER, 'sinchkit', baseUrl, 'first-response'] },
];

/** Interleaved runs; per case the median import→first-response and spawn→exit times (ms). */
export async function measureFirstResponse(baseUrl, runs) {
  const samples = Object.fromEntries(cases.map(({ id }) => [id, { firstMs: [], wallMs: [], afterMs: [] }]));
  for (let run = 0; run < runs; run++) {
    for (const { id, name, args } of cases) {
      const { code, stdout, wallMs } = await runToExit(args(baseUrl));
      if (code !== 0) throw new Error(`${name}: the first-response run exited with code ${code}`);
      samples[id].wallMs.push(wallMs);
      if (id === 'node') continue;
      const { ms, doneMs } = JSON.parse(stdout);
      samples[id].firstMs.push(ms);
      samples[id].afterMs.push(wallMs - doneMs);
    }
  }
  return Object.fromEntries(
    cases.map(({ id, name }) => [
      id,
      {
        name,
        firstMs: id === 'node' ? Number.NaN : median(samples[id].firstMs),
        wallMs: median(samples[id].wallMs),
        afterMs: id === 'node' ? Number.NaN : median(samples[id].afterMs),
      },
    ]),
  );
}

export function printFirstResponse(results, runs) {
  console.log(`\nImport + first response (a fresh process per run, ${runs} interleaved runs, medians)`);
  const rows = Object.values(results).map((r) => [r.name, ms(r.firstMs), ms(r.wallMs), ms(r.afterMs)]);
  printRows([['', 'import→1st GET', 'spawn→exit', 'after 1st GET'], ...rows], { rest: 16 });
  const { sinchkit, sdk } = results;
  const first = ratioText(sinchkit.firstMs, sdk.firstMs);
  console.log(`sinchkit ÷ SDK: ${first} import→first GET, ${ratioText(sinchkit.wallMs, sdk.wallMs)} spawn→exit`);
  console.log('after 1st GET: spawn→exit minus the time from process start to the first response (spawn + exit)');
}
