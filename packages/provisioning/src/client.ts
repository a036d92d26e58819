import type { TransportOptions } from '@sinchkit/core';
import { createApiClient, projectPath, type WithPathDefaults } from '@sinchkit/core/internal';
import type { Client } from 'openapi-fetch';
import type { paths } from './generated/schema.cjs';
import { servers } from './generated/spec.js';

export interface ProvisioningClientOptions extends TransportOptions {
  /** Overrides the server, e.g. a mock. Defaults to the spec's production server. */
  baseUrl?: string;
  /** Headers sent with every request. */
  headers?: Record<string, string>;
  /** The project every call goes to, so calls may leave out `params.path.projectId` (a value they pass wins). */
  projectId?: string;
}

/** A Provisioning API client: every call names its `projectId`. */
export type ProvisioningClient = Client<paths>;
/** A Provisioning API client created with a `projectId`: `projectId` is optional in every call. */
export type ProvisioningProjectClient = Client<WithPathDefaults<paths, 'projectId'>>;

/** Creates a typed client for the Provisioning API. */
export function createProvisioningClient(
  options: ProvisioningClientOptions & { projectId: string },
): ProvisioningProjectClient;
export function createProvisioningClient(options?: ProvisioningClientOptions): ProvisioningClient;
export function createProvisioningClient(
  options: ProvisioningClientOptions = {},
): ProvisioningClient | ProvisioningProjectClient {
  const { projectId, baseUrl, ...rest } = options;
  return createApiClient<paths>({
    ...rest,
    baseUrl: baseUrl ?? servers[0].url,
    pathDefaults: projectPath('projectId', projectId),
  });
}
