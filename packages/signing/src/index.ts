/**
 * Verify (and, for tests, sign) Sinch webhook callbacks in Node, Deno, Bun, Workers and browsers.
 *
 * @module @sinchkit/signing
 */
export type { RawBody } from './body.js';
export type { HashAlgorithm, SignedContent } from './crypto/types.js';
export type { SignatureEncoding } from './encoding.js';
export { WebhookVerificationError, type WebhookVerificationErrorCode } from './errors.js';
export type { HeaderInput } from './headers.js';
export { MemoryNonceStore, type MemoryNonceStoreOptions, type NonceStore } from './nonce-store.js';
export { type VerifiedRequest, verifyRequest } from './request.js';
export { defineScheme, type WebhookScheme } from './scheme.js';
export {
  type ConversationCallback,
  type ConversationCallbackOf,
  type ConversationCallbacks,
  type ConversationCallbackTrigger,
  type ConversationSignatureHeaders,
  conversationScheme,
  isConversationCallback,
  type KnownConversationCallback,
  signConversationWebhook,
  type UnknownConversationCallback,
  verifyConversationWebhook,
} from './schemes/conversation.js';
export {
  isProvisioningCallback,
  type ProvisioningCallback,
  type ProvisioningCallbackEvent,
  type ProvisioningCallbackOf,
  type ProvisioningCallbackType,
  type ProvisioningSignatureHeaders,
  provisioningScheme,
  signProvisioningWebhook,
  type UnknownProvisioningCallback,
  verifyProvisioningWebhook,
} from './schemes/provisioning.js';
export {
  type RegistrationCallbackEvent,
  signRegistrationsWebhook,
  sinchSignatureScheme,
  verifyRegistrationsWebhook,
} from './schemes/sinch-signature.js';
export { type SinchWebhookSignatureHeaders, sinchWebhookScheme } from './schemes/sinch-webhook.js';
export { type SignInput, signWebhook } from './sign.js';
export { DEFAULT_TOLERANCE_SECONDS, type VerifyInput, verifyWebhook } from './verify.js';

import { backend } from './crypto/backend.js';
/** Which HMAC implementation this build uses: 'node:crypto' or 'web-crypto'. */
export const cryptoBackend: 'node:crypto' | 'web-crypto' = backend.name;
