// Timeout accuracy: the sinchkit client with timeoutMs 500 and no retries against a server that
// never sends the headers and one that stalls mid-body. A fresh runner process per run; how long
// each call took to fail and the error class it failed with.
import { RUNNER, runToExit } from './children.mjs';
import { median, ms, printRows } from './report.mjs';

export const TIMEOUT_MS = 500;
const kinds = { headers: 'stalls before the headers', body: 'stalls mid-body' };

export async function measureTimeouts(baseUrl, runs) {
  const samples = { headers: [], body: [] };
  for (let run = 0; run < runs; run++) {
    const { code, stdout } = await runToExit([RUNNER, 'sinchkit', baseUrl, 'timeouts']);
    if (code !== 0) throw new Error(`the timeouts run exited with code ${code}`);
    const result = JSON.parse(stdout);
    for (const kind of Object.keys(kinds)) samples[kind].push(result[kind]);
  }
  return Object.fromEntries(
    Object.entries(samples).map(([kind, runsOfKind]) => {
      const times = runsOfKind.map((r) => r.ms);
      const errors = [...new Set(runsOfKind.map((r) => r.error))].join(' / ');
      return [kind, { median: median(times), min: Math.min(...times), max: Math.max(...times), errors }];
    }),
  );
}

export function printTimeouts(results, runs) {
  console.log(
    `\nTimeout accuracy: sinchkit, timeoutMs ${TIMEOUT_MS}, no retries (a fresh process per run, ${runs} runs)`,
  );
  printRows(
    [
      ['server', 'median', 'min', 'max', '  error'],
      ...Object.entries(results).map(([kind, r]) => [kinds[kind], ms(r.median), ms(r.min), ms(r.max), `  ${r.errors}`]),
    ],
    { first: 28, rest: 11 },
  );
}
