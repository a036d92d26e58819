import type { TransportOptions } from '@sinchkit/core';
import { createApiClient, projectPath, type WithPathDefaults } from '@sinchkit/core/internal';
import type { Client } from 'openapi-fetch';
import type { paths } from './generated/schema.cjs';
import { servers } from './generated/spec.js';

export interface RegistrationsClientOptions extends TransportOptions {
  /** Overrides the server, e.g. a mock. Defaults to the spec's production server. */
  baseUrl?: string;
  /** Headers sent with every request. */
  headers?: Record<string, string>;
  /** The project every call goes to, so calls may leave out `params.path.projectId` (a value they pass wins). */
  projectId?: string;
}

/** A Sender ID Registrations API client: every call names its `projectId`. */
export type RegistrationsClient = Client<paths>;
/** A Sender ID Registrations API client created with a `projectId`: `projectId` is optional in every call. */
export type RegistrationsProjectClient = Client<WithPathDefaults<paths, 'projectId'>>;

/** Creates a typed client for the Sender ID Registrations API's callback configuration. */
export function createRegistrationsClient(
  options: RegistrationsClientOptions & { projectId: string },
): RegistrationsProjectClient;
export function createRegistrationsClient(options?: RegistrationsClientOptions): RegistrationsClient;
export function createRegistrationsClient(
  options: RegistrationsClientOptions = {},
): RegistrationsClient | RegistrationsProjectClient {
  const { projectId, baseUrl, ...rest } = options;
  return createApiClient<paths>({
    ...rest,
    baseUrl: baseUrl ?? servers[0].url,
    pathDefaults: projectPath('projectId', projectId),
  });
}
