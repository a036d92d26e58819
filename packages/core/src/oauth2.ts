import { basicAuthorization, DEFAULT_TOKEN_URL } from './credentials.js';
import { SinchTokenError } from './errors.js';
import { type RawResponse, type Sender, SendTimeout } from './http/types.js';
import { nonNegative } from './options.js';
import type { RetryPolicy } from './retry.js';
import { retryDelayMs, sleep, statusMayRetry } from './retry.js';

export interface TokenSourceOptions {
  keyId: string;
  keySecret: string;
  tokenUrl?: string;
  expirySkewSeconds?: number;
  send: Sender;
  retry: RetryPolicy;
  timeoutMs: number;
}

interface CachedToken {
  header: string;
  expiresAt: number;
}

const decoder = new TextDecoder();

function tokenUrlOf(value: unknown): string {
  if (value === undefined) return DEFAULT_TOKEN_URL;
  const url = typeof value === 'string' && URL.canParse(value) ? new URL(value) : undefined;
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:'))
    throw new TypeError('sinchkit: credentials.tokenUrl must be an http(s) URL');
  return value as string;
}

/**
 * OAuth2 client-credentials tokens: cached until expiry minus a skew, one in-flight request shared
 * by every concurrent caller, invalidated at most once per 401.
 */
export class OAuth2TokenSource {
  readonly #basic: string;
  readonly #tokenUrl: string;
  readonly #skewMs: number;
  readonly #send: Sender;
  readonly #retry: RetryPolicy;
  readonly #timeoutMs: number;
  #token: CachedToken | undefined;
  #inflight: Promise<string> | undefined;

  constructor(options: TokenSourceOptions) {
    this.#basic = basicAuthorization(options.keyId, options.keySecret);
    this.#tokenUrl = tokenUrlOf(options.tokenUrl);
    this.#skewMs = nonNegative(options.expirySkewSeconds, 'credentials.expirySkewSeconds', 60) * 1000;
    this.#send = options.send;
    this.#retry = options.retry;
    this.#timeoutMs = options.timeoutMs;
  }

  /** The Authorization header to send now. */
  authorization(): string | Promise<string> {
    const token = this.#token;
    if (token && Date.now() < token.expiresAt) return token.header;
    this.#inflight ??= this.#fetchToken().finally(() => {
      this.#inflight = undefined;
    });
    return this.#inflight;
  }

  /** A 401 came back for `usedHeader`: forget that token unless another caller already replaced it. */
  invalidate(usedHeader: string): void {
    if (this.#token?.header === usedHeader) this.#token = undefined;
  }

  async #fetchToken(): Promise<string> {
    const tokenUrl = this.#tokenUrl;
    for (let attempt = 0; ; attempt++) {
      let raw: RawResponse;
      try {
        raw = await this.#send(
          {
            method: 'POST',
            url: tokenUrl,
            headers: {
              authorization: this.#basic,
              'content-type': 'application/x-www-form-urlencoded',
              accept: 'application/json',
            },
            body: 'grant_type=client_credentials',
            signal: undefined,
          },
          this.#timeoutMs,
        );
      } catch (error) {
        if (attempt < this.#retry.maxRetries) {
          await sleep(retryDelayMs(attempt, null, this.#retry), undefined);
          continue;
        }
        const reason = error instanceof SendTimeout ? `no answer within ${this.#timeoutMs} ms` : 'no answer';
        throw new SinchTokenError({ tokenUrl, reason, cause: error });
      }
      const headers = new Headers(raw.headers as HeadersInit); // (read only, never changed)
      if (statusMayRetry(raw.status) && attempt < this.#retry.maxRetries) {
        await sleep(retryDelayMs(attempt, headers.get('retry-after'), this.#retry), undefined);
        continue;
      }
      const text = decoder.decode(raw.body);
      let body: unknown = text;
      try {
        body = JSON.parse(text);
      } catch {
        // keep the text
      }
      if (raw.status < 200 || raw.status >= 300) throw new SinchTokenError({ tokenUrl, status: raw.status, body });
      const { access_token: accessToken, expires_in: expiresIn } = (body ?? {}) as Record<string, unknown>;
      if (typeof accessToken !== 'string' || accessToken === '')
        throw new SinchTokenError({ tokenUrl, status: raw.status, reason: 'the answer has no access_token' });
      const lifetimeMs = (typeof expiresIn === 'number' && expiresIn > 0 ? expiresIn : 3600) * 1000;
      const header = `Bearer ${accessToken}`;
      // A token shorter-lived than the skew is still used for half its life.
      this.#token = { header, expiresAt: Date.now() + Math.max(lifetimeMs - this.#skewMs, lifetimeMs / 2) };
      return header;
    }
  }
}
