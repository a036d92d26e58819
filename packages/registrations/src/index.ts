/**
 * A typed client for the Sender ID Registrations callback configuration. It also re-exports
 * {@link "@sinchkit/core"}'s errors, `orThrow` and options.
 *
 * @module @sinchkit/registrations
 */

// What every call's results and failures are made of (orThrow, the error classes, Credentials, …),
// so @sinchkit/core is never installed or imported separately. It exports nothing else.
export * from '@sinchkit/core';
export {
  createRegistrationsClient,
  type RegistrationsClient,
  type RegistrationsClientOptions,
  type RegistrationsProjectClient,
} from './client.js';
export type { components, operations, paths, webhooks } from './generated/schema.cjs';
export { spec } from './generated/spec.js';
export type * from './types.js';
