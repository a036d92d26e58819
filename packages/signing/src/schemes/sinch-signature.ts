import type { RegistrationCallbackEvent } from '../callback-types.js';
import { parseJsonObject } from '../json.js';
import { defineScheme } from '../scheme.js';
import { signWebhook } from '../sign.js';
import { type VerifyInput, verifyAndParse } from '../verify.js';

export type { RegistrationCallbackEvent };

/**
 * `X-Sinch-Signature`: lowercase hex HMAC-SHA1 of the raw body, keyed with the project's
 * hmacSecret. Used by Registrations API callbacks. No timestamp or nonce is sent, so this scheme
 * cannot detect replays.
 */
export const sinchSignatureScheme = defineScheme<RegistrationCallbackEvent>({
  name: 'x-sinch-signature',
  hash: 'SHA-1',
  encoding: 'hex',
  signatureHeader: 'x-sinch-signature',
  signedContent: ({ body }) => [body],
  parse: (body) => parseJsonObject(body, 'Sinch callback'),
});

/** Verifies a Registrations API callback and returns its event (an open JSON object: Sinch does not document its fields). */
export function verifyRegistrationsWebhook(
  input: Omit<VerifyInput, 'toleranceSeconds' | 'nonceStore'>,
): Promise<RegistrationCallbackEvent> {
  return verifyAndParse(sinchSignatureScheme, input);
}

/** The `x-sinch-signature` header Sinch would send with `body`, for testing your receiver. */
export async function signRegistrationsWebhook(input: {
  body: VerifyInput['body'];
  secret: string;
}): Promise<{ 'x-sinch-signature': string }> {
  return (await signWebhook(sinchSignatureScheme, input)) as { 'x-sinch-signature': string };
}
