import { createApiClient, type TransportOptions } from '@sinchkit/core';
import type { Client } from 'openapi-fetch';
import type { paths } from './generated/schema.js';
import { servers } from './generated/spec.js';

const server = servers[0];

/** The regions the spec's server accepts: `us`, `eu` or `br`. */
export type Region = (typeof server.variables.region.enum)[number];
export const REGIONS: readonly Region[] = server.variables.region.enum;
export const DEFAULT_REGION: Region = server.variables.region.default;

/** The server URL of a region, e.g. `https://eu.conversation.api.sinch.com`. */
export function regionBaseUrl(region: Region): string {
  if (!REGIONS.includes(region)) {
    throw new TypeError(
      `sinchkit: unknown Conversation API region ${JSON.stringify(region)}; expected one of ${REGIONS.join(', ')}`,
    );
  }
  return server.url.replace('{region}', region);
}

export interface ConversationClientOptions extends TransportOptions {
  /** The region your app lives in. Defaults to `us`. Ignored when `baseUrl` is set. */
  region?: Region;
  /** Overrides the server, e.g. a mock. */
  baseUrl?: string;
  /** Headers sent with every request. */
  headers?: Record<string, string>;
}

export type ConversationClient = Client<paths>;

/** Creates a typed client for the Conversation API. */
export function createConversationClient(options: ConversationClientOptions = {}): ConversationClient {
  return createApiClient<paths>({
    ...options,
    baseUrl: options.baseUrl ?? regionBaseUrl(options.region ?? DEFAULT_REGION),
    // The spec declares update_mask as a comma-separated list (style form, explode false).
    query: { array: { style: 'form', explode: false } },
  });
}
