// node scripts/bench/client-throughput.mjs  (after `pnpm build`)
// "List webhooks" throughput on loopback: raw undici.request, raw fetch, bare openapi-fetch, the
// official @sinch/conversation SDK and the sinchkit client, in one run, sequential and at 64 in
// flight. Rounds interleave; medians of 5 are printed with ratios and client CPU per request.
// The machine is shared and noisy: read the ratios, not the absolute numbers.
import { fork } from 'node:child_process';
import { ConversationService } from '@sinch/conversation';
import { createConversationClient } from '@sinchkit/conversation';
import createClient from 'openapi-fetch';
import { request as undiciRequest } from 'undici';

const ROUNDS = 5;
const SEQUENTIAL = Number(process.env.SEQUENTIAL ?? 1500);
const CONCURRENT = Number(process.env.CONCURRENT ?? 3000);
const IN_FLIGHT = 64;

const server = fork(new URL('./loopback-server.mjs', import.meta.url));
const { port, bytes } = await new Promise((resolve) => server.once('message', resolve));
const base = `http://127.0.0.1:${port}`;
const listUrl = `${base}/v1/projects/p/apps/a/webhooks`;
const listPath = '/v1/projects/{project_id}/apps/{app_id}/webhooks';
const listParams = { params: { path: { project_id: 'p', app_id: 'a' } } };
const headers = { accept: 'application/json', authorization: 'Bearer bench-token' };

const bare = createClient({ baseUrl: base, headers });
const official = new ConversationService({
  projectId: 'p',
  keyId: 'key-id',
  keySecret: 'key-secret',
  authHostname: base,
  conversationHostname: base,
  conversationRegion: 'us',
});
const sinchkit = createConversationClient({
  baseUrl: base,
  credentials: { type: 'oauth2', keyId: 'key-id', keySecret: 'key-secret', tokenUrl: `${base}/oauth2/token` },
});

function check(webhooksList) {
  if (webhooksList?.webhooks?.length !== 4) throw new Error('unexpected response');
}
const contenders = {
  'undici.request (raw)': async () => check(await (await undiciRequest(listUrl, { headers })).body.json()),
  'fetch (raw)': async () => check(await (await fetch(listUrl, { headers })).json()),
  'openapi-fetch on fetch (bare)': async () => check((await bare.GET(listPath, listParams)).data),
  '@sinch/conversation (official SDK)': async () => check(await official.webhooks.list({ app_id: 'a' })),
  'sinchkit (OAuth2 + retries + errors)': async () => check((await sinchkit.GET(listPath, listParams)).data),
};

async function measure(fn, total, inFlight) {
  let started = 0;
  const cpu = process.cpuUsage();
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (started++ < total) await fn();
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  const used = process.cpuUsage(cpu);
  return { rps: total / seconds, cpuUs: (used.user + used.system) / total };
}

for (const fn of Object.values(contenders)) {
  await measure(fn, 300, 1);
  await measure(fn, 600, IN_FLIGHT);
}
const samples = Object.fromEntries(Object.keys(contenders).map((name) => [name, { seq: [], conc: [] }]));
for (let round = 0; round < ROUNDS; round++) {
  for (const [name, fn] of Object.entries(contenders)) {
    samples[name].seq.push(await measure(fn, SEQUENTIAL, 1));
    samples[name].conc.push(await measure(fn, CONCURRENT, IN_FLIGHT));
  }
}
server.kill();

const median = (runs) => {
  const sorted = runs.toSorted((a, b) => a.rps - b.rps);
  return sorted[Math.floor(sorted.length / 2)];
};
const results = Object.fromEntries(
  Object.entries(samples).map(([name, s]) => [name, { seq: median(s.seq), conc: median(s.conc) }]),
);
const raw = results['undici.request (raw)'];
const sdk = results['@sinch/conversation (official SDK)'];

console.log(`list webhooks (${bytes} B JSON) on loopback, Node ${process.version}; medians of ${ROUNDS} rounds`);
console.log(`sequential: ${SEQUENTIAL} requests; concurrent: ${CONCURRENT} requests, ${IN_FLIGHT} in flight\n`);
const row = (cells) =>
  console.log(cells.map((c, i) => (i === 0 ? String(c).padEnd(38) : String(c).padStart(11))).join(''));
row(['', 'seq req/s', '× undici', '× official', 'CPU µs/req', 'conc req/s', '× undici', '× official', 'CPU µs/req']);
for (const [name, r] of Object.entries(results)) {
  row([
    name,
    Math.round(r.seq.rps),
    (r.seq.rps / raw.seq.rps).toFixed(2),
    (r.seq.rps / sdk.seq.rps).toFixed(2),
    r.seq.cpuUs.toFixed(0),
    Math.round(r.conc.rps),
    (r.conc.rps / raw.conc.rps).toFixed(2),
    (r.conc.rps / sdk.conc.rps).toFixed(2),
    r.conc.cpuUs.toFixed(0),
  ]);
}
process.exit(0);
