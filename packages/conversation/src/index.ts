/**
 * A typed client for Sinch's Conversation API 1.0: every operation, every message kind and every
 * callback, typed from the spec. It also re-exports {@link "@sinchkit/core"}'s errors, `orThrow` and options.
 *
 * @module @sinchkit/conversation
 */

// What every call's results and failures are made of (orThrow, the error classes, Credentials, …),
// so @sinchkit/core is never installed or imported separately. It exports nothing else.
export * from '@sinchkit/core';
export {
  type ConversationClient,
  type ConversationClientOptions,
  type ConversationProjectClient,
  createConversationClient,
  REGIONS,
  type Region,
} from './client.js';
export type { components, operations, paths, webhooks } from './generated/schema.cjs';
export { spec } from './generated/spec.js';
export type * from './types.js';
