import type { TransportOptions } from '@sinchkit/core';
import { createApiClient, projectPath, type WithPathDefaults } from '@sinchkit/core/internal';
import type { Client } from 'openapi-fetch';
import type { paths } from './generated/schema.cjs';
import { servers } from './generated/spec.js';

const server = servers[0];

/** The regions the spec's server accepts: `us`, `eu` or `br`. */
export type Region = (typeof server.variables.region.enum)[number];
/** Every region, e.g. for a configuration check. */
export const REGIONS: readonly Region[] = server.variables.region.enum;

function regionBaseUrl(region: unknown): string {
  if (!REGIONS.includes(region as Region)) {
    throw new TypeError(
      `sinchkit: unknown Conversation API region ${JSON.stringify(region)}; expected one of ${REGIONS.join(', ')}`,
    );
  }
  return server.url.replace('{region}', region as Region);
}

export interface ConversationClientOptions extends TransportOptions {
  /** The region your app lives in. Defaults to `us`. Ignored when `baseUrl` is set. */
  region?: Region;
  /** Overrides the server, e.g. a mock. */
  baseUrl?: string;
  /** Headers sent with every request. */
  headers?: Record<string, string>;
  /** The project every call goes to, so calls may leave out `params.path.project_id` (a value they pass wins). */
  projectId?: string;
}

/** A Conversation API client: every call names its `project_id`. */
export type ConversationClient = Client<paths>;
/** A Conversation API client created with a `projectId`: `project_id` is optional in every call. */
export type ConversationProjectClient = Client<WithPathDefaults<paths, 'project_id'>>;

/**
 * Creates a typed client for the Conversation API: openapi-fetch's `GET`/`POST`/`PATCH`/`DELETE`,
 * typed from the spec, on the sinchkit transport (auth, retries, timeouts, typed errors).
 *
 *   const conversation = createConversationClient({ projectId, region: 'eu', credentials });
 *   const { data, error } = await conversation.POST('/v1/projects/{project_id}/messages:send', { body });
 */
export function createConversationClient(
  options: ConversationClientOptions & { projectId: string },
): ConversationProjectClient;
export function createConversationClient(options?: ConversationClientOptions): ConversationClient;
export function createConversationClient(
  options: ConversationClientOptions = {},
): ConversationClient | ConversationProjectClient {
  const { projectId, region, baseUrl, ...rest } = options;
  return createApiClient<paths>({
    ...rest,
    baseUrl: baseUrl ?? regionBaseUrl(region ?? server.variables.region.default),
    pathDefaults: projectPath('project_id', projectId),
    // update_mask is a comma-separated list (style form, explode false).
    query: { array: { style: 'form', explode: false } },
  });
}
