export type { RawBody } from './body.js';
export type { HashAlgorithm, SignedContent } from './crypto/types.js';
export type { SignatureEncoding } from './encoding.js';
export { WebhookVerificationError, type WebhookVerificationErrorCode } from './errors.js';
export type { HeaderInput } from './headers.js';
export { MemoryNonceStore, type MemoryNonceStoreOptions, type NonceStore } from './nonce-store.js';
export { type VerifiedRequest, verifyRequest } from './request.js';
export { defineScheme, type WebhookScheme } from './scheme.js';
export {
  CONVERSATION_TRIGGER_KEYS,
  type ConversationCallbackEvent,
  type ConversationCallbacks,
  type ConversationCallbackTrigger,
  type ConversationSignatureHeaders,
  conversationScheme,
  conversationTriggerOf,
  signConversationWebhook,
  verifyConversationWebhook,
} from './schemes/conversation.js';
export {
  type RegistrationCallbackEvent,
  signSinchSignature,
  sinchSignatureScheme,
  verifyRegistrationsWebhook,
} from './schemes/sinch-signature.js';
export { type SignInput, signWebhook } from './sign.js';
export { DEFAULT_TOLERANCE_SECONDS, type VerifyInput, verifyAndParse, verifyWebhook } from './verify.js';

import { backend } from './crypto/backend.js';
/** Which HMAC implementation this build uses: 'node:crypto' or 'web-crypto'. */
export const cryptoBackend: 'node:crypto' | 'web-crypto' = backend.name;
