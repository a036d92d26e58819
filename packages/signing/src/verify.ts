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

/** Resolves when the webhook is authentic and fresh; rejects with WebhookVerificationError otherwise. */
export async function verifyWebhook(scheme: WebhookScheme<unknown>, input: VerifyInput): Promise<void> {
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

  const tolerance = input.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS;
  let timestamp = '';
  if (scheme.timestampHeader) {
    const name = scheme.timestampHeader;
    timestamp = required(name);
    if (!TIMESTAMP.test(timestamp)) fail('invalid_header', `Header ${name} must be Unix time in seconds.`, name);
    const age = ((input.now ?? Date.now)() - Number(timestamp) * 1000) / 1000;
    if (age > tolerance)
      fail(
        'timestamp_too_old',
        `Header ${name} is ${Math.round(age)} s old; at most ${tolerance} s is accepted.`,
        name,
      );
    if (-age > tolerance)
      fail(
        'timestamp_too_new',
        `Header ${name} is ${Math.round(-age)} s in the future; at most ${tolerance} s is accepted.`,
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

  // Only authentic deliveries are recorded, so forged requests cannot fill the store.
  if (scheme.nonceHeader && input.nonceStore) {
    const fresh = await input.nonceStore.remember(`${scheme.name}:${nonce}`, 2 * tolerance);
    if (!fresh)
      fail(
        'replayed_nonce',
        `This ${scheme.nonceHeader} was already delivered: the request is a replay.`,
        scheme.nonceHeader,
      );
  }
}

/** Verifies, then parses the body into the scheme's event type. */
export async function verifyAndParse<Event>(scheme: WebhookScheme<Event>, input: VerifyInput): Promise<Event> {
  await verifyWebhook(scheme, input);
  return scheme.parse(bodyBytes(input.body));
}
