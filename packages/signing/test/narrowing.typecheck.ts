// Compile-only: `pnpm typecheck` fails if narrowing stops working, or if a wrong access compiles.
import {
  type ConversationCallback,
  isConversationCallback,
  isProvisioningCallback,
  type ProvisioningCallback,
} from '../src/index.js';

declare const conversation: ConversationCallback;
switch (conversation.trigger) {
  case 'MESSAGE_INBOUND': {
    const received = conversation.message.contact_message;
    // A contact message is one kind: `in` narrows it.
    if (received && 'text_message' in received) {
      const text: string = received.text_message.text;
      void text;
    }
    // @ts-expect-error a MESSAGE_INBOUND callback has no delivery report
    conversation.message_delivery_report;
    break;
  }
  case 'MESSAGE_DELIVERY': {
    const status: string | undefined = conversation.message_delivery_report.status;
    void status;
    break;
  }
  case 'CONTACT_MERGE':
    void conversation.contact_merge_notification.deleted_contact;
    break;
  case 'UNKNOWN': {
    const raw: Readonly<Record<string, unknown>> = conversation.body;
    // @ts-expect-error an unknown trigger has no typed payload
    conversation.message;
    void raw;
    break;
  }
  default:
    break;
}
if (isConversationCallback(conversation, 'OPT_OUT')) void conversation.opt_out_notification;
// @ts-expect-error not a trigger
isConversationCallback(conversation, 'MESSAGE_RECEIVED');

declare const provisioning: ProvisioningCallback;
switch (provisioning.type) {
  case 'WHATSAPP_TEMPLATE_APPROVED': {
    const name: string = provisioning.payload.name;
    // @ts-expect-error an approved template carries no newState (that is WHATSAPP_TEMPLATE_STATUS_UPDATED)
    provisioning.newState;
    void name;
    break;
  }
  case 'RCS_SENDER_OPERATOR_STATUS_UPDATED':
    void provisioning.operatorCurrentStatus;
    break;
  case undefined:
    void provisioning.unknownType;
    void provisioning.body;
    break;
  default:
    break;
}
if (isProvisioningCallback(provisioning, 'BUNDLE_DONE')) void provisioning.payload;
// @ts-expect-error not a Provisioning trigger
isProvisioningCallback(provisioning, 'MESSAGE_INBOUND');
