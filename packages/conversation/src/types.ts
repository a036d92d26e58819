// Friendly names for the spec's types: what users build and read. All come from the generated
// schema, so they follow the spec.
import type { components, webhooks } from './generated/schema.cjs';

// ---- sending ----------------------------------------------------------------------------------
/** The body of `POST /v1/projects/{project_id}/messages:send`. */
export type SendMessageRequest = components['schemas']['SendMessageRequest'];
/** What `messages:send` answers: the message id and when Sinch accepted it. */
export type SendMessageResponse = components['schemas']['SendMessageResponse'];
/** A message from the app: exactly one kind (text, media, template, …) plus common options. */
export type AppMessage = components['schemas']['AppMessage'];
/** A plain text message. */
export type TextMessage = components['schemas']['TextMessageField']['text_message'];
/** An image, video, audio file or document, by URL. */
export type MediaMessage = components['schemas']['MediaMessageField']['media_message'];
/** A message rendered from a template stored in Sinch's template store, or a channel's own template. */
export type TemplateMessage = components['schemas']['TemplateMessageField']['template_message'];
/** Text with buttons (choices) the contact can tap: replies, links, calls, locations, calendar entries. */
export type ChoiceMessage = components['schemas']['ChoiceMessageField']['choice_message'];
/** One choice of a choice, card or carousel message. */
export type Choice = components['schemas']['Choice'];
/** A card: title, description, media and choices. */
export type CardMessage = components['schemas']['CardMessageField']['card_message'];
/** Several cards side by side. */
export type CarouselMessage = components['schemas']['CarouselMessageField']['carousel_message'];
/** A place on a map. */
export type LocationMessage = components['schemas']['LocationMessageField']['location_message'];
/** A contact card: name, phone numbers, addresses, emails, organization, URLs. */
export type ContactInfoMessage = components['schemas']['ContactInfoMessageField']['contact_info_message'];
/** A list of sections of choices or products. */
export type ListMessage = components['schemas']['ListMessageField']['list_message'];
/** A message only one channel supports (WhatsApp flows and payments, KakaoTalk commerce, LINE notices). */
export type ChannelSpecificMessage = components['schemas']['ChannelSpecificMessage'];
/** Who receives a message: a contact id, or channel identities. */
export type Recipient = components['schemas']['Recipient'];
/** A recipient given by contact id. */
export type ContactRecipient = components['schemas']['ContactIDField'];
/** A recipient given by one or more channel identities (e.g. a phone number on WhatsApp). */
export type IdentifiedRecipient = components['schemas']['IdentifiedByField'];
/** A channel the Conversation API speaks: `WHATSAPP`, `RCS`, `SMS`, `MESSENGER`, … */
export type ConversationChannel = components['schemas']['ConversationChannel'];
/** An identity of a contact on one channel (a phone number, a page-scoped id, …). */
export type ChannelIdentity = components['schemas']['ChannelIdentity'];

// ---- resources --------------------------------------------------------------------------------
/** A Conversation API app: its channels, credentials and settings. */
export type App = components['schemas']['AppResponse'];
/** A contact: a person reached over one or more channel identities. */
export type Contact = components['schemas']['Contact'];
/** A conversation between an app and a contact. */
export type Conversation = components['schemas']['Conversation'];
/** A message of a conversation, from the app or from the contact. */
export type ConversationMessage = components['schemas']['ConversationMessage'];
/** A message a contact sent. */
export type ContactMessage = components['schemas']['ContactMessage'];
/** An event of a conversation (composing, read, agent joined, …). */
export type ConversationEvent = components['schemas']['ConversationEvent'];
/** The project's Conversation API settings. */
export type ProjectSettings = components['schemas']['ProjectSettings'];

// ---- webhooks ---------------------------------------------------------------------------------
/** A webhook of a Conversation API app. */
export type Webhook = components['schemas']['Webhook'];
/** A kind of callback a webhook receives. */
export type WebhookTrigger = components['schemas']['WebhookTrigger'];
/** `HTTP` delivers callbacks; `DISMISS` drops them. */
export type WebhookTargetType = components['schemas']['WebhookTargetType'];
/** A field name the webhook update's `update_mask` accepts. */
export type WebhookFieldPath = components['schemas']['WebhookFieldPath'];
/** OAuth2 client credentials Sinch uses to call your target. */
export type ClientCredentials = components['schemas']['ClientCredentials'];
/** The error body of every failed call: `{ error: { code, message, status, details } }`. */
export type ConversationErrorBody = components['schemas']['Error'];

// ---- callbacks --------------------------------------------------------------------------------
/** The triggers Sinch sends a callback for (every WebhookTrigger but UNSPECIFIED_TRIGGER). */
export type ConversationCallbackTrigger = keyof webhooks;
/** The callback body of each trigger, from the spec's `webhooks` section. */
export type ConversationCallbacks = {
  [T in ConversationCallbackTrigger]: webhooks[T]['post']['requestBody']['content']['application/json'];
};
/** Any Conversation callback body, as Sinch sends it. */
export type ConversationCallbackBody = ConversationCallbacks[ConversationCallbackTrigger];
