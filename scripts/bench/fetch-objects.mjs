// node scripts/bench/fetch-objects.mjs
// What Fetch objects cost per call in this Node, next to a plain JSON.parse of the same ~0.7 KB body
// in the same run: why requests no user code can see are not Fetch Requests (packages/core/src/request.ts),
// and why a response's Headers are filled from the parsed pairs only when asked (packages/core/src/http/pair-headers.node.ts).
const url = 'http://127.0.0.1:1234/v1/projects/p/apps/a/webhooks';
const webhook = {
  id: 'x'.repeat(26),
  target: 'https://hooks.example.com/sinch/conversation/0',
  triggers: ['A', 'B', 'C'],
  secret: 'x'.repeat(32),
};
const body = Buffer.from(JSON.stringify({ webhooks: [webhook, webhook, webhook, webhook] }));
const headers = new Headers({ accept: 'application/json', authorization: 'Bearer x' });
// The header pairs our HTTP/1.1 parser reads from a typical node:http answer.
const answerPairs = [
  ['content-type', 'application/json'],
  ['content-length', String(body.length)],
  ['date', 'Tue, 24 Nov 2026 02:00:00 GMT'],
  ['connection', 'keep-alive'],
  ['keep-alive', 'timeout=60'],
];
const ITERATIONS = 30_000;

async function microseconds(fn) {
  for (let i = 0; i < 3_000; i++) await fn();
  const start = performance.now();
  for (let i = 0; i < ITERATIONS; i++) await fn();
  return ((performance.now() - start) * 1000) / ITERATIONS;
}

const cases = {
  'JSON.parse(body) (baseline)': async () => JSON.parse(body.toString()),
  'new Request(url, { headers })': async () => new Request(url, { method: 'GET', headers }),
  'new Request(url, { headers, body })': async () => new Request(url, { method: 'POST', headers, body: '{"a":1}' }),
  'new Response(null, { status })': async () => new Response(null, { status: 200 }),
  'new Response(null, { status, headers: pairs })': async () =>
    new Response(null, { status: 200, headers: answerPairs }),
  'new Response(body).text()': () => new Response(body, { status: 200 }).text(),
  'new Response(body).json()': () => new Response(body, { status: 200 }).json(),
};
const baseline = await microseconds(cases['JSON.parse(body) (baseline)']);
console.log(`${body.length}-byte body, ${ITERATIONS} iterations, Node ${process.version}`);
for (const [name, fn] of Object.entries(cases)) {
  const us = await microseconds(fn);
  console.log(`${name.padEnd(46)} ${us.toFixed(2).padStart(7)} µs  ${(us / baseline).toFixed(1)}× JSON.parse`);
}
