// @sinchkit/provisioning: a typed client for Sinch's Provisioning API 1.2.117.

// What every call's results and failures are made of (orThrow, the error classes, Credentials, …),
// so @sinchkit/core is never installed or imported separately. It exports nothing else.
export * from '@sinchkit/core';
export {
  createProvisioningClient,
  type ProvisioningClient,
  type ProvisioningClientOptions,
  type ProvisioningProjectClient,
} from './client.js';
export type { components, operations, paths } from './generated/schema.js';
export { spec } from './generated/spec.js';
export type * from './types.js';
