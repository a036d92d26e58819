// Generated from specs/conversation/1.0/openapi.yaml by scripts/generate.mjs — do not edit.
// Run `pnpm generate` after changing the spec.

export interface paths {
    "/v1/projects/{project_id}/apps/{app_id}/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The project's unique ID, shown on the Sinch dashboard.
                 * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
                 */
                project_id: components["parameters"]["ProjectId"];
                /**
                 * @description The app's unique ID, shown on the Sinch dashboard.
                 * @example 01EB37HMH1M6SV18ASNS3G135H
                 */
                app_id: string;
            };
            cookie?: never;
        };
        /**
         * List an app's webhooks
         * @description Returns every webhook of the app (never more than 5).
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
                 * @description The project's unique ID, shown on the Sinch dashboard.
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
         * @description Creates a webhook for an app. An app can have up to 5 webhooks.
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
                 * @description The project's unique ID, shown on the Sinch dashboard.
                 * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
                 */
                project_id: components["parameters"]["ProjectId"];
                /**
                 * @description The webhook's unique ID.
                 * @example 01EB37HMH1M6SV18ASNS3G135J
                 */
                webhook_id: string;
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
         * @description Removes a webhook; Sinch stops sending its callbacks.
         */
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        /**
         * Update a webhook
         * @description Changes a webhook. With `update_mask`, only the listed fields are taken from the body;
         *     without it, every field sent replaces the stored one.
         */
        patch: operations["updateWebhook"];
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
         * MESSAGE_INBOUND callback
         * @description A contact sent a message to the app. Sent to webhooks that subscribe to `MESSAGE_INBOUND`.
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
         * MESSAGE_DELIVERY callback
         * @description The delivery status of a message the app sent changed. Sent to webhooks that subscribe to `MESSAGE_DELIVERY`.
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
         * MESSAGE_SUBMIT callback
         * @description A message the app sent was submitted to the channel. Sent to webhooks that subscribe to `MESSAGE_SUBMIT`.
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
         * EVENT_INBOUND callback
         * @description A contact did something other than send a message, such as typing or reading. Sent to webhooks that subscribe to `EVENT_INBOUND`.
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
         * EVENT_DELIVERY callback
         * @description The delivery status of an event the app sent changed. Sent to webhooks that subscribe to `EVENT_DELIVERY`.
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
         * CONVERSATION_START callback
         * @description A conversation started. Sent to webhooks that subscribe to `CONVERSATION_START`.
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
         * CONVERSATION_STOP callback
         * @description A conversation stopped. Sent to webhooks that subscribe to `CONVERSATION_STOP`.
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
         * CONVERSATION_DELETE callback
         * @description A conversation was deleted. Sent to webhooks that subscribe to `CONVERSATION_DELETE`.
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
         * CONTACT_CREATE callback
         * @description A contact was created. Sent to webhooks that subscribe to `CONTACT_CREATE`.
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
         * CONTACT_DELETE callback
         * @description A contact was deleted. Sent to webhooks that subscribe to `CONTACT_DELETE`.
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
         * CONTACT_MERGE callback
         * @description Two contacts were merged into one. Sent to webhooks that subscribe to `CONTACT_MERGE`.
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
         * CONTACT_UPDATE callback
         * @description A contact was changed. Sent to webhooks that subscribe to `CONTACT_UPDATE`.
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
         * CONTACT_IDENTITIES_DUPLICATION callback
         * @description Several contacts share a channel identity. Sent to webhooks that subscribe to `CONTACT_IDENTITIES_DUPLICATION`.
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
         * CAPABILITY callback
         * @description The result of a capability check for a contact. Sent to webhooks that subscribe to `CAPABILITY`.
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
         * OPT_IN callback
         * @description The result of an opt-in request. Sent to webhooks that subscribe to `OPT_IN`.
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
         * OPT_OUT callback
         * @description The result of an opt-out request. Sent to webhooks that subscribe to `OPT_OUT`.
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
         * CHANNEL_EVENT callback
         * @description Something happened on a channel that affects the app. Sent to webhooks that subscribe to `CHANNEL_EVENT`.
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
         * UNSUPPORTED callback
         * @description A channel sent something the Conversation API does not support. Sent to webhooks that subscribe to `UNSUPPORTED`.
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
         * SMART_CONVERSATION callback
         * @description A Smart Conversations analysis finished. Sent to webhooks that subscribe to `SMART_CONVERSATION`.
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
         * MESSAGE_INBOUND_SMART_CONVERSATION_REDACTION callback
         * @description An inbound message with sensitive content redacted. Sent to webhooks that subscribe to `MESSAGE_INBOUND_SMART_CONVERSATION_REDACTION`.
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
         * RECORD_NOTIFICATION callback
         * @description A recording is available. Sent to webhooks that subscribe to `RECORD_NOTIFICATION`.
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
         * @description Fields every Conversation callback carries. The trigger-specific payload sits under one
         *     extra key (for example `message` for MESSAGE_INBOUND). Key names follow Sinch's callback
         *     documentation; the payloads themselves are not described by the documents this spec was
         *     written from, so they are left as open objects rather than guessed.
         */
        CallbackEnvelope: {
            /** @description The app the callback belongs to. */
            app_id: string;
            /** @description The project the app belongs to. */
            project_id: string;
            /**
             * Format: date-time
             * @description When Sinch accepted the event.
             */
            accepted_time?: string;
            /**
             * Format: date-time
             * @description When the event happened on the channel, if known.
             */
            event_time?: string;
            /** @description Metadata the app attached to the message this callback is about. */
            message_metadata?: string;
            /** @description The correlation ID the app attached to the message this callback is about. */
            correlation_id?: string;
        };
        /** @description A trigger-specific payload; its fields are not typed here (see CallbackEnvelope). */
        CallbackPayload: {
            [key: string]: unknown;
        };
        /** @description The `MESSAGE_INBOUND` callback. Its payload is under `message`. */
        MessageInboundEvent: components["schemas"]["CallbackEnvelope"] & {
            message: components["schemas"]["CallbackPayload"];
        };
        /** @description The `MESSAGE_DELIVERY` callback. Its payload is under `message_delivery_report`. */
        MessageDeliveryEvent: components["schemas"]["CallbackEnvelope"] & {
            message_delivery_report: components["schemas"]["CallbackPayload"];
        };
        /** @description The `MESSAGE_SUBMIT` callback. Its payload is under `message_submit_notification`. */
        MessageSubmitEvent: components["schemas"]["CallbackEnvelope"] & {
            message_submit_notification: components["schemas"]["CallbackPayload"];
        };
        /** @description The `EVENT_INBOUND` callback. Its payload is under `event`. */
        EventInboundEvent: components["schemas"]["CallbackEnvelope"] & {
            event: components["schemas"]["CallbackPayload"];
        };
        /** @description The `EVENT_DELIVERY` callback. Its payload is under `event_delivery_report`. */
        EventDeliveryEvent: components["schemas"]["CallbackEnvelope"] & {
            event_delivery_report: components["schemas"]["CallbackPayload"];
        };
        /** @description The `CONVERSATION_START` callback. Its payload is under `conversation_start_notification`. */
        ConversationStartEvent: components["schemas"]["CallbackEnvelope"] & {
            conversation_start_notification: components["schemas"]["CallbackPayload"];
        };
        /** @description The `CONVERSATION_STOP` callback. Its payload is under `conversation_stop_notification`. */
        ConversationStopEvent: components["schemas"]["CallbackEnvelope"] & {
            conversation_stop_notification: components["schemas"]["CallbackPayload"];
        };
        /** @description The `CONVERSATION_DELETE` callback. Its payload is under `conversation_delete_notification`. */
        ConversationDeleteEvent: components["schemas"]["CallbackEnvelope"] & {
            conversation_delete_notification: components["schemas"]["CallbackPayload"];
        };
        /** @description The `CONTACT_CREATE` callback. Its payload is under `contact_create_notification`. */
        ContactCreateEvent: components["schemas"]["CallbackEnvelope"] & {
            contact_create_notification: components["schemas"]["CallbackPayload"];
        };
        /** @description The `CONTACT_DELETE` callback. Its payload is under `contact_delete_notification`. */
        ContactDeleteEvent: components["schemas"]["CallbackEnvelope"] & {
            contact_delete_notification: components["schemas"]["CallbackPayload"];
        };
        /** @description The `CONTACT_MERGE` callback. Its payload is under `contact_merge_notification`. */
        ContactMergeEvent: components["schemas"]["CallbackEnvelope"] & {
            contact_merge_notification: components["schemas"]["CallbackPayload"];
        };
        /** @description The `CONTACT_UPDATE` callback. Its payload is under `contact_update_notification`. */
        ContactUpdateEvent: components["schemas"]["CallbackEnvelope"] & {
            contact_update_notification: components["schemas"]["CallbackPayload"];
        };
        /** @description The `CONTACT_IDENTITIES_DUPLICATION` callback. Its payload is under `duplicated_contact_identities_notification`. */
        ContactIdentitiesDuplicationEvent: components["schemas"]["CallbackEnvelope"] & {
            duplicated_contact_identities_notification: components["schemas"]["CallbackPayload"];
        };
        /** @description The `CAPABILITY` callback. Its payload is under `capability_notification`. */
        CapabilityEvent: components["schemas"]["CallbackEnvelope"] & {
            capability_notification: components["schemas"]["CallbackPayload"];
        };
        /** @description The `OPT_IN` callback. Its payload is under `opt_in_notification`. */
        OptInEvent: components["schemas"]["CallbackEnvelope"] & {
            opt_in_notification: components["schemas"]["CallbackPayload"];
        };
        /** @description The `OPT_OUT` callback. Its payload is under `opt_out_notification`. */
        OptOutEvent: components["schemas"]["CallbackEnvelope"] & {
            opt_out_notification: components["schemas"]["CallbackPayload"];
        };
        /** @description The `CHANNEL_EVENT` callback. Its payload is under `channel_event_notification`. */
        ChannelEvent: components["schemas"]["CallbackEnvelope"] & {
            channel_event_notification: components["schemas"]["CallbackPayload"];
        };
        /** @description The `UNSUPPORTED` callback. Its payload is under `unsupported_callback`. */
        UnsupportedEvent: components["schemas"]["CallbackEnvelope"] & {
            unsupported_callback: components["schemas"]["CallbackPayload"];
        };
        /** @description The `SMART_CONVERSATION` callback. Its payload is under `smart_conversation_notification`. */
        SmartConversationEvent: components["schemas"]["CallbackEnvelope"] & {
            smart_conversation_notification: components["schemas"]["CallbackPayload"];
        };
        /** @description The `MESSAGE_INBOUND_SMART_CONVERSATION_REDACTION` callback. Its payload is under `message_redaction`. */
        MessageRedactionEvent: components["schemas"]["CallbackEnvelope"] & {
            message_redaction: components["schemas"]["CallbackPayload"];
        };
        /** @description The `RECORD_NOTIFICATION` callback. Its payload is under `record_notification`. */
        RecordNotificationEvent: components["schemas"]["CallbackEnvelope"] & {
            record_notification: components["schemas"]["CallbackPayload"];
        };
        /**
         * @description A kind of callback a webhook receives.
         * @enum {string}
         */
        WebhookTrigger: "UNSPECIFIED_TRIGGER" | "MESSAGE_DELIVERY" | "EVENT_DELIVERY" | "MESSAGE_INBOUND" | "EVENT_INBOUND" | "CONVERSATION_START" | "CONVERSATION_STOP" | "CONTACT_CREATE" | "CONTACT_DELETE" | "CONTACT_MERGE" | "CONTACT_UPDATE" | "UNSUPPORTED" | "OPT_IN" | "OPT_OUT" | "CAPABILITY" | "CONVERSATION_DELETE" | "CONTACT_IDENTITIES_DUPLICATION" | "CHANNEL_EVENT" | "SMART_CONVERSATION" | "MESSAGE_INBOUND_SMART_CONVERSATION_REDACTION" | "RECORD_NOTIFICATION" | "MESSAGE_SUBMIT";
        /**
         * @description `HTTP` delivers callbacks to the target; `DISMISS` drops them.
         * @default HTTP
         * @enum {string}
         */
        WebhookTargetType: "DISMISS" | "HTTP";
        /**
         * @description A webhook field that `update_mask` can name.
         * @enum {string}
         */
        WebhookFieldPath: "app_id" | "target" | "target_type" | "secret" | "triggers" | "client_credentials";
        /**
         * @description OAuth2 client credentials Sinch uses to fetch a token before calling the target. The token
         *     endpoint must answer with an access token and an `expires_in` between 30 and 3600 seconds.
         */
        ClientCredentials: {
            /** @description The client ID Sinch presents to the token endpoint. */
            client_id: string;
            /**
             * Format: password
             * @description The client secret Sinch presents to the token endpoint.
             */
            client_secret: string;
            /** @description The token endpoint Sinch calls. */
            endpoint: string;
            /** @description Space-separated scopes (RFC 6749); left out of the token request when empty. */
            scope?: string;
            /** @description Forwarded unchanged to the token endpoint if set; usually left out. */
            response_type?: string;
            /**
             * @description How the client ID and secret reach the token endpoint; BASIC when unset.
             * @enum {string}
             */
            token_request_type?: "BASIC" | "FORM";
        };
        /** @description A webhook of an app. */
        Webhook: {
            /** @description The webhook's unique ID, set by Sinch. */
            readonly id?: string;
            /** @description The app the webhook belongs to. */
            app_id: string;
            /**
             * @description The URL callbacks are sent to, at most 742 characters. Hosts under
             *     conversation-api.*.sinch.com are not allowed.
             */
            target: string;
            target_type?: components["schemas"]["WebhookTargetType"];
            /**
             * Format: password
             * @description When set, Sinch signs every callback with it.
             */
            secret?: string;
            /** @description The callbacks this webhook receives. */
            triggers: components["schemas"]["WebhookTrigger"][];
            client_credentials?: components["schemas"]["ClientCredentials"];
        };
        /** @description The webhooks of an app. */
        WebhookList: {
            webhooks: components["schemas"]["Webhook"][];
        };
        /** @description A typed piece of extra information about an error. */
        ErrorDetail: {
            type_url?: string;
            value?: string;
        };
        /** @description What went wrong. */
        Error: {
            error: {
                /** @description The HTTP status code. */
                code?: number;
                /** @description A human-readable explanation. */
                message?: string;
                /** @description A machine-readable status such as `INVALID_ARGUMENT` or `NOT_FOUND`. */
                status?: string;
                details?: components["schemas"]["ErrorDetail"][];
            };
        };
    };
    responses: {
        /** @description The webhook. */
        WebhookOk: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Webhook"];
            };
        };
        /** @description The request is malformed. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Credentials are missing or wrong. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The credentials are valid but have no access to this resource. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The project, app or webhook does not exist. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Sinch failed to handle the request; retry with exponential backoff. */
        InternalServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The operation is not available for this project or region. */
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
        /**
         * @description The project's unique ID, shown on the Sinch dashboard.
         * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
         */
        ProjectId: string;
        /**
         * @description Base64 HMAC-SHA256, keyed with the webhook's secret, of the raw body, `.`, the nonce, `.`
         *     and the timestamp. Sent only when the webhook has a secret.
         * @example 6bpJoRmFoXVjfJIVglMoJzYXxnoxRujzR4k2GOXewOE=
         */
        SignatureHeader: string;
        /**
         * @description When the callback was signed, in Unix seconds.
         * @example 1700000000
         */
        SignatureTimestampHeader: string;
        /**
         * @description A value unique to this callback, part of the signed content.
         * @example 01FJA8B4A7BM43YGWSG9GBV067
         */
        SignatureNonceHeader: string;
        /** @description The signature algorithm; always `HmacSHA256`. */
        SignatureAlgorithmHeader: "HmacSHA256";
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listWebhooks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The project's unique ID, shown on the Sinch dashboard.
                 * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
                 */
                project_id: components["parameters"]["ProjectId"];
                /**
                 * @description The app's unique ID, shown on the Sinch dashboard.
                 * @example 01EB37HMH1M6SV18ASNS3G135H
                 */
                app_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The app's webhooks. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
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
                 * @description The project's unique ID, shown on the Sinch dashboard.
                 * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
                 */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        /** @description The webhook to create. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["Webhook"];
            };
        };
        responses: {
            200: components["responses"]["WebhookOk"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
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
                 * @description The project's unique ID, shown on the Sinch dashboard.
                 * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
                 */
                project_id: components["parameters"]["ProjectId"];
                /**
                 * @description The webhook's unique ID.
                 * @example 01EB37HMH1M6SV18ASNS3G135J
                 */
                webhook_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["WebhookOk"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
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
                 * @description The project's unique ID, shown on the Sinch dashboard.
                 * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
                 */
                project_id: components["parameters"]["ProjectId"];
                /**
                 * @description The webhook's unique ID.
                 * @example 01EB37HMH1M6SV18ASNS3G135J
                 */
                webhook_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The webhook was removed. The body is an empty object. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            501: components["responses"]["NotImplemented"];
        };
    };
    updateWebhook: {
        parameters: {
            query?: {
                /**
                 * @description The fields to change, comma separated, for example `triggers,secret`.
                 * @example [
                 *       "triggers",
                 *       "secret"
                 *     ]
                 */
                update_mask?: components["schemas"]["WebhookFieldPath"][];
            };
            header?: never;
            path: {
                /**
                 * @description The project's unique ID, shown on the Sinch dashboard.
                 * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
                 */
                project_id: components["parameters"]["ProjectId"];
                /**
                 * @description The webhook's unique ID.
                 * @example 01EB37HMH1M6SV18ASNS3G135J
                 */
                webhook_id: string;
            };
            cookie?: never;
        };
        /** @description The webhook with the new values. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["Webhook"];
            };
        };
        responses: {
            200: components["responses"]["WebhookOk"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            501: components["responses"]["NotImplemented"];
        };
    };
    callbackMessageInboundEvent: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Base64 HMAC-SHA256, keyed with the webhook's secret, of the raw body, `.`, the nonce, `.`
                 *     and the timestamp. Sent only when the webhook has a secret.
                 * @example 6bpJoRmFoXVjfJIVglMoJzYXxnoxRujzR4k2GOXewOE=
                 */
                "x-sinch-webhook-signature": components["parameters"]["SignatureHeader"];
                /**
                 * @description When the callback was signed, in Unix seconds.
                 * @example 1700000000
                 */
                "x-sinch-webhook-signature-timestamp": components["parameters"]["SignatureTimestampHeader"];
                /**
                 * @description A value unique to this callback, part of the signed content.
                 * @example 01FJA8B4A7BM43YGWSG9GBV067
                 */
                "x-sinch-webhook-signature-nonce": components["parameters"]["SignatureNonceHeader"];
                /** @description The signature algorithm; always `HmacSHA256`. */
                "x-sinch-webhook-signature-algorithm": components["parameters"]["SignatureAlgorithmHeader"];
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
            header: {
                /**
                 * @description Base64 HMAC-SHA256, keyed with the webhook's secret, of the raw body, `.`, the nonce, `.`
                 *     and the timestamp. Sent only when the webhook has a secret.
                 * @example 6bpJoRmFoXVjfJIVglMoJzYXxnoxRujzR4k2GOXewOE=
                 */
                "x-sinch-webhook-signature": components["parameters"]["SignatureHeader"];
                /**
                 * @description When the callback was signed, in Unix seconds.
                 * @example 1700000000
                 */
                "x-sinch-webhook-signature-timestamp": components["parameters"]["SignatureTimestampHeader"];
                /**
                 * @description A value unique to this callback, part of the signed content.
                 * @example 01FJA8B4A7BM43YGWSG9GBV067
                 */
                "x-sinch-webhook-signature-nonce": components["parameters"]["SignatureNonceHeader"];
                /** @description The signature algorithm; always `HmacSHA256`. */
                "x-sinch-webhook-signature-algorithm": components["parameters"]["SignatureAlgorithmHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MessageDeliveryEvent"];
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
            header: {
                /**
                 * @description Base64 HMAC-SHA256, keyed with the webhook's secret, of the raw body, `.`, the nonce, `.`
                 *     and the timestamp. Sent only when the webhook has a secret.
                 * @example 6bpJoRmFoXVjfJIVglMoJzYXxnoxRujzR4k2GOXewOE=
                 */
                "x-sinch-webhook-signature": components["parameters"]["SignatureHeader"];
                /**
                 * @description When the callback was signed, in Unix seconds.
                 * @example 1700000000
                 */
                "x-sinch-webhook-signature-timestamp": components["parameters"]["SignatureTimestampHeader"];
                /**
                 * @description A value unique to this callback, part of the signed content.
                 * @example 01FJA8B4A7BM43YGWSG9GBV067
                 */
                "x-sinch-webhook-signature-nonce": components["parameters"]["SignatureNonceHeader"];
                /** @description The signature algorithm; always `HmacSHA256`. */
                "x-sinch-webhook-signature-algorithm": components["parameters"]["SignatureAlgorithmHeader"];
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
            header: {
                /**
                 * @description Base64 HMAC-SHA256, keyed with the webhook's secret, of the raw body, `.`, the nonce, `.`
                 *     and the timestamp. Sent only when the webhook has a secret.
                 * @example 6bpJoRmFoXVjfJIVglMoJzYXxnoxRujzR4k2GOXewOE=
                 */
                "x-sinch-webhook-signature": components["parameters"]["SignatureHeader"];
                /**
                 * @description When the callback was signed, in Unix seconds.
                 * @example 1700000000
                 */
                "x-sinch-webhook-signature-timestamp": components["parameters"]["SignatureTimestampHeader"];
                /**
                 * @description A value unique to this callback, part of the signed content.
                 * @example 01FJA8B4A7BM43YGWSG9GBV067
                 */
                "x-sinch-webhook-signature-nonce": components["parameters"]["SignatureNonceHeader"];
                /** @description The signature algorithm; always `HmacSHA256`. */
                "x-sinch-webhook-signature-algorithm": components["parameters"]["SignatureAlgorithmHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EventInboundEvent"];
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
            header: {
                /**
                 * @description Base64 HMAC-SHA256, keyed with the webhook's secret, of the raw body, `.`, the nonce, `.`
                 *     and the timestamp. Sent only when the webhook has a secret.
                 * @example 6bpJoRmFoXVjfJIVglMoJzYXxnoxRujzR4k2GOXewOE=
                 */
                "x-sinch-webhook-signature": components["parameters"]["SignatureHeader"];
                /**
                 * @description When the callback was signed, in Unix seconds.
                 * @example 1700000000
                 */
                "x-sinch-webhook-signature-timestamp": components["parameters"]["SignatureTimestampHeader"];
                /**
                 * @description A value unique to this callback, part of the signed content.
                 * @example 01FJA8B4A7BM43YGWSG9GBV067
                 */
                "x-sinch-webhook-signature-nonce": components["parameters"]["SignatureNonceHeader"];
                /** @description The signature algorithm; always `HmacSHA256`. */
                "x-sinch-webhook-signature-algorithm": components["parameters"]["SignatureAlgorithmHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EventDeliveryEvent"];
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
            header: {
                /**
                 * @description Base64 HMAC-SHA256, keyed with the webhook's secret, of the raw body, `.`, the nonce, `.`
                 *     and the timestamp. Sent only when the webhook has a secret.
                 * @example 6bpJoRmFoXVjfJIVglMoJzYXxnoxRujzR4k2GOXewOE=
                 */
                "x-sinch-webhook-signature": components["parameters"]["SignatureHeader"];
                /**
                 * @description When the callback was signed, in Unix seconds.
                 * @example 1700000000
                 */
                "x-sinch-webhook-signature-timestamp": components["parameters"]["SignatureTimestampHeader"];
                /**
                 * @description A value unique to this callback, part of the signed content.
                 * @example 01FJA8B4A7BM43YGWSG9GBV067
                 */
                "x-sinch-webhook-signature-nonce": components["parameters"]["SignatureNonceHeader"];
                /** @description The signature algorithm; always `HmacSHA256`. */
                "x-sinch-webhook-signature-algorithm": components["parameters"]["SignatureAlgorithmHeader"];
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
            header: {
                /**
                 * @description Base64 HMAC-SHA256, keyed with the webhook's secret, of the raw body, `.`, the nonce, `.`
                 *     and the timestamp. Sent only when the webhook has a secret.
                 * @example 6bpJoRmFoXVjfJIVglMoJzYXxnoxRujzR4k2GOXewOE=
                 */
                "x-sinch-webhook-signature": components["parameters"]["SignatureHeader"];
                /**
                 * @description When the callback was signed, in Unix seconds.
                 * @example 1700000000
                 */
                "x-sinch-webhook-signature-timestamp": components["parameters"]["SignatureTimestampHeader"];
                /**
                 * @description A value unique to this callback, part of the signed content.
                 * @example 01FJA8B4A7BM43YGWSG9GBV067
                 */
                "x-sinch-webhook-signature-nonce": components["parameters"]["SignatureNonceHeader"];
                /** @description The signature algorithm; always `HmacSHA256`. */
                "x-sinch-webhook-signature-algorithm": components["parameters"]["SignatureAlgorithmHeader"];
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
            header: {
                /**
                 * @description Base64 HMAC-SHA256, keyed with the webhook's secret, of the raw body, `.`, the nonce, `.`
                 *     and the timestamp. Sent only when the webhook has a secret.
                 * @example 6bpJoRmFoXVjfJIVglMoJzYXxnoxRujzR4k2GOXewOE=
                 */
                "x-sinch-webhook-signature": components["parameters"]["SignatureHeader"];
                /**
                 * @description When the callback was signed, in Unix seconds.
                 * @example 1700000000
                 */
                "x-sinch-webhook-signature-timestamp": components["parameters"]["SignatureTimestampHeader"];
                /**
                 * @description A value unique to this callback, part of the signed content.
                 * @example 01FJA8B4A7BM43YGWSG9GBV067
                 */
                "x-sinch-webhook-signature-nonce": components["parameters"]["SignatureNonceHeader"];
                /** @description The signature algorithm; always `HmacSHA256`. */
                "x-sinch-webhook-signature-algorithm": components["parameters"]["SignatureAlgorithmHeader"];
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
            header: {
                /**
                 * @description Base64 HMAC-SHA256, keyed with the webhook's secret, of the raw body, `.`, the nonce, `.`
                 *     and the timestamp. Sent only when the webhook has a secret.
                 * @example 6bpJoRmFoXVjfJIVglMoJzYXxnoxRujzR4k2GOXewOE=
                 */
                "x-sinch-webhook-signature": components["parameters"]["SignatureHeader"];
                /**
                 * @description When the callback was signed, in Unix seconds.
                 * @example 1700000000
                 */
                "x-sinch-webhook-signature-timestamp": components["parameters"]["SignatureTimestampHeader"];
                /**
                 * @description A value unique to this callback, part of the signed content.
                 * @example 01FJA8B4A7BM43YGWSG9GBV067
                 */
                "x-sinch-webhook-signature-nonce": components["parameters"]["SignatureNonceHeader"];
                /** @description The signature algorithm; always `HmacSHA256`. */
                "x-sinch-webhook-signature-algorithm": components["parameters"]["SignatureAlgorithmHeader"];
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
            header: {
                /**
                 * @description Base64 HMAC-SHA256, keyed with the webhook's secret, of the raw body, `.`, the nonce, `.`
                 *     and the timestamp. Sent only when the webhook has a secret.
                 * @example 6bpJoRmFoXVjfJIVglMoJzYXxnoxRujzR4k2GOXewOE=
                 */
                "x-sinch-webhook-signature": components["parameters"]["SignatureHeader"];
                /**
                 * @description When the callback was signed, in Unix seconds.
                 * @example 1700000000
                 */
                "x-sinch-webhook-signature-timestamp": components["parameters"]["SignatureTimestampHeader"];
                /**
                 * @description A value unique to this callback, part of the signed content.
                 * @example 01FJA8B4A7BM43YGWSG9GBV067
                 */
                "x-sinch-webhook-signature-nonce": components["parameters"]["SignatureNonceHeader"];
                /** @description The signature algorithm; always `HmacSHA256`. */
                "x-sinch-webhook-signature-algorithm": components["parameters"]["SignatureAlgorithmHeader"];
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
            header: {
                /**
                 * @description Base64 HMAC-SHA256, keyed with the webhook's secret, of the raw body, `.`, the nonce, `.`
                 *     and the timestamp. Sent only when the webhook has a secret.
                 * @example 6bpJoRmFoXVjfJIVglMoJzYXxnoxRujzR4k2GOXewOE=
                 */
                "x-sinch-webhook-signature": components["parameters"]["SignatureHeader"];
                /**
                 * @description When the callback was signed, in Unix seconds.
                 * @example 1700000000
                 */
                "x-sinch-webhook-signature-timestamp": components["parameters"]["SignatureTimestampHeader"];
                /**
                 * @description A value unique to this callback, part of the signed content.
                 * @example 01FJA8B4A7BM43YGWSG9GBV067
                 */
                "x-sinch-webhook-signature-nonce": components["parameters"]["SignatureNonceHeader"];
                /** @description The signature algorithm; always `HmacSHA256`. */
                "x-sinch-webhook-signature-algorithm": components["parameters"]["SignatureAlgorithmHeader"];
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
            header: {
                /**
                 * @description Base64 HMAC-SHA256, keyed with the webhook's secret, of the raw body, `.`, the nonce, `.`
                 *     and the timestamp. Sent only when the webhook has a secret.
                 * @example 6bpJoRmFoXVjfJIVglMoJzYXxnoxRujzR4k2GOXewOE=
                 */
                "x-sinch-webhook-signature": components["parameters"]["SignatureHeader"];
                /**
                 * @description When the callback was signed, in Unix seconds.
                 * @example 1700000000
                 */
                "x-sinch-webhook-signature-timestamp": components["parameters"]["SignatureTimestampHeader"];
                /**
                 * @description A value unique to this callback, part of the signed content.
                 * @example 01FJA8B4A7BM43YGWSG9GBV067
                 */
                "x-sinch-webhook-signature-nonce": components["parameters"]["SignatureNonceHeader"];
                /** @description The signature algorithm; always `HmacSHA256`. */
                "x-sinch-webhook-signature-algorithm": components["parameters"]["SignatureAlgorithmHeader"];
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
            header: {
                /**
                 * @description Base64 HMAC-SHA256, keyed with the webhook's secret, of the raw body, `.`, the nonce, `.`
                 *     and the timestamp. Sent only when the webhook has a secret.
                 * @example 6bpJoRmFoXVjfJIVglMoJzYXxnoxRujzR4k2GOXewOE=
                 */
                "x-sinch-webhook-signature": components["parameters"]["SignatureHeader"];
                /**
                 * @description When the callback was signed, in Unix seconds.
                 * @example 1700000000
                 */
                "x-sinch-webhook-signature-timestamp": components["parameters"]["SignatureTimestampHeader"];
                /**
                 * @description A value unique to this callback, part of the signed content.
                 * @example 01FJA8B4A7BM43YGWSG9GBV067
                 */
                "x-sinch-webhook-signature-nonce": components["parameters"]["SignatureNonceHeader"];
                /** @description The signature algorithm; always `HmacSHA256`. */
                "x-sinch-webhook-signature-algorithm": components["parameters"]["SignatureAlgorithmHeader"];
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
            header: {
                /**
                 * @description Base64 HMAC-SHA256, keyed with the webhook's secret, of the raw body, `.`, the nonce, `.`
                 *     and the timestamp. Sent only when the webhook has a secret.
                 * @example 6bpJoRmFoXVjfJIVglMoJzYXxnoxRujzR4k2GOXewOE=
                 */
                "x-sinch-webhook-signature": components["parameters"]["SignatureHeader"];
                /**
                 * @description When the callback was signed, in Unix seconds.
                 * @example 1700000000
                 */
                "x-sinch-webhook-signature-timestamp": components["parameters"]["SignatureTimestampHeader"];
                /**
                 * @description A value unique to this callback, part of the signed content.
                 * @example 01FJA8B4A7BM43YGWSG9GBV067
                 */
                "x-sinch-webhook-signature-nonce": components["parameters"]["SignatureNonceHeader"];
                /** @description The signature algorithm; always `HmacSHA256`. */
                "x-sinch-webhook-signature-algorithm": components["parameters"]["SignatureAlgorithmHeader"];
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
            header: {
                /**
                 * @description Base64 HMAC-SHA256, keyed with the webhook's secret, of the raw body, `.`, the nonce, `.`
                 *     and the timestamp. Sent only when the webhook has a secret.
                 * @example 6bpJoRmFoXVjfJIVglMoJzYXxnoxRujzR4k2GOXewOE=
                 */
                "x-sinch-webhook-signature": components["parameters"]["SignatureHeader"];
                /**
                 * @description When the callback was signed, in Unix seconds.
                 * @example 1700000000
                 */
                "x-sinch-webhook-signature-timestamp": components["parameters"]["SignatureTimestampHeader"];
                /**
                 * @description A value unique to this callback, part of the signed content.
                 * @example 01FJA8B4A7BM43YGWSG9GBV067
                 */
                "x-sinch-webhook-signature-nonce": components["parameters"]["SignatureNonceHeader"];
                /** @description The signature algorithm; always `HmacSHA256`. */
                "x-sinch-webhook-signature-algorithm": components["parameters"]["SignatureAlgorithmHeader"];
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
            header: {
                /**
                 * @description Base64 HMAC-SHA256, keyed with the webhook's secret, of the raw body, `.`, the nonce, `.`
                 *     and the timestamp. Sent only when the webhook has a secret.
                 * @example 6bpJoRmFoXVjfJIVglMoJzYXxnoxRujzR4k2GOXewOE=
                 */
                "x-sinch-webhook-signature": components["parameters"]["SignatureHeader"];
                /**
                 * @description When the callback was signed, in Unix seconds.
                 * @example 1700000000
                 */
                "x-sinch-webhook-signature-timestamp": components["parameters"]["SignatureTimestampHeader"];
                /**
                 * @description A value unique to this callback, part of the signed content.
                 * @example 01FJA8B4A7BM43YGWSG9GBV067
                 */
                "x-sinch-webhook-signature-nonce": components["parameters"]["SignatureNonceHeader"];
                /** @description The signature algorithm; always `HmacSHA256`. */
                "x-sinch-webhook-signature-algorithm": components["parameters"]["SignatureAlgorithmHeader"];
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
            header: {
                /**
                 * @description Base64 HMAC-SHA256, keyed with the webhook's secret, of the raw body, `.`, the nonce, `.`
                 *     and the timestamp. Sent only when the webhook has a secret.
                 * @example 6bpJoRmFoXVjfJIVglMoJzYXxnoxRujzR4k2GOXewOE=
                 */
                "x-sinch-webhook-signature": components["parameters"]["SignatureHeader"];
                /**
                 * @description When the callback was signed, in Unix seconds.
                 * @example 1700000000
                 */
                "x-sinch-webhook-signature-timestamp": components["parameters"]["SignatureTimestampHeader"];
                /**
                 * @description A value unique to this callback, part of the signed content.
                 * @example 01FJA8B4A7BM43YGWSG9GBV067
                 */
                "x-sinch-webhook-signature-nonce": components["parameters"]["SignatureNonceHeader"];
                /** @description The signature algorithm; always `HmacSHA256`. */
                "x-sinch-webhook-signature-algorithm": components["parameters"]["SignatureAlgorithmHeader"];
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
            header: {
                /**
                 * @description Base64 HMAC-SHA256, keyed with the webhook's secret, of the raw body, `.`, the nonce, `.`
                 *     and the timestamp. Sent only when the webhook has a secret.
                 * @example 6bpJoRmFoXVjfJIVglMoJzYXxnoxRujzR4k2GOXewOE=
                 */
                "x-sinch-webhook-signature": components["parameters"]["SignatureHeader"];
                /**
                 * @description When the callback was signed, in Unix seconds.
                 * @example 1700000000
                 */
                "x-sinch-webhook-signature-timestamp": components["parameters"]["SignatureTimestampHeader"];
                /**
                 * @description A value unique to this callback, part of the signed content.
                 * @example 01FJA8B4A7BM43YGWSG9GBV067
                 */
                "x-sinch-webhook-signature-nonce": components["parameters"]["SignatureNonceHeader"];
                /** @description The signature algorithm; always `HmacSHA256`. */
                "x-sinch-webhook-signature-algorithm": components["parameters"]["SignatureAlgorithmHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UnsupportedEvent"];
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
            header: {
                /**
                 * @description Base64 HMAC-SHA256, keyed with the webhook's secret, of the raw body, `.`, the nonce, `.`
                 *     and the timestamp. Sent only when the webhook has a secret.
                 * @example 6bpJoRmFoXVjfJIVglMoJzYXxnoxRujzR4k2GOXewOE=
                 */
                "x-sinch-webhook-signature": components["parameters"]["SignatureHeader"];
                /**
                 * @description When the callback was signed, in Unix seconds.
                 * @example 1700000000
                 */
                "x-sinch-webhook-signature-timestamp": components["parameters"]["SignatureTimestampHeader"];
                /**
                 * @description A value unique to this callback, part of the signed content.
                 * @example 01FJA8B4A7BM43YGWSG9GBV067
                 */
                "x-sinch-webhook-signature-nonce": components["parameters"]["SignatureNonceHeader"];
                /** @description The signature algorithm; always `HmacSHA256`. */
                "x-sinch-webhook-signature-algorithm": components["parameters"]["SignatureAlgorithmHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SmartConversationEvent"];
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
            header: {
                /**
                 * @description Base64 HMAC-SHA256, keyed with the webhook's secret, of the raw body, `.`, the nonce, `.`
                 *     and the timestamp. Sent only when the webhook has a secret.
                 * @example 6bpJoRmFoXVjfJIVglMoJzYXxnoxRujzR4k2GOXewOE=
                 */
                "x-sinch-webhook-signature": components["parameters"]["SignatureHeader"];
                /**
                 * @description When the callback was signed, in Unix seconds.
                 * @example 1700000000
                 */
                "x-sinch-webhook-signature-timestamp": components["parameters"]["SignatureTimestampHeader"];
                /**
                 * @description A value unique to this callback, part of the signed content.
                 * @example 01FJA8B4A7BM43YGWSG9GBV067
                 */
                "x-sinch-webhook-signature-nonce": components["parameters"]["SignatureNonceHeader"];
                /** @description The signature algorithm; always `HmacSHA256`. */
                "x-sinch-webhook-signature-algorithm": components["parameters"]["SignatureAlgorithmHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MessageRedactionEvent"];
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
            header: {
                /**
                 * @description Base64 HMAC-SHA256, keyed with the webhook's secret, of the raw body, `.`, the nonce, `.`
                 *     and the timestamp. Sent only when the webhook has a secret.
                 * @example 6bpJoRmFoXVjfJIVglMoJzYXxnoxRujzR4k2GOXewOE=
                 */
                "x-sinch-webhook-signature": components["parameters"]["SignatureHeader"];
                /**
                 * @description When the callback was signed, in Unix seconds.
                 * @example 1700000000
                 */
                "x-sinch-webhook-signature-timestamp": components["parameters"]["SignatureTimestampHeader"];
                /**
                 * @description A value unique to this callback, part of the signed content.
                 * @example 01FJA8B4A7BM43YGWSG9GBV067
                 */
                "x-sinch-webhook-signature-nonce": components["parameters"]["SignatureNonceHeader"];
                /** @description The signature algorithm; always `HmacSHA256`. */
                "x-sinch-webhook-signature-algorithm": components["parameters"]["SignatureAlgorithmHeader"];
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
