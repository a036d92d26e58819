// pnpm --filter @sinchkit/signing bench
// Verify throughput on a 1 KB body: the package's builds next to raw node:crypto in the same run.
// Rounds are interleaved and the median of 5 is reported; compare ratios, not absolute numbers.
import { createHmac, timingSafeEqual } from 'node:crypto';
import * as nodeBuild from '../dist/node/index.js';
import * as webBuild from '../dist/web/index.js';

const ROUNDS = 5;
const ITERATIONS = Number(process.env.ITERATIONS ?? 20_000);
const secret = 'bench-secret-with-enough-entropy-0123456789';
const timestamp = Math.floor(Date.now() / 1000);
const nonce = '01FJA8B4A7BM43YGWSG9GBV067';
const body = Buffer.from(
  JSON.stringify({ app_id: 'a', project_id: 'p', message: { id: 'm', text: 'x'.repeat(1024 - 58) } }),
);
const headers = await nodeBuild.signConversationWebhook({ body, secret, nonce, timestamp });
const signatureHeader = headers['x-sinch-webhook-signature'];

// The baseline a hand-written verifier needs at least: decode the header, HMAC, constant-time compare.
function rawNodeCrypto() {
  const expected = createHmac('sha256', secret).update(body).update(`.${nonce}.${timestamp}`).digest();
  const received = Buffer.from(signatureHeader, 'base64');
  if (!(expected.length === received.length && timingSafeEqual(expected, received))) throw new Error('raw mismatch');
}

const key = await crypto.subtle.importKey(
  'raw',
  new TextEncoder().encode(secret),
  { name: 'HMAC', hash: 'SHA-256' },
  false,
  ['verify'],
);
const signedBytes = Buffer.concat([body, Buffer.from(`.${nonce}.${timestamp}`)]);
const signatureBytes = Buffer.from(signatureHeader, 'base64');
async function rawWebCrypto() {
  if (!(await crypto.subtle.verify('HMAC', key, signatureBytes, signedBytes))) throw new Error('raw web mismatch');
}

const input = { body, headers, secret };
const contenders = {
  'raw node:crypto (createHmac + timingSafeEqual)': rawNodeCrypto,
  '@sinchkit/signing, node build': () => nodeBuild.verifyWebhook(nodeBuild.conversationScheme, input),
  'raw Web Crypto subtle.verify (cached key)': rawWebCrypto,
  '@sinchkit/signing, web build': () => webBuild.verifyWebhook(webBuild.conversationScheme, input),
};

async function opsPerSecond(fn) {
  const start = process.hrtime.bigint();
  for (let i = 0; i < ITERATIONS; i++) await fn();
  return ITERATIONS / (Number(process.hrtime.bigint() - start) / 1e9);
}

for (const fn of Object.values(contenders)) await opsPerSecond(fn); // warm-up
const samples = Object.fromEntries(Object.keys(contenders).map((name) => [name, []]));
for (let round = 0; round < ROUNDS; round++) {
  for (const [name, fn] of Object.entries(contenders)) samples[name].push(await opsPerSecond(fn));
}
const median = (xs) => xs.toSorted((a, b) => a - b)[Math.floor(xs.length / 2)];
const baseline = median(samples['raw node:crypto (createHmac + timingSafeEqual)']);

console.log(`verify, ${body.length}-byte body, ${ITERATIONS} iterations × ${ROUNDS} rounds, Node ${process.version}`);
for (const [name, xs] of Object.entries(samples)) {
  const ops = median(xs);
  console.log(
    `${name.padEnd(48)} ${Math.round(ops).toLocaleString('en').padStart(9)} verifies/s  ${(1e6 / ops).toFixed(2).padStart(6)} µs  ${(ops / baseline).toFixed(2)}× raw node:crypto`,
  );
}
