// Compile-time only (checked by `tsc`, run by nothing): the callback types this package generates
// from the callbacks' part of each spec are the very types the client packages export.
import type * as conversation from '@sinchkit/conversation';
import type * as provisioning from '@sinchkit/provisioning';
import type * as registrations from '@sinchkit/registrations';
import type * as signing from '../src/index.js';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

export const sameTypes: [
  Equal<signing.ConversationCallbackTrigger, conversation.ConversationCallbackTrigger>,
  Equal<signing.ConversationCallbacks, conversation.ConversationCallbacks>,
  Equal<signing.ProvisioningCallbackEvent, provisioning.ProvisioningCallbackEvent>,
  Equal<signing.ProvisioningCallbackType, provisioning.ProvisioningCallbackType>,
  Equal<
    signing.ProvisioningCallbackOf<'WHATSAPP_TEMPLATE_APPROVED'>,
    provisioning.ProvisioningCallbackOf<'WHATSAPP_TEMPLATE_APPROVED'>
  >,
  Equal<signing.RegistrationCallbackEvent, registrations.RegistrationCallbackEvent>,
] = [true, true, true, true, true, true];
