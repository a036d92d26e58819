import { basicAuthorization, DEFAULT_TOKEN_URL } from './credentials.js';
import { SinchApiError, SinchAuthenticationError, SinchConnectionError } from './errors.js';
import type { Sender } from './http/types.js';
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
    this.#tokenUrl = options.tokenUrl ?? DEFAULT_TOKEN_URL;
    const skew = options.expirySkewSeconds ?? 60;
    if (!(Number.isFinite(skew) && skew >= 0))
      throw new TypeError('sinchkit: credentials.expirySkewSeconds must be a non-negative number');
    this.#skewMs = skew * 1000;
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
    const operation = `POST ${this.#tokenUrl}`;
    for (let attempt = 0; ; attempt++) {
      let response: Response;
      try {
        response = await this.#send(
          {
            method: 'POST',
            url: this.#tokenUrl,
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
        throw new SinchConnectionError(`Could not reach the token endpoint ${this.#tokenUrl}.`, {
          cause: error,
          operation,
        });
      }
      const text = await response.text();
      if (statusMayRetry(response.status) && attempt < this.#retry.maxRetries) {
        await sleep(retryDelayMs(attempt, response.headers.get('retry-after'), this.#retry), undefined);
        continue;
      }
      let body: unknown = text;
      try {
        body = JSON.parse(text);
      } catch {
        // keep the text
      }
      if (!response.ok)
        throw SinchApiError.from({ status: response.status, headers: response.headers, body, operation });
      const { access_token: accessToken, expires_in: expiresIn } = (body ?? {}) as Record<string, unknown>;
      if (typeof accessToken !== 'string' || accessToken === '') {
        throw new SinchAuthenticationError({
          status: response.status,
          headers: response.headers,
          body: undefined,
          operation,
        });
      }
      const lifetimeMs = (typeof expiresIn === 'number' && expiresIn > 0 ? expiresIn : 3600) * 1000;
      const header = `Bearer ${accessToken}`;
      // A token shorter-lived than the skew is still used for half its life.
      this.#token = { header, expiresAt: Date.now() + Math.max(lifetimeMs - this.#skewMs, lifetimeMs / 2) };
      return header;
    }
  }
}
