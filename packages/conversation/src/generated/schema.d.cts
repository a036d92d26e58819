// Generated from specs/conversation/1.0/openapi.yaml by scripts/generate.mjs — do not edit.
// Run `pnpm generate` after changing the spec.

// Imported as './generated/schema.cjs' by the package's source and by both of its builds'
// declarations, which ship this file once as dist/generated/schema.d.cts.

export interface paths {
  "/v1/projects/{project_id}/messages:send": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The ID of the project (a UUID), shown on the Sinch dashboard.
         * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
         */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send a message
     * @description Sends a message from an app to a contact, named by contact id or by channel identities. The message goes out on the first channel that can take it (see `channel_priority_order`); the call returns once the message is queued, and delivery receipts report what happens next. In CONVERSATION mode an unknown recipient becomes a new contact and the message joins the contact's active conversation, which is started if there is none.
     */
    post: operations["sendMessage"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/projects/{project_id}/messages/{message_id}": {
    parameters: {
      query?: {
        /** @description Which message store to use: `CONVERSATION_SOURCE` (the default) for apps in CONVERSATION mode, `DISPATCH_SOURCE` for messages handled in DISPATCH mode. */
        messages_source?: components["parameters"]["MessagesSource"];
      };
      header?: never;
      path: {
        /**
         * @description The ID of the project (a UUID), shown on the Sinch dashboard.
         * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
         */
        project_id: components["parameters"]["ProjectId"];
        /** @description Id of the message. */
        message_id: components["parameters"]["MessageId"];
      };
      cookie?: never;
    };
    /**
     * Get a message
     * @description Returns one stored message. Set `messages_source` to `DISPATCH_SOURCE` for a message handled in DISPATCH mode.
     */
    get: operations["getMessage"];
    put?: never;
    post?: never;
    /**
     * Delete a message
     * @description Deletes a message from the Conversation API's storage. A message already delivered stays on the contact's device, and deleting every message of a conversation does not delete the conversation.
     */
    delete: operations["deleteMessage"];
    options?: never;
    head?: never;
    /**
     * Update the metadata of a message
     * @description Replaces the metadata of a stored message; nothing else of a message can be changed. Returns the updated message.
     */
    patch: operations["updateMessageMetadata"];
    trace?: never;
  };
  "/v1/projects/{project_id}/messages": {
    parameters: {
      query?: {
        /** @description Only messages of the conversation with this id. */
        conversation_id?: components["parameters"]["QueryConversationId"];
        /**
         * @description Only return items that belong to this contact (a contact ID).
         * @example 01HQ2ZC7Y5N8R4K3T6W9XB1D2E
         */
        contact_id?: components["parameters"]["QueryContactId"];
        /** @description Only messages of the app with this id. */
        app_id?: string;
        /** @description Only messages exchanged with this channel identity, such as an E.164 phone number. */
        channel_identity?: string;
        /** @description Only messages accepted at or after this time, ISO 8601 in UTC; must be before `end_time`. */
        start_time?: string;
        /** @description Only messages accepted before this time, ISO 8601 in UTC. */
        end_time?: string;
        /** @description Maximum number of messages in a page; 10 when left out, at most 1000. */
        page_size?: number;
        /** @description The `next_page_token` of the previous page; leave out for the first page, and keep the other parameters unchanged. */
        page_token?: string;
        /** @description Whether the messages include their metadata; `WITH_METADATA` when left out. */
        view?: components["schemas"]["ConversationMessagesView"];
        /** @description Which message store to use: `CONVERSATION_SOURCE` (the default) for apps in CONVERSATION mode, `DISPATCH_SOURCE` for messages handled in DISPATCH mode. */
        messages_source?: components["parameters"]["MessagesSource"];
        /** @description When true, only messages sent by contacts; works with `DISPATCH_SOURCE` only. */
        only_recipient_originated?: components["parameters"]["OnlyRecipientOriginated"];
        /** @description Only messages sent or received on this channel. */
        channel?: components["schemas"]["ConversationChannel"];
        /** @description Only messages in this direction; both directions when left out. */
        direction?: components["schemas"]["ConversationDirection"];
      };
      header?: never;
      path: {
        /**
         * @description The ID of the project (a UUID), shown on the Sinch dashboard.
         * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
         */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    /**
     * List messages
     * @description Lists stored messages, newest first, filtered by conversation, contact, app, channel identity, channel, direction or time. A page holds `page_size` messages (10 by default, at most 1000); pass `next_page_token` as `page_token`, with the same filters, for the next page. Some filters work with one `messages_source` only.
     */
    get: operations["listMessages"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/projects/{project_id}/messages:fetch-last-message": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The ID of the project (a UUID), shown on the Sinch dashboard.
         * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
         */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * List the last messages of channel identities or contacts
     * @description Lists the most recent messages exchanged with the given channel identities, or with the given contacts (CONVERSATION_SOURCE only); give one kind, not both. Paged like listing messages: pass `next_page_token` as `page_token` in the next request.
     */
    post: operations["listMessagesByChannelIdentity"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/projects/{project_id}/apps": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The ID of the project (a UUID), shown on the Sinch dashboard.
         * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
         */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    /**
     * List the apps of a project
     * @description Returns every app of the project in one response; the list is not paged.
     */
    get: operations["listApps"];
    put?: never;
    /**
     * Create an app
     * @description Creates an app with the credentials of one or more channels. Each channel integration starts
     *     as `PENDING` and turns `ACTIVE` once Sinch has set it up; the response carries the new app's
     *     ID, which every other call about the app needs.
     */
    post: operations["createApp"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/projects/{project_id}/apps/{app_id}": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The ID of the project (a UUID), shown on the Sinch dashboard.
         * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
         */
        project_id: components["parameters"]["ProjectId"];
        /**
         * @description The ID of the app, shown on the Sinch dashboard and returned when the app is created.
         * @example 01EB37HMH1M6SV18ASNS3G135H
         */
        app_id: components["parameters"]["AppId"];
      };
      cookie?: never;
    };
    /**
     * Get an app
     * @description Returns one app with its channel credentials, the state of each channel integration, its rate limits and its queue statistics.
     */
    get: operations["getApp"];
    put?: never;
    post?: never;
    /**
     * Delete an app
     * @description Deletes the app. Its channels stop sending and receiving through it, and the deletion cannot be undone.
     */
    delete: operations["deleteApp"];
    options?: never;
    head?: never;
    /**
     * Update an app
     * @description Changes the fields of an app named in `update_mask`, or every field present in the body when
     *     no mask is given. `channel_credentials` is replaced as a whole list, so send every channel the
     *     app should keep.
     */
    patch: operations["updateApp"];
    trace?: never;
  };
  "/v1/projects/{project_id}/apps/{app_id}/webhooks": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The ID of the project (a UUID), shown on the Sinch dashboard.
         * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
         */
        project_id: components["parameters"]["ProjectId"];
        /**
         * @description The ID of the app, shown on the Sinch dashboard and returned when the app is created.
         * @example 01EB37HMH1M6SV18ASNS3G135H
         */
        app_id: components["parameters"]["AppId"];
      };
      cookie?: never;
    };
    /**
     * List the webhooks of an app
     * @description Returns every webhook of the app in one response; an app has at most 5, so the list is not paged.
     */
    get: operations["listWebhooks"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/projects/{project_id}/webhooks": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The ID of the project (a UUID), shown on the Sinch dashboard.
         * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
         */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create a webhook
     * @description Creates a webhook for the app named in the body; from then on Sinch sends the callbacks of
     *     the listed triggers to its target. An app can have up to 5 webhooks.
     */
    post: operations["createWebhook"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/projects/{project_id}/webhooks/{webhook_id}": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The ID of the project (a UUID), shown on the Sinch dashboard.
         * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
         */
        project_id: components["parameters"]["ProjectId"];
        /**
         * @description The ID of the webhook, as returned when it was created.
         * @example 01EB37HMH1M6SV18ASNS3G135J
         */
        webhook_id: components["parameters"]["WebhookId"];
      };
      cookie?: never;
    };
    /**
     * Get a webhook
     * @description Returns one webhook.
     */
    get: operations["getWebhook"];
    put?: never;
    post?: never;
    /**
     * Delete a webhook
     * @description Deletes a webhook; Sinch stops sending it callbacks.
     */
    delete: operations["deleteWebhook"];
    options?: never;
    head?: never;
    /**
     * Update a webhook
     * @description Changes a webhook. With `update_mask`, only the named fields are taken from the body; without
     *     it, every field sent replaces the stored one.
     */
    patch: operations["updateWebhook"];
    trace?: never;
  };
  "/v1/projects/{project_id}/contacts": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The ID of the project (a UUID), shown on the Sinch dashboard.
         * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
         */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    /**
     * List the contacts of a project
     * @description Returns the project's contacts a page at a time; pass each response's `next_page_token` as
     *     `page_token` to get the next page, until it comes back empty. Filter by `external_id`, or by
     *     `channel` together with `identity`, to look up one contact.
     */
    get: operations["listContacts"];
    put?: never;
    /**
     * Create a contact
     * @description Creates a contact with at least one channel identity and a language. The response carries
     *     the contact's ID, which messages, conversations and other calls refer to.
     */
    post: operations["createContact"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/projects/{project_id}/contacts/{contact_id}": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The ID of the project (a UUID), shown on the Sinch dashboard.
         * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
         */
        project_id: components["parameters"]["ProjectId"];
        /**
         * @description The ID of the contact.
         * @example 01HQ2ZC7Y5N8R4K3T6W9XB1D2E
         */
        contact_id: components["parameters"]["ContactId"];
      };
      cookie?: never;
    };
    /**
     * Get a contact
     * @description Returns one contact with all its channel identities.
     */
    get: operations["getContact"];
    put?: never;
    post?: never;
    /**
     * Delete a contact
     * @description Deletes the contact; the deletion cannot be undone.
     */
    delete: operations["deleteContact"];
    options?: never;
    head?: never;
    /**
     * Update a contact
     * @description Changes the fields of a contact named in `update_mask`, or every field present in the body
     *     when no mask is given. A list such as `channel_identities` is replaced as a whole.
     */
    patch: operations["updateContact"];
    trace?: never;
  };
  "/v1/projects/{project_id}/contacts/{destination_id}:merge": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The ID of the project (a UUID), shown on the Sinch dashboard.
         * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
         */
        project_id: components["parameters"]["ProjectId"];
        /**
         * @description The ID of the contact that remains after the merge.
         * @example 01HQ2ZC7Y5N8R4K3T6W9XB1D2E
         */
        destination_id: components["parameters"]["DestinationId"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Merge two contacts
     * @description Merges the source contact named in the body into the destination contact in the path: the
     *     destination gains the source's channel identities and conversations, and the source contact
     *     is deleted. Returns the destination contact as it is after the merge.
     */
    post: operations["mergeContact"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/projects/{project_id}/contacts:getChannelProfile": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The ID of the project (a UUID), shown on the Sinch dashboard.
         * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
         */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Get a contact's profile on a channel
     * @description Asks the channel for the name the contact uses there. Only Messenger, Instagram, Viber
     *     Business and LINE offer this, and the app must have credentials for that channel.
     */
    post: operations["getChannelProfile"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/projects/{project_id}/contacts:identityConflicts": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The ID of the project (a UUID), shown on the Sinch dashboard.
         * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
         */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    /**
     * List identities shared by several contacts
     * @description Returns the channel identities that belong to more than one contact of the project, a page
     *     at a time (`page_token` / `next_page_token`). Merging the contacts of a conflict resolves it.
     */
    get: operations["listIdentityConflicts"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/projects/{project_id}/conversations": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The ID of the project (a UUID), shown on the Sinch dashboard.
         * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
         */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    /**
     * List conversations
     * @description Returns the conversations of an app, of a contact, or of both, a page at a time; pass each
     *     response's `next_page_token` as `page_token` to get the next page, until it comes back empty.
     */
    get: operations["listConversations"];
    put?: never;
    /**
     * Create a conversation
     * @description Creates a conversation between an app and a contact. Sinch also starts conversations by
     *     itself when messages flow; create one yourself to set metadata or a correlation ID up front.
     */
    post: operations["createConversation"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/projects/{project_id}/conversations/{conversation_id}": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The ID of the project (a UUID), shown on the Sinch dashboard.
         * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
         */
        project_id: components["parameters"]["ProjectId"];
        /**
         * @description The ID of the conversation.
         * @example 01HQ30A5D9E2F7G8H3J4K5M6N7
         */
        conversation_id: components["parameters"]["ConversationId"];
      };
      cookie?: never;
    };
    /**
     * Get a conversation
     * @description Returns one conversation (not its messages; list those with the messages operations).
     */
    get: operations["getConversation"];
    put?: never;
    post?: never;
    /**
     * Delete a conversation
     * @description Deletes the conversation together with its messages; the deletion cannot be undone.
     */
    delete: operations["deleteConversation"];
    options?: never;
    head?: never;
    /**
     * Update a conversation
     * @description Changes the fields of a conversation named in `update_mask`, or every field present in the
     *     body when no mask is given. `metadata_update_strategy` decides whether new `metadata_json`
     *     replaces the stored metadata or is merged into it.
     */
    patch: operations["updateConversation"];
    trace?: never;
  };
  "/v1/projects/{project_id}/conversations:recent": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List an app's conversations with their latest message
     * @description Returns the conversations of an app ordered by the time of their latest message, each with
     *     that message, a page at a time (`page_token` / `next_page_token`). Suited to an inbox view.
     */
    get: operations["listRecentConversations"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/projects/{project_id}/conversations/{conversation_id}:inject-event": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The ID of the project (a UUID), shown on the Sinch dashboard.
         * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
         */
        project_id: components["parameters"]["ProjectId"];
        /**
         * @description The ID of the conversation.
         * @example 01HQ30A5D9E2F7G8H3J4K5M6N7
         */
        conversation_id: components["parameters"]["ConversationId"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Add an event to a conversation's history
     * @description Records an event (such as an agent joining) in the conversation without sending anything to
     *     the contact, for example to keep a transcript complete after a hand-over outside Sinch.
     */
    post: operations["injectEvent"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/projects/{project_id}/conversations/{conversation_id}:stop": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The ID of the project (a UUID), shown on the Sinch dashboard.
         * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
         */
        project_id: components["parameters"]["ProjectId"];
        /**
         * @description The ID of the conversation.
         * @example 01HQ30A5D9E2F7G8H3J4K5M6N7
         */
        conversation_id: components["parameters"]["ConversationId"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Stop a conversation
     * @description Makes an active conversation inactive. It stays readable, and the next message between the
     *     app and the contact starts a new conversation.
     */
    post: operations["stopActiveConversation"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/projects/{project_id}/conversations/{conversation_id}:inject-message": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The ID of the project (a UUID), shown on the Sinch dashboard.
         * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
         */
        project_id: components["parameters"]["ProjectId"];
        /**
         * @description The ID of the conversation to add the message to.
         * @example 01HQ30A5D9E2F7G8H3J4K5M6N7
         */
        conversation_id: string;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Add a message to a conversation's history
     * @description Records a message in the conversation without sending it, for example one exchanged on
     *     another system, so that the conversation's history is complete. Nothing reaches the contact.
     */
    post: operations["injectMessage"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/projects/{project_id}/events:send": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The ID of the project (a UUID), shown on the Sinch dashboard.
         * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
         */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send an event to a contact
     * @description Queues an event for a contact and returns its ID at once. Sinch sends it on the first channel
     *     of the priority order that supports it; whether it arrived is reported later in
     *     `EVENT_DELIVERY` callbacks.
     */
    post: operations["sendEvent"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/projects/{project_id}/events/{event_id}": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The ID of the project (a UUID), shown on the Sinch dashboard.
         * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
         */
        project_id: components["parameters"]["ProjectId"];
        /**
         * @description The ID of the event, as returned when it was sent or injected.
         * @example 01HQ32C7D8E9F0G1H2J3K4M5N6
         */
        event_id: components["parameters"]["EventId"];
      };
      cookie?: never;
    };
    /**
     * Get an event
     * @description Returns one event recorded in a conversation.
     */
    get: operations["getEvent"];
    put?: never;
    post?: never;
    /**
     * Delete an event
     * @description Deletes an event from the conversation it was recorded in; the deletion cannot be undone.
     */
    delete: operations["deleteEvent"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/projects/{project_id}/events": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The ID of the project (a UUID), shown on the Sinch dashboard.
         * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
         */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    /**
     * List events
     * @description Returns the recorded events of a conversation or of a contact, a page at a time; pass each
     *     response's `next_page_token` as `page_token` to get the next page, until it comes back empty.
     */
    get: operations["listEvents"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/projects/{project_id}/apps/{app_id}/consents/{list_type}": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The ID of the project (a UUID), shown on the Sinch dashboard.
         * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
         */
        project_id: components["parameters"]["ProjectId"];
        /**
         * @description The ID of the app, shown on the Sinch dashboard and returned when the app is created.
         * @example 01EB37HMH1M6SV18ASNS3G135H
         */
        app_id: components["parameters"]["AppId"];
        /**
         * @description The consent list to read.
         * @example OPT_OUT_MARKETING
         */
        list_type: components["parameters"]["ListType"];
      };
      cookie?: never;
    };
    /**
     * List the identities on a consent list
     * @description Returns the identities on one consent list of the app, a page at a time; pass each
     *     response's `next_page_token` as `page_token` to get the next page, until it comes back empty.
     */
    get: operations["getConsents"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/projects/{project_id}/apps/{app_id}/consents/identities/{identity}": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The ID of the project (a UUID), shown on the Sinch dashboard.
         * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
         */
        project_id: components["parameters"]["ProjectId"];
        /**
         * @description The ID of the app, shown on the Sinch dashboard and returned when the app is created.
         * @example 01EB37HMH1M6SV18ASNS3G135H
         */
        app_id: components["parameters"]["AppId"];
        /**
         * @description The identity whose history to read, usually an E.164 phone number.
         * @example +12025550143
         */
        identity: components["parameters"]["Identity"];
      };
      cookie?: never;
    };
    /**
     * Get the consent history of an identity
     * @description Returns every change to the consent lists of the app that concerns one identity, with when and how it happened.
     */
    get: operations["getConsentsAuditRecords"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/projects/{project_id}/capability:query": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The ID of the project (a UUID), shown on the Sinch dashboard.
         * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
         */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Query what a contact's channels support
     * @description Starts a check of what the recipient's channel can do (for example whether a phone number
     *     can receive RCS). The response only acknowledges the query; the result arrives in a
     *     `CAPABILITY` callback that carries the same `request_id`.
     */
    post: operations["queryCapability"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/projects/{project_id}/messages:transcode": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The ID of the project (a UUID), shown on the Sinch dashboard.
         * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
         */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Transcode a message
     * @description Converts a message in Conversation API form into the payload each requested channel would receive, without sending anything. Useful to check how a message looks on a channel, or as a start for an `explicit_channel_message`.
     */
    post: operations["transcodeMessage"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/projects/{project_id}/settings": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The ID of the project (a UUID), shown on the Sinch dashboard.
         * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
         */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    /**
     * Get the settings of a project
     * @description Returns the project's Conversation API settings.
     */
    get: operations["getProjectSettings"];
    put?: never;
    /**
     * Create the settings of a project
     * @description Stores settings for a project that has none yet; use the update operation to change existing settings.
     */
    post: operations["createProjectSettings"];
    /**
     * Delete the settings of a project
     * @description Deletes the project's settings, so that Sinch's defaults apply again.
     */
    delete: operations["deleteProjectSettings"];
    options?: never;
    head?: never;
    /**
     * Update the settings of a project
     * @description Changes the project's settings to the values in the body and returns them.
     */
    patch: operations["updateProjectSettings"];
    trace?: never;
  };
}
export interface webhooks {
  MESSAGE_INBOUND: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Receive a message from a contact
     * @description Sent to webhooks subscribed to `MESSAGE_INBOUND` when a contact sends a message to the app. The payload is under `message`.
     */
    post: operations["callbackMessageInboundEvent"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  MESSAGE_DELIVERY: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Receive a message delivery report
     * @description Sent to webhooks subscribed to `MESSAGE_DELIVERY` when the delivery status of a message the app sent changes (queued on the channel, delivered, read, failed, or switching to the next channel). The payload is under `message_delivery_report`.
     */
    post: operations["callbackMessageDeliveryEvent"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  MESSAGE_SUBMIT: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Receive a message submission notice
     * @description Sent to webhooks subscribed to `MESSAGE_SUBMIT` when Sinch hands a message the app sent to a channel; the notice repeats the message as submitted. The payload is under `message_submit_notification`.
     */
    post: operations["callbackMessageSubmitEvent"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  EVENT_INBOUND: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Receive an event from a contact
     * @description Sent to webhooks subscribed to `EVENT_INBOUND` when a contact does something other than send a message, such as typing, reacting, commenting or paying. The payload is under `event`.
     */
    post: operations["callbackEventInboundEvent"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  EVENT_DELIVERY: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Receive an event delivery report
     * @description Sent to webhooks subscribed to `EVENT_DELIVERY` when the delivery status of an event the app sent changes. The payload is under `event_delivery_report`.
     */
    post: operations["callbackEventDeliveryEvent"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  CONVERSATION_START: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Receive a conversation start notice
     * @description Sent to webhooks subscribed to `CONVERSATION_START` when a new conversation between the app and a contact starts (`CONVERSATION` processing mode only). The payload is under `conversation_start_notification`.
     */
    post: operations["callbackConversationStartEvent"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  CONVERSATION_STOP: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Receive a conversation stop notice
     * @description Sent to webhooks subscribed to `CONVERSATION_STOP` when a conversation is stopped. The payload is under `conversation_stop_notification`.
     */
    post: operations["callbackConversationStopEvent"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  CONVERSATION_DELETE: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Receive a conversation deletion notice
     * @description Sent to webhooks subscribed to `CONVERSATION_DELETE` when a conversation is deleted. The payload is under `conversation_delete_notification`.
     */
    post: operations["callbackConversationDeleteEvent"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  CONTACT_CREATE: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Receive a contact creation notice
     * @description Sent to webhooks subscribed to `CONTACT_CREATE` when a contact is created, through the API or automatically for an unknown sender. The payload is under `contact_create_notification`.
     */
    post: operations["callbackContactCreateEvent"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  CONTACT_DELETE: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Receive a contact deletion notice
     * @description Sent to webhooks subscribed to `CONTACT_DELETE` when a contact is deleted. The payload is under `contact_delete_notification`.
     */
    post: operations["callbackContactDeleteEvent"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  CONTACT_MERGE: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Receive a contact merge notice
     * @description Sent to webhooks subscribed to `CONTACT_MERGE` when two contacts are merged into one; the body holds both as they were before the merge. The payload is under `contact_merge_notification`.
     */
    post: operations["callbackContactMergeEvent"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  CONTACT_UPDATE: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Receive a contact update notice
     * @description Sent to webhooks subscribed to `CONTACT_UPDATE` when a contact is changed; the body holds the contact as it is now. The payload is under `contact_update_notification`.
     */
    post: operations["callbackContactUpdateEvent"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  CONTACT_IDENTITIES_DUPLICATION: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Receive a duplicated identities notice
     * @description Sent to webhooks subscribed to `CONTACT_IDENTITIES_DUPLICATION` when Sinch finds the same channel identity on more than one contact of the project. The payload is under `duplicated_contact_identities_notification`.
     */
    post: operations["callbackContactIdentitiesDuplicationEvent"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  CAPABILITY: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Receive a capability lookup result
     * @description Sent to webhooks subscribed to `CAPABILITY` when a capability lookup started with the capability query finishes. The payload is under `capability_notification`.
     */
    post: operations["callbackCapabilityEvent"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  OPT_IN: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Receive an opt-in result
     * @description Sent to webhooks subscribed to `OPT_IN` when an opt-in request finishes. The payload is under `opt_in_notification`.
     */
    post: operations["callbackOptInEvent"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  OPT_OUT: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Receive an opt-out result
     * @description Sent to webhooks subscribed to `OPT_OUT` when an opt-out request finishes. The payload is under `opt_out_notification`.
     */
    post: operations["callbackOptOutEvent"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  CHANNEL_EVENT: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Receive a channel event
     * @description Sent to webhooks subscribed to `CHANNEL_EVENT` when a channel reports something about the app's sender account, such as a change of its quality rating. The payload is under `channel_event_notification`.
     */
    post: operations["callbackChannelEvent"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  UNSUPPORTED: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Receive an unsupported channel callback
     * @description Sent to webhooks subscribed to `UNSUPPORTED` when a channel sends something the Conversation API cannot map to a message or an event; the channel's raw payload is passed on. The payload is under `unsupported_callback`.
     */
    post: operations["callbackUnsupportedEvent"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  SMART_CONVERSATION: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Receive a Smart Conversations analysis
     * @description Sent to webhooks subscribed to `SMART_CONVERSATION` when Smart Conversations finishes analysing a message of a contact (the app must have Smart Conversations enabled). The payload is under `smart_conversation_notification`.
     */
    post: operations["callbackSmartConversationEvent"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  MESSAGE_INBOUND_SMART_CONVERSATION_REDACTION: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Receive a message with personal data masked
     * @description Sent to webhooks subscribed to `MESSAGE_INBOUND_SMART_CONVERSATION_REDACTION` when a contact sends a message and Smart Conversations has masked the personal data in it. The payload is under `message_redaction`.
     */
    post: operations["callbackMessageRedactionEvent"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  RECORD_NOTIFICATION: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Receive a record notice
     * @description Sent to webhooks subscribed to `RECORD_NOTIFICATION` when Sinch stores the record of an event of a conversation. The payload is under `record_notification`.
     */
    post: operations["callbackRecordNotificationEvent"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export interface components {
  schemas: {
    /**
     * @description Which store of messages an operation uses: `CONVERSATION_SOURCE` holds the messages of apps in CONVERSATION mode, `DISPATCH_SOURCE` those handled in DISPATCH mode.
     * @default CONVERSATION_SOURCE
     * @enum {string}
     */
    MessageSource: "CONVERSATION_SOURCE" | "DISPATCH_SOURCE";
    /**
     * @description Whether listed messages include their metadata: `WITH_METADATA` or `WITHOUT_METADATA`.
     * @default WITH_METADATA
     * @enum {string}
     */
    ConversationMessagesView: "WITH_METADATA" | "WITHOUT_METADATA";
    /** @description Which messages to fetch: those of some channel identities or of some contacts (not both), with optional filters and paging. */
    ListMessagesByChannelIdentityRequest: {
      /** @description Channel identities whose last messages to fetch, such as E.164 phone numbers. */
      channel_identities?: string[];
      /** @description Ids of the contacts whose last messages to fetch; only with `CONVERSATION_SOURCE`. */
      contact_ids?: string[];
      /** @description Only messages of the app with this id. */
      app_id?: string;
      /** @description Which message store to search. */
      messages_source?: components["schemas"]["MessageSource"];
      /**
       * Format: int32
       * @description Maximum number of messages in a page; 10 when left out, at most 1000.
       * @default 10
       */
      page_size?: number;
      /** @description The `next_page_token` of the previous page; leave out for the first page. */
      page_token?: string;
      /** @description Whether the messages include their metadata. */
      view?: unknown & components["schemas"]["ConversationMessagesView"];
      /**
       * Format: date-time
       * @description Only messages accepted at or after this time, ISO 8601 in UTC.
       */
      start_time?: string;
      /**
       * Format: date-time
       * @description Only messages accepted before this time, ISO 8601 in UTC.
       */
      end_time?: string;
      /** @description Only messages sent or received on this channel. */
      channel?: components["schemas"]["ConversationChannel"];
      /** @description Only messages in this direction; both directions when left out. */
      direction?: unknown & components["schemas"]["ConversationDirection"];
    };
    /** @description A page of messages, newest first. */
    ListMessagesResponse: {
      /** @description The messages of this page, newest first. */
      readonly messages?: components["schemas"]["ConversationMessage"][];
      /** @description Token for the next page, to pass as `page_token`; empty on the last page. */
      next_page_token?: string;
    };
    /** @description A message to send: the sending app, the recipient, the message and options for delivery, metadata and callbacks. */
    SendMessageRequest: {
      /**
       * @description Id of the app that sends the message.
       * @example 01EB37HMH1M6SV18ASNS3G135H
       */
      app_id: string;
      /** @description URL that receives this message's delivery receipts instead of the app's webhooks, of the form `https://host[:port]/path`. Signed with the app's secret for overridden callback URLs, if it has one. */
      callback_url?: string;
      /** @description Channels to try, in order; each must be set up in the app. When left out, the order follows the recipient's channel identities or, for a contact id, the conversation's active channel, then the contact's channel priority, then the app's. */
      channel_priority_order?: components["schemas"]["ConversationChannel"][];
      /** @description Settings for single channels as key-value strings, such as `SMS_SENDER` or `MESSENGER_MESSAGING_TYPE`; each value at most 1024 characters. */
      channel_properties?: {
        [key: string]: string;
      };
      /** @description The message; exactly one message kind. */
      message: components["schemas"]["AppMessage"];
      /** @description Text attached to the message and returned in its delivery receipts; at most 1024 characters. */
      message_metadata?: string;
      /** @description A JSON object attached to the conversation (CONVERSATION mode) or to the recipient's identities (DISPATCH mode) and returned with the contact's later messages; at most 2048 characters. Kept until replaced; not kept in DISPATCH mode when the app's retention period is 0. */
      conversation_metadata?: Record<string, unknown>;
      /** @description Queue the message waits in; `HIGH_PRIORITY` messages are sent first. */
      queue?: components["schemas"]["MessageQueue"];
      /** @description Who receives the message: a contact id, or channel identities. */
      recipient: components["schemas"]["RecipientRequest"];
      /** @description How long the message may wait for delivery: seconds with an `s` suffix, such as `86400s`, from 3 seconds up. Passed to channels that support expiry and emulated on channels that can retract messages; an expired message does not fall back to the next channel. */
      ttl?: string;
      /** @description Set to `DISPATCH_ONLY` to handle this message in DISPATCH mode whatever the app's processing mode. */
      processing_strategy?: components["schemas"]["ProcessingStrategy"];
      /** @description Your own id for the message, at most 128 characters; passed on to the callbacks about it and to the contact's later messages. */
      correlation_id?: string;
      /** @description How `conversation_metadata` combines with the stored metadata; CONVERSATION mode only. */
      conversation_metadata_update_strategy?: components["schemas"]["MetadataUpdateStrategy"];
      /** @description What kind of content the message has, for consent checks. */
      message_content_type?: components["schemas"]["MessageContentType"];
    };
    /**
     * @description What kind of content a message has, used only by consent management: besides the list of contacts who opted out of everything, `CONTENT_MARKETING` messages are checked against the marketing opt-out list and `CONTENT_NOTIFICATION` messages against the notification one. `CONTENT_UNKNOWN` is the default.
     * @default CONTENT_UNKNOWN
     * @enum {string}
     */
    MessageContentType: "CONTENT_UNKNOWN" | "CONTENT_MARKETING" | "CONTENT_NOTIFICATION";
    /**
     * @description `DISPATCH_ONLY` handles this message in DISPATCH mode even when the app uses CONVERSATION mode; `DEFAULT` follows the app's processing mode.
     * @default DEFAULT
     * @enum {string}
     */
    ProcessingStrategy: "DEFAULT" | "DISPATCH_ONLY";
    /** @description The id and acceptance time of a sent message. */
    SendMessageResponse: {
      /**
       * Format: date-time
       * @description When the API accepted the message, ISO 8601 in UTC.
       */
      readonly accepted_time?: string;
      /** @description Id of the message; delivery receipts and later operations refer to it. */
      readonly message_id?: string;
    };
    /**
     * Update message request
     * @description The new metadata of a message.
     */
    UpdateMessageMetadataRequest: {
      /** @description Metadata that replaces the current one; at most 1024 characters. */
      metadata: string;
    };
    /**
     * Message originating from app
     * @description A message sent by an app: exactly one message kind (text, media, card, …) plus optional overrides per channel and the agent shown as sender.
     */
    AppMessage: components["schemas"]["AppMessageTypes"] & components["schemas"]["AppMessageCommonProps"];
    /** @description The kinds of message an app can send; a message carries exactly one of them. */
    AppMessageTypes: components["schemas"]["CardMessageField"] | components["schemas"]["CarouselMessageField"] | components["schemas"]["ChoiceMessageField"] | components["schemas"]["LocationMessageField"] | components["schemas"]["MediaMessageField"] | components["schemas"]["TemplateMessageField"] | components["schemas"]["TextMessageField"] | components["schemas"]["ListMessageField"] | components["schemas"]["ContactInfoMessageField"];
    /** @description Options an app message may carry whatever its kind: overrides per channel, the agent shown as sender and the message it replies to. */
    AppMessageCommonProps: {
      /** @description Raw payloads that replace the message on some channels, keyed by channel (a ConversationChannel value). Each value is the channel's own JSON payload as a string; the transcode operation shows what the API would send otherwise. */
      explicit_channel_message?: {
        [key: string]: string;
      };
      /** @description Messages in Conversation API form that replace the message on some channels, keyed by channel (a ConversationChannel value); for example a WhatsApp template where plain text would fall outside WhatsApp's reply window. */
      explicit_channel_omni_message?: {
        [key: string]: components["schemas"]["OmniMessageOverride"];
      };
      /** @description Messages in a channel's own format for features the common kinds lack (WhatsApp flows and payments, KakaoTalk commerce, LINE notification templates), keyed by channel (a ConversationChannel value). They replace the message on that channel. */
      channel_specific_message?: {
        [key: string]: components["schemas"]["ChannelSpecificMessage"];
      };
      /** @description The person or bot shown as the sender, on channels that can show one. */
      agent?: components["schemas"]["Agent"];
      /**
       * Reply To
       * @description Marks the message as a reply to an earlier message, on channels that show replies.
       */
      reply_to?: {
        /** @description Id of the message this one replies to. */
        message_id: string;
      };
    };
    /**
     * Call
     * @description A choice that starts a phone call.
     * @example {
     *       "call_message": {
     *         "phone_number": "+12025550178",
     *         "title": "Call support"
     *       }
     *     }
     */
    CallMessageField: {
      /**
       * Call Message
       * @description A button that calls a phone number.
       */
      call_message: {
        /**
         * @description The number to call, in E.164 format with a leading +.
         * @example +12025550178
         */
        phone_number: string;
        /**
         * @description Label of the button; on some channels it is the part the user taps.
         * @example Call support
         */
        title: string;
      };
    };
    /**
     * @description How tall a card is drawn, on channels that let the sender choose (such as RCS): `SHORT`, `MEDIUM` or `TALL`; `UNSPECIFIED_HEIGHT` leaves it to the channel.
     * @enum {string}
     */
    CardHeight: "UNSPECIFIED_HEIGHT" | "SHORT" | "MEDIUM" | "TALL";
    /**
     * Card
     * @description Field carrying a card message.
     * @example {
     *       "card_message": {
     *         "title": "Your order has shipped",
     *         "description": "Order 7781 left our warehouse today and should arrive on Friday.",
     *         "media_message": {
     *           "url": "https://media.example.com/orders/7781/parcel.jpg"
     *         },
     *         "height": "MEDIUM",
     *         "choices": [
     *           {
     *             "url_message": {
     *               "title": "Track parcel",
     *               "url": "https://shop.example.com/orders/7781/track"
     *             }
     *           },
     *           {
     *             "text_message": {
     *               "text": "Change delivery"
     *             },
     *             "postback_data": "change_delivery_7781"
     *           }
     *         ]
     *       }
     *     }
     */
    CardMessageField: {
      /** @description The card. */
      card_message: components["schemas"]["CardMessage"];
    };
    /**
     * Card Message
     * @description A card: a title, a description, one media file and up to 10 choices. Sent as a rich card where the channel has one, and as text, media and buttons or a numbered list elsewhere.
     */
    CardMessage: {
      /** @description Buttons or suggested replies on the card; at most 10. */
      choices?: components["schemas"]["Choice"][];
      /** @description Text shown under the title. */
      description?: string;
      /** @description Height of the card, on channels that support it. */
      height?: components["schemas"]["CardHeight"];
      /** @description Heading of the card. */
      title?: string;
      /** @description The image, video or document shown on the card. */
      media_message?: components["schemas"]["MediaProperties"];
      /** @description Settings that only some channels use. */
      message_properties?: {
        /** @description Header text of the WhatsApp reply-button message the card becomes, used when the card has no media; other channels ignore it. */
        whatsapp_header?: string;
      };
    };
    /**
     * Carousel
     * @description Field carrying a carousel message.
     * @example {
     *       "carousel_message": {
     *         "cards": [
     *           {
     *             "title": "Trail runner",
     *             "description": "Light shoe for rough ground. $89",
     *             "media_message": {
     *               "url": "https://media.example.com/products/trail-runner.jpg"
     *             },
     *             "choices": [
     *               {
     *                 "text_message": {
     *                   "text": "Buy trail runner"
     *                 },
     *                 "postback_data": "buy_sku_1042"
     *               }
     *             ]
     *           },
     *           {
     *             "title": "Road runner",
     *             "description": "Cushioned shoe for long runs. $99",
     *             "media_message": {
     *               "url": "https://media.example.com/products/road-runner.jpg"
     *             },
     *             "choices": [
     *               {
     *                 "text_message": {
     *                   "text": "Buy road runner"
     *                 },
     *                 "postback_data": "buy_sku_1043"
     *               }
     *             ]
     *           }
     *         ],
     *         "choices": [
     *           {
     *             "url_message": {
     *               "title": "See all shoes",
     *               "url": "https://shop.example.com/shoes"
     *             }
     *           }
     *         ]
     *       }
     *     }
     */
    CarouselMessageField: {
      /**
       * Carousel Message
       * @description Cards the user scrolls through sideways, with optional choices for the whole carousel. Channels without carousels get the cards one after another.
       */
      carousel_message: {
        /** @description The cards, in order; at most 10. */
        cards: components["schemas"]["CardMessage"][];
        /** @description Choices about the whole carousel, shown after the cards; at most 3. */
        choices?: components["schemas"]["Choice"][];
      };
    };
    /**
     * Channel Identity
     * @description A contact's address on one channel: an E.164 phone number for SMS, MMS, RCS, WhatsApp, Viber Business Messages and KakaoTalk, or the id the channel gave the user elsewhere.
     */
    ChannelIdentity: {
      /** @description Id of the app the identity belongs to. Set for channels whose user ids are scoped to an app (Messenger, Instagram, LINE and WeChat), where one person has a different identity in each app. */
      app_id?: string;
      /** @description The channel of the identity. */
      channel: components["schemas"]["ConversationChannel"];
      /** @description The address on the channel: an E.164 phone number (e.g. `+12025550143`) for phone-based channels; otherwise the channel's user id, such as a Messenger page-scoped id or a Telegram chat id. */
      identity: string;
    };
    /** @description The choices of a choice message. */
    Choices: {
      /** @description The choices, in the order shown; at most 10. */
      choices?: components["schemas"]["Choice"][];
    };
    /**
     * Choice message
     * @description One option offered to the user: a reply, a link, a call, a location, a calendar entry or a request for the user's location, with optional postback data.
     */
    Choice: components["schemas"]["ChoiceTypes"] & components["schemas"]["ChoiceCommonProps"];
    /** @description The kinds of action a choice can trigger; a choice carries exactly one of them. */
    ChoiceTypes: components["schemas"]["CallMessageField"] | components["schemas"]["LocationMessageField"] | components["schemas"]["TextMessageField"] | components["schemas"]["UrlMessageField"] | components["schemas"]["CalendarMessageField"] | components["schemas"]["ShareLocationMessageField"];
    /** @description Settings any choice may carry. */
    ChoiceCommonProps: {
      /** @description Data returned to the app in the choice response when the user picks this choice. When left out, the API builds a value from the message id and the choice's text or title. */
      postback_data?: unknown;
      /** @description How the channel should present the choice, where it offers a choice. */
      display_mode?: components["schemas"]["DisplayMode"];
    };
    /**
     * @description How a choice is presented: `PERSISTENT` asks the channel to keep it on screen, where the channel can; `DISPLAY_MODE_UNSPECIFIED` uses the channel's default.
     * @enum {string}
     */
    DisplayMode: "DISPLAY_MODE_UNSPECIFIED" | "PERSISTENT";
    /**
     * Choice
     * @description Field carrying a choice message.
     * @example {
     *       "choice_message": {
     *         "text_message": {
     *           "text": "How was your delivery?"
     *         },
     *         "choices": [
     *           {
     *             "text_message": {
     *               "text": "Great"
     *             },
     *             "postback_data": "rating_great"
     *           },
     *           {
     *             "text_message": {
     *               "text": "Not good"
     *             },
     *             "postback_data": "rating_bad"
     *           }
     *         ],
     *         "message_properties": {
     *           "whatsapp_footer": "Tap to answer"
     *         }
     *       }
     *     }
     */
    ChoiceMessageField: {
      /**
       * Choice Message
       * @description A text followed by up to 10 choices: reply buttons, links, calls, locations or calendar entries. Channels without buttons get a numbered list.
       */
      choice_message: WithRequired<components["schemas"]["Choices"], "choices"> & {
        /** @description The text shown before the choices. */
        text_message?: components["schemas"]["TextMessageField"]["text_message"];
      } & components["schemas"]["ChoiceMessagePropertiesField"];
    };
    /**
     * Choice Response
     * @description Field carrying the choice a contact picked.
     * @example {
     *       "choice_response_message": {
     *         "message_id": "01HQ3A4D6F8H0K2M4N6Q8S0V2X",
     *         "postback_data": "rating_great"
     *       }
     *     }
     */
    ChoiceResponseMessageField: {
      /**
       * Choice Response Message
       * @description The choice a contact picked in an earlier message.
       */
      choice_response_message: {
        /** @description Id of the app message that offered the choice. */
        message_id: string;
        /** @description Postback data of the picked choice. */
        postback_data: string;
      };
    };
    /**
     * Agent
     * @description The person or bot shown as the sender of a message, on channels that can show one.
     */
    Agent: {
      /** @description Name shown for the agent. */
      display_name?: string;
      /** @description Whether the agent is a person or a bot. */
      type?: components["schemas"]["AgentType"];
      /** @description Publicly reachable URL of the agent's picture. */
      picture_url?: string;
    };
    /**
     * @description Whether an agent is a person (`HUMAN`) or automated (`BOT`); `UNKNOWN_AGENT_TYPE` when not said.
     * @default UNKNOWN_AGENT_TYPE
     * @enum {string}
     */
    AgentType: "UNKNOWN_AGENT_TYPE" | "HUMAN" | "BOT";
    /**
     * Message originating from a contact
     * @description A message a contact sent to the app: exactly one message kind, plus the message it replies to, if any.
     */
    ContactMessage: components["schemas"]["ContactMessageTypes"] & components["schemas"]["ContactMessageCommonProps"];
    /** @description The kinds of message a contact can send; a contact message carries exactly one of them. */
    ContactMessageTypes: components["schemas"]["ChannelSpecificContactMessage"] | components["schemas"]["ChoiceResponseMessageField"] | components["schemas"]["FallbackMessageField"] | components["schemas"]["LocationMessageField"] | components["schemas"]["MediaCardMessageField"] | components["schemas"]["MediaMessageField"] | components["schemas"]["ProductResponseMessage"] | components["schemas"]["TextMessageField"];
    /** @description Fields any contact message may carry. */
    ContactMessageCommonProps: components["schemas"]["ReplyToField"];
    /**
     * Channel Identifier
     * @description A messaging channel: `SMS`, `MMS`, `RCS`, `WHATSAPP`, `MESSENGER` (Facebook Messenger), `INSTAGRAM`, `VIBERBM` (Viber Business Messages), `TELEGRAM`, `LINE`, `WECHAT`, `KAKAOTALK` (KakaoTalk business messages sent to a phone number), `KAKAOTALKCHAT` (KakaoTalk chat with users of a KakaoTalk channel) or `APPLEBC` (Apple Messages for Business). An app can only use the channels it has credentials for.
     * @example WHATSAPP
     * @enum {string}
     */
    ConversationChannel: "SMS" | "RCS" | "WHATSAPP" | "MMS" | "KAKAOTALK" | "KAKAOTALKCHAT" | "VIBERBM" | "LINE" | "INSTAGRAM" | "MESSENGER" | "WECHAT" | "TELEGRAM" | "APPLEBC";
    /**
     * @description Who sent a message: `TO_APP` for a message from the contact to the app, `TO_CONTACT` for one from the app to the contact.
     * @enum {string}
     */
    ConversationDirection: "TO_APP" | "TO_CONTACT";
    /**
     * Conversation Message
     * @description A stored message: the app's or the contact's message, with its channel, time, direction and the conversation it belongs to.
     */
    ConversationMessage: components["schemas"]["ConversationMessageTypes"] & components["schemas"]["ConversationMessageCommonProps"];
    /** @description Whether a stored message was sent by the app (`app_message`) or by the contact (`contact_message`); exactly one is present. */
    ConversationMessageTypes: {
      /** @description The message the app sent. */
      app_message: components["schemas"]["AppMessage"];
    } | {
      /** @description The message the contact sent. */
      contact_message: components["schemas"]["ContactMessage"];
    };
    /** @description Fields every stored message has, whoever sent it. */
    ConversationMessageCommonProps: {
      /**
       * Format: date-time
       * @description When the Conversation API accepted the message, ISO 8601 in UTC.
       */
      readonly accept_time?: string;
      /** @description The contact's identity on the channel the message went through. */
      channel_identity?: components["schemas"]["ChannelIdentity"];
      /** @description Id of the contact the message was sent to or received from. */
      contact_id?: string;
      /** @description Id of the conversation the message belongs to. Messages handled in DISPATCH mode belong to no conversation. */
      conversation_id?: string;
      /** @description Whether the message went to the contact or came from them. */
      direction?: components["schemas"]["ConversationDirection"];
      /** @description Id of the message. */
      id?: string;
      /** @description Text the app attached to the message when sending it (`message_metadata`) or later by updating it; at most 1024 characters. */
      metadata?: string;
      /** @description True when the message was added with the inject operation rather than sent or received on a channel. */
      readonly injected?: boolean;
      /** @description For a message from a contact, the app's address the contact wrote to: a phone number on SMS and MMS, an account id on WhatsApp. Not set on every channel, and never on messages from the app. */
      sender_id?: string;
      /** @description The processing mode the message was handled in. */
      processing_mode?: components["schemas"]["ProcessingMode"];
    };
    /**
     * Geographic coordinates
     * @description A point on Earth in decimal degrees (WGS 84).
     */
    Coordinates: {
      /**
       * Format: float
       * @description Latitude in decimal degrees, from -90 (south) to 90 (north).
       */
      latitude: number;
      /**
       * Format: float
       * @description Longitude in decimal degrees, from -180 (west) to 180 (east).
       */
      longitude: number;
    };
    /**
     * Fallback
     * @description Field carrying a contact message that could not be converted to any other kind.
     * @example {
     *       "fallback_message": {
     *         "raw_message": "{\"type\":\"unsupported\",\"errors\":[{\"code\":131051,\"title\":\"Message type unknown\"}]}",
     *         "reason": {
     *           "code": "UNSUPPORTED_OPERATION",
     *           "description": "The channel sent a message type the Conversation API cannot convert.",
     *           "sub_code": "UNSPECIFIED_SUB_CODE"
     *         }
     *       }
     *     }
     */
    FallbackMessageField: {
      /**
       * Fallback Message
       * @description A message received from the contact that could not be converted; the raw payload and the reason say why.
       */
      fallback_message: {
        /** @description The channel's original payload, when the channel provided one. */
        raw_message?: string;
        /** @description Why the message could not be converted. */
        reason?: components["schemas"]["Reason"];
      };
    };
    /**
     * Location
     * @description Field carrying a location message.
     * @example {
     *       "location_message": {
     *         "title": "Our Union Station store",
     *         "label": "50 Massachusetts Ave NE, Washington, DC",
     *         "coordinates": {
     *           "latitude": 38.8973,
     *           "longitude": -77.0063
     *         }
     *       }
     *     }
     */
    LocationMessageField: {
      /**
       * Location Message
       * @description A place on a map, with a title and an optional label.
       */
      location_message: {
        /** @description Where the place is. */
        coordinates: components["schemas"]["Coordinates"];
        /** @description Name or address of the place, shown with the map. */
        label?: string;
        /** @description Text shown near the map or the button that opens it. */
        title: string;
      };
    };
    /**
     * Media Card
     * @description Field carrying media with a caption, sent by a contact.
     * @example {
     *       "media_card_message": {
     *         "url": "https://media.example.com/inbound/01HQ3A6E8G0J2M4P6R8T0W2Y4A.jpg",
     *         "caption": "The box arrived damaged"
     *       }
     *     }
     */
    MediaCardMessageField: {
      /**
       * Media Card Message
       * @description An image or video the contact sent with a caption.
       */
      media_card_message: {
        /** @description Text the contact sent with the media. */
        caption?: string;
        /** @description URL where the media file can be downloaded. */
        url: string;
      };
    };
    /**
     * Media Message
     * @description Field carrying a media message.
     * @example {
     *       "media_message": {
     *         "url": "https://media.example.com/receipts/7781.pdf",
     *         "filename_override": "receipt-7781.pdf"
     *       }
     *     }
     */
    MediaMessageField: {
      /** @description An image, video, audio file or document. */
      media_message: components["schemas"]["MediaProperties"];
    };
    /**
     * Media Properties
     * @description A media file the channel fetches from a URL: an image, a video, an audio file or a document.
     */
    MediaProperties: {
      /** @description Publicly reachable URL of a preview image, used on channels that show thumbnails. */
      thumbnail_url?: string;
      /** @description Publicly reachable URL of the file. The channel downloads it, so its type and size must be ones the channel accepts; the media type is worked out from the file's Content-Type header or its extension. */
      url: string;
      /** @description File name the recipient sees instead of the one in the URL, where the channel shows one (e.g. documents on WhatsApp). */
      filename_override?: string;
    };
    /**
     * Choice
     * @description A row of a list message that the user can pick.
     */
    ChoiceItem: {
      /** @description Text of the row. */
      title: string;
      /** @description Smaller text under the title. */
      description?: string;
      /** @description Image shown with the row, where the channel supports it. */
      media?: components["schemas"]["MediaProperties"];
      /** @description Data returned to the app in the choice response when the user picks this row. */
      postback_data?: string;
    };
    /**
     * Product
     * @description A product from a catalog: one listed in a product message, or one a contact picked.
     */
    ProductItem: {
      /** @description Id of the product in the catalog (on WhatsApp, its retailer id). */
      id: string;
      /**
       * @description Marketplace that holds the catalog, e.g. `FACEBOOK`.
       * @example FACEBOOK
       */
      marketplace: string;
      /**
       * Format: int32
       * @description Number of units the contact picked; only in messages from a contact.
       */
      quantity?: number;
      /**
       * Format: float
       * @description Price of one unit, in units of `currency` (12.5 is 12.50); only in messages from a contact.
       */
      item_price?: number;
      /** @description ISO 4217 code of the currency of `item_price`, e.g. `USD`; only in messages from a contact. */
      currency?: string;
    };
    /**
     * List Item
     * @description One row of a list section: a choice or a product.
     */
    ListItem: {
      /** @description A row the user can pick. */
      choice: components["schemas"]["ChoiceItem"];
    } | {
      /** @description A product from the catalog named in the message's `catalog_id`. */
      product: components["schemas"]["ProductItem"];
    };
    /**
     * Product Response Message
     * @description Field carrying the products a contact picked from a product message or catalog (WhatsApp).
     * @example {
     *       "product_response_message": {
     *         "products": [
     *           {
     *             "id": "SKU-1042",
     *             "marketplace": "FACEBOOK",
     *             "quantity": 2,
     *             "item_price": 89,
     *             "currency": "USD"
     *           }
     *         ],
     *         "title": "I'd like these in size 42",
     *         "catalog_id": "1720459282133951"
     *       }
     *     }
     */
    ProductResponseMessage: {
      /** @description The products a contact picked, as an order. */
      product_response_message: {
        /** @description The picked products, with quantity and price. */
        products: components["schemas"]["ProductItem"][];
        /** @description Text the contact sent with the products, if any. */
        title?: string;
        /** @description Id of the catalog the products come from. */
        catalog_id?: string;
      };
    };
    /**
     * List Section
     * @description A titled group of rows in a list message.
     */
    ListSection: {
      /** @description Heading of the section. */
      title?: string;
      /** @description The rows of the section: all choices or all products. */
      items: components["schemas"]["ListItem"][];
    };
    /**
     * List
     * @description Field carrying a list message.
     * @example {
     *       "list_message": {
     *         "title": "Pick a delivery slot",
     *         "description": "All times are local.",
     *         "sections": [
     *           {
     *             "title": "Friday",
     *             "items": [
     *               {
     *                 "choice": {
     *                   "title": "9:00 to 12:00",
     *                   "postback_data": "slot_fri_am"
     *                 }
     *               },
     *               {
     *                 "choice": {
     *                   "title": "13:00 to 17:00",
     *                   "postback_data": "slot_fri_pm"
     *                 }
     *               }
     *             ]
     *           },
     *           {
     *             "title": "Saturday",
     *             "items": [
     *               {
     *                 "choice": {
     *                   "title": "10:00 to 14:00",
     *                   "description": "Weekend fee $5",
     *                   "postback_data": "slot_sat"
     *                 }
     *               }
     *             ]
     *           }
     *         ],
     *         "message_properties": {
     *           "menu": "See slots",
     *           "whatsapp_header": "Delivery of order 7781"
     *         }
     *       }
     *     }
     */
    ListMessageField: {
      /**
       * List Message
       * @description A message with a button that opens a list of choices or of catalog products, grouped in sections (WhatsApp list and product messages, for instance). All rows are of one kind.
       */
      list_message: {
        /** @description Text shown with the message. */
        title: string;
        /** @description Further text under the title. */
        description?: string;
        /** @description Image shown at the top, where the channel supports it. */
        media?: components["schemas"]["MediaProperties"];
        /** @description The sections of the list, in order. */
        sections: components["schemas"]["ListSection"][];
        /** @description Settings that only some channels use; `catalog_id` is required when the rows are products. */
        message_properties?: {
          /** @description Id of the catalog the listed products come from; required for a product list. */
          catalog_id?: string;
          /** @description Label of the button that opens the list. */
          menu?: string;
          /** @description Header text of the WhatsApp list message; other channels ignore it. */
          whatsapp_header?: string;
        };
      };
    };
    /** @description Why a message failed or could not be converted: a code, an optional finer sub-code and a text. */
    Reason: {
      /** @description What went wrong. */
      code?: components["schemas"]["ReasonCode"];
      /** @description Explanation for people; do not parse it. */
      description?: string;
      /** @description More detail for some codes. */
      sub_code?: components["schemas"]["ReasonSubCode"];
      /** @description The error code the channel itself returned, when there is one. */
      channel_code?: string;
    };
    /**
     * @description What went wrong. For example `RECIPIENT_NOT_OPTED_IN` (the contact has not agreed to messages), `OUTSIDE_ALLOWED_SENDING_WINDOW` (the channel's reply window, such as WhatsApp's 24 hours, has closed), `MEDIA_TOO_LARGE`, `TEMPLATE_NOT_FOUND`, `RATE_LIMITED`, or `NO_CHANNELS_LEFT` (every channel of the fallback order failed).
     * @enum {string}
     */
    ReasonCode: "UNKNOWN" | "INTERNAL_ERROR" | "RATE_LIMITED" | "RECIPIENT_INVALID_CHANNEL_IDENTITY" | "RECIPIENT_NOT_REACHABLE" | "RECIPIENT_NOT_OPTED_IN" | "OUTSIDE_ALLOWED_SENDING_WINDOW" | "CHANNEL_FAILURE" | "CHANNEL_BAD_CONFIGURATION" | "CHANNEL_CONFIGURATION_MISSING" | "MEDIA_TYPE_UNSUPPORTED" | "MEDIA_TOO_LARGE" | "MEDIA_NOT_REACHABLE" | "NO_CHANNELS_LEFT" | "TEMPLATE_NOT_FOUND" | "TEMPLATE_INSUFFICIENT_PARAMETERS" | "TEMPLATE_NON_EXISTING_LANGUAGE_OR_VERSION" | "DELIVERY_TIMED_OUT" | "DELIVERY_REJECTED_DUE_TO_POLICY" | "CONTACT_NOT_FOUND" | "BAD_REQUEST" | "UNKNOWN_APP" | "NO_CHANNEL_IDENTITY_FOR_CONTACT" | "CHANNEL_REJECT" | "NO_PERMISSION" | "NO_PROFILE_AVAILABLE" | "UNSUPPORTED_OPERATION";
    /**
     * @description Detail for some reason codes: `ATTACHMENT_REJECTED` (the channel refused the media), `MEDIA_TYPE_UNDETERMINED` (the media type could not be worked out) or `INACTIVE_SENDER` (the sender is not active on the channel); `UNSPECIFIED_SUB_CODE` otherwise.
     * @enum {string}
     */
    ReasonSubCode: "UNSPECIFIED_SUB_CODE" | "ATTACHMENT_REJECTED" | "MEDIA_TYPE_UNDETERMINED" | "INACTIVE_SENDER";
    /**
     * Reply To
     * @description Field telling which earlier message a contact message answers.
     */
    ReplyToField: {
      /**
       * Reply To
       * @description The message this one replies to, when the contact used the channel's reply feature.
       */
      reply_to?: {
        /** @description Id of the message replied to. */
        message_id: string;
      };
    };
    /**
     * @description How the Conversation API handles an app's messages: `CONVERSATION` keeps contacts and conversations; `DISPATCH` only delivers messages and keeps neither.
     * @default DISPATCH
     * @enum {string}
     */
    ProcessingMode: "CONVERSATION" | "DISPATCH";
    /**
     * Template Message
     * @description Field carrying a template message.
     * @example {
     *       "template_message": {
     *         "omni_template": {
     *           "template_id": "01HQ2ZF0A2C4E6G8J0K2M4N6P8",
     *           "version": "3",
     *           "language_code": "en-US",
     *           "parameters": {
     *             "name": "Alex",
     *             "order_id": "7781"
     *           }
     *         }
     *       }
     *     }
     */
    TemplateMessageField: {
      /**
       * Template Message
       * @description A message built from a stored template: a Conversation API (omnichannel) template, a channel's own template such as an approved WhatsApp template, or both. Give `omni_template`, `channel_template` or both.
       */
      template_message: {
        /** @description Templates for single channels, keyed by channel (a ConversationChannel value). On its channel, an entry here is used instead of `omni_template`. */
        channel_template?: {
          [key: string]: components["schemas"]["TemplateReference"];
        };
        /** @description The omnichannel template used on every channel without an entry in `channel_template`; its version is required. */
        omni_template?: components["schemas"]["TemplateReferenceWithVersion"];
      };
    };
    /**
     * Template (Reference)
     * @description Field carrying a template reference, used to replace the message on one channel.
     * @example {
     *       "template_reference": {
     *         "template_id": "order_shipped",
     *         "version": "1",
     *         "language_code": "en_US",
     *         "parameters": {
     *           "body[1]text": "Alex",
     *           "body[2]text": "7781"
     *         }
     *       }
     *     }
     */
    TemplateReferenceField: {
      /** @description The template to send and its parameter values. */
      template_reference: components["schemas"]["TemplateReferenceWithVersion"];
    };
    /** @description A template reference that names the version to use. */
    TemplateReferenceWithVersion: unknown & components["schemas"]["TemplateReference"];
    /**
     * Template reference with concrete parameter values
     * @description A template and the values of its parameters.
     */
    TemplateReference: {
      /** @description Version of the template. Required for omnichannel templates; usually left out for channel templates. */
      version?: string;
      /** @description Language of the template as a BCP-47 code, with an underscore or a hyphen (`en_US`, `en-US`); English when left out. WhatsApp templates need it, written with an underscore. */
      language_code?: string;
      /** @description Values of the template's parameters, keyed by parameter name; every parameter the template declares must have one. For a WhatsApp template the keys name the component and position, e.g. `body[1]text`. */
      parameters?: {
        [key: string]: string;
      };
      /** @description Id of the template; for a WhatsApp template, its name. */
      template_id: string;
    };
    /**
     * Text
     * @description Field carrying a text message.
     * @example {
     *       "text_message": {
     *         "text": "Your order 7781 has shipped and should arrive on Friday."
     *       }
     *     }
     */
    TextMessageField: {
      /**
       * Text Message
       * @description A message of text only.
       */
      text_message: {
        /** @description The text. Each channel has its own length limit and its own support for formatting and emoji. */
        text: string;
      };
    };
    /**
     * URL
     * @description A choice that opens a web page.
     * @example {
     *       "url_message": {
     *         "title": "Track parcel",
     *         "url": "https://shop.example.com/orders/7781/track"
     *       }
     *     }
     */
    UrlMessageField: {
      /**
       * URL Message
       * @description A button or link that opens a web page.
       */
      url_message: {
        /** @description Label of the link; on some channels it is the part the user taps. */
        title: string;
        /** @description Address of the page to open. */
        url: string;
      };
    };
    /**
     * Calendar
     * @description A choice that adds an event to the user's calendar.
     * @example {
     *       "calendar_message": {
     *         "title": "Add to calendar",
     *         "event_start": "2025-06-13T14:00:00Z",
     *         "event_end": "2025-06-13T14:30:00Z",
     *         "event_title": "Bike service",
     *         "event_description": "Drop your bike at the Union Station store.",
     *         "fallback_url": "https://shop.example.com/bookings/5521.ics"
     *       }
     *     }
     */
    CalendarMessageField: {
      /**
       * Calendar message
       * @description A button that creates a calendar event on the user's device.
       */
      calendar_message: {
        /** @description Label of the button. */
        title: string;
        /**
         * Format: date-time
         * @description Start of the event, ISO 8601 in UTC.
         * @example 2025-11-30T10:00:00Z
         */
        event_start: string;
        /**
         * Format: date-time
         * @description End of the event, ISO 8601 in UTC.
         * @example 2025-11-30T11:00:00Z
         */
        event_end: string;
        /** @description Title of the event in the calendar. */
        event_title: string;
        /** @description Description of the event in the calendar. */
        event_description?: string;
        /** @description Page opened instead on channels that cannot create calendar events, e.g. an .ics file. */
        fallback_url: string;
      };
    };
    /**
     * Request location
     * @description A choice that asks the user to share their location.
     * @example {
     *       "share_location_message": {
     *         "title": "Share your location",
     *         "fallback_url": "https://shop.example.com/stores/nearest"
     *       }
     *     }
     */
    ShareLocationMessageField: {
      /**
       * Share Location Message
       * @description A button that opens a map where the user picks a location to send back.
       */
      share_location_message: {
        /** @description Label of the button. */
        title: string;
        /** @description Page opened instead on channels that cannot ask for a location. */
        fallback_url: string;
      };
    };
    /**
     * Properties
     * @description Settings of a choice message that only some channels use.
     */
    ChoiceMessagePropertiesField: {
      /** @description Settings that only some channels use; the others ignore them. */
      message_properties?: {
        /** @description Footer text of a WhatsApp reply-button or URL-button message; other channels ignore it. */
        whatsapp_footer?: string;
      };
    };
    /**
     * Name of the contact
     * @description The name on a contact card.
     */
    NameInfo: {
      /** @description The name as it is displayed. */
      full_name: string;
      /** @description Given name. */
      first_name?: string;
      /** @description Family name. */
      last_name?: string;
      /** @description Middle name. */
      middle_name?: string;
      /** @description Title before the name, such as Dr or Ms. */
      prefix?: string;
      /** @description Suffix after the name, such as Jr or PhD. */
      suffix?: string;
    };
    /**
     * Phone number
     * @description A phone number on a contact card.
     */
    PhoneNumberInfo: {
      /** @description The number with its country code, preferably in E.164 format. */
      phone_number: string;
      /** @description Kind of number, such as `HOME`, `WORK` or `MOBILE`. */
      type?: string;
    };
    /**
     * Address information
     * @description A postal address on a contact card.
     */
    AddressInfo: {
      /** @description City. */
      city?: string;
      /** @description Country name. */
      country?: string;
      /** @description State, province or region. */
      state?: string;
      /** @description Postal code. */
      zip?: string;
      /** @description Kind of address, such as `HOME` or `WORK`. */
      type?: string;
      /** @description Country as an ISO 3166-1 alpha-2 code, e.g. `US`. */
      country_code?: string;
    };
    /**
     * Email information
     * @description An email address on a contact card.
     */
    EmailInfo: {
      /** @description The email address. */
      email_address: string;
      /** @description Kind of address, such as `HOME` or `WORK`. */
      type?: string;
    };
    /**
     * Organization information
     * @description The organization on a contact card.
     */
    OrganizationInfo: {
      /** @description Name of the company. */
      company?: string;
      /** @description Department within the company. */
      department?: string;
      /** @description Job title. */
      title?: string;
    };
    /**
     * URL Info
     * @description A website on a contact card.
     */
    UrlInfo: {
      /** @description Address of the website. */
      url: string;
      /** @description Kind of website, such as `HOME`, `WORK` or `SOCIAL`. */
      type?: string;
    };
    /**
     * Contact Info
     * @description Field carrying a contact card.
     * @example {
     *       "contact_info_message": {
     *         "name": {
     *           "full_name": "Dana Whitfield",
     *           "first_name": "Dana",
     *           "last_name": "Whitfield"
     *         },
     *         "phone_numbers": [
     *           {
     *             "phone_number": "+12025550178",
     *             "type": "WORK"
     *           }
     *         ],
     *         "email_addresses": [
     *           {
     *             "email_address": "dana.whitfield@example.com",
     *             "type": "WORK"
     *           }
     *         ],
     *         "organization": {
     *           "company": "Example Outdoor Co.",
     *           "department": "Customer care",
     *           "title": "Team lead"
     *         },
     *         "urls": [
     *           {
     *             "url": "https://shop.example.com/support",
     *             "type": "WORK"
     *           }
     *         ],
     *         "addresses": [
     *           {
     *             "city": "Washington",
     *             "state": "DC",
     *             "zip": "20002",
     *             "country": "United States",
     *             "country_code": "US",
     *             "type": "WORK"
     *           }
     *         ]
     *       }
     *     }
     */
    ContactInfoMessageField: {
      /**
       * Contact Info Message
       * @description A contact card the recipient can save: a name, phone numbers and optional addresses, emails, organization, websites and birthday.
       */
      contact_info_message: {
        /** @description Name of the person or business. */
        name: components["schemas"]["NameInfo"];
        /** @description Phone numbers of the contact; at least one. */
        phone_numbers: components["schemas"]["PhoneNumberInfo"][];
        /** @description Postal addresses of the contact. */
        addresses?: components["schemas"]["AddressInfo"][];
        /** @description Email addresses of the contact. */
        email_addresses?: components["schemas"]["EmailInfo"][];
        /** @description Where the contact works. */
        organization?: components["schemas"]["OrganizationInfo"];
        /** @description Websites of the contact. */
        urls?: components["schemas"]["UrlInfo"][];
        /** @description Date of birth as YYYY-MM-DD. */
        birthday?: string;
      };
    };
    /** @description A message in Conversation API form sent instead of the main message on one channel; exactly one kind. Templates are given as `template_reference` here. */
    OmniMessageOverride: components["schemas"]["TextMessageField"] | components["schemas"]["MediaMessageField"] | components["schemas"]["TemplateReferenceField"] | components["schemas"]["ChoiceMessageField"] | components["schemas"]["CardMessageField"] | components["schemas"]["CarouselMessageField"] | components["schemas"]["LocationMessageField"] | components["schemas"]["ContactInfoMessageField"] | components["schemas"]["ListMessageField"];
    /**
     * Channel specific message
     * @description A message in a channel's own format, for features the common message kinds lack; `message_type` says which shape `message` has.
     */
    ChannelSpecificMessage: {
      /**
       * @description Shape of `message`: `FLOWS` (WhatsApp flow), `ORDER_DETAILS` and `ORDER_STATUS` (WhatsApp payments), `COMMERCE` and `CAROUSEL_COMMERCE` (KakaoTalk), `NOTIFICATION_MESSAGE_TEMPLATE` (LINE notification message).
       * @enum {string}
       */
      message_type: "FLOWS" | "ORDER_DETAILS" | "ORDER_STATUS" | "COMMERCE" | "CAROUSEL_COMMERCE" | "NOTIFICATION_MESSAGE_TEMPLATE";
      /** @description The message, in the shape `message_type` names. */
      message: components["schemas"]["FlowChannelSpecificMessage"] | components["schemas"]["PaymentOrderDetailsChannelSpecificMessage"] | components["schemas"]["PaymentOrderStatusChannelSpecificMessage"] | components["schemas"]["KakaoTalkCommerceChannelSpecificMessage"] | components["schemas"]["KakaoTalkCarouselCommerceChannelSpecificMessage"] | components["schemas"]["LineNotificationMessageTemplateChannelSpecificMessage"];
    };
    /**
     * Channel Specific Message
     * @description Field carrying a message in a channel's own format from a contact: a WhatsApp flow answer or address form (`nfm_reply`).
     * @example {
     *       "channel_specific_message": {
     *         "message_type": "nfm_reply",
     *         "message": {
     *           "type": "nfm_reply",
     *           "nfm_reply": {
     *             "name": "flow",
     *             "response_json": "{\"flow_token\":\"visit-7781\",\"store_id\":\"DC-01\",\"slot\":\"2025-06-13T14:00:00Z\"}",
     *             "body": "Sent"
     *           }
     *         }
     *       }
     *     }
     */
    ChannelSpecificContactMessage: {
      /** @description The message in the channel's format; `message_type` says which shape `message` has. */
      channel_specific_message: {
        /**
         * @description Shape of `message`: `nfm_reply`, a WhatsApp flow or address-form reply, is the only one.
         * @enum {string}
         */
        message_type: "nfm_reply";
        /** @description The reply. */
        message: components["schemas"]["WhatsAppInteractiveNfmReplyChannelSpecificContactMessage"];
      };
    };
    /** @description Header, body and footer shared by WhatsApp interactive messages (flows and payment messages). */
    ChannelSpecificCommonProps: {
      /** @description Header above the body: a text, image, document or video; `type` says which. */
      header?: components["schemas"]["WhatsAppInteractiveTextHeader"] | components["schemas"]["WhatsAppInteractiveImageHeader"] | components["schemas"]["WhatsAppInteractiveDocumentHeader"] | components["schemas"]["WhatsAppInteractiveVideoHeader"];
      /** @description Main text of the message. */
      body?: components["schemas"]["WhatsAppInteractiveBody"];
      /** @description Small text under the body. */
      footer?: components["schemas"]["WhatsAppInteractiveFooter"];
    };
    /**
     * @description A WhatsApp flow: a button that opens a form of one or more screens built in WhatsApp Manager.
     * @example {
     *       "header": {
     *         "type": "text",
     *         "text": "Book a visit"
     *       },
     *       "body": {
     *         "text": "Pick a time for your bike service at the Union Station store."
     *       },
     *       "footer": {
     *         "text": "Takes about a minute"
     *       },
     *       "flow_id": "1187302545962735",
     *       "flow_token": "visit-7781",
     *       "flow_mode": "published",
     *       "flow_cta": "Book now",
     *       "flow_action": "navigate",
     *       "flow_action_payload": {
     *         "screen": "SELECT_TIME",
     *         "data": {
     *           "store_id": "DC-01"
     *         }
     *       }
     *     }
     */
    FlowChannelSpecificMessage: components["schemas"]["ChannelSpecificCommonProps"] & {
      /** @description Id of the flow, from WhatsApp Manager. */
      flow_id: string;
      /** @description A value you choose to recognise this flow session; WhatsApp returns it with the user's answers. */
      flow_token?: string;
      /**
       * @description `published` sends a published flow; `draft` sends one not yet published, for testing.
       * @default published
       * @enum {string}
       */
      flow_mode?: "draft" | "published";
      /** @description Label of the button that opens the flow; at most 20 characters, no emoji. */
      flow_cta: string;
      /**
       * @description `navigate` opens the screen named in `flow_action_payload`; `data_exchange` asks your flow endpoint for the first screen.
       * @default navigate
       * @enum {string}
       */
      flow_action?: "navigate" | "data_exchange";
      /** @description The first screen and its data, for `navigate`. */
      flow_action_payload?: {
        /** @description Id of the first screen; it must be an entry screen of the flow. */
        screen?: string;
        /** @description Input data for the first screen, as the flow defines it. */
        data?: Record<string, unknown>;
      };
    };
    /**
     * @description A WhatsApp order-details message: an order summary with buttons to pay it (Brazil and Singapore).
     * @example {
     *       "body": {
     *         "text": "Here is the summary of your order 7781."
     *       },
     *       "payment": {
     *         "type": "br",
     *         "reference_id": "order-7781",
     *         "type_of_goods": "physical-goods",
     *         "payment_buttons": [
     *           {
     *             "type": "pix_dynamic_code",
     *             "code": "00020101021226700014br.gov.bcb.pix2548pix.example.com/qr/v2/9d36b84f-c70b-478f-b95c-12729b90ca25520400005303986540521.005802BR5917Loja Exemplo Ltda6009Sao Paulo62070503***6304A1B2",
     *             "merchant_name": "Loja Exemplo Ltda",
     *             "key": "pagamentos@lojaexemplo.com.br",
     *             "key_type": "EMAIL"
     *           },
     *           {
     *             "type": "boleto",
     *             "digitable_line": "03399853012970000000000000001014196560000015000"
     *           }
     *         ],
     *         "total_amount_value": 21500,
     *         "order": {
     *           "expiration_time": "1749816000",
     *           "expiration_description": "Pay by June 13 to keep your items",
     *           "subtotal_value": 20000,
     *           "tax_value": 1000,
     *           "tax_description": "ICMS",
     *           "shipping_value": 500,
     *           "shipping_description": "Standard delivery",
     *           "items": [
     *             {
     *               "retailer_id": "SKU-1042",
     *               "name": "Trail running shoes",
     *               "amount_value": 10000,
     *               "quantity": 2
     *             }
     *           ]
     *         }
     *       }
     *     }
     */
    PaymentOrderDetailsChannelSpecificMessage: components["schemas"]["ChannelSpecificCommonProps"] & {
      /** @description The order and how to pay for it. Amounts are integers in hundredths of the currency unit: 21500 is 215.00. */
      payment: {
        /**
         * @description Market of the payment: `br` (Brazil) or `sg` (Singapore).
         * @enum {string}
         */
        type: "br" | "sg";
        /** @description Your unique id of the order; order-status messages refer to it. */
        reference_id: string;
        /**
         * @description Whether the order is for `digital-goods` or `physical-goods`.
         * @enum {string}
         */
        type_of_goods: "digital-goods" | "physical-goods";
        /**
         * @deprecated
         * @description Deprecated: use `payment_buttons`.
         */
        payment_settings?: components["schemas"]["WhatsAppPaymentSettingsPix"] | components["schemas"]["WhatsAppPaymentSettingsPaymentLink"] | components["schemas"]["WhatsAppPaymentSettingsBoleto"];
        /** @description One or two buttons the buyer pays with: Pix, payment link or Boleto. */
        payment_buttons?: components["schemas"]["WhatsAppPaymentButton"][];
        /** @description Total the buyer pays, in hundredths of the currency unit. */
        total_amount_value: number;
        /** @description The order summary. */
        order: {
          /** @description Id of the Meta catalog the items come from, if any. */
          catalog_id?: string;
          /** @description When the order expires, as a Unix time in seconds written as a string; at least 300 seconds ahead. */
          expiration_time?: string;
          /** @description Text telling the buyer about the expiry. */
          expiration_description?: string;
          /** @description Sum of the items before tax, shipping and discount, in hundredths of the currency unit. */
          subtotal_value: number;
          /** @description Tax, in hundredths of the currency unit. */
          tax_value: number;
          /** @description Text describing the tax. */
          tax_description?: string;
          /** @description Shipping cost, in hundredths of the currency unit. */
          shipping_value?: number;
          /** @description Text describing the shipping. */
          shipping_description?: string;
          /** @description Discount, in hundredths of the currency unit. */
          discount_value?: number;
          /** @description Text describing the discount. */
          discount_description?: string;
          /** @description Name of the discount programme. */
          discount_program_name?: string;
          /** @description The items of the order. */
          items: {
            /** @description Your id of the item (its retailer id in the catalog). */
            retailer_id: string;
            /** @description Name of the item shown to the buyer. */
            name: string;
            /** @description Price of one unit, in hundredths of the currency unit. */
            amount_value: number;
            /** @description Number of units. */
            quantity: number;
            /** @description Discounted price of one unit, in hundredths of the currency unit. */
            sale_amount_value?: number;
          }[];
        };
      };
    };
    /**
     * @deprecated
     * @description Deprecated: dynamic Pix settings of an order-details message; use a Pix payment button.
     * @example {
     *       "dynamic_pix": {
     *         "code": "00020101021226700014br.gov.bcb.pix2548pix.example.com/qr/v2/9d36b84f-c70b-478f-b95c-12729b90ca25520400005303986540521.005802BR5917Loja Exemplo Ltda6009Sao Paulo62070503***6304A1B2",
     *         "merchant_name": "Loja Exemplo Ltda",
     *         "key": "pagamentos@lojaexemplo.com.br",
     *         "key_type": "EMAIL"
     *       }
     *     }
     */
    WhatsAppPaymentSettingsPix: {
      /** @description The Pix charge. */
      dynamic_pix: {
        /** @description The Pix copy-and-paste code the buyer pays with. */
        code: string;
        /** @description Name of the account holder receiving the payment. */
        merchant_name: string;
        /** @description The Pix key of the account. */
        key: string;
        /**
         * @description Kind of Pix key: `CPF` or `CNPJ` (Brazilian tax ids), `EMAIL`, `PHONE` or `EVP` (random key).
         * @enum {string}
         */
        key_type: "CPF" | "CNPJ" | "EMAIL" | "PHONE" | "EVP";
      };
    };
    /**
     * @deprecated
     * @description Deprecated: payment-link settings of an order-details message; use a payment-link button.
     * @example {
     *       "payment_link": {
     *         "uri": "https://pay.example.com/o/7781"
     *       }
     *     }
     */
    WhatsAppPaymentSettingsPaymentLink: {
      /** @description The payment page. */
      payment_link: {
        /** @description URL of the page where the buyer pays. */
        uri: string;
      };
    };
    /**
     * @deprecated
     * @description Deprecated: Boleto settings of an order-details message; use a Boleto button.
     * @example {
     *       "boleto": {
     *         "digitable_line": "03399853012970000000000000001014196560000015000"
     *       }
     *     }
     */
    WhatsAppPaymentSettingsBoleto: {
      /** @description The Boleto to pay. */
      boleto: {
        /** @description The Boleto's digitable line, copied to the buyer's clipboard when they tap the button. */
        digitable_line: string;
      };
    };
    /** @description A payment button of an order-details message; `type` says which kind. */
    WhatsAppPaymentButton: components["schemas"]["WhatsAppPaymentSettingsButtonPix"] | components["schemas"]["WhatsAppPaymentSettingsButtonPaymentLink"] | components["schemas"]["WhatsAppPaymentSettingsButtonBoleto"];
    /**
     * @description A button that lets the buyer pay with a dynamic Pix code.
     * @example {
     *       "type": "pix_dynamic_code",
     *       "code": "00020101021226700014br.gov.bcb.pix2548pix.example.com/qr/v2/9d36b84f-c70b-478f-b95c-12729b90ca25520400005303986540521.005802BR5917Loja Exemplo Ltda6009Sao Paulo62070503***6304A1B2",
     *       "merchant_name": "Loja Exemplo Ltda",
     *       "key": "pagamentos@lojaexemplo.com.br",
     *       "key_type": "EMAIL"
     *     }
     */
    WhatsAppPaymentSettingsButtonPix: {
      /**
       * @description Always `pix_dynamic_code`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: "pix_dynamic_code";
      /** @description The Pix copy-and-paste code the buyer pays with. */
      code: string;
      /** @description Name of the account holder receiving the payment. */
      merchant_name: string;
      /** @description The Pix key of the account. */
      key: string;
      /**
       * @description Kind of Pix key: `CPF` or `CNPJ` (Brazilian tax ids), `EMAIL`, `PHONE` or `EVP` (random key).
       * @enum {string}
       */
      key_type: "CPF" | "CNPJ" | "EMAIL" | "PHONE" | "EVP";
    };
    /**
     * @description A button that opens a payment page.
     * @example {
     *       "type": "payment_link",
     *       "uri": "https://pay.example.com/o/7781"
     *     }
     */
    WhatsAppPaymentSettingsButtonPaymentLink: {
      /**
       * @description Always `payment_link`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: "payment_link";
      /** @description URL of the page where the buyer pays. */
      uri: string;
    };
    /**
     * @description A button that copies a Boleto's digitable line.
     * @example {
     *       "type": "boleto",
     *       "digitable_line": "03399853012970000000000000001014196560000015000"
     *     }
     */
    WhatsAppPaymentSettingsButtonBoleto: {
      /**
       * @description Always `boleto`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: "boleto";
      /** @description The Boleto's digitable line, copied to the buyer's clipboard when they tap the button. */
      digitable_line: string;
    };
    /**
     * @description A WhatsApp order-status message: tells the buyer the new status of an order sent earlier in an order-details message.
     * @example {
     *       "body": {
     *         "text": "Good news: your order is on its way."
     *       },
     *       "payment": {
     *         "reference_id": "order-7781",
     *         "order": {
     *           "status": "shipped",
     *           "description": "Sent with Correios, tracking code BR123456789"
     *         }
     *       }
     *     }
     */
    PaymentOrderStatusChannelSpecificMessage: components["schemas"]["ChannelSpecificCommonProps"] & {
      /** @description The order and its new status. */
      payment: {
        /** @description The `reference_id` of the order-details message. */
        reference_id: string;
        /** @description The new status. */
        order: {
          /**
           * @description New status of the order.
           * @enum {string}
           */
          status: "pending" | "processing" | "partially-shipped" | "shipped" | "completed" | "canceled";
          /** @description Text explaining the change; at most 120 characters. */
          description?: string;
        };
      };
    };
    /** @description Body text of a WhatsApp interactive message. */
    WhatsAppInteractiveBody: {
      /** @description The text. */
      text: string;
    };
    /**
     * @description A header of text.
     * @example {
     *       "type": "text",
     *       "text": "Book a visit"
     *     }
     */
    WhatsAppInteractiveTextHeader: {
      /**
       * @description Always `text`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: "text";
      /** @description The header text. */
      text: string;
    };
    /**
     * @description A header showing an image.
     * @example {
     *       "type": "image",
     *       "image": {
     *         "link": "https://media.example.com/flows/bike-service.jpg"
     *       }
     *     }
     */
    WhatsAppInteractiveImageHeader: {
      /**
       * @description Always `image`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: "image";
      /** @description The image to show. */
      image: components["schemas"]["WhatsAppInteractiveHeaderMedia"];
    };
    /**
     * @description A header showing a document.
     * @example {
     *       "type": "document",
     *       "document": {
     *         "link": "https://media.example.com/orders/7781/invoice.pdf"
     *       }
     *     }
     */
    WhatsAppInteractiveDocumentHeader: {
      /**
       * @description Always `document`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: "document";
      /** @description The document to show. */
      document: components["schemas"]["WhatsAppInteractiveHeaderMedia"];
    };
    /**
     * @description A header showing a video.
     * @example {
     *       "type": "video",
     *       "video": {
     *         "link": "https://media.example.com/flows/welcome.mp4"
     *       }
     *     }
     */
    WhatsAppInteractiveVideoHeader: {
      /**
       * @description Always `video`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: "video";
      /** @description The video to show. */
      video: components["schemas"]["WhatsAppInteractiveHeaderMedia"];
    };
    /** @description A media file of a WhatsApp header. */
    WhatsAppInteractiveHeaderMedia: {
      /** @description Publicly reachable URL of the file. */
      link: string;
    };
    /** @description Footer text of a WhatsApp interactive message. */
    WhatsAppInteractiveFooter: {
      /** @description The text. */
      text: string;
    };
    /**
     * WhatsApp Interactive Nfm Reply Channel Specific Contact Message
     * @description A contact's reply to a WhatsApp flow or address message.
     */
    WhatsAppInteractiveNfmReplyChannelSpecificContactMessage: {
      /**
       * @description Always `nfm_reply`.
       * @default nfm_reply
       * @enum {string}
       */
      type: "nfm_reply";
      /** @description The reply. */
      nfm_reply: components["schemas"]["WhatsAppInteractiveNfmReply"];
    };
    /**
     * Nfm Reply
     * @description What a contact sent back from a WhatsApp flow or address form.
     */
    WhatsAppInteractiveNfmReply: {
      /**
       * @description `flow` for the answers of a flow, `address_message` for an address form.
       * @enum {string}
       */
      name: "flow" | "address_message";
      /** @description The answers as a JSON string; a flow's answers include its `flow_token`. */
      response_json: string;
      /** @description Text WhatsApp shows in the chat for the reply. */
      body: string;
    };
    /** @description A button of a KakaoTalk commerce message. */
    KakaoTalkButton: {
      /** @description Kind of button: `WL` (web link), `AL` (app link) or `BK` (bot keyword). */
      type: string;
      /** @description Label of the button; at most 8 characters. */
      name: string;
    };
    /**
     * KakaoTalk Web Link Button
     * @description A KakaoTalk button that opens a web page.
     * @example {
     *       "type": "WL",
     *       "name": "Buy now",
     *       "link_mo": "https://m.shop.example.kr/p/1042",
     *       "link_pc": "https://shop.example.kr/p/1042"
     *     }
     */
    KakaoTalkWebLinkButton: components["schemas"]["KakaoTalkButton"] & {
      /** @enum {unknown} */
      type?: "WL";
      /** @description URL opened on mobile devices. */
      link_mo: string;
      /** @description URL opened on computers. */
      link_pc?: string;
    };
    /**
     * KakaoTalk App Link Button
     * @description A KakaoTalk button that opens an app through a link scheme.
     * @example {
     *       "type": "AL",
     *       "name": "Open app",
     *       "scheme_ios": "exampleshop://product/1042",
     *       "scheme_android": "exampleshop://product/1042"
     *     }
     */
    KakaoTalkAppLinkButton: components["schemas"]["KakaoTalkButton"] & {
      /** @enum {unknown} */
      type?: "AL";
      /** @description App link opened on iOS, e.g. `tel://+821012345678` or a custom scheme. */
      scheme_ios: string;
      /** @description App link opened on Android, e.g. `tel://+821012345678` or a custom scheme. */
      scheme_android: string;
    };
    /**
     * KakaoTalk Bot Keyword Button
     * @description A KakaoTalk button that sends its label to the channel's chatbot as a keyword.
     * @example {
     *       "type": "BK",
     *       "name": "Ask us"
     *     }
     */
    KakaoTalkBotKeywordButton: components["schemas"]["KakaoTalkButton"] & {
      /** @enum {unknown} */
      type?: "BK";
    };
    /** @description Settings shared by KakaoTalk commerce messages. */
    KakaoTalkChannelSpecificMessage: {
      /**
       * @description Whether the recipient's device shows a push notification.
       * @default true
       */
      push_alarm?: boolean;
      /**
       * @description Whether the message has adult content.
       * @default false
       */
      adult?: boolean;
    };
    /** @description Fields shared by the three kinds of KakaoTalk product information. */
    KakaoTalkCommerceBase: {
      /** @description Kind of product information; each kind fixes its own value. */
      type: string;
      /** @description Name of the product; at most 30 characters. */
      title: string;
      /** @description Regular price in Korean won, 0 to 99,999,999. */
      regular_price: number;
    };
    /**
     * @description KakaoTalk product information with a regular price only.
     * @example {
     *       "type": "REGULAR_PRICE_COMMERCE",
     *       "title": "Trail running shoes",
     *       "regular_price": 129000
     *     }
     */
    KakaoTalkRegularPriceCommerce: components["schemas"]["KakaoTalkCommerceBase"] & {
      /** @enum {unknown} */
      type?: "REGULAR_PRICE_COMMERCE";
    };
    /**
     * @description KakaoTalk product information with a fixed discount.
     * @example {
     *       "type": "FIXED_DISCOUNT_COMMERCE",
     *       "title": "Trail running shoes",
     *       "regular_price": 129000,
     *       "discount_price": 99000,
     *       "discount_fixed": 30000
     *     }
     */
    KakaoTalkDiscountFixedCommerce: components["schemas"]["KakaoTalkCommerceBase"] & {
      /** @enum {unknown} */
      type?: "FIXED_DISCOUNT_COMMERCE";
      /** @description Price after the discount, in Korean won, 0 to 99,999,999. */
      discount_price: number;
      /** @description Discount in Korean won, 0 to 999,999. */
      discount_fixed: number;
    };
    /**
     * @description KakaoTalk product information with a percentage discount.
     * @example {
     *       "type": "PERCENTAGE_DISCOUNT_COMMERCE",
     *       "title": "Road running shoes",
     *       "regular_price": 139000,
     *       "discount_price": 111200,
     *       "discount_rate": 20
     *     }
     */
    KakaoTalkDiscountRateCommerce: components["schemas"]["KakaoTalkCommerceBase"] & {
      /** @enum {unknown} */
      type?: "PERCENTAGE_DISCOUNT_COMMERCE";
      /** @description Price after the discount, in Korean won, 0 to 99,999,999. */
      discount_price: number;
      /** @description Discount in percent, 0 to 100. */
      discount_rate: number;
    };
    /** @description A coupon offered with a KakaoTalk commerce message. */
    KakaoTalkCoupon: {
      /** @description Kind of coupon; each kind fixes its own value. */
      type: string;
      /** @description Text of the coupon; at most 12 characters. */
      description?: string;
      /** @description URL of the coupon, opened on mobile devices. */
      link_mo?: string;
      /** @description URL of the coupon, opened on computers. */
      link_pc?: string;
      /** @description Channel coupon link opened on Android, of the form `alimtalk=coupon://…`. */
      scheme_android?: string;
      /** @description Channel coupon link opened on iOS, of the form `alimtalk=coupon://…`. */
      scheme_ios?: string;
    };
    /**
     * KakaoTalk fixed discount coupon
     * @description A KakaoTalk coupon worth a fixed amount.
     * @example {
     *       "type": "FIXED_DISCOUNT_COUPON",
     *       "discount_fixed": 5000,
     *       "description": "Spring sale",
     *       "link_mo": "https://m.shop.example.kr/coupons/spring"
     *     }
     */
    KakaoTalkFixedDiscountCoupon: components["schemas"]["KakaoTalkCoupon"] & {
      /** @enum {unknown} */
      type?: "FIXED_DISCOUNT_COUPON";
      /** @description Discount in Korean won, 0 to 999,999. */
      discount_fixed: number;
    };
    /**
     * KakaoTalk discount rate coupon
     * @description A KakaoTalk coupon worth a percentage of the price.
     * @example {
     *       "type": "PERCENTAGE_DISCOUNT_COUPON",
     *       "discount_rate": 10,
     *       "description": "Members only",
     *       "link_mo": "https://m.shop.example.kr/coupons/members"
     *     }
     */
    KakaoTalkDiscountRateCoupon: components["schemas"]["KakaoTalkCoupon"] & {
      /** @enum {unknown} */
      type?: "PERCENTAGE_DISCOUNT_COUPON";
      /** @description Discount in percent, 0 to 100. */
      discount_rate: number;
    };
    /**
     * KakaoTalk shipping discount coupon
     * @description A KakaoTalk coupon for free or cheaper shipping.
     * @example {
     *       "type": "SHIPPING_DISCOUNT_COUPON",
     *       "description": "Ships free",
     *       "link_mo": "https://m.shop.example.kr/coupons/delivery"
     *     }
     */
    KakaoTalkShippingDiscountCoupon: components["schemas"]["KakaoTalkCoupon"] & {
      /** @enum {unknown} */
      type?: "SHIPPING_DISCOUNT_COUPON";
    };
    /**
     * KakaoTalk free coupon
     * @description A KakaoTalk coupon for a free item.
     * @example {
     *       "type": "FREE_COUPON",
     *       "title": "Socks",
     *       "description": "With shoes",
     *       "link_mo": "https://m.shop.example.kr/coupons/socks"
     *     }
     */
    KakaoTalkFreeCoupon: components["schemas"]["KakaoTalkCoupon"] & {
      /** @enum {unknown} */
      type?: "FREE_COUPON";
      /** @description Name of the free item; at most 7 characters. */
      title: string;
    };
    /**
     * KakaoTalk UP coupon
     * @description A KakaoTalk UP coupon.
     * @example {
     *       "type": "UP_COUPON",
     *       "title": "Gift",
     *       "description": "Next order",
     *       "scheme_android": "alimtalk=coupon://up-gift",
     *       "scheme_ios": "alimtalk=coupon://up-gift"
     *     }
     */
    KakaoTalkUpCoupon: components["schemas"]["KakaoTalkCoupon"] & {
      /** @enum {unknown} */
      type?: "UP_COUPON";
      /** @description Title of the coupon; at most 7 characters. */
      title: string;
    };
    /**
     * KakaoTalk commerce message
     * @description A KakaoTalk product card: an image, product information, one or two buttons and an optional coupon.
     */
    KakaoTalkCommerceMessage: {
      /** @description One or two buttons. */
      buttons: (components["schemas"]["KakaoTalkWebLinkButton"] | components["schemas"]["KakaoTalkAppLinkButton"] | components["schemas"]["KakaoTalkBotKeywordButton"])[];
      /** @description Extra text under the product; at most 34 characters. */
      additional_content?: string;
      /** @description Picture of the product. */
      image: {
        /** @description URL of the picture. */
        image_url: string;
        /** @description Page opened when the picture is tapped. */
        image_link?: string;
      };
      /** @description Name and price of the product; `type` says whether a discount applies. */
      commerce: components["schemas"]["KakaoTalkRegularPriceCommerce"] | components["schemas"]["KakaoTalkDiscountFixedCommerce"] | components["schemas"]["KakaoTalkDiscountRateCommerce"];
      /** @description A coupon offered with the product; `type` says which kind. */
      coupon?: components["schemas"]["KakaoTalkFixedDiscountCoupon"] | components["schemas"]["KakaoTalkDiscountRateCoupon"] | components["schemas"]["KakaoTalkShippingDiscountCoupon"] | components["schemas"]["KakaoTalkFreeCoupon"] | components["schemas"]["KakaoTalkUpCoupon"];
    };
    /**
     * @description A KakaoTalk carousel of 2 to 10 product cards, with an optional intro card and a link to more.
     * @example {
     *       "push_alarm": true,
     *       "adult": false,
     *       "carousel": {
     *         "head": {
     *           "header": "Spring sale",
     *           "content": "Up to 30% off running shoes this week",
     *           "image_url": "https://media.example.kr/campaigns/spring.jpg",
     *           "link_mo": "https://m.shop.example.kr/sale"
     *         },
     *         "list": [
     *           {
     *             "image": {
     *               "image_url": "https://media.example.kr/products/1042.jpg"
     *             },
     *             "commerce": {
     *               "type": "FIXED_DISCOUNT_COMMERCE",
     *               "title": "Trail running shoes",
     *               "regular_price": 129000,
     *               "discount_price": 99000,
     *               "discount_fixed": 30000
     *             },
     *             "buttons": [
     *               {
     *                 "type": "WL",
     *                 "name": "Buy now",
     *                 "link_mo": "https://m.shop.example.kr/p/1042",
     *                 "link_pc": "https://shop.example.kr/p/1042"
     *               }
     *             ]
     *           },
     *           {
     *             "image": {
     *               "image_url": "https://media.example.kr/products/1043.jpg"
     *             },
     *             "commerce": {
     *               "type": "PERCENTAGE_DISCOUNT_COMMERCE",
     *               "title": "Road running shoes",
     *               "regular_price": 139000,
     *               "discount_price": 111200,
     *               "discount_rate": 20
     *             },
     *             "buttons": [
     *               {
     *                 "type": "WL",
     *                 "name": "Buy now",
     *                 "link_mo": "https://m.shop.example.kr/p/1043"
     *               },
     *               {
     *                 "type": "BK",
     *                 "name": "Ask us"
     *               }
     *             ]
     *           }
     *         ],
     *         "tail": {
     *           "link_mo": "https://m.shop.example.kr/sale",
     *           "link_pc": "https://shop.example.kr/sale"
     *         }
     *       }
     *     }
     */
    KakaoTalkCarouselCommerceChannelSpecificMessage: components["schemas"]["KakaoTalkChannelSpecificMessage"] & {
      /** @description The carousel. */
      carousel: {
        /** @description Intro card shown before the products. */
        head?: {
          /** @description Title of the intro; at most 20 characters. */
          header: string;
          /** @description Text of the intro; at most 50 characters. */
          content: string;
          /** @description URL of the intro picture. */
          image_url: string;
          /** @description URL opened on mobile devices. */
          link_mo?: string;
          /** @description URL opened on computers. */
          link_pc?: string;
          /** @description App link opened on iOS. */
          scheme_ios?: string;
          /** @description App link opened on Android. */
          scheme_android?: string;
        };
        /** @description The product cards, 2 to 10. */
        list: components["schemas"]["KakaoTalkCommerceMessage"][];
        /** @description Link to more products, shown after the cards. */
        tail?: {
          /** @description URL opened on mobile devices. */
          link_mo: string;
          /** @description URL opened on computers. */
          link_pc?: string;
          /** @description App link opened on iOS. */
          scheme_ios?: string;
          /** @description App link opened on Android. */
          scheme_android?: string;
        };
      };
    };
    /**
     * @description A KakaoTalk commerce message: one product card.
     * @example {
     *       "push_alarm": true,
     *       "adult": false,
     *       "image": {
     *         "image_url": "https://media.example.kr/products/1042.jpg",
     *         "image_link": "https://m.shop.example.kr/p/1042"
     *       },
     *       "commerce": {
     *         "type": "FIXED_DISCOUNT_COMMERCE",
     *         "title": "Trail running shoes",
     *         "regular_price": 129000,
     *         "discount_price": 99000,
     *         "discount_fixed": 30000
     *       },
     *       "additional_content": "Free delivery until Sunday",
     *       "buttons": [
     *         {
     *           "type": "WL",
     *           "name": "Buy now",
     *           "link_mo": "https://m.shop.example.kr/p/1042",
     *           "link_pc": "https://shop.example.kr/p/1042"
     *         }
     *       ],
     *       "coupon": {
     *         "type": "FIXED_DISCOUNT_COUPON",
     *         "discount_fixed": 5000,
     *         "description": "Spring sale",
     *         "link_mo": "https://m.shop.example.kr/coupons/spring"
     *       }
     *     }
     */
    KakaoTalkCommerceChannelSpecificMessage: components["schemas"]["KakaoTalkChannelSpecificMessage"] & components["schemas"]["KakaoTalkCommerceMessage"] & Record<string, unknown>;
    /** @description The highlighted item of a LINE notification message. */
    LineNotificationMessageTemplateEmphasizedItem: {
      /** @description Key of the item, as the template defines it. */
      item_key: string;
      /** @description Value shown; at most 15 characters. */
      content: string;
    };
    /** @description An item of a LINE notification message. */
    LineNotificationMessageTemplateItem: {
      /** @description Key of the item, as the template defines it. */
      item_key: string;
      /** @description Value shown; at most 300 characters. */
      content: string;
    };
    /** @description A button of a LINE notification message. */
    LineNotificationMessageTemplateButton: {
      /** @description Key of the button, as the template defines it. */
      button_key: string;
      /** @description Page the button opens; at most 1000 characters. */
      url: string;
    };
    /** @description The content of a LINE notification message template. */
    LineNotificationMessageTemplateBody: {
      /** @description The item shown large at the top. */
      emphasized_item?: components["schemas"]["LineNotificationMessageTemplateEmphasizedItem"];
      /** @description The other items, in order; at most 15. */
      items?: components["schemas"]["LineNotificationMessageTemplateItem"][];
      /** @description Buttons; at most 2. */
      buttons?: components["schemas"]["LineNotificationMessageTemplateButton"][];
    };
    /**
     * LINE notification message (template) channel specific message
     * @description A LINE notification message built from one of LINE's templates.
     * @example {
     *       "template_key": "shipping_notice_en",
     *       "body": {
     *         "emphasized_item": {
     *           "item_key": "delivery_date",
     *           "content": "June 13"
     *         },
     *         "items": [
     *           {
     *             "item_key": "order_number",
     *             "content": "7781"
     *           },
     *           {
     *             "item_key": "carrier",
     *             "content": "Yamato Transport"
     *           }
     *         ],
     *         "buttons": [
     *           {
     *             "button_key": "track_package",
     *             "url": "https://shop.example.jp/orders/7781/track"
     *           }
     *         ]
     *       }
     *     }
     */
    LineNotificationMessageTemplateChannelSpecificMessage: {
      /** @description Key of the LINE template to use. */
      template_key: string;
      /** @description Values for the template's items and buttons. */
      body?: components["schemas"]["LineNotificationMessageTemplateBody"];
    };
    /**
     * Conversation API app
     * @description The app to create.
     */
    AppCreateRequest: {
      /** @description The credentials of each channel the app uses, one entry per channel integration. */
      channel_credentials: components["schemas"]["ConversationChannelCredentials"][];
      conversation_metadata_report_view?: components["schemas"]["ConversationMetadataReportView"];
      /**
       * @description The app's name as shown on the Sinch dashboard.
       * @example Sinch Conversation API Demo App 001
       */
      display_name: string;
      retention_policy?: components["schemas"]["RetentionPolicy"];
      dispatch_retention_policy?: components["schemas"]["DispatchRetentionPolicy"];
      processing_mode?: components["schemas"]["ProcessingMode"];
      smart_conversation?: components["schemas"]["SmartConversation"];
      callback_settings?: components["schemas"]["CallbackSettings"];
      message_retry_settings?: components["schemas"]["MessageRetrySettings"];
      delivery_report_based_fallback?: components["schemas"]["DeliveryReportBasedFallback"];
    };
    /**
     * Conversation API app
     * @description The new values of an app; only the fields named in `update_mask` (or, without a mask, the fields sent) change.
     */
    AppUpdateRequest: {
      /** @description The full list of channel credentials the app keeps; it replaces the stored list. */
      channel_credentials?: components["schemas"]["ConversationChannelCredentials"][];
      conversation_metadata_report_view?: components["schemas"]["ConversationMetadataReportView"];
      /**
       * @description The app's name as shown on the Sinch dashboard.
       * @example Sinch Conversation API Demo App 001
       */
      display_name?: string;
      retention_policy?: components["schemas"]["RetentionPolicy"];
      dispatch_retention_policy?: components["schemas"]["DispatchRetentionPolicy"];
      processing_mode?: components["schemas"]["ProcessingMode"];
      smart_conversation?: components["schemas"]["SmartConversation"];
      callback_settings?: components["schemas"]["CallbackSettings"];
      message_retry_settings?: components["schemas"]["MessageRetrySettings"];
      delivery_report_based_fallback?: components["schemas"]["DeliveryReportBasedFallback"];
    };
    /**
     * Conversation API app
     * @description An app of a project, as Sinch stores it.
     */
    AppResponse: {
      /** @description The credentials of each channel the app uses, with the state of each integration. */
      channel_credentials?: components["schemas"]["ConversationChannelCredentials"][];
      conversation_metadata_report_view?: components["schemas"]["ConversationMetadataReportView"];
      /**
       * @description The app's name as shown on the Sinch dashboard.
       * @example Sinch Conversation API Demo App 001
       */
      display_name?: string;
      /**
       * @description The app's ID, assigned by Sinch when the app is created.
       * @example 01EB37HMH1M6SV18ASNS3G135H
       */
      id?: string;
      rate_limits?: components["schemas"]["RateLimits"];
      retention_policy?: components["schemas"]["RetentionPolicy"];
      dispatch_retention_policy?: components["schemas"]["DispatchRetentionPolicy"];
      processing_mode?: components["schemas"]["ProcessingMode"];
      smart_conversation?: components["schemas"]["SmartConversation"];
      queue_stats?: components["schemas"]["QueueStats"];
      callback_settings?: components["schemas"]["CallbackSettings"];
      delivery_report_based_fallback?: components["schemas"]["DeliveryReportBasedFallback"];
      message_retry_settings?: components["schemas"]["MessageRetrySettings"];
    };
    /**
     * Basic Auth Credential
     * @description A user name and password for HTTP Basic authentication.
     */
    BasicAuthCredentials: {
      /**
       * Format: password
       * @description The password.
       */
      password: string;
      /** @description The user name. */
      username: string;
    };
    /**
     * @description Tells apart several credentials of the same channel within one app, from 0 to 255; 0 when
     *     omitted.
     * @default 0
     */
    CredentialOrdinalNumber: number;
    /** @description The credentials of one channel; exactly one kind is set, and the kind must suit the channel. */
    ChannelCredentialsTypes: components["schemas"]["StaticBearerCredentialsField"] | components["schemas"]["StaticTokenCredentialsField"] | components["schemas"]["MMSCredentialsField"] | components["schemas"]["KakaoTalkCredentialsField"] | components["schemas"]["TelegramCredentialsField"] | components["schemas"]["LineCredentialsField"] | components["schemas"]["LineEnterpriseCredentialsField"] | components["schemas"]["WeChatCredentialsField"] | components["schemas"]["InstagramCredentialsField"] | components["schemas"]["AppleBcCredentialsField"] | components["schemas"]["KakaoTalkChatCredentialsField"];
    /** @description Fields every channel credential carries, whatever its kind. */
    ChannelCredentialsCommonTypes: {
      /**
       * Format: password
       * @description A secret used to verify callbacks the channel sends to Sinch, for channels that sign their
       *     callbacks. Not needed for channels Sinch operates itself.
       */
      callback_secret?: string;
      channel?: components["schemas"]["ConversationChannel"];
      readonly state?: components["schemas"]["ChannelIntegrationState"];
      /** @description The ID the channel itself gives this integration (for example a Messenger page ID); set by Sinch. */
      readonly channel_known_id?: string;
      credential_ordinal_number?: components["schemas"]["CredentialOrdinalNumber"];
    };
    /** @description The credentials of one channel of an app, with the channel they are for. */
    ConversationChannelCredentials: components["schemas"]["ChannelCredentialsTypes"] & components["schemas"]["ChannelCredentialsCommonTypes"];
    /**
     * @description Whether callbacks carry the metadata of the conversation they belong to: `NONE` (the default)
     *     leaves it out, `FULL` includes it.
     * @default NONE
     * @enum {string}
     */
    ConversationMetadataReportView: "NONE" | "FULL";
    /**
     * KakaoTalk
     * @description Credentials for KakaoTalk business notifications.
     * @example {
     *       "kakaotalk_credentials": {
     *         "kakaotalk_plus_friend_id": "@acmeshop",
     *         "kakaotalk_sender_key": "0a1b2c3d4e5f60718293a4b5c6d7e8f9example"
     *       }
     *     }
     */
    KakaoTalkCredentialsField: {
      /** KakaoTalk Credentials */
      kakaotalk_credentials: {
        /** @description The search ID of the KakaoTalk channel (its Plus Friend ID), usually starting with `@`. */
        kakaotalk_plus_friend_id: string;
        /** @description The sender key KakaoTalk issued for the channel. */
        kakaotalk_sender_key: string;
      };
    };
    /**
     * MMS
     * @description Credentials for the MMS channel.
     * @example {
     *       "mms_credentials": {
     *         "account_id": "acme-mms-001",
     *         "api_key": "example-mms-api-key-5b7d9f1a",
     *         "basic_auth": {
     *           "username": "acme-mms",
     *           "password": "example-mms-password"
     *         }
     *       }
     *     }
     */
    MMSCredentialsField: {
      /** MMS Credentials */
      mms_credentials: {
        /** @description The ID of the Sinch MMS account. */
        account_id: string;
        /** @description The API key of the MMS account. */
        api_key: string;
        basic_auth?: components["schemas"]["BasicAuthCredentials"];
      };
    };
    /** @description How full the app's outbound message queue is; set by Sinch. */
    QueueStats: {
      /**
       * Format: int64
       * @description The number of messages waiting in the outbound queue now.
       */
      readonly outbound_size?: number;
      /**
       * Format: int64
       * @description The most messages the outbound queue can hold.
       */
      readonly outbound_limit?: number;
    };
    /** @description The rates the app may send and receive at, in messages per second; set by Sinch. */
    RateLimits: {
      /**
       * Format: int64
       * @description The most inbound messages and events per second the app accepts.
       */
      readonly inbound?: number;
      /**
       * Format: int64
       * @description The most messages per second the app may send.
       */
      readonly outbound?: number;
      /**
       * Format: int64
       * @description The most callbacks per second Sinch sends to the app's webhooks.
       */
      readonly webhooks?: number;
    };
    /**
     * Retention policy for messages and conversations
     * @description How long the app's messages and conversations (in conversation mode) are kept.
     */
    RetentionPolicy: {
      retention_type?: components["schemas"]["RetentionPolicyType"];
      /**
       * Format: int64
       * @description The number of days data is kept under the chosen policy; 180 when omitted.
       * @default 180
       */
      ttl_days?: number;
    };
    /**
     * @description What the retention period counts from: `MESSAGE_EXPIRE_POLICY` (the default) deletes each
     *     message `ttl_days` after it was processed; `CONVERSATION_EXPIRE_POLICY` deletes a whole
     *     conversation `ttl_days` after its last message; `PERSIST_RETENTION_POLICY` keeps everything
     *     until it is deleted.
     * @default MESSAGE_EXPIRE_POLICY
     * @enum {string}
     */
    RetentionPolicyType: "MESSAGE_EXPIRE_POLICY" | "CONVERSATION_EXPIRE_POLICY" | "PERSIST_RETENTION_POLICY";
    /** @description How long messages handled in dispatch processing mode are kept. */
    DispatchRetentionPolicy: {
      retention_type?: components["schemas"]["DispatchRetentionPolicyType"];
      /**
       * Format: int64
       * @description The number of days dispatch-mode messages are kept; with 0 (the default) they are not stored.
       * @default 0
       */
      ttl_days?: number;
    };
    /**
     * @description What the dispatch retention period counts from; only `MESSAGE_EXPIRE_POLICY` (per message) exists.
     * @default MESSAGE_EXPIRE_POLICY
     * @enum {string}
     */
    DispatchRetentionPolicyType: "MESSAGE_EXPIRE_POLICY";
    /** @description Whether the app's messages go through Sinch's message analysis (sentiment, intent, offensive content). */
    SmartConversation: {
      /**
       * @description Turns the analysis on; off when omitted.
       * @default false
       */
      enabled?: boolean;
    };
    /** @description Settings for callbacks sent to a callback URL given with a single message or event. */
    CallbackSettings: {
      /**
       * Format: password
       * @description The secret Sinch signs callbacks with when they go to a `callback_url` set on a message or
       *     event instead of to the app's webhooks.
       */
      secret_for_overridden_callback_urls?: string;
    };
    /**
     * @description Falling back to the next channel of a message's channel priority order when no positive
     *     delivery report arrives in time.
     */
    DeliveryReportBasedFallback: {
      /**
       * @description Turns the fallback on; off when omitted.
       * @default false
       */
      enabled?: boolean;
      /**
       * Format: int32
       * @description How long to wait for a delivery report before falling back, in seconds (10 to 259200, that is three days).
       */
      delivery_report_waiting_time?: number;
    };
    /** @description How long Sinch retries a message the channel could not take. */
    MessageRetrySettings: {
      /**
       * Format: int32
       * @description How long Sinch keeps retrying a message after a temporary failure, in seconds; 3600 when omitted.
       * @default 3600
       */
      retry_duration?: number;
    };
    /**
     * Static Bearer Authentication
     * @description Credentials made of a claimed identity and a bearer token, used for example by SMS, RCS and WhatsApp.
     * @example {
     *       "static_bearer": {
     *         "claimed_identity": "8e1f5b2c9a7d4e3f8b6a1c0d2e4f6a8b",
     *         "token": "example-sms-api-token-3c9a5e7b"
     *       }
     *     }
     */
    StaticBearerCredentialsField: {
      /** Static Bearer Credentials */
      static_bearer: {
        /** @description The identity the token belongs to on the channel, such as an SMS service plan ID or a WhatsApp sender ID. */
        claimed_identity: string;
        /**
         * Format: password
         * @description The bearer token for that identity.
         */
        token: string;
      };
    };
    /**
     * Static Token Authentication
     * @description Credentials made of a single access token, used for example by Messenger and Viber Business.
     * @example {
     *       "static_token": {
     *         "token": "example-messenger-page-token-7d1f3b5a"
     *       }
     *     }
     */
    StaticTokenCredentialsField: {
      /** Static Token Credentials */
      static_token: {
        /**
         * Format: password
         * @description The access token the channel issued.
         */
        token: string;
      };
    };
    /**
     * Telegram
     * @description Credentials for a Telegram bot.
     * @example {
     *       "telegram_credentials": {
     *         "token": "123456789:EXAMPLE-telegram-bot-token"
     *       }
     *     }
     */
    TelegramCredentialsField: {
      /** Telegram Credentials */
      telegram_credentials: {
        /**
         * Format: password
         * @description The bot token Telegram's BotFather issued.
         * @example 123456789:EXAMPLE-telegram-bot-token
         */
        token: string;
      };
    };
    /**
     * LINE
     * @description Credentials for a LINE official account.
     * @example {
     *       "line_credentials": {
     *         "token": "example-line-channel-access-token",
     *         "secret": "example-line-channel-secret",
     *         "is_default": true
     *       }
     *     }
     */
    LineCredentialsField: {
      /** LINE Credentials */
      line_credentials: {
        /**
         * @description The channel access token of the LINE account.
         * @example example-line-channel-access-token
         */
        token: string;
        /**
         * Format: password
         * @description The channel secret of the LINE account.
         * @example example-line-channel-secret
         */
        secret: string;
        /**
         * @description Whether this is the app's default LINE account when it has several; false when omitted.
         * @default false
         */
        is_default?: boolean;
      };
    };
    /**
     * LINE Credentials
     * @description The access token and secret of a LINE enterprise account.
     */
    LineEnterpriseCredentials: {
      /**
       * @description The channel access token of the LINE account.
       * @example example-line-channel-access-token
       */
      token: string;
      /**
       * Format: password
       * @description The channel secret of the LINE account.
       * @example example-line-channel-secret
       */
      secret: string;
    };
    /**
     * LINE Credentials Japan
     * @description A LINE enterprise account registered in Japan.
     * @example {
     *       "line_japan": {
     *         "token": "example-line-jp-channel-access-token",
     *         "secret": "example-line-jp-channel-secret"
     *       }
     *     }
     */
    LineCredentialsJapanField: {
      line_japan: components["schemas"]["LineEnterpriseCredentials"];
    };
    /**
     * LINE Credentials Thailand
     * @description A LINE enterprise account registered in Thailand.
     * @example {
     *       "line_thailand": {
     *         "token": "example-line-th-channel-access-token",
     *         "secret": "example-line-th-channel-secret"
     *       }
     *     }
     */
    LineCredentialsThailandField: {
      line_thailand: components["schemas"]["LineEnterpriseCredentials"];
    };
    /**
     * LINE Enterprise
     * @description Credentials for a LINE enterprise account, in Japan or in Thailand.
     * @example {
     *       "line_enterprise_credentials": {
     *         "line_japan": {
     *           "token": "example-line-jp-channel-access-token",
     *           "secret": "example-line-jp-channel-secret"
     *         },
     *         "is_default": false
     *       }
     *     }
     */
    LineEnterpriseCredentialsField: {
      /**
       * LINE Enterprise Credentials
       * @description The account's credentials under the key of its region, `line_japan` or `line_thailand`.
       */
      line_enterprise_credentials: (components["schemas"]["LineCredentialsJapanField"] | components["schemas"]["LineCredentialsThailandField"]) & {
        /**
         * @description Whether this is the app's default LINE account when it has several; false when omitted.
         * @default false
         */
        is_default?: boolean;
      };
    };
    /**
     * WeChat
     * @description Credentials for a WeChat official account.
     * @example {
     *       "wechat_credentials": {
     *         "app_id": "wx5f8a3c1e9b7d2f40",
     *         "app_secret": "example-wechat-app-secret",
     *         "token": "exampleWeChatServerToken",
     *         "aes_key": "exampleWeChatEncodingAesKey0123456789abcdef"
     *       }
     *     }
     */
    WeChatCredentialsField: {
      /** WeChat Credentials */
      wechat_credentials: {
        /**
         * @description The AppID of the WeChat official account (not a Sinch app ID).
         * @example wx5f8a3c1e9b7d2f40
         */
        app_id: string;
        /**
         * Format: password
         * @description The AppSecret of the WeChat official account.
         * @example example-wechat-app-secret
         */
        app_secret: string;
        /**
         * @description The token set in the account's server configuration on WeChat.
         * @example exampleWeChatServerToken
         */
        token: string;
        /**
         * @description The EncodingAESKey set in the account's server configuration on WeChat.
         * @example exampleWeChatEncodingAesKey0123456789abcdef
         */
        aes_key: string;
      };
    };
    /**
     * Instagram
     * @description Credentials for an Instagram professional account.
     * @example {
     *       "instagram_credentials": {
     *         "token": "example-instagram-page-access-token",
     *         "business_account_id": "17841400000000001"
     *       }
     *     }
     */
    InstagramCredentialsField: {
      /** Instagram Credentials */
      instagram_credentials: {
        /**
         * Format: password
         * @description The access token of the Facebook page linked to the Instagram account.
         */
        token: string;
        /** @description The ID Instagram gives the business account. */
        business_account_id?: string;
      };
    };
    /**
     * Apple Business Chat
     * @description Credentials for Apple Messages for Business (formerly Apple Business Chat).
     * @example {
     *       "applebc_credentials": {
     *         "business_chat_account_id": "3c2e9a1f-5b7d-4e6a-9c8b-0d1e2f3a4b5c",
     *         "merchant_id": "merchant.com.example.shop",
     *         "apple_pay_certificate_reference": "applepay-cert-2024",
     *         "apple_pay_certificate_password": "example-certificate-password"
     *       }
     *     }
     */
    AppleBcCredentialsField: {
      /** Apple Business Chat Credentials */
      applebc_credentials: {
        /** @description The ID of the business account registered with Apple. */
        business_chat_account_id: string;
        /** @description The Apple Pay merchant ID, needed only to take payments. */
        merchant_id?: string;
        /** @description Which uploaded Apple Pay certificate to use, needed only to take payments. */
        apple_pay_certificate_reference?: string;
        /**
         * Format: password
         * @description The password of that Apple Pay certificate.
         */
        apple_pay_certificate_password?: string;
      };
    };
    /**
     * KakaoTalkChat
     * @description Credentials for KakaoTalk chat (two-way conversations).
     * @example {
     *       "kakaotalkchat_credentials": {
     *         "kakaotalk_plus_friend_id": "@acmeshop",
     *         "api_key": "example-kakaotalk-chat-api-key"
     *       }
     *     }
     */
    KakaoTalkChatCredentialsField: {
      /** KakaoTalkChat Credentials */
      kakaotalkchat_credentials: {
        /** @description The search ID of the KakaoTalk channel (its Plus Friend ID), usually starting with `@`. */
        kakaotalk_plus_friend_id: string;
        /** @description The API key for the KakaoTalk chat channel. */
        api_key?: string;
      };
    };
    /** @description The apps of a project. */
    ListAppsResponse: {
      /** @description Every app of the project. */
      apps?: components["schemas"]["AppResponse"][];
    };
    /**
     * @description The state of a channel integration: `PENDING` while Sinch sets it up, `ACTIVE` when it works,
     *     `FAILING` when the channel rejects the credentials or is unreachable.
     * @default PENDING
     * @enum {string}
     */
    ChannelIntegrationStatus: "PENDING" | "ACTIVE" | "FAILING";
    /**
     * Channel Integration State
     * @description The state of one channel integration of an app; set by Sinch.
     */
    ChannelIntegrationState: {
      status: components["schemas"]["ChannelIntegrationStatus"];
      /** @description Why the integration is in this state, mostly set when it is `FAILING`. */
      description?: string;
    };
    /**
     * @description OAuth2 client credentials Sinch uses to fetch an access token before it calls the target.
     *     The token endpoint must answer with an access token and an `expires_in` of 30 to 3600
     *     seconds, which is how long Sinch reuses the token.
     */
    ClientCredentials: {
      /** @description The client ID Sinch presents to the token endpoint. */
      client_id: string;
      /**
       * Format: password
       * @description The client secret Sinch presents to the token endpoint.
       */
      client_secret: string;
      /** @description The URL of the token endpoint Sinch calls (client credentials flow). */
      endpoint: string;
      /** @description Space-separated scopes (RFC 6749), at most 1024 characters; left out of the token request when empty. */
      scope?: string;
      /** @description Passed to the token endpoint unchanged when set, at most 64 characters; usually left out. */
      response_type?: string;
      /**
       * @description How the client ID and secret reach the token endpoint: `BASIC` (an HTTP Basic
       *     Authorization header, also used when unset) or `FORM` (fields of the form body).
       * @default BASIC
       * @enum {string}
       */
      token_request_type?: "BASIC" | "FORM";
    };
    /**
     * Webhook
     * @description A webhook of an app; where Sinch sends which callbacks.
     */
    Webhook: {
      /** @description The ID of the app the webhook belongs to. */
      app_id?: string;
      client_credentials?: components["schemas"]["ClientCredentials"];
      /** @description The webhook's ID, assigned by Sinch. */
      readonly id?: string;
      /**
       * Format: password
       * @description When set, Sinch signs every callback with it (HMAC-SHA256 over the raw body, a dot, the
       *     nonce, a dot and the timestamp, sent in the `x-sinch-webhook-signature*` headers).
       */
      secret?: string;
      /**
       * @description The URL callbacks are sent to, at most 742 characters. Hosts under
       *     `conversation-api.*.sinch.com` are not allowed.
       */
      target: string;
      target_type?: components["schemas"]["WebhookTargetType"];
      /** @description The kinds of callbacks this webhook receives. */
      triggers?: components["schemas"]["WebhookTrigger"][];
    };
    /**
     * @description `HTTP` (the default) delivers callbacks to the target; `DISMISS` drops them.
     * @default HTTP
     * @enum {string}
     */
    WebhookTargetType: "DISMISS" | "HTTP";
    /**
     * @description A kind of callback a webhook receives: `MESSAGE_INBOUND` (a contact sent a message),
     *     `MESSAGE_DELIVERY` / `EVENT_DELIVERY` (delivery status of what the app sent), `MESSAGE_SUBMIT`
     *     (a message was handed to the channel), `EVENT_INBOUND` (a contact typed, read, reacted, ...),
     *     `CONVERSATION_START` / `_STOP` / `_DELETE`, `CONTACT_CREATE` / `_DELETE` / `_MERGE` / `_UPDATE`,
     *     `CONTACT_IDENTITIES_DUPLICATION`, `OPT_IN` / `OPT_OUT` (results of opt-in and opt-out
     *     requests), `CAPABILITY` (results of capability queries), `CHANNEL_EVENT` (channel-level
     *     notices), `SMART_CONVERSATION` and `MESSAGE_INBOUND_SMART_CONVERSATION_REDACTION` (message
     *     analysis), `RECORD_NOTIFICATION`, `UNSUPPORTED` (channel callbacks Sinch cannot map) and
     *     `UNSPECIFIED_TRIGGER` (never sent).
     * @example MESSAGE_DELIVERY
     * @enum {string}
     */
    WebhookTrigger: "UNSPECIFIED_TRIGGER" | "MESSAGE_DELIVERY" | "EVENT_DELIVERY" | "MESSAGE_INBOUND" | "EVENT_INBOUND" | "CONVERSATION_START" | "CONVERSATION_STOP" | "CONTACT_CREATE" | "CONTACT_DELETE" | "CONTACT_MERGE" | "CONTACT_UPDATE" | "UNSUPPORTED" | "OPT_IN" | "OPT_OUT" | "CAPABILITY" | "CONVERSATION_DELETE" | "CONTACT_IDENTITIES_DUPLICATION" | "CHANNEL_EVENT" | "SMART_CONVERSATION" | "MESSAGE_INBOUND_SMART_CONVERSATION_REDACTION" | "RECORD_NOTIFICATION" | "MESSAGE_SUBMIT";
    /**
     * @description A webhook field that `update_mask` can name.
     * @enum {string}
     */
    WebhookFieldPath: "app_id" | "target" | "target_type" | "secret" | "triggers" | "client_credentials";
    /** @description The webhooks of an app. */
    WebhookList: {
      /** @description Every webhook of the app, at most 5. */
      webhooks?: components["schemas"]["Webhook"][];
    };
    /**
     * Contact creation request
     * @description The contact to create.
     */
    ContactCreateRequest: {
      /** @description The contact's addresses, one per channel (and per app, for channels whose user IDs are app-specific). */
      channel_identities: components["schemas"]["ChannelIdentity"][];
      /** @description The channels to try, in order, when a message to this contact names no channel order of its own. */
      channel_priority?: components["schemas"]["ConversationChannel"][];
      /** @description The name shown for the contact, for example on the Sinch dashboard. */
      display_name?: string;
      /** @description The contact's email address. */
      email?: string;
      /** @description An ID of your own for the contact, such as its customer number in your CRM; contacts can be looked up by it. */
      external_id?: string;
      language: components["schemas"]["ContactLanguage"];
      /** @description Free-form text stored with the contact; Sinch does not interpret it. */
      metadata?: string;
    };
    /**
     * Contact
     * @description A person the project talks to, with their addresses on each channel.
     */
    Contact: {
      /** @description The contact's addresses, one per channel (and per app, for channels whose user IDs are app-specific). */
      channel_identities?: components["schemas"]["ChannelIdentity"][];
      /** @description The channels to try, in order, when a message to this contact names no channel order of its own. */
      channel_priority?: components["schemas"]["ConversationChannel"][];
      /** @description The name shown for the contact, for example on the Sinch dashboard. */
      display_name?: string;
      /** @description The contact's email address. */
      email?: string;
      /** @description An ID of your own for the contact, such as its customer number in your CRM; contacts can be looked up by it. */
      external_id?: string;
      /**
       * @description The contact's ID, assigned by Sinch.
       * @example 01HQ2ZC7Y5N8R4K3T6W9XB1D2E
       */
      id?: string;
      language?: components["schemas"]["ContactLanguage"];
      /** @description Free-form text stored with the contact; Sinch does not interpret it. */
      metadata?: string;
    };
    /**
     * @description The contact's preferred language: an upper-case ISO 639-1 code, optionally with a region
     *     (`EN_US`, `PT_BR`, `ZH_TW`), or `FIL` for Filipino.
     * @enum {string}
     */
    ContactLanguage: "AF" | "SQ" | "AR" | "AZ" | "BN" | "BG" | "CA" | "ZH" | "ZH_CN" | "ZH_HK" | "ZH_TW" | "HR" | "CS" | "DA" | "NL" | "EN" | "EN_GB" | "EN_US" | "ET" | "FIL" | "FI" | "FR" | "DE" | "EL" | "GU" | "HA" | "HE" | "HI" | "HU" | "ID" | "GA" | "IT" | "JA" | "KN" | "KK" | "KO" | "LO" | "LV" | "LT" | "MK" | "MS" | "ML" | "MR" | "NB" | "FA" | "PL" | "PT" | "PT_BR" | "PT_PT" | "PA" | "RO" | "RU" | "SR" | "SK" | "SL" | "ES" | "ES_AR" | "ES_ES" | "ES_MX" | "SW" | "SV" | "TA" | "TE" | "TH" | "TR" | "UK" | "UR" | "UZ" | "VI" | "ZU";
    /**
     * Channel Identifier
     * @description The channels whose user profile can be fetched.
     * @example MESSENGER
     * @enum {string}
     */
    GetChannelProfileConversationChannel: "MESSENGER" | "INSTAGRAM" | "VIBER" | "LINE";
    /**
     * @description How two contacts are merged. Only `MERGE` exists: the destination keeps its own fields and
     *     gains the source's channel identities and conversations.
     * @default MERGE
     * @enum {string}
     */
    ConversationMergeStrategy: "MERGE";
    /** @description A page of contacts. */
    ListContactsResponse: {
      /** @description The contacts on this page. */
      contacts?: components["schemas"]["Contact"][];
      /** @description Pass it as `page_token` to get the next page; empty on the last page. */
      next_page_token?: string;
    };
    /** @description Which contact to merge into the destination contact, and how. */
    MergeContactRequest: {
      /** @description The ID of the contact to merge into the destination; it is deleted by the merge. */
      source_id: string;
      strategy?: components["schemas"]["ConversationMergeStrategy"];
    };
    /** @description Whose profile to fetch, on which channel, through which app. */
    GetChannelProfileRequest: {
      /**
       * @description The ID of the app whose channel credentials are used to ask the channel.
       * @example 01EB37HMH1M6SV18ASNS3G135H
       */
      app_id: string;
      recipient: components["schemas"]["Recipient"];
      channel: components["schemas"]["GetChannelProfileConversationChannel"];
    };
    /** @description The contact's profile as the channel reports it. */
    GetChannelProfileResponse: {
      /**
       * @description The name the contact uses on the channel.
       * @example Jane Doe
       */
      profile_name?: string;
    };
    /**
     * Conversation
     * @description The fields of a conversation that can be set.
     */
    ConversationBase: {
      /** @description Whether this is the contact's active conversation with the app; there is at most one at a time. */
      active?: boolean;
      active_channel?: components["schemas"]["ConversationChannel"];
      /** @description The ID of the app the conversation belongs to. */
      app_id?: string;
      /** @description The ID of the contact the conversation is with. */
      contact_id?: string;
      /**
       * @deprecated
       * @description Free-form text stored with the conversation. Deprecated; use `metadata_json`.
       */
      metadata?: string;
      /** @description Any JSON object stored with the conversation; Sinch does not interpret it but can include it in callbacks. */
      metadata_json?: Record<string, unknown>;
      /** @description An ID of your own for the conversation, such as a support case number; Sinch passes it on in callbacks. */
      correlation_id?: string;
    };
    /**
     * Conversation
     * @description A conversation between an app and a contact.
     */
    Conversation: components["schemas"]["ConversationBase"] & {
      /** @description The conversation's ID, assigned by Sinch. */
      id?: string;
      /**
       * Format: date-time
       * @description When the latest message of the conversation was received, in ISO 8601 (UTC).
       */
      readonly last_received?: string;
    };
    /**
     * Conversation
     * @description The conversation to create; the app and the contact are required.
     */
    CreateConversationRequest: WithRequired<components["schemas"]["ConversationBase"], "app_id" | "contact_id">;
    /**
     * Conversation Message Injected
     * @description A message to record in a conversation's history without sending it.
     */
    InjectMessageRequest: components["schemas"]["ConversationMessageTypesInject"] & components["schemas"]["InjectMessageCommonProps"];
    /** @description Who exchanged an injected message, when, and in which direction. */
    InjectMessageCommonProps: {
      /**
       * Format: date-time
       * @description When the message was sent or received, in ISO 8601 (UTC).
       */
      accept_time: string;
      channel_identity: components["schemas"]["ChannelIdentity"];
      /** @description The ID of the contact the message was exchanged with. */
      contact_id: string;
      direction: components["schemas"]["ConversationDirection"];
      /** @description The ID of the conversation; the one in the path applies. */
      conversation_id?: string;
      /** @description The channel's ID of the sender, for example the phone number or sender ID an SMS came from. */
      sender_id?: string;
      processing_mode?: components["schemas"]["ProcessingMode"];
      /** @description Free-form text stored with the message; Sinch does not interpret it. */
      metadata?: string;
    };
    /** @description The message itself, written either by the app or by the contact (exactly one of the two). */
    ConversationMessageTypesInject: {
      app_message: components["schemas"]["AppMessage"];
    } | {
      contact_message: components["schemas"]["ContactMessage"];
    };
    /** @description A page of conversations. */
    ListConversationsResponse: {
      /** @description The conversations on this page. */
      readonly conversations?: components["schemas"]["Conversation"][];
      /** @description Pass it as `page_token` to get the next page; empty on the last page. */
      next_page_token?: string;
      /**
       * Format: int32
       * @description The number of conversations that match the query, over all pages.
       */
      total_size?: number;
    };
    /**
     * Inject event request
     * @description An event to record in a conversation's history without sending it.
     */
    InjectConversationEventRequest: components["schemas"]["ConversationEventBase"] & {
      /**
       * Format: date-time
       * @description When Sinch accepted the event, in ISO 8601 (UTC).
       */
      accept_time: string;
    };
    /** @description A page of an app's conversations, each with its latest message. */
    ListRecentConversationsResponse: {
      /** @description The conversations on this page, in the requested order. */
      conversations?: components["schemas"]["ConversationRecentMessage"][];
      /** @description Pass it as `page_token` to get the next page; empty on the last page. */
      next_page_token?: string;
      /**
       * Format: int32
       * @description The number of conversations that match the query, over all pages.
       */
      total_size?: number;
    };
    /** @description A conversation together with its latest message. */
    ConversationRecentMessage: {
      conversation?: components["schemas"]["Conversation"];
      last_message?: components["schemas"]["ConversationMessage"];
    };
    /** @description The recorded event's ID and when Sinch accepted it. */
    InjectEventResponse: {
      /** @description The ID Sinch gave the recorded event. */
      event_id?: string;
      /**
       * Format: date-time
       * @description When Sinch accepted the event, in ISO 8601 (UTC).
       */
      accepted_time?: string;
    };
    /** @description An event to send, to whom, and through which app. */
    SendEventRequest: {
      /** @description The ID of the app that sends the event. */
      app_id: string;
      /** @description A URL that receives this event's delivery callbacks instead of the app's webhooks. */
      callback_url?: string;
      /**
       * @description The channels to try, in order. Without it, the contact's own channel priority applies, or
       *     the channels of the recipient's identities in the order given.
       */
      channel_priority_order?: components["schemas"]["ConversationChannel"][];
      event: components["schemas"]["AppEventField"];
      /** @description Free-form text of your own; Sinch returns it in the callbacks about this event. */
      event_metadata?: string;
      queue?: components["schemas"]["MessageQueue"];
      recipient: components["schemas"]["RecipientRequest"];
    };
    /** @description The ID of the queued event and when Sinch accepted it. */
    SendEventResponse: {
      /**
       * Format: date-time
       * @description When Sinch accepted the event, in ISO 8601 (UTC).
       */
      readonly accepted_time?: string;
      /** @description The ID Sinch gave the event; delivery callbacks refer to it. */
      readonly event_id?: string;
    };
    /**
     * Conversation Event
     * @description An event recorded in a conversation, sent by the app or injected.
     */
    ConversationEvent: components["schemas"]["ConversationEventBase"] & {
      direction?: components["schemas"]["ConversationDirection"];
      /** @description The event's ID, assigned by Sinch. */
      id: string;
    } & {
      channel_identity: components["schemas"]["ChannelIdentity"];
    } & {
      processing_mode: components["schemas"]["ProcessingMode"];
    };
    /** @description A page of recorded events. */
    ListEventsResponse: {
      /** @description The events on this page. */
      readonly events?: components["schemas"]["ConversationEvent"][];
      /** @description Pass it as `page_token` to get the next page; empty on the last page. */
      next_page_token?: string;
    };
    /**
     * @description A consent list: `OPT_OUT_ALL` (the identity receives nothing), `OPT_OUT_MARKETING` (no
     *     marketing messages) or `OPT_OUT_NOTIFICATION` (no notifications).
     * @enum {string}
     */
    ConsentsListType: "OPT_OUT_ALL" | "OPT_OUT_MARKETING" | "OPT_OUT_NOTIFICATION";
    /**
     * Identity
     * @description An identity on a consent list.
     */
    Identity: {
      /** @description The identity, usually an E.164 phone number. */
      identity: string;
    };
    /**
     * AuditRecord
     * @description One change to a consent list for an identity.
     */
    AuditRecord: {
      /**
       * @description Where the change came from: `ORIGIN_API` (a call to the API) or `ORIGIN_MO` (a message
       *     from the contact, such as a STOP keyword).
       * @enum {string}
       */
      origin: "ORIGIN_API" | "ORIGIN_MO";
      /**
       * @description What happened to the list entry: `OPERATION_INSERT` (added), `OPERATION_UPDATE` (changed) or `OPERATION_DELETE` (removed).
       * @enum {string}
       */
      operation: "OPERATION_INSERT" | "OPERATION_UPDATE" | "OPERATION_DELETE";
      /** @description The consent list that changed. */
      list_type: components["schemas"]["ConsentsListType"];
      /** @description The ID of the project the app belongs to. */
      project_id: string;
      /** @description The ID of the app whose consent list changed. */
      app_id: string;
      /**
       * Format: date-time
       * @description When the change happened, in ISO 8601 (UTC).
       */
      datetime: string;
    };
    /** @description A page of the identities on a consent list. */
    GetIdentitiesFromConsentResponse: {
      /** @description The identities on this page. */
      identities?: components["schemas"]["Identity"][];
      /** @description Pass it as `page_token` to get the next page; empty on the last page. */
      next_page_token?: string;
    };
    /** @description The consent history of one identity. */
    GetAuditRecordsFromConsentResponse: {
      identity?: components["schemas"]["Identity"];
      /** @description The changes, one record each. */
      audit_records?: components["schemas"]["AuditRecord"][];
    };
    /** @description A capability query for one recipient. */
    QueryCapability: {
      /**
       * @description The ID of the app whose channel credentials are used for the query.
       * @example 01EB37HMH1M6SV18ASNS3G135H
       */
      app_id: string;
      recipient: components["schemas"]["Recipient"];
      /** @description An ID of your own that the `CAPABILITY` callback repeats, to match it to this query; Sinch makes one up when omitted. */
      request_id?: string;
    };
    /**
     * Represents an explicit Capability registration
     * @description The acknowledgement of a capability query; the result follows in a callback.
     */
    QueryCapabilityResponse: {
      /** @description The ID of the app the query runs for. */
      app_id?: string;
      recipient?: components["schemas"]["Recipient"];
      /** @description The ID of the query, as given or as made up by Sinch; the `CAPABILITY` callback repeats it. */
      request_id?: string;
    };
    /** @description A message to transcode and the channels to transcode it for. */
    TranscodeMessageRequest: {
      /** @description Id of the app whose channel settings the transcoding uses. */
      app_id: string;
      /** @description The message to transcode. */
      app_message: components["schemas"]["AppMessage"];
      /** @description Channels to produce a payload for. */
      channels: components["schemas"]["ConversationChannel"][];
      /** @description Sender address to write into the payloads, for channels whose payload names one. */
      from?: string;
      /** @description Recipient address to write into the payloads, such as an E.164 phone number, for channels whose payload names one. */
      to?: string;
    };
    /** @description A message in the format of each requested channel. */
    TranscodeMessageResponse: {
      /** @description The payload for each channel, keyed by channel (a ConversationChannel value); each payload is the channel's JSON as a string. */
      readonly transcoded_message?: {
        [key: string]: string;
      };
    };
    /**
     * Project Settings
     * @description The Conversation API settings of a project.
     */
    ProjectSettings: {
      /**
       * @description The ID of the project the settings belong to.
       * @example 56bbb185-c7ea-48fb-ad97-638a0dc5eed7
       */
      project_id?: string;
      /** @description The settings themselves. */
      settings?: {
        contact_settings?: components["schemas"]["ContactSettings"];
      };
    };
    /**
     * Project Settings Request
     * @description The settings to store for a project.
     */
    ProjectSettingsRequest: {
      contact_settings?: components["schemas"]["ContactSettings"];
    };
    /**
     * Contact Settings
     * @description How the project handles contacts.
     */
    ContactSettings: {
      /**
       * @description Whether unified contact IDs are turned on for the project.
       * @example true
       */
      unified_contact_id_enabled?: boolean;
    };
    /**
     * App
     * @description A message from the app, wrapped under `app_message`.
     */
    AppMessageObject: {
      app_message?: components["schemas"]["AppMessage"];
    };
    /**
     * Conversation Deleted Event Type
     * @description A contact event saying that the contact deleted the conversation on their side of the channel.
     * @example {
     *       "conversation_deleted_event": {}
     *     }
     */
    ConversationDeletedEventField: {
      /**
       * Conversation Deleted Event
       * @description Present, and empty, when the contact deleted the conversation.
       */
      conversation_deleted_event: Record<string, unknown>;
    };
    /**
     * Contact Event Type
     * @description A contact event, wrapped under `contact_event`.
     */
    ContactEventField: {
      contact_event?: components["schemas"]["ContactEvent"];
    };
    /**
     * Contact Message Event Type
     * @description An event about a contact's message, wrapped under `contact_message_event`.
     */
    ContactMessageEventField: {
      contact_message_event?: components["schemas"]["ContactMessageEvent"];
    };
    /**
     * Comment Event Type
     * @description A contact event carrying a comment the contact left on a post or live stream of the app's page.
     * @example {
     *       "comment_event": {
     *         "id": "17858893269012345",
     *         "text": "Do you ship to Canada?",
     *         "comment_type": "FEED",
     *         "commented_on": "17912345678901234",
     *         "user": "jamie.doe"
     *       }
     *     }
     */
    CommentEventField: {
      comment_event: components["schemas"]["CommentEvent"];
    };
    /**
     * Payment Status Update Event
     * @description A change in the payment of an order the app sent to the contact (WhatsApp payments).
     */
    PaymentStatusUpdateEvent: {
      /** @description The reference the app gave the order in its order message. */
      reference_id?: string;
      payment_status?: components["schemas"]["PaymentStatus"];
      payment_transaction_status?: components["schemas"]["PaymentTransactionStatus"];
      /** @description The payment provider's ID of the transaction. */
      payment_transaction_id?: string;
    };
    /**
     * @description Where the payment of an order stands: `NEW` (not paid yet), `PENDING` (being processed),
     *     `CAPTURED` (paid), `CANCELED`, `FAILED`; `UNKNOWN` when the channel did not say.
     * @default PAYMENT_STATUS_UNKNOWN
     * @enum {string}
     */
    PaymentStatus: "PAYMENT_STATUS_UNKNOWN" | "PAYMENT_STATUS_NEW" | "PAYMENT_STATUS_PENDING" | "PAYMENT_STATUS_CAPTURED" | "PAYMENT_STATUS_CANCELED" | "PAYMENT_STATUS_FAILED";
    /**
     * @description Where the transaction that pays an order stands: `PENDING`, `SUCCESS`, `FAILED` or
     *     `CANCELED`; `UNKNOWN` when the channel did not say.
     * @default PAYMENT_STATUS_TRANSACTION_UNKNOWN
     * @enum {string}
     */
    PaymentTransactionStatus: "PAYMENT_STATUS_TRANSACTION_UNKNOWN" | "PAYMENT_STATUS_TRANSACTION_PENDING" | "PAYMENT_STATUS_TRANSACTION_FAILED" | "PAYMENT_STATUS_TRANSACTION_SUCCESS" | "PAYMENT_STATUS_TRANSACTION_CANCELED";
    /**
     * Inject Event Request
     * @description An event to inject into a conversation, wrapped under `event`.
     */
    InjectEventRequest: {
      event?: components["schemas"]["InjectConversationEventRequest"];
    };
    /** @description The fields every callback carries beside its trigger-specific payload. */
    CallbackEventCommon: {
      /** @description The ID of the app the callback is about. */
      app_id: string;
      /**
       * Format: date-time
       * @description When Sinch accepted the event the callback reports, ISO 8601 in UTC.
       */
      accepted_time?: string;
      /**
       * Format: date-time
       * @description When the event happened on the channel, ISO 8601 in UTC; absent when the channel does not report it.
       */
      event_time?: string;
      /** @description The ID of the project the app belongs to. */
      project_id: string;
      /** @description The `message_metadata` the app set when it sent the message this callback is about; empty when none was set. */
      message_metadata?: string;
      /** @description The `correlation_id` the app set when it sent the message or event this callback is about; empty when none was set. */
      correlation_id?: string;
    };
    /**
     * @description The `MESSAGE_INBOUND` callback, a message a contact sent to the app, under `message`.
     * @example {
     *       "app_id": "01EB37HMH1M6SV18ASNS3G135H",
     *       "accepted_time": "2024-05-14T09:21:07.512Z",
     *       "event_time": "2024-05-14T09:21:06Z",
     *       "project_id": "5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e",
     *       "message_metadata": "",
     *       "correlation_id": "",
     *       "message": {
     *         "id": "01HXS2B7M4N6P8Q0R2S4T6V8WY",
     *         "direction": "TO_APP",
     *         "contact_message": {
     *           "text_message": {
     *             "text": "Hi, is my order 4821 on its way?"
     *           }
     *         },
     *         "channel_identity": {
     *           "channel": "WHATSAPP",
     *           "identity": "+12025550143",
     *           "app_id": "01EB37HMH1M6SV18ASNS3G135H"
     *         },
     *         "conversation_id": "01HXRTWQ3J8N2P4R6S9T1V3W5X",
     *         "contact_id": "01HXRTWQ2G5K9M3C7D8E4F6A1B",
     *         "metadata": "",
     *         "accept_time": "2024-05-14T09:21:07.498Z",
     *         "sender_id": "+12025550187",
     *         "processing_mode": "CONVERSATION",
     *         "injected": false
     *       }
     *     }
     */
    MessageInboundEvent: components["schemas"]["CallbackEventCommon"] & {
      message: components["schemas"]["MessageInboundEventItem"];
    };
    /**
     * @description The `MESSAGE_INBOUND_SMART_CONVERSATION_REDACTION` callback, a message a contact sent to the
     *     app with its personal data masked by Smart Conversations, under `message_redaction`.
     * @example {
     *       "app_id": "01EB37HMH1M6SV18ASNS3G135H",
     *       "accepted_time": "2024-05-14T09:24:12.087Z",
     *       "event_time": "2024-05-14T09:24:11Z",
     *       "project_id": "5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e",
     *       "message_metadata": "",
     *       "correlation_id": "",
     *       "message_redaction": {
     *         "id": "01HXS3A2B4C6D8E0F2G4H6J8KM",
     *         "direction": "TO_APP",
     *         "contact_message": {
     *           "text_message": {
     *             "text": "Please charge my card {CREDIT_CARD} for order 4821."
     *           }
     *         },
     *         "channel_identity": {
     *           "channel": "WHATSAPP",
     *           "identity": "+12025550143",
     *           "app_id": "01EB37HMH1M6SV18ASNS3G135H"
     *         },
     *         "conversation_id": "01HXRTWQ3J8N2P4R6S9T1V3W5X",
     *         "contact_id": "01HXRTWQ2G5K9M3C7D8E4F6A1B",
     *         "metadata": "",
     *         "accept_time": "2024-05-14T09:21:07.498Z",
     *         "sender_id": "+12025550187",
     *         "processing_mode": "CONVERSATION",
     *         "injected": false
     *       }
     *     }
     */
    MessageInboundSmartConversationRedactionEvent: components["schemas"]["CallbackEventCommon"] & {
      message_redaction: components["schemas"]["MessageInboundEventItem"];
    };
    /** @description A message a contact sent to the app. */
    MessageInboundEventItem: {
      /** @description The message's ID, set by Sinch. */
      id?: string;
      /**
       * @description Always `TO_APP`, from the contact to the app.
       * @enum {string}
       */
      direction?: "TO_APP";
      contact_message?: components["schemas"]["ContactMessage"];
      channel_identity?: components["schemas"]["ChannelIdentity"];
      /** @description The ID of the conversation the message belongs to; empty in `DISPATCH` processing mode. */
      conversation_id?: string;
      /** @description The ID of the contact who sent the message; empty in `DISPATCH` processing mode. */
      contact_id?: string;
      /** @description Metadata kept with the message; usually empty for a message from a contact. */
      metadata?: string;
      /**
       * Format: date-time
       * @description When Sinch received the message from the channel, ISO 8601 in UTC.
       */
      accept_time?: string;
      /** @description The app's sender the contact wrote to on the channel, such as its phone number or short code. */
      sender_id?: string;
      processing_mode?: components["schemas"]["ProcessingMode"];
      /** @description True when the message was added through the inject-message endpoint rather than received from a channel. */
      injected?: boolean;
    };
    /**
     * @description The `MESSAGE_SUBMIT` callback, a message the app sent that Sinch handed to a channel, under
     *     `message_submit_notification`.
     * @example {
     *       "app_id": "01EB37HMH1M6SV18ASNS3G135H",
     *       "accepted_time": "2024-05-14T09:30:00.214Z",
     *       "event_time": "2024-05-14T09:30:00.201Z",
     *       "project_id": "5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e",
     *       "message_metadata": "order-4821",
     *       "correlation_id": "shipping-updates",
     *       "message_submit_notification": {
     *         "message_id": "01HXS2C9D3E5F7G9H1J3K5M7NP",
     *         "conversation_id": "01HXRTWQ3J8N2P4R6S9T1V3W5X",
     *         "channel_identity": {
     *           "channel": "WHATSAPP",
     *           "identity": "+12025550143",
     *           "app_id": "01EB37HMH1M6SV18ASNS3G135H"
     *         },
     *         "contact_id": "01HXRTWQ2G5K9M3C7D8E4F6A1B",
     *         "submitted_message": {
     *           "text_message": {
     *             "text": "Good news: order 4821 left our warehouse today."
     *           }
     *         },
     *         "metadata": "order-4821",
     *         "processing_mode": "CONVERSATION"
     *       }
     *     }
     */
    MessageSubmitEvent: components["schemas"]["CallbackEventCommon"] & {
      /** @description The submitted message and where it went. */
      message_submit_notification: {
        /** @description The ID of the message, as returned when the app sent it. */
        message_id?: string;
        /** @description The ID of the conversation the message belongs to; empty in `DISPATCH` processing mode. */
        conversation_id?: string;
        channel_identity?: components["schemas"]["ChannelIdentity"];
        /** @description The ID of the contact the message was sent to; empty in `DISPATCH` processing mode. */
        contact_id?: string;
        submitted_message?: components["schemas"]["AppMessage"];
        /** @description The `message_metadata` the app set when it sent the message. */
        metadata?: string;
        processing_mode?: components["schemas"]["ProcessingMode"];
      };
    };
    /**
     * @description The `MESSAGE_DELIVERY` callback, a change in the delivery status of a message the app sent,
     *     under `message_delivery_report`.
     * @example {
     *       "app_id": "01EB37HMH1M6SV18ASNS3G135H",
     *       "accepted_time": "2024-05-14T09:30:02.871Z",
     *       "event_time": "2024-05-14T09:30:02Z",
     *       "project_id": "5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e",
     *       "message_metadata": "order-4821",
     *       "correlation_id": "shipping-updates",
     *       "message_delivery_report": {
     *         "message_id": "01HXS2C9D3E5F7G9H1J3K5M7NP",
     *         "conversation_id": "01HXRTWQ3J8N2P4R6S9T1V3W5X",
     *         "status": "DELIVERED",
     *         "channel_identity": {
     *           "channel": "WHATSAPP",
     *           "identity": "+12025550143",
     *           "app_id": "01EB37HMH1M6SV18ASNS3G135H"
     *         },
     *         "contact_id": "01HXRTWQ2G5K9M3C7D8E4F6A1B",
     *         "metadata": "order-4821",
     *         "processing_mode": "CONVERSATION"
     *       }
     *     }
     * @example {
     *       "app_id": "01EB37HMH1M6SV18ASNS3G135H",
     *       "accepted_time": "2024-05-15T18:02:44.105Z",
     *       "event_time": "2024-05-15T18:02:43Z",
     *       "project_id": "5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e",
     *       "message_metadata": "",
     *       "correlation_id": "",
     *       "message_delivery_report": {
     *         "message_id": "01HXS4F2G4H6J8K0M2N4P6Q8RS",
     *         "conversation_id": "01HXRTWQ3J8N2P4R6S9T1V3W5X",
     *         "status": "FAILED",
     *         "channel_identity": {
     *           "channel": "WHATSAPP",
     *           "identity": "+12025550143",
     *           "app_id": "01EB37HMH1M6SV18ASNS3G135H"
     *         },
     *         "contact_id": "01HXRTWQ2G5K9M3C7D8E4F6A1B",
     *         "reason": {
     *           "code": "OUTSIDE_ALLOWED_SENDING_WINDOW",
     *           "description": "The contact has not written in the last 24 hours; send a template message instead.",
     *           "sub_code": "UNSPECIFIED_SUB_CODE",
     *           "channel_code": "131047"
     *         },
     *         "processing_mode": "CONVERSATION"
     *       }
     *     }
     */
    MessageDeliveryReceiptEvent: components["schemas"]["CallbackEventCommon"] & {
      /** @description The message's new delivery status, with the reason when it failed. */
      message_delivery_report: {
        /** @description The ID of the message, as returned when the app sent it. */
        message_id?: string;
        /** @description The ID of the conversation the message belongs to; empty in `DISPATCH` processing mode. */
        conversation_id?: string;
        status?: components["schemas"]["DeliveryStatus"];
        channel_identity?: components["schemas"]["ChannelIdentity"];
        /** @description The ID of the contact the message was sent to; empty in `DISPATCH` processing mode. */
        contact_id?: string;
        reason?: components["schemas"]["Reason"];
        /** @description The `message_metadata` the app set when it sent the message. */
        metadata?: string;
        processing_mode?: components["schemas"]["ProcessingMode"];
      };
    };
    /**
     * @description How far a message or event got: `QUEUED_ON_CHANNEL` (the channel accepted it), `DELIVERED`
     *     (it reached the contact's device), `READ` (the contact opened it), `FAILED` (see `reason`), or
     *     `SWITCHING_CHANNEL` (it failed on this channel and Sinch tries the next one of the app's channel
     *     priority).
     * @enum {string}
     */
    DeliveryStatus: "QUEUED_ON_CHANNEL" | "DELIVERED" | "READ" | "FAILED" | "SWITCHING_CHANNEL";
    /**
     * @description The `EVENT_INBOUND` callback, something a contact did other than send a message (typing, a
     *     reaction, a comment, a payment update…), under `event`.
     * @example {
     *       "app_id": "01EB37HMH1M6SV18ASNS3G135H",
     *       "accepted_time": "2024-05-14T09:31:15.640Z",
     *       "event_time": "2024-05-14T09:31:15Z",
     *       "project_id": "5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e",
     *       "message_metadata": "",
     *       "correlation_id": "",
     *       "event": {
     *         "id": "01HXS2D4F6G8H0J2K4M6N8P0QR",
     *         "direction": "TO_APP",
     *         "contact_message_event": {
     *           "reaction_event": {
     *             "emoji": "👍",
     *             "action": "REACTION_ACTION_REACT",
     *             "message_id": "01HXS2C9D3E5F7G9H1J3K5M7NP"
     *           }
     *         },
     *         "channel_identity": {
     *           "channel": "WHATSAPP",
     *           "identity": "+12025550143",
     *           "app_id": "01EB37HMH1M6SV18ASNS3G135H"
     *         },
     *         "contact_id": "01HXRTWQ2G5K9M3C7D8E4F6A1B",
     *         "conversation_id": "01HXRTWQ3J8N2P4R6S9T1V3W5X",
     *         "accept_time": "2024-05-14T09:31:15.622Z",
     *         "processing_mode": "CONVERSATION"
     *       }
     *     }
     */
    EventInbound: components["schemas"]["CallbackEventCommon"] & {
      /** @description The event; it carries either `contact_event` or `contact_message_event`. */
      event: {
        /** @description The event's ID, set by Sinch. */
        id?: string;
        /**
         * @description Always `TO_APP`, from the contact to the app.
         * @enum {string}
         */
        direction?: "TO_APP";
        contact_event?: components["schemas"]["ContactEvent"];
        contact_message_event?: components["schemas"]["ContactMessageEvent"];
        channel_identity?: components["schemas"]["ChannelIdentity"];
        /** @description The ID of the contact the event came from; empty in `DISPATCH` processing mode. */
        contact_id?: string;
        /** @description The ID of the conversation the event belongs to; empty in `DISPATCH` processing mode. */
        conversation_id?: string;
        /**
         * Format: date-time
         * @description When Sinch received the event from the channel, ISO 8601 in UTC.
         */
        accept_time?: string;
        processing_mode?: components["schemas"]["ProcessingMode"];
      };
    };
    /**
     * Contact Event
     * @description Something a contact did in a conversation, such as typing or commenting; exactly one kind per event.
     */
    ContactEvent: components["schemas"]["ComposingEventField"] | components["schemas"]["ComposingEndEventField"] | components["schemas"]["ConversationDeletedEventField"] | components["schemas"]["CommentEventField"] | components["schemas"]["GenericEventField"];
    /** @description A comment a contact left on a post or live stream of the app's page (Instagram, Facebook). */
    CommentEvent: {
      /** @description The channel's ID of the comment. */
      id?: string;
      /** @description The comment's text. */
      text: string;
      /**
       * @description `FEED` for a comment on a post, `LIVE` for one on a live stream.
       * @enum {string}
       */
      comment_type?: "FEED" | "LIVE";
      /** @description The channel's ID of the post or live stream the comment is on. */
      commented_on?: string;
      /** @description The commenter's user name on the channel. */
      user?: string;
    };
    /** @description A contact opened a conversation through a short link or QR code of the app, such as a Messenger m.me link. */
    ShortLinkActivatedEvent: {
      /** @description The data the link carried, passed on unchanged. */
      payload?: string;
      /** @description The link's title, when the channel reports one. */
      title?: string;
      /** @description The `ref` value the creator of the link put in it. */
      ref?: string;
      /** @description Where the contact came from, as the channel names it (e.g. `SHORTLINK`). */
      source?: string;
      /** @description The kind of referral, as the channel names it (e.g. `OPEN_THREAD`). */
      type?: string;
      /** @description True when the contact already had a conversation thread with the app. */
      existing_thread?: boolean;
    };
    /**
     * @description Whether the contact added a reaction (`REACTION_ACTION_REACT`) or took it back (`REACTION_ACTION_UNREACT`).
     * @enum {string}
     */
    ReactionAction: "REACTION_ACTION_UNKNOWN" | "REACTION_ACTION_REACT" | "REACTION_ACTION_UNREACT";
    /** @description A contact reacted to a message, or took a reaction back. */
    ReactionEvent: {
      /** @description The reaction, as an emoji. */
      emoji: string;
      action: components["schemas"]["ReactionAction"];
      /** @description The ID of the message reacted to. */
      message_id: string;
      /** @description The channel's name for the kind of reaction (e.g. `like`, `love`), when it has one. */
      reaction_category?: string;
    };
    /** @description An event about a contact's message (a payment update, an activated short link or a reaction); exactly one kind per event. */
    ContactMessageEvent: {
      payment_status_update_event: components["schemas"]["PaymentStatusUpdateEvent"];
    } | {
      shortlink_activated_event: components["schemas"]["ShortLinkActivatedEvent"];
    } | {
      reaction_event: components["schemas"]["ReactionEvent"];
    };
    /**
     * @description The `EVENT_DELIVERY` callback, a change in the delivery status of an event the app sent,
     *     under `event_delivery_report`.
     * @example {
     *       "app_id": "01EB37HMH1M6SV18ASNS3G135H",
     *       "accepted_time": "2024-05-14T09:29:58.310Z",
     *       "event_time": "2024-05-14T09:29:58Z",
     *       "project_id": "5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e",
     *       "message_metadata": "",
     *       "correlation_id": "",
     *       "event_delivery_report": {
     *         "event_id": "01HXS2E5G7H9J1K3M5N7P9Q1RS",
     *         "status": "DELIVERED",
     *         "channel_identity": {
     *           "channel": "WHATSAPP",
     *           "identity": "+12025550143",
     *           "app_id": "01EB37HMH1M6SV18ASNS3G135H"
     *         },
     *         "contact_id": "01HXRTWQ2G5K9M3C7D8E4F6A1B",
     *         "metadata": "",
     *         "processing_mode": "CONVERSATION"
     *       }
     *     }
     */
    EventDelivery: components["schemas"]["CallbackEventCommon"] & {
      /** @description The event's new delivery status, with the reason when it failed. */
      event_delivery_report: {
        /** @description The ID of the event, as returned when the app sent it. */
        event_id?: string;
        status?: components["schemas"]["DeliveryStatus"];
        channel_identity?: components["schemas"]["ChannelIdentity"];
        /** @description The ID of the contact the event was sent to; empty in `DISPATCH` processing mode. */
        contact_id?: string;
        reason?: components["schemas"]["Reason"];
        /** @description Metadata kept with the event; usually empty. */
        metadata?: string;
        processing_mode?: components["schemas"]["ProcessingMode"];
      };
    };
    /**
     * @description The `CONVERSATION_START` callback, a conversation that started, under `conversation_start_notification`.
     * @example {
     *       "app_id": "01EB37HMH1M6SV18ASNS3G135H",
     *       "accepted_time": "2024-05-14T09:21:07.530Z",
     *       "project_id": "5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e",
     *       "message_metadata": "",
     *       "correlation_id": "",
     *       "conversation_start_notification": {
     *         "conversation": {
     *           "id": "01HXRTWQ3J8N2P4R6S9T1V3W5X",
     *           "app_id": "01EB37HMH1M6SV18ASNS3G135H",
     *           "contact_id": "01HXRTWQ2G5K9M3C7D8E4F6A1B",
     *           "active": true,
     *           "active_channel": "WHATSAPP",
     *           "metadata_json": {
     *             "order_id": "4821"
     *           },
     *           "correlation_id": ""
     *         }
     *       }
     *     }
     */
    ConversationStartEvent: components["schemas"]["CallbackEventCommon"] & {
      conversation_start_notification: components["schemas"]["ConversationNotification"];
    };
    /**
     * @description The `CONVERSATION_STOP` callback, a conversation that was stopped, under `conversation_stop_notification`.
     * @example {
     *       "app_id": "01EB37HMH1M6SV18ASNS3G135H",
     *       "accepted_time": "2024-05-14T11:02:40.118Z",
     *       "project_id": "5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e",
     *       "message_metadata": "",
     *       "correlation_id": "",
     *       "conversation_stop_notification": {
     *         "conversation": {
     *           "id": "01HXRTWQ3J8N2P4R6S9T1V3W5X",
     *           "app_id": "01EB37HMH1M6SV18ASNS3G135H",
     *           "contact_id": "01HXRTWQ2G5K9M3C7D8E4F6A1B",
     *           "active": false,
     *           "active_channel": "WHATSAPP",
     *           "metadata_json": {
     *             "order_id": "4821"
     *           },
     *           "correlation_id": ""
     *         }
     *       }
     *     }
     */
    ConversationStopEvent: components["schemas"]["CallbackEventCommon"] & {
      conversation_stop_notification: components["schemas"]["ConversationNotification"];
    };
    /**
     * @description The `CONVERSATION_DELETE` callback, a conversation that was deleted, under `conversation_delete_notification`.
     * @example {
     *       "app_id": "01EB37HMH1M6SV18ASNS3G135H",
     *       "accepted_time": "2024-06-02T08:15:03.904Z",
     *       "project_id": "5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e",
     *       "message_metadata": "",
     *       "correlation_id": "",
     *       "conversation_delete_notification": {
     *         "conversation": {
     *           "id": "01HXRTWQ3J8N2P4R6S9T1V3W5X",
     *           "app_id": "01EB37HMH1M6SV18ASNS3G135H",
     *           "contact_id": "01HXRTWQ2G5K9M3C7D8E4F6A1B",
     *           "active": false,
     *           "active_channel": "WHATSAPP",
     *           "metadata_json": {
     *             "order_id": "4821"
     *           },
     *           "correlation_id": ""
     *         }
     *       }
     *     }
     */
    ConversationDeleteEvent: components["schemas"]["CallbackEventCommon"] & {
      conversation_delete_notification: components["schemas"]["ConversationNotification"];
    };
    /** @description The conversation a conversation callback is about, as it is after the change. */
    ConversationNotification: {
      conversation?: components["schemas"]["Conversation"];
    };
    /**
     * @description The `CONTACT_CREATE` callback, a contact that was created, under `contact_create_notification`.
     * @example {
     *       "app_id": "01EB37HMH1M6SV18ASNS3G135H",
     *       "accepted_time": "2024-05-14T09:21:07.505Z",
     *       "project_id": "5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e",
     *       "message_metadata": "",
     *       "correlation_id": "",
     *       "contact_create_notification": {
     *         "contact": {
     *           "id": "01HXRTWQ2G5K9M3C7D8E4F6A1B",
     *           "channel_identities": [
     *             {
     *               "channel": "WHATSAPP",
     *               "identity": "+12025550143",
     *               "app_id": "01EB37HMH1M6SV18ASNS3G135H"
     *             }
     *           ],
     *           "channel_priority": [
     *             "WHATSAPP"
     *           ],
     *           "display_name": "Jamie Doe",
     *           "email": "",
     *           "external_id": "crm-10442",
     *           "language": "EN_US",
     *           "metadata": ""
     *         }
     *       }
     *     }
     */
    ContactCreateEvent: components["schemas"]["CallbackEventCommon"] & {
      contact_create_notification: components["schemas"]["ContactNotification"];
    };
    /**
     * @description The `CONTACT_DELETE` callback, a contact that was deleted, under `contact_delete_notification`.
     * @example {
     *       "app_id": "01EB37HMH1M6SV18ASNS3G135H",
     *       "accepted_time": "2024-06-02T08:15:04.020Z",
     *       "project_id": "5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e",
     *       "message_metadata": "",
     *       "correlation_id": "",
     *       "contact_delete_notification": {
     *         "contact": {
     *           "id": "01HXRTWQ2G5K9M3C7D8E4F6A1B",
     *           "channel_identities": [
     *             {
     *               "channel": "WHATSAPP",
     *               "identity": "+12025550143",
     *               "app_id": "01EB37HMH1M6SV18ASNS3G135H"
     *             }
     *           ],
     *           "channel_priority": [
     *             "WHATSAPP"
     *           ],
     *           "display_name": "Jamie Doe",
     *           "email": "jamie.doe@example.com",
     *           "external_id": "crm-10442",
     *           "language": "EN_US",
     *           "metadata": ""
     *         }
     *       }
     *     }
     */
    ContactDeleteEvent: components["schemas"]["CallbackEventCommon"] & {
      contact_delete_notification: components["schemas"]["ContactNotification"];
    };
    /**
     * @description The `CONTACT_UPDATE` callback, a contact that was changed, under `contact_update_notification`.
     * @example {
     *       "app_id": "01EB37HMH1M6SV18ASNS3G135H",
     *       "accepted_time": "2024-05-20T14:47:31.660Z",
     *       "project_id": "5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e",
     *       "message_metadata": "",
     *       "correlation_id": "",
     *       "contact_update_notification": {
     *         "contact": {
     *           "id": "01HXRTWQ2G5K9M3C7D8E4F6A1B",
     *           "channel_identities": [
     *             {
     *               "channel": "WHATSAPP",
     *               "identity": "+12025550143",
     *               "app_id": "01EB37HMH1M6SV18ASNS3G135H"
     *             }
     *           ],
     *           "channel_priority": [
     *             "WHATSAPP"
     *           ],
     *           "display_name": "Jamie Doe",
     *           "email": "jamie.doe@example.com",
     *           "external_id": "crm-10442",
     *           "language": "EN_US",
     *           "metadata": ""
     *         }
     *       }
     *     }
     */
    ContactUpdateEvent: components["schemas"]["CallbackEventCommon"] & {
      contact_update_notification: components["schemas"]["ContactNotification"];
    };
    /** @description The contact a contact callback is about; for a deletion, as it was before. */
    ContactNotification: {
      contact?: components["schemas"]["Contact"];
    };
    /**
     * @description The `CONTACT_MERGE` callback, two contacts merged into one, under `contact_merge_notification`.
     * @example {
     *       "app_id": "01EB37HMH1M6SV18ASNS3G135H",
     *       "accepted_time": "2024-05-21T10:05:19.377Z",
     *       "project_id": "5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e",
     *       "message_metadata": "",
     *       "correlation_id": "",
     *       "contact_merge_notification": {
     *         "preserved_contact": {
     *           "id": "01HXRTWQ2G5K9M3C7D8E4F6A1B",
     *           "channel_identities": [
     *             {
     *               "channel": "WHATSAPP",
     *               "identity": "+12025550143",
     *               "app_id": "01EB37HMH1M6SV18ASNS3G135H"
     *             },
     *             {
     *               "channel": "SMS",
     *               "identity": "+12025550143",
     *               "app_id": "01EB37HMH1M6SV18ASNS3G135H"
     *             }
     *           ],
     *           "channel_priority": [
     *             "WHATSAPP",
     *             "SMS"
     *           ],
     *           "display_name": "Jamie Doe",
     *           "email": "jamie.doe@example.com",
     *           "external_id": "crm-10442",
     *           "language": "EN_US",
     *           "metadata": ""
     *         },
     *         "deleted_contact": {
     *           "id": "01HXRTWQ4K7M9N1P3Q5R7S9T2V",
     *           "channel_identities": [
     *             {
     *               "channel": "SMS",
     *               "identity": "+12025550143",
     *               "app_id": "01EB37HMH1M6SV18ASNS3G135H"
     *             }
     *           ],
     *           "channel_priority": [
     *             "SMS"
     *           ],
     *           "display_name": "+12025550143",
     *           "email": "",
     *           "external_id": "",
     *           "language": "EN_US",
     *           "metadata": ""
     *         }
     *       }
     *     }
     */
    ContactMergeEvent: components["schemas"]["CallbackEventCommon"] & {
      /** @description The contact that remains and the contact that was merged into it and deleted. */
      contact_merge_notification: {
        preserved_contact?: components["schemas"]["Contact"];
        deleted_contact?: components["schemas"]["Contact"];
      };
    };
    /**
     * @description The `CONTACT_IDENTITIES_DUPLICATION` callback, channel identities found on more than one
     *     contact, under `duplicated_contact_identities_notification`.
     * @example {
     *       "app_id": "01EB37HMH1M6SV18ASNS3G135H",
     *       "accepted_time": "2024-05-21T10:01:52.048Z",
     *       "project_id": "5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e",
     *       "message_metadata": "",
     *       "correlation_id": "",
     *       "duplicated_contact_identities_notification": {
     *         "duplicated_identities": [
     *           {
     *             "channel": "SMS",
     *             "contact_ids": [
     *               "01HXRTWQ2G5K9M3C7D8E4F6A1B",
     *               "01HXRTWQ4K7M9N1P3Q5R7S9T2V"
     *             ]
     *           }
     *         ]
     *       }
     *     }
     */
    ContactIdentitiesDuplicationEvent: components["schemas"]["CallbackEventCommon"] & {
      /** @description The channel identities found on more than one contact. */
      duplicated_contact_identities_notification: {
        /** @description One entry per channel whose identity is shared by several contacts. */
        duplicated_identities?: {
          channel?: components["schemas"]["ConversationChannel"];
          /** @description The IDs of the contacts that share the identity. */
          contact_ids?: string[];
        }[];
      };
    };
    /**
     * @description The `CAPABILITY` callback, the result of a capability lookup started with the capability
     *     query, under `capability_notification`.
     * @example {
     *       "app_id": "01EB37HMH1M6SV18ASNS3G135H",
     *       "accepted_time": "2024-05-14T10:12:44.915Z",
     *       "project_id": "5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e",
     *       "message_metadata": "",
     *       "correlation_id": "",
     *       "capability_notification": {
     *         "request_id": "01HXS5A7B9C1D3E5F7G9H1J3KM",
     *         "contact_id": "01HXRTWQ2G5K9M3C7D8E4F6A1B",
     *         "channel": "RCS",
     *         "identity": "+12025550143",
     *         "capability_status": "CAPABILITY_PARTIAL",
     *         "channel_capabilities": [
     *           "RICHCARD",
     *           "ACTIONS"
     *         ]
     *       }
     *     }
     */
    CapabilityEvent: components["schemas"]["CallbackEventCommon"] & {
      /** @description What the looked-up identity can receive on the channel. */
      capability_notification: {
        /** @description The `request_id` of the capability query this result answers. */
        request_id?: string;
        /** @description The ID of the contact looked up, when the query named a contact. */
        contact_id?: string;
        channel?: components["schemas"]["ConversationChannel"];
        /** @description The channel identity looked up, such as an E.164 phone number. */
        identity?: string;
        /**
         * @description `CAPABILITY_FULL`: the identity supports everything the channel offers;
         *     `CAPABILITY_PARTIAL`: only what `channel_capabilities` lists; `NO_CAPABILITY`: it
         *     cannot be reached on the channel; `CAPABILITY_UNKNOWN`: the lookup could not tell
         *     (see `reason`).
         * @enum {string}
         */
        capability_status?: "CAPABILITY_UNKNOWN" | "CAPABILITY_FULL" | "CAPABILITY_PARTIAL" | "NO_CAPABILITY";
        /** @description The features the identity supports, as the channel names them (for RCS e.g. `RICHCARD`, `ACTIONS`). */
        channel_capabilities?: string[];
        reason?: components["schemas"]["Reason"];
      };
    };
    /**
     * @description The `OPT_IN` callback, the result of an opt-in request, under `opt_in_notification`.
     * @example {
     *       "app_id": "01EB37HMH1M6SV18ASNS3G135H",
     *       "accepted_time": "2024-05-14T09:05:31.201Z",
     *       "project_id": "5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e",
     *       "message_metadata": "",
     *       "correlation_id": "",
     *       "opt_in_notification": {
     *         "request_id": "01HXS1M3N5P7Q9R1S3T5V7W9XY",
     *         "contact_id": "01HXRTWQ2G5K9M3C7D8E4F6A1B",
     *         "channel": "WHATSAPP",
     *         "identity": "+12025550143",
     *         "status": "OPT_IN_SUCCEEDED",
     *         "processing_mode": "CONVERSATION"
     *       }
     *     }
     */
    OptInEvent: components["schemas"]["CallbackEventCommon"] & {
      /** @description Whether the opt-in was registered. */
      opt_in_notification: {
        /** @description The `request_id` of the opt-in request this result answers. */
        request_id?: string;
        /** @description The ID of the contact who opted in, when the request named a contact. */
        contact_id?: string;
        channel?: components["schemas"]["ConversationChannel"];
        /** @description The channel identity that opted in, such as an E.164 phone number. */
        identity?: string;
        /**
         * @description `OPT_IN_SUCCEEDED`, or `OPT_IN_FAILED` (see `error_details`); `OPT_IN_STATUS_UNSPECIFIED` when not set.
         * @enum {string}
         */
        status?: "OPT_IN_SUCCEEDED" | "OPT_IN_FAILED" | "OPT_IN_STATUS_UNSPECIFIED";
        /** @description Why the opt-in failed; present only when it did. */
        error_details?: {
          /** @description A human-readable explanation of the failure. */
          description?: string;
        };
        processing_mode?: components["schemas"]["ProcessingMode"];
      };
    };
    /**
     * @description The `OPT_OUT` callback, the result of an opt-out request, under `opt_out_notification`.
     * @example {
     *       "app_id": "01EB37HMH1M6SV18ASNS3G135H",
     *       "accepted_time": "2024-06-01T16:40:08.733Z",
     *       "project_id": "5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e",
     *       "message_metadata": "",
     *       "correlation_id": "",
     *       "opt_out_notification": {
     *         "request_id": "01HZ3Q8R0S2T4V6W8X0Y2Z4A6B",
     *         "contact_id": "01HXRTWQ2G5K9M3C7D8E4F6A1B",
     *         "channel": "WHATSAPP",
     *         "identity": "+12025550143",
     *         "status": "OPT_OUT_SUCCEEDED",
     *         "processing_mode": "CONVERSATION"
     *       }
     *     }
     */
    OptOutEvent: components["schemas"]["CallbackEventCommon"] & {
      /** @description Whether the opt-out was registered. */
      opt_out_notification: {
        /** @description The `request_id` of the opt-out request this result answers. */
        request_id?: string;
        /** @description The ID of the contact who opted out, when the request named a contact. */
        contact_id?: string;
        channel?: components["schemas"]["ConversationChannel"];
        /** @description The channel identity that opted out, such as an E.164 phone number. */
        identity?: string;
        /**
         * @description `OPT_OUT_SUCCEEDED`, or `OPT_OUT_FAILED` (see `error_details`); `OPT_OUT_STATUS_UNSPECIFIED` when not set.
         * @enum {string}
         */
        status?: "OPT_OUT_SUCCEEDED" | "OPT_OUT_FAILED" | "OPT_OUT_STATUS_UNSPECIFIED";
        /** @description Why the opt-out failed; present only when it did. */
        error_details?: {
          /** @description A human-readable explanation of the failure. */
          description?: string;
        };
        processing_mode?: components["schemas"]["ProcessingMode"];
      };
    };
    /**
     * @description The `CHANNEL_EVENT` callback, something a channel reported about the app's sender account
     *     (such as a change of its quality rating), under `channel_event_notification`.
     * @example {
     *       "app_id": "01EB37HMH1M6SV18ASNS3G135H",
     *       "accepted_time": "2024-05-16T07:00:12.480Z",
     *       "event_time": "2024-05-16T07:00:11Z",
     *       "project_id": "5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e",
     *       "message_metadata": "",
     *       "correlation_id": "",
     *       "channel_event_notification": {
     *         "channel_event": {
     *           "channel": "WHATSAPP",
     *           "event_type": "WHATSAPP_QUALITY_RATING_CHANGED",
     *           "additional_data": {
     *             "phone_number": "+12025550187",
     *             "quality_rating": "YELLOW"
     *           }
     *         }
     *       }
     *     }
     */
    ChannelEvent: components["schemas"]["CallbackEventCommon"] & {
      /** @description The channel event. */
      channel_event_notification: {
        /** @description The event as the channel reported it. */
        channel_event?: {
          channel?: components["schemas"]["ConversationChannel"];
          /** @description The kind of event, as Sinch names it for the channel (e.g. `WHATSAPP_QUALITY_RATING_CHANGED`). */
          event_type?: string;
          /** @description Details of the event; their shape depends on `event_type`. */
          additional_data?: Record<string, unknown>;
        };
      };
    };
    /**
     * @description The `UNSUPPORTED` callback, something a channel sent that the Conversation API cannot map to a
     *     message or event, passed on raw under `unsupported_callback`.
     * @example {
     *       "app_id": "01EB37HMH1M6SV18ASNS3G135H",
     *       "accepted_time": "2024-05-14T12:18:40.027Z",
     *       "event_time": "2024-05-14T12:18:39Z",
     *       "project_id": "5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e",
     *       "message_metadata": "",
     *       "correlation_id": "",
     *       "unsupported_callback": {
     *         "channel": "MESSENGER",
     *         "payload": "{\"object\":\"page\",\"entry\":[{\"id\":\"104582738291746\",\"time\":1715689119000,\"messaging\":[{\"sender\":{\"id\":\"6536326986390591\"},\"recipient\":{\"id\":\"104582738291746\"},\"timestamp\":1715689119000,\"optin\":{\"type\":\"notification_messages\",\"notification_messages_token\":\"6172936519845011\"}}]}]}",
     *         "processing_mode": "CONVERSATION",
     *         "id": "01HXSJ2K4M6N8P0Q2R4S6T8V0W",
     *         "contact_id": "01HXRTWQ4K7M9N1P3Q5R7S9T2V",
     *         "conversation_id": "01HXSJ2K3A5B7C9D1E3F5G7H9J",
     *         "channel_identity": {
     *           "channel": "MESSENGER",
     *           "identity": "6536326986390591",
     *           "app_id": "01EB37HMH1M6SV18ASNS3G135H"
     *         }
     *       }
     *     }
     */
    UnsupportedCallbackEvent: components["schemas"]["CallbackEventCommon"] & {
      /** @description The channel's payload and who it came from. */
      unsupported_callback: {
        channel?: components["schemas"]["ConversationChannel"];
        /** @description The channel's original payload, as a string (usually JSON). */
        payload?: string;
        processing_mode?: components["schemas"]["ProcessingMode"];
        /** @description The ID Sinch gave this callback. */
        id?: string;
        /** @description The ID of the contact the payload came from, when Sinch could tell; empty in `DISPATCH` processing mode. */
        contact_id?: string;
        /** @description The ID of the conversation the payload belongs to, when Sinch could tell; empty in `DISPATCH` processing mode. */
        conversation_id?: string;
        channel_identity?: components["schemas"]["ChannelIdentity"];
      };
    };
    /**
     * @description The `SMART_CONVERSATION` callback, the Smart Conversations analysis of a contact's message,
     *     under `smart_conversation_notification`.
     * @example {
     *       "app_id": "01EB37HMH1M6SV18ASNS3G135H",
     *       "accepted_time": "2024-05-14T09:21:08.904Z",
     *       "project_id": "5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e",
     *       "message_metadata": "",
     *       "correlation_id": "",
     *       "smart_conversation_notification": {
     *         "contact_id": "01HXRTWQ2G5K9M3C7D8E4F6A1B",
     *         "channel_identity": "+12025550143",
     *         "channel": "WHATSAPP",
     *         "message_id": "01HXS3A2B4C6D8E0F2G4H6J8KM",
     *         "conversation_id": "01HXRTWQ3J8N2P4R6S9T1V3W5X",
     *         "analysis_results": {
     *           "ml_sentiment_result": [
     *             {
     *               "message": "Order 4821 is late again and nobody answers my emails.",
     *               "results": [
     *                 {
     *                   "sentiment": "negative",
     *                   "score": 0.91
     *                 },
     *                 {
     *                   "sentiment": "neutral",
     *                   "score": 0.07
     *                 },
     *                 {
     *                   "sentiment": "positive",
     *                   "score": 0.02
     *                 }
     *               ],
     *               "sentiment": "negative",
     *               "score": 0.91
     *             }
     *           ],
     *           "ml_nlu_result": [
     *             {
     *               "message": "Order 4821 is late again and nobody answers my emails.",
     *               "results": [
     *                 {
     *                   "intent": "order.status",
     *                   "score": 0.84
     *                 },
     *                 {
     *                   "intent": "general.complaint",
     *                   "score": 0.12
     *                 }
     *               ],
     *               "intent": "order.status",
     *               "score": 0.84
     *             }
     *           ],
     *           "ml_pii_result": [
     *             {
     *               "message": "Order 4821 is late again and nobody answers my emails.",
     *               "masked": "Order 4821 is late again and nobody answers my emails."
     *             }
     *           ],
     *           "ml_offensive_analysis_result": [
     *             {
     *               "message": "Order 4821 is late again and nobody answers my emails.",
     *               "evaluation": "SAFE",
     *               "score": 0.97
     *             }
     *           ]
     *         }
     *       }
     *     }
     */
    SmartConversationsEvent: components["schemas"]["CallbackEventCommon"] & {
      /** @description The analysed message and the results. */
      smart_conversation_notification: {
        /** @description The ID of the contact who sent the message. */
        contact_id?: string;
        /** @description The contact's identity on the channel, such as an E.164 phone number. */
        channel_identity?: string;
        channel?: components["schemas"]["ConversationChannel"];
        /** @description The ID of the analysed message. */
        message_id?: string;
        /** @description The ID of the conversation the message belongs to. */
        conversation_id?: string;
        analysis_results?: components["schemas"]["AnalysisResult"];
      };
    };
    /** @description The analyses run on one message; which lists appear depends on the app's Smart Conversations settings. */
    AnalysisResult: {
      /** @description Sentiment analysis, one entry per analysed text. */
      ml_sentiment_result?: components["schemas"]["MachineLearningSentimentResult"][];
      /** @description Intent recognition, one entry per analysed text. */
      ml_nlu_result?: components["schemas"]["MachineLearningNLUResult"][];
      /** @description Image recognition, one entry per analysed image. */
      ml_image_recognition_result?: components["schemas"]["MachineLearningImageRecognitionResult"][];
      /** @description Personal data masking, one entry per analysed text. */
      ml_pii_result?: components["schemas"]["MachineLearningPIIResult"][];
      ml_offensive_analysis_result?: components["schemas"]["MachineLearningOffensiveAnalysisResult"];
    };
    /**
     * @description The sentiment a text expresses.
     * @enum {string}
     */
    Sentiment: "positive" | "negative" | "neutral";
    /** @description The sentiment of a text; the likeliest one at the top level, every candidate under `results`. */
    MachineLearningSentimentResult: {
      /** @description The analysed text. */
      message?: string;
      /** @description Every candidate sentiment with its score. */
      results?: components["schemas"]["SentimentResult"][];
    } & components["schemas"]["SentimentResult"];
    /** @description A candidate sentiment and how likely it is. */
    SentimentResult: {
      sentiment?: components["schemas"]["Sentiment"];
      /**
       * Format: float
       * @description The confidence, from 0 to 1.
       */
      score?: number;
    };
    /** @description The intent of a text; the likeliest one at the top level, every candidate under `results`. */
    MachineLearningNLUResult: {
      /** @description The analysed text. */
      message?: string;
      /** @description Every candidate intent with its score. */
      results?: components["schemas"]["IntentResult"][];
    } & components["schemas"]["IntentResult"];
    /** @description A candidate intent and how likely it is. */
    IntentResult: {
      /** @description The intent's name, as the app's Smart Conversations model defines it. */
      intent?: string;
      /**
       * Format: float
       * @description The confidence, from 0 to 1.
       */
      score?: number;
    };
    /** @description What image recognition found in an image a contact sent. */
    MachineLearningImageRecognitionResult: {
      /** @description The URL of the analysed image. */
      url?: string;
      document_image_classification?: components["schemas"]["DocumentImageClassification"];
      optical_character_recognition?: components["schemas"]["OpticalCharacterRecognition"];
      document_field_classification?: components["schemas"]["DocumentFieldClassification"];
    };
    /** @description The kind of document an image shows. */
    DocumentImageClassification: {
      /** @description The document type found (e.g. `passport`). */
      doc_type?: string;
      /**
       * Format: float
       * @description The confidence, from 0 to 1.
       */
      confidence?: number;
    };
    /** @description The text read from an image. */
    OpticalCharacterRecognition: {
      /** @description The blocks of text found. */
      result?: components["schemas"]["OpticalCharacterRecognitionData"][];
    };
    /** @description One block of text read from an image. */
    OpticalCharacterRecognitionData: {
      /** @description The block's lines of text. */
      data?: string[];
    };
    /** @description The fields recognised in a document image. */
    DocumentFieldClassification: {
      /** @description The recognised fields. */
      result?: components["schemas"]["DocumentFieldClassificationData"][];
    };
    /** @description Recognised document fields keyed by field name (e.g. `date_of_birth`), each with the text found for it. */
    DocumentFieldClassificationData: {
      [key: string]: {
        /** @description The text found for the field. */
        data?: string[];
      };
    };
    /** @description A text with its personal data (PII) masked. */
    MachineLearningPIIResult: {
      /** @description The analysed text. */
      message?: string;
      /** @description The text with each piece of personal data replaced by a placeholder naming its kind. */
      masked?: string;
    };
    /** @description Offensive-content analysis, one entry per analysed text or image. */
    MachineLearningOffensiveAnalysisResult: components["schemas"]["OffensiveAnalysis"][];
    /** @description Whether a text or an image is offensive. */
    OffensiveAnalysis: {
      /** @description The analysed text; absent for an image. */
      message?: string;
      /** @description The URL of the analysed image; absent for a text. */
      url?: string;
      /**
       * @description `UNSAFE` when the content is offensive, `SAFE` otherwise.
       * @enum {string}
       */
      evaluation?: "SAFE" | "UNSAFE";
      /**
       * Format: float
       * @description The confidence of the evaluation, from 0 to 1.
       */
      score?: number;
    };
    /**
     * @description The `RECORD_NOTIFICATION` callback, Sinch stored the record of an event of a conversation,
     *     under `record_notification`.
     * @example {
     *       "app_id": "01EB37HMH1M6SV18ASNS3G135H",
     *       "accepted_time": "2024-05-14T09:31:16.002Z",
     *       "project_id": "5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e",
     *       "message_metadata": "",
     *       "correlation_id": "",
     *       "record_notification": {
     *         "entity_id": "01HXS2D4F6G8H0J2K4M6N8P0QR",
     *         "record_status": "EVENT_RECORD_STORED",
     *         "channel_identity": {
     *           "channel": "WHATSAPP",
     *           "identity": "+12025550143",
     *           "app_id": "01EB37HMH1M6SV18ASNS3G135H"
     *         },
     *         "contact_id": "01HXRTWQ2G5K9M3C7D8E4F6A1B",
     *         "conversation_id": "01HXRTWQ3J8N2P4R6S9T1V3W5X",
     *         "processing_mode": "CONVERSATION"
     *       }
     *     }
     */
    RecordNotificationEvent: components["schemas"]["CallbackEventCommon"] & {
      /** @description The stored record and whom it concerns. */
      record_notification: {
        /** @description The ID of the entity (such as an event) whose record was stored. */
        entity_id: string;
        /**
         * @description `EVENT_RECORD_STORED` once the record is stored; `RECORD_STATUS_UNSPECIFIED` when not set.
         * @enum {string}
         */
        record_status: "RECORD_STATUS_UNSPECIFIED" | "EVENT_RECORD_STORED";
        channel_identity?: components["schemas"]["ChannelIdentity"];
        /** @description The ID of the contact the record concerns. */
        contact_id?: string;
        /** @description The ID of the conversation the record belongs to. */
        conversation_id?: string;
        reason?: components["schemas"]["Reason"];
        processing_mode: components["schemas"]["ProcessingMode"];
      };
    };
    /**
     * @description Any callback body: the common fields plus exactly one trigger-specific payload key, which
     *     tells the events apart (`message` for `MESSAGE_INBOUND`, `message_delivery_report` for
     *     `MESSAGE_DELIVERY`, …).
     */
    ConversationWebhookEvent: components["schemas"]["MessageInboundEvent"] | components["schemas"]["MessageInboundSmartConversationRedactionEvent"] | components["schemas"]["MessageSubmitEvent"] | components["schemas"]["MessageDeliveryReceiptEvent"] | components["schemas"]["EventInbound"] | components["schemas"]["EventDelivery"] | components["schemas"]["ConversationStartEvent"] | components["schemas"]["ConversationStopEvent"] | components["schemas"]["ConversationDeleteEvent"] | components["schemas"]["ContactCreateEvent"] | components["schemas"]["ContactDeleteEvent"] | components["schemas"]["ContactMergeEvent"] | components["schemas"]["ContactUpdateEvent"] | components["schemas"]["ContactIdentitiesDuplicationEvent"] | components["schemas"]["CapabilityEvent"] | components["schemas"]["OptInEvent"] | components["schemas"]["OptOutEvent"] | components["schemas"]["ChannelEvent"] | components["schemas"]["SmartConversationsEvent"] | components["schemas"]["RecordNotificationEvent"] | components["schemas"]["UnsupportedCallbackEvent"];
    /** @description A typed piece of extra information attached to an error (a protobuf `Any`). */
    ProtobufAny: {
      /** @description Names the type of the detail, for example `type.googleapis.com/google.rpc.BadRequest`. */
      type_url?: string;
      /**
       * Format: byte
       * @description The detail itself, serialized and Base64-encoded.
       */
      value?: string;
    };
    /** @description The body of every failed call. */
    Error: {
      /** @description What went wrong. */
      error?: {
        /**
         * Format: int32
         * @description The HTTP status code of the response, repeated in the body.
         */
        code?: number;
        /** @description Typed details about the failure; often empty. */
        details?: components["schemas"]["ProtobufAny"][];
        /** @description A human-readable explanation, meant for logs rather than for end users. */
        message?: string;
        /** @description The canonical status name, such as `INVALID_ARGUMENT`, `PERMISSION_DENIED` or `NOT_FOUND`. */
        status?: string;
      };
    };
    /**
     * App Event Type
     * @description An event the app sends to a contact, such as a typing indicator or an agent joining.
     */
    AppEventField: {
      /**
       * App Event
       * @description The event; exactly one of its kinds is set.
       */
      app_event?: components["schemas"]["ComposingEventField"] | components["schemas"]["ComposingEndEventField"] | components["schemas"]["ReadMessageEventField"] | components["schemas"]["CommentReplyEventField"] | components["schemas"]["AgentJoinedEventField"] | components["schemas"]["AgentLeftEventField"] | components["schemas"]["GenericEventField"];
    };
    /** @description The addresses of a recipient on one or more channels, used instead of a contact ID. */
    ChannelIdentities: {
      /** @description The recipient's addresses, one per channel; the request's channel priority order decides which is used. */
      channel_identities: components["schemas"]["ChannelRecipientIdentity"][];
    };
    /** @description The address of a recipient on one channel. */
    ChannelRecipientIdentity: {
      channel: components["schemas"]["ConversationChannel"];
      /**
       * @description The recipient's address on that channel: an E.164 phone number for SMS, MMS, RCS and
       *     WhatsApp, or the user ID the channel assigned (for example a Messenger page-scoped ID).
       */
      identity: string;
    };
    /**
     * Comment Reply Event Type
     * @description A public reply from the app to a comment the contact left, for example on an Instagram post.
     * @example {
     *       "comment_reply_event": {
     *         "text": "Thanks for asking! We have sent you the details in a direct message."
     *       }
     *     }
     */
    CommentReplyEventField: {
      /** Comment Reply Event */
      comment_reply_event: {
        /** @description The text of the reply. */
        text: string;
      };
    };
    /**
     * Composing
     * @description A typing indicator telling the contact that the app or an agent is writing a reply.
     * @example {
     *       "composing_event": {}
     *     }
     */
    ComposingEventField: {
      /**
       * Composing Event Type
       * @description Carries no fields.
       */
      composing_event: Record<string, unknown>;
    };
    /**
     * Composing End Event Type
     * @description Ends a typing indicator the app started with a composing event.
     * @example {
     *       "composing_end_event": {}
     *     }
     */
    ComposingEndEventField: {
      /**
       * Composing End Event
       * @description Carries no fields.
       */
      composing_end_event: Record<string, unknown>;
    };
    /**
     * Read Message Event Type
     * @description A read receipt from the app, shown to the contact on channels that display them.
     * @example {
     *       "read_message_event": {}
     *     }
     */
    ReadMessageEventField: {
      /**
       * Read Message Event
       * @description Carries no fields.
       */
      read_message_event: Record<string, unknown>;
    };
    /**
     * Agent Joined Event Type
     * @description Tells the contact that an agent (a person or a bot) joined the conversation.
     * @example {
     *       "agent_joined_event": {
     *         "agent": {
     *           "display_name": "Maria from Support",
     *           "type": "HUMAN",
     *           "picture_url": "https://cdn.example.com/agents/maria.png"
     *         }
     *       }
     *     }
     */
    AgentJoinedEventField: {
      /** Agent Joined Event */
      agent_joined_event: {
        agent: components["schemas"]["Agent"];
      };
    };
    /**
     * Agent Left Event Type
     * @description Tells the contact that an agent (a person or a bot) left the conversation.
     * @example {
     *       "agent_left_event": {
     *         "agent": {
     *           "display_name": "Maria from Support",
     *           "type": "HUMAN"
     *         }
     *       }
     *     }
     */
    AgentLeftEventField: {
      /** Agent Left Event */
      agent_left_event: {
        agent: components["schemas"]["Agent"];
      };
    };
    /**
     * Generic Type
     * @description An event with a free-form JSON payload, for integrations that define their own events.
     * @example {
     *       "generic_event": {
     *         "payload": {
     *           "order_id": "ORD-20240318-0042",
     *           "status": "out_for_delivery"
     *         }
     *       }
     *     }
     */
    GenericEventField: {
      /** Generic Event */
      generic_event: {
        /** @description Any JSON object; Sinch passes it on unchanged. */
        payload: Record<string, unknown>;
      };
    };
    /**
     * Contact ID
     * @description A recipient given by the ID of an existing contact.
     * @example {
     *       "contact_id": "01HQ2ZC7Y5N8R4K3T6W9XB1D2E"
     *     }
     */
    ContactIDField: {
      /**
       * Contact ID string
       * @description The ID of the contact, as returned when the contact was created.
       * @example 01HQ2ZC7Y5N8R4K3T6W9XB1D2E
       */
      contact_id: string;
    };
    /**
     * Channel Identities
     * @description A recipient given by their addresses on one or more channels instead of a contact ID.
     * @example {
     *       "identified_by": {
     *         "channel_identities": [
     *           {
     *             "channel": "WHATSAPP",
     *             "identity": "+12025550143"
     *           },
     *           {
     *             "channel": "SMS",
     *             "identity": "+12025550143"
     *           }
     *         ]
     *       }
     *     }
     */
    IdentifiedByField: {
      /** Channel Identity List */
      identified_by: components["schemas"]["ChannelIdentities"];
    };
    /**
     * @description The queue a message or event waits in before it is sent: `NORMAL_PRIORITY` (the default) or
     *     `HIGH_PRIORITY`, whose items are sent before those waiting in the normal queue.
     * @default NORMAL_PRIORITY
     * @example NORMAL_PRIORITY
     * @enum {string}
     */
    MessageQueue: "NORMAL_PRIORITY" | "HIGH_PRIORITY";
    /** @description Who a message, event or query is for; either a contact ID or a list of channel identities. */
    Recipient: components["schemas"]["RecipientBase"];
    /** @description Who a message or event is sent to; either a contact ID or a list of channel identities. */
    RecipientRequest: components["schemas"]["RecipientBase"];
    /** @description A recipient, given either by contact ID or by channel identities (exactly one of the two). */
    RecipientBase: components["schemas"]["IdentifiedByField"] | components["schemas"]["ContactIDField"];
    /**
     * @description How metadata sent in an update combines with the stored metadata: `REPLACE` (the default)
     *     overwrites it; `MERGE_PATCH` merges the new JSON into it as a JSON Merge Patch (RFC 7386).
     * @default REPLACE
     * @enum {string}
     */
    MetadataUpdateStrategy: "REPLACE" | "MERGE_PATCH";
    /**
     * Conversation Event
     * @description Fields shared by every event in a conversation, whether the app sent it or it was injected.
     */
    ConversationEventBase: components["schemas"]["AppEventField"] & {
      /** @description The ID of the conversation the event belongs to. */
      conversation_id?: string;
      /** @description The ID of the contact the event was sent to. */
      contact_id?: string;
      channel_identity?: components["schemas"]["ChannelIdentity"];
      /**
       * Format: date-time
       * @description When Sinch accepted the event, in ISO 8601 (UTC).
       */
      accept_time?: string;
      processing_mode?: components["schemas"]["ProcessingMode"];
    };
  };
  responses: {
    /** @description The message was accepted and queued for delivery. */
    SendMessageResponse: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["SendMessageResponse"];
      };
    };
    /** @description The message. */
    GetMessageResponse: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["ConversationMessage"];
      };
    };
    /** @description The new app, with its ID. */
    CreateAppResponse: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["AppResponse"];
      };
    };
    /** @description The app. */
    GetAppResponse: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["AppResponse"];
      };
    };
    /** @description The app with its new values. */
    UpdateAppResponse: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["AppResponse"];
      };
    };
    /** @description Every app of the project. */
    ListAppsResponse: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["ListAppsResponse"];
      };
    };
    /** @description The webhooks of the app. */
    ListWebhooksResponse: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["WebhookList"];
      };
    };
    /** @description The new contact, with its ID. */
    CreateContactResponse: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["Contact"];
      };
    };
    /** @description The contact. */
    GetContactResponse: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["Contact"];
      };
    };
    /** @description The contact with its new values. */
    UpdateContactResponse: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["Contact"];
      };
    };
    /** @description A page of contacts. */
    ListContactsResponse: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["ListContactsResponse"];
      };
    };
    /** @description The destination contact after the merge. */
    MergeContactResponse: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["Contact"];
      };
    };
    /** @description The contact's name on the channel. */
    GetChannelProfileResponse: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["GetChannelProfileResponse"];
      };
    };
    /** @description The new conversation, with its ID. */
    CreateConversationResponse: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["Conversation"];
      };
    };
    /** @description The conversation. */
    GetConversationResponse: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["Conversation"];
      };
    };
    /** @description A page of conversations. */
    ListConversationsResponse: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["ListConversationsResponse"];
      };
    };
    /** @description A page of conversations with their latest messages. */
    ListRecentConversationResponse: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["ListRecentConversationsResponse"];
      };
    };
    /** @description The recorded event. */
    InjectEventResponse: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["InjectEventResponse"];
      };
    };
    /** @description The event. */
    GetEventResponse: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["ConversationEvent"];
      };
    };
    /** @description A page of recorded events. */
    ListEventsResponse: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["ListEventsResponse"];
      };
    };
    /** @description The identity's consent history. */
    GetAuditRecordsFromConsentResponse: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["GetAuditRecordsFromConsentResponse"];
      };
    };
    /** @description A page of identities on the list. */
    GetIdentitiesFromConsentResponse: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["GetIdentitiesFromConsentResponse"];
      };
    };
    /** @description The query was accepted; the result follows in a `CAPABILITY` callback. */
    QueryCapabilityResponse: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["QueryCapabilityResponse"];
      };
    };
    /** @description The request is malformed or a field fails validation. */
    BadRequest: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["Error"];
      };
    };
    /** @description The credentials are missing, malformed or wrong. */
    Unauthorized: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["Error"];
      };
    };
    /** @description The credentials are valid but may not access this project or resource. */
    Forbidden: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["Error"];
      };
    };
    /** @description The project, app or resource named in the path does not exist. */
    NotFound: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["Error"];
      };
    };
    /** @description Sinch failed to handle the request; retry later with exponential back-off. */
    InternalServerError: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["Error"];
      };
    };
    /** @description The operation is not available for this project, app or channel. */
    NotImplemented: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["Error"];
      };
    };
  };
  parameters: {
    /** @description Id of the message. */
    MessageId: string;
    /** @description Only messages of the conversation with this id. */
    QueryConversationId: string;
    /** @description Which message store to use: `CONVERSATION_SOURCE` (the default) for apps in CONVERSATION mode, `DISPATCH_SOURCE` for messages handled in DISPATCH mode. */
    MessagesSource: components["schemas"]["MessageSource"];
    /** @description When true, only messages sent by contacts; works with `DISPATCH_SOURCE` only. */
    OnlyRecipientOriginated: boolean;
    /**
     * @description The ID of the webhook, as returned when it was created.
     * @example 01EB37HMH1M6SV18ASNS3G135J
     */
    WebhookId: string;
    /**
     * @description The webhook fields to change, sent as one comma-separated value (for example
     *     `triggers,secret`). Without it, every field sent in the body is written.
     * @example [
     *       "triggers",
     *       "secret"
     *     ]
     */
    WebhookUpdateMask: components["schemas"]["WebhookFieldPath"][];
    /**
     * @description The ID of the contact.
     * @example 01HQ2ZC7Y5N8R4K3T6W9XB1D2E
     */
    ContactId: string;
    /**
     * @description The ID of the contact that remains after the merge.
     * @example 01HQ2ZC7Y5N8R4K3T6W9XB1D2E
     */
    DestinationId: string;
    /**
     * @description The ID of the conversation.
     * @example 01HQ30A5D9E2F7G8H3J4K5M6N7
     */
    ConversationId: string;
    /**
     * @description Only return items that belong to this app (an app ID).
     * @example 01EB37HMH1M6SV18ASNS3G135H
     */
    QueryAppId: string;
    /**
     * @description The ID of the event, as returned when it was sent or injected.
     * @example 01HQ32C7D8E9F0G1H2J3K4M5N6
     */
    EventId: string;
    /**
     * @description The consent list to read.
     * @example OPT_OUT_MARKETING
     */
    ListType: components["schemas"]["ConsentsListType"];
    /**
     * @description The identity whose history to read, usually an E.164 phone number.
     * @example +12025550143
     */
    Identity: string;
    /** @description The order of a time-sorted list, `DESC` (newest first, the default) or `ASC` (oldest first). */
    Order: "ASC" | "DESC";
    /** @description The ID of an earlier request, such as a capability query, to look up. */
    RequestId: string;
    /**
     * @description Base64 HMAC-SHA256, keyed with the webhook's secret, of the raw body, `.`, the nonce, `.`
     *     and the timestamp. Sent only when the webhook has a secret.
     * @example 6bpJoRmFoXVjfJIVglMoJzYXxnoxRujzR4k2GOXewOE=
     */
    SignatureHeader: string;
    /**
     * @description When the callback was signed, in Unix seconds. Sent with the signature.
     * @example 1715678467
     */
    SignatureTimestampHeader: string;
    /**
     * @description A value unique to this delivery, part of the signed content. Sent with the signature.
     * @example 01FJA8B4A7BM43YGWSG9GBV067
     */
    SignatureNonceHeader: string;
    /** @description The signature algorithm; always `HmacSHA256`. Sent with the signature. */
    SignatureAlgorithmHeader: "HmacSHA256";
    /**
     * @description The ID of the project (a UUID), shown on the Sinch dashboard.
     * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
     */
    ProjectId: string;
    /**
     * @description The ID of the app, shown on the Sinch dashboard and returned when the app is created.
     * @example 01EB37HMH1M6SV18ASNS3G135H
     */
    AppId: string;
    /**
     * @description Only return items that belong to this contact (a contact ID).
     * @example 01HQ2ZC7Y5N8R4K3T6W9XB1D2E
     */
    QueryContactId: string;
    /**
     * @description The names of the fields to change, sent as one comma-separated value (for example
     *     `display_name,retention_policy`). Fields not named keep their stored value; without a mask,
     *     every field present in the body is written.
     * @example [
     *       "display_name"
     *     ]
     */
    UpdateMask: string[];
  };
  requestBodies: {
    UpdateMessageMetadataRequest: {
      content: {
        "application/json": components["schemas"]["UpdateMessageMetadataRequest"];
      };
    };
    SendMessageRequest: {
      content: {
        "application/json": components["schemas"]["SendMessageRequest"];
      };
    };
    ListMessagesByChannelIdentityRequest: {
      content: {
        "application/json": components["schemas"]["ListMessagesByChannelIdentityRequest"];
      };
    };
    CreateAppRequest: {
      content: {
        "application/json": components["schemas"]["AppCreateRequest"];
      };
    };
    UpdateAppRequest: {
      content: {
        "application/json": components["schemas"]["AppUpdateRequest"];
      };
    };
    CreateContactRequest: {
      content: {
        "application/json": components["schemas"]["ContactCreateRequest"];
      };
    };
    MergeContactRequest: {
      content: {
        "application/json": components["schemas"]["MergeContactRequest"];
      };
    };
    GetChannelProfileRequest: {
      content: {
        "application/json": components["schemas"]["GetChannelProfileRequest"];
      };
    };
    UpdateContactRequest: {
      content: {
        "application/json": components["schemas"]["Contact"];
      };
    };
    CreateConversationRequest: {
      content: {
        "application/json": components["schemas"]["CreateConversationRequest"];
      };
    };
    InjectMessageRequest: {
      content: {
        "application/json": components["schemas"]["InjectMessageRequest"];
      };
    };
    InjectEventRequest: {
      content: {
        "application/json": components["schemas"]["InjectConversationEventRequest"];
      };
    };
    UpdateConversationRequest: {
      content: {
        "application/json": components["schemas"]["Conversation"];
      };
    };
    QueryCapabilityRequest: {
      content: {
        "application/json": components["schemas"]["QueryCapability"];
      };
    };
  };
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  sendMessage: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The ID of the project (a UUID), shown on the Sinch dashboard.
         * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
         */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody: components["requestBodies"]["SendMessageRequest"];
    responses: {
      200: components["responses"]["SendMessageResponse"];
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      500: components["responses"]["InternalServerError"];
      501: components["responses"]["NotImplemented"];
    };
  };
  getMessage: {
    parameters: {
      query?: {
        /** @description Which message store to use: `CONVERSATION_SOURCE` (the default) for apps in CONVERSATION mode, `DISPATCH_SOURCE` for messages handled in DISPATCH mode. */
        messages_source?: components["parameters"]["MessagesSource"];
      };
      header?: never;
      path: {
        /**
         * @description The ID of the project (a UUID), shown on the Sinch dashboard.
         * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
         */
        project_id: components["parameters"]["ProjectId"];
        /** @description Id of the message. */
        message_id: components["parameters"]["MessageId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components["responses"]["GetMessageResponse"];
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      500: components["responses"]["InternalServerError"];
      501: components["responses"]["NotImplemented"];
    };
  };
  deleteMessage: {
    parameters: {
      query?: {
        /** @description Which message store to use: `CONVERSATION_SOURCE` (the default) for apps in CONVERSATION mode, `DISPATCH_SOURCE` for messages handled in DISPATCH mode. */
        messages_source?: components["parameters"]["MessagesSource"];
      };
      header?: never;
      path: {
        /**
         * @description The ID of the project (a UUID), shown on the Sinch dashboard.
         * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
         */
        project_id: components["parameters"]["ProjectId"];
        /** @description Id of the message. */
        message_id: components["parameters"]["MessageId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The message was deleted. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      500: components["responses"]["InternalServerError"];
      501: components["responses"]["NotImplemented"];
    };
  };
  updateMessageMetadata: {
    parameters: {
      query?: {
        /** @description Which message store to use: `CONVERSATION_SOURCE` (the default) for apps in CONVERSATION mode, `DISPATCH_SOURCE` for messages handled in DISPATCH mode. */
        messages_source?: components["parameters"]["MessagesSource"];
      };
      header?: never;
      path: {
        /**
         * @description The ID of the project (a UUID), shown on the Sinch dashboard.
         * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
         */
        project_id: components["parameters"]["ProjectId"];
        /** @description Id of the message. */
        message_id: components["parameters"]["MessageId"];
      };
      cookie?: never;
    };
    requestBody: components["requestBodies"]["UpdateMessageMetadataRequest"];
    responses: {
      200: components["responses"]["GetMessageResponse"];
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      500: components["responses"]["InternalServerError"];
      501: components["responses"]["NotImplemented"];
    };
  };
  listMessages: {
    parameters: {
      query?: {
        /** @description Only messages of the conversation with this id. */
        conversation_id?: components["parameters"]["QueryConversationId"];
        /**
         * @description Only return items that belong to this contact (a contact ID).
         * @example 01HQ2ZC7Y5N8R4K3T6W9XB1D2E
         */
        contact_id?: components["parameters"]["QueryContactId"];
        /** @description Only messages of the app with this id. */
        app_id?: string;
        /** @description Only messages exchanged with this channel identity, such as an E.164 phone number. */
        channel_identity?: string;
        /** @description Only messages accepted at or after this time, ISO 8601 in UTC; must be before `end_time`. */
        start_time?: string;
        /** @description Only messages accepted before this time, ISO 8601 in UTC. */
        end_time?: string;
        /** @description Maximum number of messages in a page; 10 when left out, at most 1000. */
        page_size?: number;
        /** @description The `next_page_token` of the previous page; leave out for the first page, and keep the other parameters unchanged. */
        page_token?: string;
        /** @description Whether the messages include their metadata; `WITH_METADATA` when left out. */
        view?: components["schemas"]["ConversationMessagesView"];
        /** @description Which message store to use: `CONVERSATION_SOURCE` (the default) for apps in CONVERSATION mode, `DISPATCH_SOURCE` for messages handled in DISPATCH mode. */
        messages_source?: components["parameters"]["MessagesSource"];
        /** @description When true, only messages sent by contacts; works with `DISPATCH_SOURCE` only. */
        only_recipient_originated?: components["parameters"]["OnlyRecipientOriginated"];
        /** @description Only messages sent or received on this channel. */
        channel?: components["schemas"]["ConversationChannel"];
        /** @description Only messages in this direction; both directions when left out. */
        direction?: components["schemas"]["ConversationDirection"];
      };
      header?: never;
      path: {
        /**
         * @description The ID of the project (a UUID), shown on the Sinch dashboard.
         * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
         */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of messages, newest first. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ListMessagesResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      500: components["responses"]["InternalServerError"];
      501: components["responses"]["NotImplemented"];
    };
  };
  listMessagesByChannelIdentity: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The ID of the project (a UUID), shown on the Sinch dashboard.
         * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
         */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody: components["requestBodies"]["ListMessagesByChannelIdentityRequest"];
    responses: {
      /** @description A page of messages, newest first. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ListMessagesResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      500: components["responses"]["InternalServerError"];
      501: components["responses"]["NotImplemented"];
    };
  };
  listApps: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The ID of the project (a UUID), shown on the Sinch dashboard.
         * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
         */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components["responses"]["ListAppsResponse"];
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      500: components["responses"]["InternalServerError"];
      501: components["responses"]["NotImplemented"];
    };
  };
  createApp: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The ID of the project (a UUID), shown on the Sinch dashboard.
         * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
         */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody: components["requestBodies"]["CreateAppRequest"];
    responses: {
      200: components["responses"]["CreateAppResponse"];
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      500: components["responses"]["InternalServerError"];
      501: components["responses"]["NotImplemented"];
    };
  };
  getApp: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The ID of the project (a UUID), shown on the Sinch dashboard.
         * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
         */
        project_id: components["parameters"]["ProjectId"];
        /**
         * @description The ID of the app, shown on the Sinch dashboard and returned when the app is created.
         * @example 01EB37HMH1M6SV18ASNS3G135H
         */
        app_id: components["parameters"]["AppId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components["responses"]["GetAppResponse"];
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      500: components["responses"]["InternalServerError"];
      501: components["responses"]["NotImplemented"];
    };
  };
  deleteApp: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The ID of the project (a UUID), shown on the Sinch dashboard.
         * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
         */
        project_id: components["parameters"]["ProjectId"];
        /**
         * @description The ID of the app, shown on the Sinch dashboard and returned when the app is created.
         * @example 01EB37HMH1M6SV18ASNS3G135H
         */
        app_id: components["parameters"]["AppId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The app was deleted. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      500: components["responses"]["InternalServerError"];
      501: components["responses"]["NotImplemented"];
    };
  };
  updateApp: {
    parameters: {
      query?: {
        /**
         * @description The names of the fields to change, sent as one comma-separated value (for example
         *     `display_name,retention_policy`). Fields not named keep their stored value; without a mask,
         *     every field present in the body is written.
         * @example [
         *       "display_name"
         *     ]
         */
        update_mask?: components["parameters"]["UpdateMask"];
      };
      header?: never;
      path: {
        /**
         * @description The ID of the project (a UUID), shown on the Sinch dashboard.
         * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
         */
        project_id: components["parameters"]["ProjectId"];
        /**
         * @description The ID of the app, shown on the Sinch dashboard and returned when the app is created.
         * @example 01EB37HMH1M6SV18ASNS3G135H
         */
        app_id: components["parameters"]["AppId"];
      };
      cookie?: never;
    };
    requestBody: components["requestBodies"]["UpdateAppRequest"];
    responses: {
      200: components["responses"]["UpdateAppResponse"];
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      500: components["responses"]["InternalServerError"];
      501: components["responses"]["NotImplemented"];
    };
  };
  listWebhooks: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The ID of the project (a UUID), shown on the Sinch dashboard.
         * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
         */
        project_id: components["parameters"]["ProjectId"];
        /**
         * @description The ID of the app, shown on the Sinch dashboard and returned when the app is created.
         * @example 01EB37HMH1M6SV18ASNS3G135H
         */
        app_id: components["parameters"]["AppId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components["responses"]["ListWebhooksResponse"];
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      500: components["responses"]["InternalServerError"];
      501: components["responses"]["NotImplemented"];
    };
  };
  createWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The ID of the project (a UUID), shown on the Sinch dashboard.
         * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
         */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    /** @description The webhook to create. */
    requestBody: {
      content: {
        "application/json": WithRequired<components["schemas"]["Webhook"], "app_id" | "target" | "triggers">;
      };
    };
    responses: {
      /** @description The new webhook, with its ID. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Webhook"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      500: components["responses"]["InternalServerError"];
      501: components["responses"]["NotImplemented"];
    };
  };
  getWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The ID of the project (a UUID), shown on the Sinch dashboard.
         * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
         */
        project_id: components["parameters"]["ProjectId"];
        /**
         * @description The ID of the webhook, as returned when it was created.
         * @example 01EB37HMH1M6SV18ASNS3G135J
         */
        webhook_id: components["parameters"]["WebhookId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The webhook. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Webhook"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      500: components["responses"]["InternalServerError"];
      501: components["responses"]["NotImplemented"];
    };
  };
  deleteWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The ID of the project (a UUID), shown on the Sinch dashboard.
         * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
         */
        project_id: components["parameters"]["ProjectId"];
        /**
         * @description The ID of the webhook, as returned when it was created.
         * @example 01EB37HMH1M6SV18ASNS3G135J
         */
        webhook_id: components["parameters"]["WebhookId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The webhook was deleted. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      500: components["responses"]["InternalServerError"];
      501: components["responses"]["NotImplemented"];
    };
  };
  updateWebhook: {
    parameters: {
      query?: {
        /**
         * @description The webhook fields to change, sent as one comma-separated value (for example
         *     `triggers,secret`). Without it, every field sent in the body is written.
         * @example [
         *       "triggers",
         *       "secret"
         *     ]
         */
        update_mask?: components["parameters"]["WebhookUpdateMask"];
      };
      header?: never;
      path: {
        /**
         * @description The ID of the project (a UUID), shown on the Sinch dashboard.
         * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
         */
        project_id: components["parameters"]["ProjectId"];
        /**
         * @description The ID of the webhook, as returned when it was created.
         * @example 01EB37HMH1M6SV18ASNS3G135J
         */
        webhook_id: components["parameters"]["WebhookId"];
      };
      cookie?: never;
    };
    /** @description The webhook with its new values. */
    requestBody: {
      content: {
        "application/json": WithRequired<components["schemas"]["Webhook"], "app_id" | "target" | "triggers">;
      };
    };
    responses: {
      /** @description The webhook with its new values. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Webhook"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      500: components["responses"]["InternalServerError"];
      501: components["responses"]["NotImplemented"];
    };
  };
  listContacts: {
    parameters: {
      query?: {
        /**
         * @description The most contacts to return in one page; Sinch's default page size applies when omitted.
         * @example 20
         */
        page_size?: number;
        /**
         * @description The `next_page_token` of the previous page; leave it out to get the first page.
         * @example CgwIARIIMDFIUTJaQzc
         */
        page_token?: string;
        /**
         * @description Only return the contact with this external ID (the ID your own system gave it).
         * @example crm-48213
         */
        external_id?: string;
        /** @description Together with `identity`, only return the contact with that identity on this channel. */
        channel?: components["schemas"]["ConversationChannel"];
        /**
         * @description Together with `channel`, only return the contact with this address on that channel
         *     (an E.164 phone number for SMS, MMS, RCS and WhatsApp, or the channel's user ID).
         * @example +12025550143
         */
        identity?: string;
      };
      header?: never;
      path: {
        /**
         * @description The ID of the project (a UUID), shown on the Sinch dashboard.
         * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
         */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components["responses"]["ListContactsResponse"];
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      500: components["responses"]["InternalServerError"];
      501: components["responses"]["NotImplemented"];
    };
  };
  createContact: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The ID of the project (a UUID), shown on the Sinch dashboard.
         * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
         */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody: components["requestBodies"]["CreateContactRequest"];
    responses: {
      200: components["responses"]["CreateContactResponse"];
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      500: components["responses"]["InternalServerError"];
      501: components["responses"]["NotImplemented"];
    };
  };
  getContact: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The ID of the project (a UUID), shown on the Sinch dashboard.
         * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
         */
        project_id: components["parameters"]["ProjectId"];
        /**
         * @description The ID of the contact.
         * @example 01HQ2ZC7Y5N8R4K3T6W9XB1D2E
         */
        contact_id: components["parameters"]["ContactId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components["responses"]["GetContactResponse"];
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      500: components["responses"]["InternalServerError"];
      501: components["responses"]["NotImplemented"];
    };
  };
  deleteContact: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The ID of the project (a UUID), shown on the Sinch dashboard.
         * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
         */
        project_id: components["parameters"]["ProjectId"];
        /**
         * @description The ID of the contact.
         * @example 01HQ2ZC7Y5N8R4K3T6W9XB1D2E
         */
        contact_id: components["parameters"]["ContactId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The contact was deleted. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      500: components["responses"]["InternalServerError"];
      501: components["responses"]["NotImplemented"];
    };
  };
  updateContact: {
    parameters: {
      query?: {
        /**
         * @description The names of the fields to change, sent as one comma-separated value (for example
         *     `display_name,retention_policy`). Fields not named keep their stored value; without a mask,
         *     every field present in the body is written.
         * @example [
         *       "display_name"
         *     ]
         */
        update_mask?: components["parameters"]["UpdateMask"];
      };
      header?: never;
      path: {
        /**
         * @description The ID of the project (a UUID), shown on the Sinch dashboard.
         * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
         */
        project_id: components["parameters"]["ProjectId"];
        /**
         * @description The ID of the contact.
         * @example 01HQ2ZC7Y5N8R4K3T6W9XB1D2E
         */
        contact_id: components["parameters"]["ContactId"];
      };
      cookie?: never;
    };
    requestBody: components["requestBodies"]["UpdateContactRequest"];
    responses: {
      200: components["responses"]["UpdateContactResponse"];
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      500: components["responses"]["InternalServerError"];
      501: components["responses"]["NotImplemented"];
    };
  };
  mergeContact: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The ID of the project (a UUID), shown on the Sinch dashboard.
         * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
         */
        project_id: components["parameters"]["ProjectId"];
        /**
         * @description The ID of the contact that remains after the merge.
         * @example 01HQ2ZC7Y5N8R4K3T6W9XB1D2E
         */
        destination_id: components["parameters"]["DestinationId"];
      };
      cookie?: never;
    };
    requestBody: components["requestBodies"]["MergeContactRequest"];
    responses: {
      200: components["responses"]["MergeContactResponse"];
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      500: components["responses"]["InternalServerError"];
      501: components["responses"]["NotImplemented"];
    };
  };
  getChannelProfile: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The ID of the project (a UUID), shown on the Sinch dashboard.
         * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
         */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody: components["requestBodies"]["GetChannelProfileRequest"];
    responses: {
      200: components["responses"]["GetChannelProfileResponse"];
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      500: components["responses"]["InternalServerError"];
      501: components["responses"]["NotImplemented"];
    };
  };
  listIdentityConflicts: {
    parameters: {
      query?: {
        /**
         * @description The most conflicts to return in one page; Sinch's default page size applies when omitted.
         * @example 20
         */
        page_size?: number;
        /**
         * @description The `next_page_token` of the previous page; leave it out to get the first page.
         * @example CgwIARIIMDFIUTM0QjI
         */
        page_token?: string;
      };
      header?: never;
      path: {
        /**
         * @description The ID of the project (a UUID), shown on the Sinch dashboard.
         * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
         */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of identity conflicts. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @description The conflicts on this page. */
            conflicts?: {
              /** @description The identity several contacts share, such as an E.164 phone number. */
              identity?: string;
              /** @description The channels on which those contacts have this identity. */
              channels?: string[];
              /** @description The IDs of the contacts that share the identity. */
              contact_ids?: string[];
            }[];
            /** @description Pass it as `page_token` to get the next page; empty on the last page. */
            next_page_token?: string;
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      500: components["responses"]["InternalServerError"];
      501: components["responses"]["NotImplemented"];
    };
  };
  listConversations: {
    parameters: {
      query?: {
        /**
         * @description Only return items that belong to this app (an app ID).
         * @example 01EB37HMH1M6SV18ASNS3G135H
         */
        app_id?: components["parameters"]["QueryAppId"];
        /**
         * @description Only return items that belong to this contact (a contact ID).
         * @example 01HQ2ZC7Y5N8R4K3T6W9XB1D2E
         */
        contact_id?: components["parameters"]["QueryContactId"];
        /**
         * @description When true, only active conversations are returned; otherwise stopped ones too.
         * @example true
         */
        only_active?: boolean;
        /**
         * @description The most conversations to return in one page; Sinch's default page size applies when omitted.
         * @example 20
         */
        page_size?: number;
        /**
         * @description The `next_page_token` of the previous page; leave it out to get the first page.
         * @example CgwIARIIMDFIUTMwQTU
         */
        page_token?: string;
        /** @description Only return conversations whose active channel is this one. */
        active_channel?: components["schemas"]["ConversationChannel"];
      };
      header?: never;
      path: {
        /**
         * @description The ID of the project (a UUID), shown on the Sinch dashboard.
         * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
         */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components["responses"]["ListConversationsResponse"];
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      500: components["responses"]["InternalServerError"];
      501: components["responses"]["NotImplemented"];
    };
  };
  createConversation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The ID of the project (a UUID), shown on the Sinch dashboard.
         * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
         */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody: components["requestBodies"]["CreateConversationRequest"];
    responses: {
      200: components["responses"]["CreateConversationResponse"];
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      500: components["responses"]["InternalServerError"];
      501: components["responses"]["NotImplemented"];
    };
  };
  getConversation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The ID of the project (a UUID), shown on the Sinch dashboard.
         * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
         */
        project_id: components["parameters"]["ProjectId"];
        /**
         * @description The ID of the conversation.
         * @example 01HQ30A5D9E2F7G8H3J4K5M6N7
         */
        conversation_id: components["parameters"]["ConversationId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components["responses"]["GetConversationResponse"];
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      500: components["responses"]["InternalServerError"];
      501: components["responses"]["NotImplemented"];
    };
  };
  deleteConversation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The ID of the project (a UUID), shown on the Sinch dashboard.
         * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
         */
        project_id: components["parameters"]["ProjectId"];
        /**
         * @description The ID of the conversation.
         * @example 01HQ30A5D9E2F7G8H3J4K5M6N7
         */
        conversation_id: components["parameters"]["ConversationId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The conversation was deleted. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      500: components["responses"]["InternalServerError"];
      501: components["responses"]["NotImplemented"];
    };
  };
  updateConversation: {
    parameters: {
      query?: {
        /**
         * @description The names of the fields to change, sent as one comma-separated value (for example
         *     `display_name,retention_policy`). Fields not named keep their stored value; without a mask,
         *     every field present in the body is written.
         * @example [
         *       "display_name"
         *     ]
         */
        update_mask?: components["parameters"]["UpdateMask"];
        /** @description How `metadata_json` in the body combines with the stored metadata; `REPLACE` when omitted. */
        metadata_update_strategy?: components["schemas"]["MetadataUpdateStrategy"];
      };
      header?: never;
      path: {
        /**
         * @description The ID of the project (a UUID), shown on the Sinch dashboard.
         * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
         */
        project_id: components["parameters"]["ProjectId"];
        /**
         * @description The ID of the conversation.
         * @example 01HQ30A5D9E2F7G8H3J4K5M6N7
         */
        conversation_id: components["parameters"]["ConversationId"];
      };
      cookie?: never;
    };
    requestBody: components["requestBodies"]["UpdateConversationRequest"];
    responses: {
      200: components["responses"]["GetConversationResponse"];
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      500: components["responses"]["InternalServerError"];
      501: components["responses"]["NotImplemented"];
    };
  };
  listRecentConversations: {
    parameters: {
      query: {
        /**
         * @description The ID of the app whose conversations are listed.
         * @example 01EB37HMH1M6SV18ASNS3G135H
         */
        app_id: string;
        /**
         * @description When true, only active conversations are returned; otherwise stopped ones too.
         * @example true
         */
        only_active?: boolean;
        /**
         * @description The most conversations to return in one page; Sinch's default page size applies when omitted.
         * @example 20
         */
        page_size?: number;
        /**
         * @description The `next_page_token` of the previous page; leave it out to get the first page.
         * @example CgwIARIIMDFIUTMxQjY
         */
        page_token?: string;
        /**
         * @description `DESC` lists the most recently active conversations first, `ASC` the least recently active.
         * @example DESC
         */
        order?: "ASC" | "DESC";
      };
      header?: never;
      path: {
        /**
         * @description The ID of the project (a UUID), shown on the Sinch dashboard.
         * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
         */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components["responses"]["ListRecentConversationResponse"];
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      500: components["responses"]["InternalServerError"];
      501: components["responses"]["NotImplemented"];
    };
  };
  injectEvent: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The ID of the project (a UUID), shown on the Sinch dashboard.
         * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
         */
        project_id: components["parameters"]["ProjectId"];
        /**
         * @description The ID of the conversation.
         * @example 01HQ30A5D9E2F7G8H3J4K5M6N7
         */
        conversation_id: components["parameters"]["ConversationId"];
      };
      cookie?: never;
    };
    requestBody: components["requestBodies"]["InjectEventRequest"];
    responses: {
      200: components["responses"]["InjectEventResponse"];
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      500: components["responses"]["InternalServerError"];
      501: components["responses"]["NotImplemented"];
    };
  };
  stopActiveConversation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The ID of the project (a UUID), shown on the Sinch dashboard.
         * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
         */
        project_id: components["parameters"]["ProjectId"];
        /**
         * @description The ID of the conversation.
         * @example 01HQ30A5D9E2F7G8H3J4K5M6N7
         */
        conversation_id: components["parameters"]["ConversationId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The conversation was stopped. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      500: components["responses"]["InternalServerError"];
      501: components["responses"]["NotImplemented"];
    };
  };
  injectMessage: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The ID of the project (a UUID), shown on the Sinch dashboard.
         * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
         */
        project_id: components["parameters"]["ProjectId"];
        /**
         * @description The ID of the conversation to add the message to.
         * @example 01HQ30A5D9E2F7G8H3J4K5M6N7
         */
        conversation_id: string;
      };
      cookie?: never;
    };
    requestBody: components["requestBodies"]["InjectMessageRequest"];
    responses: {
      /** @description The message was added to the conversation. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      500: components["responses"]["InternalServerError"];
      501: components["responses"]["NotImplemented"];
    };
  };
  sendEvent: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The ID of the project (a UUID), shown on the Sinch dashboard.
         * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
         */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["SendEventRequest"];
      };
    };
    responses: {
      /** @description The event was accepted for sending. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SendEventResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      500: components["responses"]["InternalServerError"];
      501: components["responses"]["NotImplemented"];
    };
  };
  getEvent: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The ID of the project (a UUID), shown on the Sinch dashboard.
         * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
         */
        project_id: components["parameters"]["ProjectId"];
        /**
         * @description The ID of the event, as returned when it was sent or injected.
         * @example 01HQ32C7D8E9F0G1H2J3K4M5N6
         */
        event_id: components["parameters"]["EventId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components["responses"]["GetEventResponse"];
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      500: components["responses"]["InternalServerError"];
      501: components["responses"]["NotImplemented"];
    };
  };
  deleteEvent: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The ID of the project (a UUID), shown on the Sinch dashboard.
         * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
         */
        project_id: components["parameters"]["ProjectId"];
        /**
         * @description The ID of the event, as returned when it was sent or injected.
         * @example 01HQ32C7D8E9F0G1H2J3K4M5N6
         */
        event_id: components["parameters"]["EventId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The event was deleted. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      500: components["responses"]["InternalServerError"];
      501: components["responses"]["NotImplemented"];
    };
  };
  listEvents: {
    parameters: {
      query?: {
        /**
         * @description Only return events of this conversation (a conversation ID).
         * @example 01HQ30A5D9E2F7G8H3J4K5M6N7
         */
        conversation_id?: string;
        /**
         * @description Only return events sent to or received from this contact (a contact ID).
         * @example 01HQ2ZC7Y5N8R4K3T6W9XB1D2E
         */
        contact_id?: string;
        /**
         * @description The most events to return in one page; Sinch's default page size applies when omitted.
         * @example 20
         */
        page_size?: number;
        /**
         * @description The `next_page_token` of the previous page; leave it out to get the first page.
         * @example CgwIARIIMDFIUTMyQzc
         */
        page_token?: string;
      };
      header?: never;
      path: {
        /**
         * @description The ID of the project (a UUID), shown on the Sinch dashboard.
         * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
         */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components["responses"]["ListEventsResponse"];
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      500: components["responses"]["InternalServerError"];
      501: components["responses"]["NotImplemented"];
    };
  };
  getConsents: {
    parameters: {
      query?: {
        /**
         * @description The most identities to return in one page; Sinch's default page size applies when omitted.
         * @example 50
         */
        page_size?: number;
        /**
         * @deprecated
         * @description The number of the page to return. Deprecated; use `page_token`.
         * @example 1
         */
        page_number?: number;
        /**
         * @description The `next_page_token` of the previous page; leave it out to get the first page.
         * @example CgwIARIIKzEyMDI1NTU
         */
        page_token?: string;
      };
      header?: never;
      path: {
        /**
         * @description The ID of the project (a UUID), shown on the Sinch dashboard.
         * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
         */
        project_id: components["parameters"]["ProjectId"];
        /**
         * @description The ID of the app, shown on the Sinch dashboard and returned when the app is created.
         * @example 01EB37HMH1M6SV18ASNS3G135H
         */
        app_id: components["parameters"]["AppId"];
        /**
         * @description The consent list to read.
         * @example OPT_OUT_MARKETING
         */
        list_type: components["parameters"]["ListType"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components["responses"]["GetIdentitiesFromConsentResponse"];
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["InternalServerError"];
      501: components["responses"]["NotImplemented"];
    };
  };
  getConsentsAuditRecords: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The ID of the project (a UUID), shown on the Sinch dashboard.
         * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
         */
        project_id: components["parameters"]["ProjectId"];
        /**
         * @description The ID of the app, shown on the Sinch dashboard and returned when the app is created.
         * @example 01EB37HMH1M6SV18ASNS3G135H
         */
        app_id: components["parameters"]["AppId"];
        /**
         * @description The identity whose history to read, usually an E.164 phone number.
         * @example +12025550143
         */
        identity: components["parameters"]["Identity"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components["responses"]["GetAuditRecordsFromConsentResponse"];
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["InternalServerError"];
      501: components["responses"]["NotImplemented"];
    };
  };
  queryCapability: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The ID of the project (a UUID), shown on the Sinch dashboard.
         * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
         */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody: components["requestBodies"]["QueryCapabilityRequest"];
    responses: {
      200: components["responses"]["QueryCapabilityResponse"];
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      500: components["responses"]["InternalServerError"];
      501: components["responses"]["NotImplemented"];
    };
  };
  transcodeMessage: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The ID of the project (a UUID), shown on the Sinch dashboard.
         * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
         */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["TranscodeMessageRequest"];
      };
    };
    responses: {
      /** @description The message in each requested channel's format. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["TranscodeMessageResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      500: components["responses"]["InternalServerError"];
      501: components["responses"]["NotImplemented"];
    };
  };
  getProjectSettings: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The ID of the project (a UUID), shown on the Sinch dashboard.
         * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
         */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The project's settings. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ProjectSettings"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      500: components["responses"]["InternalServerError"];
      501: components["responses"]["NotImplemented"];
    };
  };
  createProjectSettings: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The ID of the project (a UUID), shown on the Sinch dashboard.
         * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
         */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ProjectSettingsRequest"];
      };
    };
    responses: {
      /** @description The stored settings. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ProjectSettings"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      500: components["responses"]["InternalServerError"];
      501: components["responses"]["NotImplemented"];
    };
  };
  deleteProjectSettings: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The ID of the project (a UUID), shown on the Sinch dashboard.
         * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
         */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The settings were deleted. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      500: components["responses"]["InternalServerError"];
      501: components["responses"]["NotImplemented"];
    };
  };
  updateProjectSettings: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The ID of the project (a UUID), shown on the Sinch dashboard.
         * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
         */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ProjectSettingsRequest"];
      };
    };
    responses: {
      /** @description The settings with their new values. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ProjectSettings"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      500: components["responses"]["InternalServerError"];
      501: components["responses"]["NotImplemented"];
    };
  };
  callbackMessageInboundEvent: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Base64 HMAC-SHA256, keyed with the webhook's secret, of the raw body, `.`, the nonce, `.`
         *     and the timestamp. Sent only when the webhook has a secret.
         * @example 6bpJoRmFoXVjfJIVglMoJzYXxnoxRujzR4k2GOXewOE=
         */
        "x-sinch-webhook-signature"?: components["parameters"]["SignatureHeader"];
        /**
         * @description When the callback was signed, in Unix seconds. Sent with the signature.
         * @example 1715678467
         */
        "x-sinch-webhook-signature-timestamp"?: components["parameters"]["SignatureTimestampHeader"];
        /**
         * @description A value unique to this delivery, part of the signed content. Sent with the signature.
         * @example 01FJA8B4A7BM43YGWSG9GBV067
         */
        "x-sinch-webhook-signature-nonce"?: components["parameters"]["SignatureNonceHeader"];
        /** @description The signature algorithm; always `HmacSHA256`. Sent with the signature. */
        "x-sinch-webhook-signature-algorithm"?: components["parameters"]["SignatureAlgorithmHeader"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["MessageInboundEvent"];
      };
    };
    responses: {
      /** @description Acknowledge the callback; any other status makes Sinch retry it. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  callbackMessageDeliveryEvent: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Base64 HMAC-SHA256, keyed with the webhook's secret, of the raw body, `.`, the nonce, `.`
         *     and the timestamp. Sent only when the webhook has a secret.
         * @example 6bpJoRmFoXVjfJIVglMoJzYXxnoxRujzR4k2GOXewOE=
         */
        "x-sinch-webhook-signature"?: components["parameters"]["SignatureHeader"];
        /**
         * @description When the callback was signed, in Unix seconds. Sent with the signature.
         * @example 1715678467
         */
        "x-sinch-webhook-signature-timestamp"?: components["parameters"]["SignatureTimestampHeader"];
        /**
         * @description A value unique to this delivery, part of the signed content. Sent with the signature.
         * @example 01FJA8B4A7BM43YGWSG9GBV067
         */
        "x-sinch-webhook-signature-nonce"?: components["parameters"]["SignatureNonceHeader"];
        /** @description The signature algorithm; always `HmacSHA256`. Sent with the signature. */
        "x-sinch-webhook-signature-algorithm"?: components["parameters"]["SignatureAlgorithmHeader"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["MessageDeliveryReceiptEvent"];
      };
    };
    responses: {
      /** @description Acknowledge the callback; any other status makes Sinch retry it. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  callbackMessageSubmitEvent: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Base64 HMAC-SHA256, keyed with the webhook's secret, of the raw body, `.`, the nonce, `.`
         *     and the timestamp. Sent only when the webhook has a secret.
         * @example 6bpJoRmFoXVjfJIVglMoJzYXxnoxRujzR4k2GOXewOE=
         */
        "x-sinch-webhook-signature"?: components["parameters"]["SignatureHeader"];
        /**
         * @description When the callback was signed, in Unix seconds. Sent with the signature.
         * @example 1715678467
         */
        "x-sinch-webhook-signature-timestamp"?: components["parameters"]["SignatureTimestampHeader"];
        /**
         * @description A value unique to this delivery, part of the signed content. Sent with the signature.
         * @example 01FJA8B4A7BM43YGWSG9GBV067
         */
        "x-sinch-webhook-signature-nonce"?: components["parameters"]["SignatureNonceHeader"];
        /** @description The signature algorithm; always `HmacSHA256`. Sent with the signature. */
        "x-sinch-webhook-signature-algorithm"?: components["parameters"]["SignatureAlgorithmHeader"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["MessageSubmitEvent"];
      };
    };
    responses: {
      /** @description Acknowledge the callback; any other status makes Sinch retry it. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  callbackEventInboundEvent: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Base64 HMAC-SHA256, keyed with the webhook's secret, of the raw body, `.`, the nonce, `.`
         *     and the timestamp. Sent only when the webhook has a secret.
         * @example 6bpJoRmFoXVjfJIVglMoJzYXxnoxRujzR4k2GOXewOE=
         */
        "x-sinch-webhook-signature"?: components["parameters"]["SignatureHeader"];
        /**
         * @description When the callback was signed, in Unix seconds. Sent with the signature.
         * @example 1715678467
         */
        "x-sinch-webhook-signature-timestamp"?: components["parameters"]["SignatureTimestampHeader"];
        /**
         * @description A value unique to this delivery, part of the signed content. Sent with the signature.
         * @example 01FJA8B4A7BM43YGWSG9GBV067
         */
        "x-sinch-webhook-signature-nonce"?: components["parameters"]["SignatureNonceHeader"];
        /** @description The signature algorithm; always `HmacSHA256`. Sent with the signature. */
        "x-sinch-webhook-signature-algorithm"?: components["parameters"]["SignatureAlgorithmHeader"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["EventInbound"];
      };
    };
    responses: {
      /** @description Acknowledge the callback; any other status makes Sinch retry it. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  callbackEventDeliveryEvent: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Base64 HMAC-SHA256, keyed with the webhook's secret, of the raw body, `.`, the nonce, `.`
         *     and the timestamp. Sent only when the webhook has a secret.
         * @example 6bpJoRmFoXVjfJIVglMoJzYXxnoxRujzR4k2GOXewOE=
         */
        "x-sinch-webhook-signature"?: components["parameters"]["SignatureHeader"];
        /**
         * @description When the callback was signed, in Unix seconds. Sent with the signature.
         * @example 1715678467
         */
        "x-sinch-webhook-signature-timestamp"?: components["parameters"]["SignatureTimestampHeader"];
        /**
         * @description A value unique to this delivery, part of the signed content. Sent with the signature.
         * @example 01FJA8B4A7BM43YGWSG9GBV067
         */
        "x-sinch-webhook-signature-nonce"?: components["parameters"]["SignatureNonceHeader"];
        /** @description The signature algorithm; always `HmacSHA256`. Sent with the signature. */
        "x-sinch-webhook-signature-algorithm"?: components["parameters"]["SignatureAlgorithmHeader"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["EventDelivery"];
      };
    };
    responses: {
      /** @description Acknowledge the callback; any other status makes Sinch retry it. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  callbackConversationStartEvent: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Base64 HMAC-SHA256, keyed with the webhook's secret, of the raw body, `.`, the nonce, `.`
         *     and the timestamp. Sent only when the webhook has a secret.
         * @example 6bpJoRmFoXVjfJIVglMoJzYXxnoxRujzR4k2GOXewOE=
         */
        "x-sinch-webhook-signature"?: components["parameters"]["SignatureHeader"];
        /**
         * @description When the callback was signed, in Unix seconds. Sent with the signature.
         * @example 1715678467
         */
        "x-sinch-webhook-signature-timestamp"?: components["parameters"]["SignatureTimestampHeader"];
        /**
         * @description A value unique to this delivery, part of the signed content. Sent with the signature.
         * @example 01FJA8B4A7BM43YGWSG9GBV067
         */
        "x-sinch-webhook-signature-nonce"?: components["parameters"]["SignatureNonceHeader"];
        /** @description The signature algorithm; always `HmacSHA256`. Sent with the signature. */
        "x-sinch-webhook-signature-algorithm"?: components["parameters"]["SignatureAlgorithmHeader"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ConversationStartEvent"];
      };
    };
    responses: {
      /** @description Acknowledge the callback; any other status makes Sinch retry it. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  callbackConversationStopEvent: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Base64 HMAC-SHA256, keyed with the webhook's secret, of the raw body, `.`, the nonce, `.`
         *     and the timestamp. Sent only when the webhook has a secret.
         * @example 6bpJoRmFoXVjfJIVglMoJzYXxnoxRujzR4k2GOXewOE=
         */
        "x-sinch-webhook-signature"?: components["parameters"]["SignatureHeader"];
        /**
         * @description When the callback was signed, in Unix seconds. Sent with the signature.
         * @example 1715678467
         */
        "x-sinch-webhook-signature-timestamp"?: components["parameters"]["SignatureTimestampHeader"];
        /**
         * @description A value unique to this delivery, part of the signed content. Sent with the signature.
         * @example 01FJA8B4A7BM43YGWSG9GBV067
         */
        "x-sinch-webhook-signature-nonce"?: components["parameters"]["SignatureNonceHeader"];
        /** @description The signature algorithm; always `HmacSHA256`. Sent with the signature. */
        "x-sinch-webhook-signature-algorithm"?: components["parameters"]["SignatureAlgorithmHeader"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ConversationStopEvent"];
      };
    };
    responses: {
      /** @description Acknowledge the callback; any other status makes Sinch retry it. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  callbackConversationDeleteEvent: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Base64 HMAC-SHA256, keyed with the webhook's secret, of the raw body, `.`, the nonce, `.`
         *     and the timestamp. Sent only when the webhook has a secret.
         * @example 6bpJoRmFoXVjfJIVglMoJzYXxnoxRujzR4k2GOXewOE=
         */
        "x-sinch-webhook-signature"?: components["parameters"]["SignatureHeader"];
        /**
         * @description When the callback was signed, in Unix seconds. Sent with the signature.
         * @example 1715678467
         */
        "x-sinch-webhook-signature-timestamp"?: components["parameters"]["SignatureTimestampHeader"];
        /**
         * @description A value unique to this delivery, part of the signed content. Sent with the signature.
         * @example 01FJA8B4A7BM43YGWSG9GBV067
         */
        "x-sinch-webhook-signature-nonce"?: components["parameters"]["SignatureNonceHeader"];
        /** @description The signature algorithm; always `HmacSHA256`. Sent with the signature. */
        "x-sinch-webhook-signature-algorithm"?: components["parameters"]["SignatureAlgorithmHeader"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ConversationDeleteEvent"];
      };
    };
    responses: {
      /** @description Acknowledge the callback; any other status makes Sinch retry it. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  callbackContactCreateEvent: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Base64 HMAC-SHA256, keyed with the webhook's secret, of the raw body, `.`, the nonce, `.`
         *     and the timestamp. Sent only when the webhook has a secret.
         * @example 6bpJoRmFoXVjfJIVglMoJzYXxnoxRujzR4k2GOXewOE=
         */
        "x-sinch-webhook-signature"?: components["parameters"]["SignatureHeader"];
        /**
         * @description When the callback was signed, in Unix seconds. Sent with the signature.
         * @example 1715678467
         */
        "x-sinch-webhook-signature-timestamp"?: components["parameters"]["SignatureTimestampHeader"];
        /**
         * @description A value unique to this delivery, part of the signed content. Sent with the signature.
         * @example 01FJA8B4A7BM43YGWSG9GBV067
         */
        "x-sinch-webhook-signature-nonce"?: components["parameters"]["SignatureNonceHeader"];
        /** @description The signature algorithm; always `HmacSHA256`. Sent with the signature. */
        "x-sinch-webhook-signature-algorithm"?: components["parameters"]["SignatureAlgorithmHeader"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ContactCreateEvent"];
      };
    };
    responses: {
      /** @description Acknowledge the callback; any other status makes Sinch retry it. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  callbackContactDeleteEvent: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Base64 HMAC-SHA256, keyed with the webhook's secret, of the raw body, `.`, the nonce, `.`
         *     and the timestamp. Sent only when the webhook has a secret.
         * @example 6bpJoRmFoXVjfJIVglMoJzYXxnoxRujzR4k2GOXewOE=
         */
        "x-sinch-webhook-signature"?: components["parameters"]["SignatureHeader"];
        /**
         * @description When the callback was signed, in Unix seconds. Sent with the signature.
         * @example 1715678467
         */
        "x-sinch-webhook-signature-timestamp"?: components["parameters"]["SignatureTimestampHeader"];
        /**
         * @description A value unique to this delivery, part of the signed content. Sent with the signature.
         * @example 01FJA8B4A7BM43YGWSG9GBV067
         */
        "x-sinch-webhook-signature-nonce"?: components["parameters"]["SignatureNonceHeader"];
        /** @description The signature algorithm; always `HmacSHA256`. Sent with the signature. */
        "x-sinch-webhook-signature-algorithm"?: components["parameters"]["SignatureAlgorithmHeader"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ContactDeleteEvent"];
      };
    };
    responses: {
      /** @description Acknowledge the callback; any other status makes Sinch retry it. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  callbackContactMergeEvent: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Base64 HMAC-SHA256, keyed with the webhook's secret, of the raw body, `.`, the nonce, `.`
         *     and the timestamp. Sent only when the webhook has a secret.
         * @example 6bpJoRmFoXVjfJIVglMoJzYXxnoxRujzR4k2GOXewOE=
         */
        "x-sinch-webhook-signature"?: components["parameters"]["SignatureHeader"];
        /**
         * @description When the callback was signed, in Unix seconds. Sent with the signature.
         * @example 1715678467
         */
        "x-sinch-webhook-signature-timestamp"?: components["parameters"]["SignatureTimestampHeader"];
        /**
         * @description A value unique to this delivery, part of the signed content. Sent with the signature.
         * @example 01FJA8B4A7BM43YGWSG9GBV067
         */
        "x-sinch-webhook-signature-nonce"?: components["parameters"]["SignatureNonceHeader"];
        /** @description The signature algorithm; always `HmacSHA256`. Sent with the signature. */
        "x-sinch-webhook-signature-algorithm"?: components["parameters"]["SignatureAlgorithmHeader"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ContactMergeEvent"];
      };
    };
    responses: {
      /** @description Acknowledge the callback; any other status makes Sinch retry it. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  callbackContactUpdateEvent: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Base64 HMAC-SHA256, keyed with the webhook's secret, of the raw body, `.`, the nonce, `.`
         *     and the timestamp. Sent only when the webhook has a secret.
         * @example 6bpJoRmFoXVjfJIVglMoJzYXxnoxRujzR4k2GOXewOE=
         */
        "x-sinch-webhook-signature"?: components["parameters"]["SignatureHeader"];
        /**
         * @description When the callback was signed, in Unix seconds. Sent with the signature.
         * @example 1715678467
         */
        "x-sinch-webhook-signature-timestamp"?: components["parameters"]["SignatureTimestampHeader"];
        /**
         * @description A value unique to this delivery, part of the signed content. Sent with the signature.
         * @example 01FJA8B4A7BM43YGWSG9GBV067
         */
        "x-sinch-webhook-signature-nonce"?: components["parameters"]["SignatureNonceHeader"];
        /** @description The signature algorithm; always `HmacSHA256`. Sent with the signature. */
        "x-sinch-webhook-signature-algorithm"?: components["parameters"]["SignatureAlgorithmHeader"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ContactUpdateEvent"];
      };
    };
    responses: {
      /** @description Acknowledge the callback; any other status makes Sinch retry it. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  callbackContactIdentitiesDuplicationEvent: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Base64 HMAC-SHA256, keyed with the webhook's secret, of the raw body, `.`, the nonce, `.`
         *     and the timestamp. Sent only when the webhook has a secret.
         * @example 6bpJoRmFoXVjfJIVglMoJzYXxnoxRujzR4k2GOXewOE=
         */
        "x-sinch-webhook-signature"?: components["parameters"]["SignatureHeader"];
        /**
         * @description When the callback was signed, in Unix seconds. Sent with the signature.
         * @example 1715678467
         */
        "x-sinch-webhook-signature-timestamp"?: components["parameters"]["SignatureTimestampHeader"];
        /**
         * @description A value unique to this delivery, part of the signed content. Sent with the signature.
         * @example 01FJA8B4A7BM43YGWSG9GBV067
         */
        "x-sinch-webhook-signature-nonce"?: components["parameters"]["SignatureNonceHeader"];
        /** @description The signature algorithm; always `HmacSHA256`. Sent with the signature. */
        "x-sinch-webhook-signature-algorithm"?: components["parameters"]["SignatureAlgorithmHeader"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ContactIdentitiesDuplicationEvent"];
      };
    };
    responses: {
      /** @description Acknowledge the callback; any other status makes Sinch retry it. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  callbackCapabilityEvent: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Base64 HMAC-SHA256, keyed with the webhook's secret, of the raw body, `.`, the nonce, `.`
         *     and the timestamp. Sent only when the webhook has a secret.
         * @example 6bpJoRmFoXVjfJIVglMoJzYXxnoxRujzR4k2GOXewOE=
         */
        "x-sinch-webhook-signature"?: components["parameters"]["SignatureHeader"];
        /**
         * @description When the callback was signed, in Unix seconds. Sent with the signature.
         * @example 1715678467
         */
        "x-sinch-webhook-signature-timestamp"?: components["parameters"]["SignatureTimestampHeader"];
        /**
         * @description A value unique to this delivery, part of the signed content. Sent with the signature.
         * @example 01FJA8B4A7BM43YGWSG9GBV067
         */
        "x-sinch-webhook-signature-nonce"?: components["parameters"]["SignatureNonceHeader"];
        /** @description The signature algorithm; always `HmacSHA256`. Sent with the signature. */
        "x-sinch-webhook-signature-algorithm"?: components["parameters"]["SignatureAlgorithmHeader"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CapabilityEvent"];
      };
    };
    responses: {
      /** @description Acknowledge the callback; any other status makes Sinch retry it. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  callbackOptInEvent: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Base64 HMAC-SHA256, keyed with the webhook's secret, of the raw body, `.`, the nonce, `.`
         *     and the timestamp. Sent only when the webhook has a secret.
         * @example 6bpJoRmFoXVjfJIVglMoJzYXxnoxRujzR4k2GOXewOE=
         */
        "x-sinch-webhook-signature"?: components["parameters"]["SignatureHeader"];
        /**
         * @description When the callback was signed, in Unix seconds. Sent with the signature.
         * @example 1715678467
         */
        "x-sinch-webhook-signature-timestamp"?: components["parameters"]["SignatureTimestampHeader"];
        /**
         * @description A value unique to this delivery, part of the signed content. Sent with the signature.
         * @example 01FJA8B4A7BM43YGWSG9GBV067
         */
        "x-sinch-webhook-signature-nonce"?: components["parameters"]["SignatureNonceHeader"];
        /** @description The signature algorithm; always `HmacSHA256`. Sent with the signature. */
        "x-sinch-webhook-signature-algorithm"?: components["parameters"]["SignatureAlgorithmHeader"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["OptInEvent"];
      };
    };
    responses: {
      /** @description Acknowledge the callback; any other status makes Sinch retry it. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  callbackOptOutEvent: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Base64 HMAC-SHA256, keyed with the webhook's secret, of the raw body, `.`, the nonce, `.`
         *     and the timestamp. Sent only when the webhook has a secret.
         * @example 6bpJoRmFoXVjfJIVglMoJzYXxnoxRujzR4k2GOXewOE=
         */
        "x-sinch-webhook-signature"?: components["parameters"]["SignatureHeader"];
        /**
         * @description When the callback was signed, in Unix seconds. Sent with the signature.
         * @example 1715678467
         */
        "x-sinch-webhook-signature-timestamp"?: components["parameters"]["SignatureTimestampHeader"];
        /**
         * @description A value unique to this delivery, part of the signed content. Sent with the signature.
         * @example 01FJA8B4A7BM43YGWSG9GBV067
         */
        "x-sinch-webhook-signature-nonce"?: components["parameters"]["SignatureNonceHeader"];
        /** @description The signature algorithm; always `HmacSHA256`. Sent with the signature. */
        "x-sinch-webhook-signature-algorithm"?: components["parameters"]["SignatureAlgorithmHeader"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["OptOutEvent"];
      };
    };
    responses: {
      /** @description Acknowledge the callback; any other status makes Sinch retry it. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  callbackChannelEvent: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Base64 HMAC-SHA256, keyed with the webhook's secret, of the raw body, `.`, the nonce, `.`
         *     and the timestamp. Sent only when the webhook has a secret.
         * @example 6bpJoRmFoXVjfJIVglMoJzYXxnoxRujzR4k2GOXewOE=
         */
        "x-sinch-webhook-signature"?: components["parameters"]["SignatureHeader"];
        /**
         * @description When the callback was signed, in Unix seconds. Sent with the signature.
         * @example 1715678467
         */
        "x-sinch-webhook-signature-timestamp"?: components["parameters"]["SignatureTimestampHeader"];
        /**
         * @description A value unique to this delivery, part of the signed content. Sent with the signature.
         * @example 01FJA8B4A7BM43YGWSG9GBV067
         */
        "x-sinch-webhook-signature-nonce"?: components["parameters"]["SignatureNonceHeader"];
        /** @description The signature algorithm; always `HmacSHA256`. Sent with the signature. */
        "x-sinch-webhook-signature-algorithm"?: components["parameters"]["SignatureAlgorithmHeader"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ChannelEvent"];
      };
    };
    responses: {
      /** @description Acknowledge the callback; any other status makes Sinch retry it. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  callbackUnsupportedEvent: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Base64 HMAC-SHA256, keyed with the webhook's secret, of the raw body, `.`, the nonce, `.`
         *     and the timestamp. Sent only when the webhook has a secret.
         * @example 6bpJoRmFoXVjfJIVglMoJzYXxnoxRujzR4k2GOXewOE=
         */
        "x-sinch-webhook-signature"?: components["parameters"]["SignatureHeader"];
        /**
         * @description When the callback was signed, in Unix seconds. Sent with the signature.
         * @example 1715678467
         */
        "x-sinch-webhook-signature-timestamp"?: components["parameters"]["SignatureTimestampHeader"];
        /**
         * @description A value unique to this delivery, part of the signed content. Sent with the signature.
         * @example 01FJA8B4A7BM43YGWSG9GBV067
         */
        "x-sinch-webhook-signature-nonce"?: components["parameters"]["SignatureNonceHeader"];
        /** @description The signature algorithm; always `HmacSHA256`. Sent with the signature. */
        "x-sinch-webhook-signature-algorithm"?: components["parameters"]["SignatureAlgorithmHeader"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["UnsupportedCallbackEvent"];
      };
    };
    responses: {
      /** @description Acknowledge the callback; any other status makes Sinch retry it. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  callbackSmartConversationEvent: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Base64 HMAC-SHA256, keyed with the webhook's secret, of the raw body, `.`, the nonce, `.`
         *     and the timestamp. Sent only when the webhook has a secret.
         * @example 6bpJoRmFoXVjfJIVglMoJzYXxnoxRujzR4k2GOXewOE=
         */
        "x-sinch-webhook-signature"?: components["parameters"]["SignatureHeader"];
        /**
         * @description When the callback was signed, in Unix seconds. Sent with the signature.
         * @example 1715678467
         */
        "x-sinch-webhook-signature-timestamp"?: components["parameters"]["SignatureTimestampHeader"];
        /**
         * @description A value unique to this delivery, part of the signed content. Sent with the signature.
         * @example 01FJA8B4A7BM43YGWSG9GBV067
         */
        "x-sinch-webhook-signature-nonce"?: components["parameters"]["SignatureNonceHeader"];
        /** @description The signature algorithm; always `HmacSHA256`. Sent with the signature. */
        "x-sinch-webhook-signature-algorithm"?: components["parameters"]["SignatureAlgorithmHeader"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["SmartConversationsEvent"];
      };
    };
    responses: {
      /** @description Acknowledge the callback; any other status makes Sinch retry it. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  callbackMessageRedactionEvent: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Base64 HMAC-SHA256, keyed with the webhook's secret, of the raw body, `.`, the nonce, `.`
         *     and the timestamp. Sent only when the webhook has a secret.
         * @example 6bpJoRmFoXVjfJIVglMoJzYXxnoxRujzR4k2GOXewOE=
         */
        "x-sinch-webhook-signature"?: components["parameters"]["SignatureHeader"];
        /**
         * @description When the callback was signed, in Unix seconds. Sent with the signature.
         * @example 1715678467
         */
        "x-sinch-webhook-signature-timestamp"?: components["parameters"]["SignatureTimestampHeader"];
        /**
         * @description A value unique to this delivery, part of the signed content. Sent with the signature.
         * @example 01FJA8B4A7BM43YGWSG9GBV067
         */
        "x-sinch-webhook-signature-nonce"?: components["parameters"]["SignatureNonceHeader"];
        /** @description The signature algorithm; always `HmacSHA256`. Sent with the signature. */
        "x-sinch-webhook-signature-algorithm"?: components["parameters"]["SignatureAlgorithmHeader"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["MessageInboundSmartConversationRedactionEvent"];
      };
    };
    responses: {
      /** @description Acknowledge the callback; any other status makes Sinch retry it. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  callbackRecordNotificationEvent: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Base64 HMAC-SHA256, keyed with the webhook's secret, of the raw body, `.`, the nonce, `.`
         *     and the timestamp. Sent only when the webhook has a secret.
         * @example 6bpJoRmFoXVjfJIVglMoJzYXxnoxRujzR4k2GOXewOE=
         */
        "x-sinch-webhook-signature"?: components["parameters"]["SignatureHeader"];
        /**
         * @description When the callback was signed, in Unix seconds. Sent with the signature.
         * @example 1715678467
         */
        "x-sinch-webhook-signature-timestamp"?: components["parameters"]["SignatureTimestampHeader"];
        /**
         * @description A value unique to this delivery, part of the signed content. Sent with the signature.
         * @example 01FJA8B4A7BM43YGWSG9GBV067
         */
        "x-sinch-webhook-signature-nonce"?: components["parameters"]["SignatureNonceHeader"];
        /** @description The signature algorithm; always `HmacSHA256`. Sent with the signature. */
        "x-sinch-webhook-signature-algorithm"?: components["parameters"]["SignatureAlgorithmHeader"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["RecordNotificationEvent"];
      };
    };
    responses: {
      /** @description Acknowledge the callback; any other status makes Sinch retry it. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
}
type WithRequired<T, K extends keyof T> = T & {
  [P in K]-?: T[P];
};
