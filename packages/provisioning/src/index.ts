/**
 * A typed client for Sinch's Provisioning API 1.2.117: WhatsApp, RCS, KakaoTalk, bundles, SMS apps and
 * webhooks, with typed notifications and error codes. It also re-exports {@link "@sinchkit/core"}'s errors,
 * `orThrow` and options.
 *
 * @module @sinchkit/provisioning
 */

// What every call's results and failures are made of (orThrow, the error classes, Credentials, …),
// so @sinchkit/core is never installed or imported separately. It exports nothing else.
export * from '@sinchkit/core';
export {
  createProvisioningClient,
  type ProvisioningClient,
  type ProvisioningClientOptions,
  type ProvisioningProjectClient,
} from './client.js';
export type { components, operations, paths } from './generated/schema.cjs';
export { spec } from './generated/spec.js';
export type * from './types.js';
