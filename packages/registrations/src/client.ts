import { createApiClient, type TransportOptions } from '@sinchkit/core';
import type { Client } from 'openapi-fetch';
import type { paths } from './generated/schema.js';
import { servers } from './generated/spec.js';

/** The production server from the spec. */
export const DEFAULT_BASE_URL: string = servers[0].url;

export interface RegistrationsClientOptions extends TransportOptions {
  /** Overrides the server, e.g. a mock. Defaults to the spec's production server. */
  baseUrl?: string;
  /** Headers sent with every request. */
  headers?: Record<string, string>;
}

export type RegistrationsClient = Client<paths>;

/** Creates a typed client for the Sender ID Registrations API's callback configuration. */
export function createRegistrationsClient(options: RegistrationsClientOptions = {}): RegistrationsClient {
  return createApiClient<paths>({ ...options, baseUrl: options.baseUrl ?? DEFAULT_BASE_URL });
}
