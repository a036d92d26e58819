import { bodyBytes, type RawBody } from './body.js';
import { backend } from './crypto/backend.js';
import { fail } from './errors.js';
import { type HeaderInput, headerReader } from './headers.js';
import type { NonceStore } from './nonce-store.js';
import type { WebhookScheme } from './scheme.js';

export const DEFAULT_TOLERANCE_SECONDS = 300;
const HASH_BYTES = { 'SHA-1': 20, 'SHA-256': 32, 'SHA-512': 64 } as const;
const TIMESTAMP = /^[0-9]{1,12}$/;

export interface VerifyInput {
  /** The raw body exactly as received: not parsed, not re-serialised. */
  body: RawBody;
  headers: HeaderInput;
  /** The signing secret, or several during a rotation: any one of them may match. */
  secret: string | readonly string[];
  /** How far the signing time may be from now, both ways. Default 300 seconds. */
  toleranceSeconds?: number;
  /** Clock in milliseconds since the epoch. Default `Date.now`. */
  now?: () => number;
  /** Rejects a nonce seen before. Without a store there is no replay protection. */
  nonceStore?: NonceStore;
}

export function secretList(secret: unknown): readonly string[] {
  const list = typeof secret === 'string' ? [secret] : Array.isArray(secret) ? secret : [];
  if (list.length === 0 || !list.every((s) => typeof s === 'string' && s.length > 0)) {
    return fail(
      'invalid_secret',
      'Expected the webhook secret as a non-empty string, or an array of non-empty strings.',
    );
  }
  return list as readonly string[];
}

function mismatchMessage(secrets: readonly string[]): string {
  const padded = secrets.some((s) => s.trim() !== s);
  return `The signature does not match the body and ${secrets.length > 1 ? 'any of the secrets' : 'the secret'}.${
    padded ? ' A secret starts or ends with whitespace: check for a stray newline or space.' : ''
  }`;
}

function tolerance(value: unknown): number {
  if (value === undefined) return DEFAULT_TOLERANCE_SECONDS;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
    throw new TypeError(`sinchkit: toleranceSeconds must be a finite number ≥ 0, got ${String(value)}`);
  return value;
}

function clock(value: unknown): () => number {
  if (value === undefined) return Date.now;
  if (typeof value !== 'function') throw new TypeError('sinchkit: now must be a function returning milliseconds');
  return value as () => number;
}

function nonceStoreOf(value: unknown): NonceStore | undefined {
  if (value === undefined) return undefined;
  if (value === null || typeof (value as NonceStore).remember !== 'function')
    throw new TypeError('sinchkit: nonceStore must have a remember(key, ttlSeconds) method');
  return value as NonceStore;
}

/** An authentic, fresh delivery, not yet recorded as seen. */
interface Authentic {
  /** Records the nonce; rejects a replay. Called only once the delivery is accepted. */
  accept(): Promise<void>;
}

/** Checks headers, freshness and signature. Checks options first: a bad one is a TypeError. */
async function authenticate(scheme: WebhookScheme<unknown>, input: VerifyInput): Promise<Authentic> {
  const maxAgeSeconds = tolerance(input.toleranceSeconds);
  const now = clock(input.now);
  const nonceStore = nonceStoreOf(input.nonceStore);
  const secrets = secretList(input.secret);
  const body = bodyBytes(input.body);
  const header = headerReader(input.headers);
  const required = (name: string): string => header(name) ?? fail('missing_header', `Missing header ${name}.`, name);

  if (scheme.algorithmHeader) {
    const { name, value } = scheme.algorithmHeader;
    if (required(name) !== value) fail('unsupported_algorithm', `Header ${name} must be ${value}.`, name);
  }

  const signatureName = scheme.signatureHeader;
  const signature = backend.decode(required(signatureName), scheme.encoding);
  if (signature?.length !== HASH_BYTES[scheme.hash]) {
    fail('invalid_header', `Header ${signatureName} is not a ${scheme.encoding} HMAC-${scheme.hash}.`, signatureName);
  }

  let timestamp = '';
  if (scheme.timestampHeader) {
    const name = scheme.timestampHeader;
    timestamp = required(name);
    if (!TIMESTAMP.test(timestamp)) fail('invalid_header', `Header ${name} must be Unix time in seconds.`, name);
    const nowMs = now();
    // A broken clock must not switch the window off.
    if (typeof nowMs !== 'number' || !Number.isFinite(nowMs))
      fail('invalid_clock', 'The clock (the `now` option) did not return a finite number of milliseconds.');
    const age = (nowMs - Number(timestamp) * 1000) / 1000;
    if (age > maxAgeSeconds)
      fail(
        'timestamp_too_old',
        `Header ${name} is ${Math.round(age)} s old; at most ${maxAgeSeconds} s is accepted.`,
        name,
      );
    if (-age > maxAgeSeconds)
      fail(
        'timestamp_too_new',
        `Header ${name} is ${Math.round(-age)} s in the future; at most ${maxAgeSeconds} s is accepted.`,
        name,
      );
  }

  let nonce = '';
  if (scheme.nonceHeader) {
    nonce = required(scheme.nonceHeader);
    if (nonce.length === 0) fail('invalid_header', `Header ${scheme.nonceHeader} is empty.`, scheme.nonceHeader);
  }

  const content = scheme.signedContent({ body, timestamp, nonce });
  const verdict = backend.verify(scheme.hash, secrets, content, signature);
  // node:crypto answers synchronously; skipping the await saves a microtask per verify.
  if (!(typeof verdict === 'boolean' ? verdict : await verdict)) {
    fail('signature_mismatch', mismatchMessage(secrets), signatureName);
  }

  return {
    // Only deliveries we accept are recorded: forged requests cannot fill the store, and Sinch's
    // retry of a delivery we turned away for another reason is not taken for a replay.
    async accept() {
      if (!scheme.nonceHeader || !nonceStore) return;
      const fresh = await nonceStore.remember(`${scheme.name}:${nonce}`, 2 * maxAgeSeconds);
      if (!fresh)
        fail(
          'replayed_nonce',
          `This ${scheme.nonceHeader} was already delivered: the request is a replay.`,
          scheme.nonceHeader,
        );
    },
  };
}

/** Resolves when the webhook is authentic and fresh; rejects with WebhookVerificationError otherwise. */
export async function verifyWebhook(scheme: WebhookScheme<unknown>, input: VerifyInput): Promise<void> {
  await (await authenticate(scheme, input)).accept();
}

/** Verifies, then parses the body into the scheme's event type; the nonce is recorded last. */
export async function verifyAndParse<Event>(scheme: WebhookScheme<Event>, input: VerifyInput): Promise<Event> {
  const authentic = await authenticate(scheme, input);
  const event = scheme.parse(bodyBytes(input.body));
  await authentic.accept();
  return event;
}
