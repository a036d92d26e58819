import type { ProvisioningCallbackEvent, ProvisioningCallbackOf, ProvisioningCallbackType } from '../callback-types.js';
import { parseJsonObject } from '../json.js';
import { type SignInput, signWebhook } from '../sign.js';
import { type VerifyInput, verifyAndParse } from '../verify.js';
import { type SinchWebhookSignatureHeaders, sinchWebhookScheme } from './sinch-webhook.js';

export type { ProvisioningCallbackEvent, ProvisioningCallbackOf, ProvisioningCallbackType };

/** Checks at compile time that a list holds every member of U and nothing else. */
function everyOf<U extends string>() {
  return <const L extends readonly U[]>(
    list: L & ([U] extends [L[number]] ? unknown : { missing: Exclude<U, L[number]> }),
  ) => list;
}

// Every trigger of the spec: one added to the spec and missing here (or the reverse) does not compile.
const TYPES = everyOf<ProvisioningCallbackType>()([
  'WHATSAPP_ACCOUNT_COMMENT_ADDED',
  'WHATSAPP_ACCOUNT_ONBOARDED',
  'WHATSAPP_ACCOUNT_REJECTED',
  'WHATSAPP_ACCOUNT_PENDING_VERIFICATION',
  'WHATSAPP_ACCOUNT_DAILY_LIMIT_CHANGED',
  'WHATSAPP_WABA_ACCOUNT_CHANGED',
  'WHATSAPP_SENDER_COMMENT_ADDED',
  'WHATSAPP_SENDER_ACTIVE',
  'WHATSAPP_SENDER_INACTIVE',
  'WHATSAPP_SENDER_PENDING_VERIFICATION',
  'WHATSAPP_SENDER_REJECTED',
  'WHATSAPP_SENDER_ERROR',
  'WHATSAPP_SENDER_DAILY_LIMIT_CHANGED',
  'WHATSAPP_SENDER_QUALITY_RATING_CHANGED',
  'WHATSAPP_SENDER_DELETED',
  'WHATSAPP_SENDER_DISPLAY_NAME_UPDATED',
  'WHATSAPP_SENDER_USERNAME_UPDATED',
  'WHATSAPP_TEMPLATE_COMMENT_ADDED',
  'WHATSAPP_TEMPLATE_APPROVED',
  'WHATSAPP_TEMPLATE_REJECTED',
  'WHATSAPP_TEMPLATE_STATUS_UPDATED',
  'WHATSAPP_TEMPLATE_DELETED',
  'WHATSAPP_TEMPLATE_QUALITY_SCORE_UPDATED',
  'WHATSAPP_TEMPLATE_CATEGORY_UPDATED',
  'WHATSAPP_TEMPLATE_CATEGORY_FUTURE_UPDATE',
  'BUNDLE_DONE',
  'KAKAOTALK_SENDER_ACTIVE',
  'KAKAOTALK_SENDER_INACTIVE',
  'KAKAOTALK_SENDER_REJECTED',
  'KAKAOTALK_SENDER_COMMENT_ADDED',
  'KAKAOTALK_TEMPLATE_COMMENT_ADDED',
  'KAKAOTALK_TEMPLATE_APPROVED',
  'KAKAOTALK_TEMPLATE_REJECTED',
  'RCS_ACCOUNT_COMMENT_ADDED',
  'RCS_SENDER_STATUS_UPDATED',
  'RCS_SENDER_OPERATOR_STATUS_UPDATED',
  'RCS_SENDER_COMMENT_ADDED',
  'RCS_BRAND_REGISTRATION_PROCESS_STATUS_UPDATED',
]);
const KNOWN = new Set<string>(TYPES);

/** An authentic notification of a type this version does not know yet: accepted, with its raw body. */
export interface UnknownProvisioningCallback {
  /** Undefined, so that `switch (event.type)` keeps narrowing the known notifications. */
  readonly type?: undefined;
  /** The `type` the body carries, if it carries one. */
  readonly unknownType: string | undefined;
  /** The body as Sinch sent it. */
  readonly body: Readonly<Record<string, unknown>>;
}

/** A verified Provisioning notification: `switch (event.type)` narrows it to its payload. */
export type ProvisioningCallback = ProvisioningCallbackEvent | UnknownProvisioningCallback;

/** True when `event` is of `type`; narrows it, as a `switch` would. */
export function isProvisioningCallback<T extends ProvisioningCallbackType>(
  event: ProvisioningCallback,
  type: T,
): event is ProvisioningCallbackOf<T> {
  return event.type === type;
}

function parseProvisioningCallback(bytes: Uint8Array): ProvisioningCallback {
  const body = parseJsonObject(bytes, 'Provisioning notification');
  if (typeof body.type === 'string' && KNOWN.has(body.type)) return body as unknown as ProvisioningCallbackEvent;
  return { unknownType: typeof body.type === 'string' ? body.type : undefined, body };
}

/** Provisioning API notifications (`x-sinch-webhook-signature*` headers, as for Conversation). */
export const provisioningScheme = sinchWebhookScheme('provisioning', parseProvisioningCallback);

/** Verifies a Provisioning API notification and returns it, narrowed by `type`. */
export function verifyProvisioningWebhook(input: VerifyInput): Promise<ProvisioningCallback> {
  return verifyAndParse(provisioningScheme, input);
}

/** The headers Sinch sends with a Provisioning notification. */
export type ProvisioningSignatureHeaders = SinchWebhookSignatureHeaders;

/** The headers Sinch would send with `body`, for testing your receiver. */
export async function signProvisioningWebhook(input: SignInput): Promise<ProvisioningSignatureHeaders> {
  return (await signWebhook(provisioningScheme, input)) as unknown as ProvisioningSignatureHeaders;
}
