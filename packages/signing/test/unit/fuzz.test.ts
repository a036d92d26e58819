// 100,000 malformed header/body/secret combinations: each one verifies only when an independent
// oracle (node:crypto, written separately from the package) says it is genuine, and otherwise
// rejects with WebhookVerificationError. Nothing may throw anything else.
import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import {
  conversationScheme,
  signConversationWebhook,
  verifyWebhook,
  WebhookVerificationError,
} from '../../src/index.js';

const COMBINATIONS = 100_000;
const SECRET = 'fuzz-secret';
const NOW_S = 1_700_000_000;
const BODY = '{"app_id":"a","project_id":"p","message":{"id":"m"}}';
const NAMES = ['signature', 'timestamp', 'nonce', 'algorithm'].map((n) =>
  n === 'signature' ? 'x-sinch-webhook-signature' : `x-sinch-webhook-signature-${n}`,
);

// ---- the oracle -------------------------------------------------------------------------------
function oracleBytes(body: unknown): Buffer | undefined {
  if (typeof body === 'string') return Buffer.from(body, 'utf8');
  if (body instanceof Uint8Array) return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  if (body instanceof ArrayBuffer) return Buffer.from(body);
  return undefined;
}
function oracleHeader(headers: Record<string, unknown>, name: string): string | undefined | null {
  let value = Object.hasOwn(headers, name) ? headers[name] : undefined;
  if (value === undefined) value = Object.entries(headers).find(([k]) => k.toLowerCase() === name)?.[1];
  if (value === undefined) return undefined;
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.length === 0) return undefined;
  if (Array.isArray(value) && value.every((v) => typeof v === 'string' && v === value[0])) return value[0];
  return null; // ambiguous or not a string
}
function oracle(body: unknown, headers: unknown, secret: unknown, nowMs: number): boolean {
  const secrets = typeof secret === 'string' ? [secret] : Array.isArray(secret) ? secret : [];
  if (secrets.length === 0 || !secrets.every((s) => typeof s === 'string' && s !== '')) return false;
  const bytes = oracleBytes(body);
  if (!bytes || headers === null || typeof headers !== 'object') return false;
  const [sig, ts, nonce, alg] = NAMES.map((n) => oracleHeader(headers as Record<string, unknown>, n));
  if (typeof sig !== 'string' || typeof ts !== 'string' || typeof nonce !== 'string' || alg !== 'HmacSHA256')
    return false;
  if (!/^[0-9]{1,12}$/.test(ts) || Math.abs(nowMs - Number(ts) * 1000) > 300_000 || nonce === '') return false;
  return secrets.some((s) => createHmac('sha256', s).update(bytes).update(`.${nonce}.${ts}`).digest('base64') === sig);
}

// ---- the mutations ----------------------------------------------------------------------------
const junk = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.constantFrom('', ' ', 'HmacSHA256 ', 'hmacsha256', '0', '-1', '1e9', '17000000000000', '====', 'AAAA'),
  fc.integer(),
  fc.constant(null),
  fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 }),
);
const keep = fc.constant('keep' as const);
const bodyArb = fc.oneof(
  { weight: 6, arbitrary: keep },
  { weight: 1, arbitrary: fc.constantFrom('as-buffer', 'as-arraybuffer', 'flip-byte', 'append-space') },
  {
    weight: 1,
    arbitrary: fc.oneof(
      fc.string(),
      fc.uint8Array({ maxLength: 64 }),
      fc.object(),
      fc.integer(),
      fc.constant(null),
      fc.constant(undefined),
    ),
  },
);
const secretArb = fc.oneof(
  { weight: 6, arbitrary: keep },
  { weight: 1, arbitrary: fc.constantFrom('rotation', 'whitespace') },
  {
    weight: 1,
    arbitrary: fc.oneof(
      fc.string({ maxLength: 20 }),
      fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
      fc.integer(),
      fc.constant(null),
    ),
  },
);
const headerOp = fc.oneof(
  { weight: 12, arbitrary: keep },
  { weight: 1, arbitrary: fc.constantFrom('drop', 'upper-name', 'as-array', 'twice-different', 'flip-char') },
  { weight: 1, arbitrary: junk.map((value) => ({ value })) },
);
const headersShape = fc.oneof(
  { weight: 10, arbitrary: fc.constantFrom('record', 'fetch-headers') },
  { weight: 1, arbitrary: fc.constantFrom(null, 'string', 42, 'array') },
);
const clockArb = fc.oneof(
  { weight: 6, arbitrary: fc.constant(0) },
  { weight: 1, arbitrary: fc.integer({ min: -1000, max: 1000 }) },
);

function flipChar(text: string): string {
  return text.length === 0 ? 'x' : `${text.slice(0, -1)}${text.at(-1) === 'A' ? 'B' : 'A'}`;
}

let signed: Record<string, string>;
function build(bodyOp: unknown, secretOp: unknown, ops: unknown[], shape: unknown) {
  let body: unknown = BODY;
  if (bodyOp === 'as-buffer') body = Buffer.from(BODY);
  else if (bodyOp === 'as-arraybuffer') body = new TextEncoder().encode(BODY).buffer;
  else if (bodyOp === 'flip-byte') body = BODY.replace('"m"', '"n"');
  else if (bodyOp === 'append-space') body = `${BODY} `;
  else if (bodyOp !== 'keep') body = bodyOp;

  let secret: unknown = SECRET;
  if (secretOp === 'rotation') secret = ['older', SECRET];
  else if (secretOp === 'whitespace') secret = ` ${SECRET}`;
  else if (secretOp !== 'keep') secret = secretOp;

  const record: Record<string, unknown> = {};
  NAMES.forEach((name, i) => {
    const op = ops[i];
    const value = signed[name] as string;
    if (op === 'keep') record[name] = value;
    else if (op === 'upper-name') record[name.toUpperCase()] = value;
    else if (op === 'as-array') record[name] = [value];
    else if (op === 'twice-different') record[name] = [value, `${value}0`];
    else if (op === 'flip-char') record[name] = flipChar(value);
    else if (typeof op === 'object' && op !== null) record[name] = (op as { value: unknown }).value;
  });

  let headers: unknown = record;
  if (shape === 'fetch-headers') {
    try {
      const h = new Headers();
      for (const [k, v] of Object.entries(record)) if (typeof v === 'string') h.set(k, v);
      headers = h;
    } catch {
      headers = record; // not a legal header value for Fetch; keep the record form
    }
  } else if (shape !== 'record') headers = shape === 'array' ? [record] : shape;
  return { body, secret, headers };
}

function oracleView(headers: unknown): unknown {
  return headers instanceof Headers ? Object.fromEntries(headers.entries()) : headers;
}

it(`${COMBINATIONS.toLocaleString('en')} malformed combinations verify only when genuine, else reject cleanly`, async () => {
  signed = { ...(await signConversationWebhook({ body: BODY, secret: SECRET, nonce: 'nonce-1', timestamp: NOW_S })) };
  let genuine = 0;
  let rejected = 0;
  await fc.assert(
    fc.asyncProperty(
      bodyArb,
      secretArb,
      fc.tuple(headerOp, headerOp, headerOp, headerOp),
      headersShape,
      clockArb,
      async (bodyOp, secretOp, ops, shape, skew) => {
        const { body, secret, headers } = build(bodyOp, secretOp, ops, shape);
        const nowMs = (NOW_S + skew) * 1000;
        const expected = oracle(body, oracleView(headers), secret, nowMs);
        try {
          await verifyWebhook(conversationScheme, {
            body: body as string,
            headers: headers as Headers,
            secret: secret as string,
            now: () => nowMs,
          });
          genuine++;
          if (!expected)
            throw new Error(`accepted a non-genuine input: ${JSON.stringify({ bodyOp, secretOp, ops, shape, skew })}`);
        } catch (error) {
          if (!(error instanceof WebhookVerificationError)) throw error;
          rejected++;
          if (expected)
            throw new Error(
              `rejected a genuine input (${error.code}): ${JSON.stringify({ bodyOp, secretOp, ops, shape, skew })}`,
            );
        }
      },
    ),
    { numRuns: COMBINATIONS, seed: 20261123 },
  );
  console.log(`fuzz: ${genuine} genuine (verified), ${rejected} rejected with WebhookVerificationError`);
  expect(genuine + rejected).toBe(COMBINATIONS);
  // Both branches must really be exercised for the test to mean anything.
  expect(genuine).toBeGreaterThan(COMBINATIONS / 20);
  expect(rejected).toBeGreaterThan(COMBINATIONS / 2);
});
