// Generated from specs/conversation/1.0/openapi.yaml by scripts/generate.mjs — do not edit.
// Run `pnpm generate` after changing the spec.

export interface paths {
    "/v1/projects/{project_id}/messages:send": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * TODO
         * @description TODO
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
                messages_source?: components["parameters"]["MessagesSource"];
            };
            header?: never;
            path: {
                project_id: components["parameters"]["ProjectId"];
                message_id: components["parameters"]["MessageId"];
            };
            cookie?: never;
        };
        /**
         * TODO
         * @description TODO
         */
        get: operations["getMessage"];
        put?: never;
        post?: never;
        /**
         * TODO
         * @description TODO
         */
        delete: operations["deleteMessage"];
        options?: never;
        head?: never;
        /**
         * TODO
         * @description TODO
         */
        patch: operations["updateMessageMetadata"];
        trace?: never;
    };
    "/v1/projects/{project_id}/messages": {
        parameters: {
            query?: {
                conversation_id?: components["parameters"]["QueryConversationId"];
                contact_id?: components["parameters"]["QueryContactId"];
                app_id?: string;
                channel_identity?: string;
                start_time?: string;
                end_time?: string;
                page_size?: number;
                page_token?: string;
                view?: components["schemas"]["ConversationMessagesView"];
                messages_source?: components["parameters"]["MessagesSource"];
                only_recipient_originated?: components["parameters"]["OnlyRecipientOriginated"];
                channel?: components["schemas"]["ConversationChannel"];
                direction?: components["schemas"]["ConversationDirection"];
            };
            header?: never;
            path: {
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        /**
         * TODO
         * @description TODO
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
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * TODO
         * @description TODO
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
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        /**
         * TODO
         * @description TODO
         */
        get: operations["listApps"];
        put?: never;
        /**
         * TODO
         * @description TODO
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
                project_id: components["parameters"]["ProjectId"];
                app_id: components["parameters"]["AppId"];
            };
            cookie?: never;
        };
        /**
         * TODO
         * @description TODO
         */
        get: operations["getApp"];
        put?: never;
        post?: never;
        /**
         * TODO
         * @description TODO
         */
        delete: operations["deleteApp"];
        options?: never;
        head?: never;
        /**
         * TODO
         * @description TODO
         */
        patch: operations["updateApp"];
        trace?: never;
    };
    "/v1/projects/{project_id}/apps/{app_id}/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: components["parameters"]["ProjectId"];
                app_id: components["parameters"]["AppId"];
            };
            cookie?: never;
        };
        /**
         * TODO
         * @description TODO
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
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * TODO
         * @description TODO
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
                project_id: components["parameters"]["ProjectId"];
                webhook_id: components["parameters"]["WebhookId"];
            };
            cookie?: never;
        };
        /**
         * TODO
         * @description TODO
         */
        get: operations["getWebhook"];
        put?: never;
        post?: never;
        /**
         * TODO
         * @description TODO
         */
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        /**
         * TODO
         * @description TODO
         */
        patch: operations["updateWebhook"];
        trace?: never;
    };
    "/v1/projects/{project_id}/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        /**
         * TODO
         * @description TODO
         */
        get: operations["listContacts"];
        put?: never;
        /**
         * TODO
         * @description TODO
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
                project_id: components["parameters"]["ProjectId"];
                contact_id: components["parameters"]["ContactId"];
            };
            cookie?: never;
        };
        /**
         * TODO
         * @description TODO
         */
        get: operations["getContact"];
        put?: never;
        post?: never;
        /**
         * TODO
         * @description TODO
         */
        delete: operations["deleteContact"];
        options?: never;
        head?: never;
        /**
         * TODO
         * @description TODO
         */
        patch: operations["updateContact"];
        trace?: never;
    };
    "/v1/projects/{project_id}/contacts/{destination_id}:merge": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: components["parameters"]["ProjectId"];
                destination_id: components["parameters"]["DestinationId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * TODO
         * @description TODO
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
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * TODO
         * @description TODO
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
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        /**
         * TODO
         * @description TODO
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
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        /**
         * TODO
         * @description TODO
         */
        get: operations["listConversations"];
        put?: never;
        /**
         * TODO
         * @description TODO
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
                project_id: components["parameters"]["ProjectId"];
                conversation_id: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        /**
         * TODO
         * @description TODO
         */
        get: operations["getConversation"];
        put?: never;
        post?: never;
        /**
         * TODO
         * @description TODO
         */
        delete: operations["deleteConversation"];
        options?: never;
        head?: never;
        /**
         * TODO
         * @description TODO
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
         * TODO
         * @description TODO
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
                project_id: components["parameters"]["ProjectId"];
                conversation_id: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * TODO
         * @description TODO
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
                project_id: components["parameters"]["ProjectId"];
                conversation_id: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * TODO
         * @description TODO
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
                project_id: components["parameters"]["ProjectId"];
                conversation_id: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * TODO
         * @description TODO
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
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * TODO
         * @description TODO
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
                project_id: components["parameters"]["ProjectId"];
                event_id: components["parameters"]["EventId"];
            };
            cookie?: never;
        };
        /**
         * TODO
         * @description TODO
         */
        get: operations["getEvent"];
        put?: never;
        post?: never;
        /**
         * TODO
         * @description TODO
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
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        /**
         * TODO
         * @description TODO
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
                project_id: components["parameters"]["ProjectId"];
                app_id: components["parameters"]["AppId"];
                list_type: components["parameters"]["ListType"];
            };
            cookie?: never;
        };
        /**
         * TODO
         * @description TODO
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
                project_id: components["parameters"]["ProjectId"];
                app_id: components["parameters"]["AppId"];
                identity: components["parameters"]["Identity"];
            };
            cookie?: never;
        };
        /**
         * TODO
         * @description TODO
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
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * TODO
         * @description TODO
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
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * TODO
         * @description TODO
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
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        /**
         * TODO
         * @description TODO
         */
        get: operations["getProjectSettings"];
        put?: never;
        /**
         * TODO
         * @description TODO
         */
        post: operations["createProjectSettings"];
        /**
         * TODO
         * @description TODO
         */
        delete: operations["deleteProjectSettings"];
        options?: never;
        head?: never;
        /**
         * TODO
         * @description TODO
         */
        patch: operations["updateProjectSettings"];
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description TODO
         * @default CONVERSATION_SOURCE
         * @enum {string}
         */
        MessageSource: "CONVERSATION_SOURCE" | "DISPATCH_SOURCE";
        /**
         * @description TODO
         * @default WITH_METADATA
         * @enum {string}
         */
        ConversationMessagesView: "WITH_METADATA" | "WITHOUT_METADATA";
        /** @description TODO */
        ListMessagesByChannelIdentityRequest: {
            channel_identities?: string[];
            contact_ids?: string[];
            app_id?: string;
            messages_source?: components["schemas"]["MessageSource"];
            /**
             * Format: int32
             * @default 10
             */
            page_size: number;
            page_token?: string;
            view?: unknown & components["schemas"]["ConversationMessagesView"];
            /** Format: date-time */
            start_time?: string;
            /** Format: date-time */
            end_time?: string;
            channel?: unknown & components["schemas"]["ConversationChannel"];
            direction?: unknown & components["schemas"]["ConversationDirection"];
        };
        /** @description TODO */
        ListMessagesResponse: {
            readonly messages?: components["schemas"]["ConversationMessage"][];
            next_page_token?: string;
        };
        /** @description TODO */
        SendMessageRequest: {
            /** @example {APP_ID} */
            app_id: string;
            callback_url?: string;
            channel_priority_order?: components["schemas"]["ConversationChannel"][];
            channel_properties?: {
                [key: string]: string;
            };
            message: components["schemas"]["AppMessage"];
            message_metadata?: string;
            conversation_metadata?: Record<string, never>;
            queue?: components["schemas"]["MessageQueue"];
            recipient: components["schemas"]["RecipientRequest"];
            ttl?: string;
            processing_strategy?: components["schemas"]["ProcessingStrategy"];
            correlation_id?: string;
            conversation_metadata_update_strategy?: components["schemas"]["MetadataUpdateStrategy"];
            message_content_type?: components["schemas"]["MessageContentType"];
        };
        /**
         * @description TODO
         * @default CONTENT_UNKNOWN
         * @enum {string}
         */
        MessageContentType: "CONTENT_UNKNOWN" | "CONTENT_MARKETING" | "CONTENT_NOTIFICATION";
        /**
         * @description TODO
         * @default DEFAULT
         * @enum {string}
         */
        ProcessingStrategy: "DEFAULT" | "DISPATCH_ONLY";
        /** @description TODO */
        SendMessageResponse: {
            /** Format: date-time */
            readonly accepted_time?: string;
            readonly message_id?: string;
        };
        /**
         * Update message request
         * @description TODO
         */
        UpdateMessageMetadataRequest: {
            metadata: string;
        };
        /**
         * Message originating from app
         * @description TODO
         */
        AppMessage: components["schemas"]["AppMessageTypes"] & components["schemas"]["AppMessageCommonProps"];
        /** @description TODO */
        AppMessageTypes: components["schemas"]["CardMessageField"] | components["schemas"]["CarouselMessageField"] | components["schemas"]["ChoiceMessageField"] | components["schemas"]["LocationMessageField"] | components["schemas"]["MediaMessageField"] | components["schemas"]["TemplateMessageField"] | components["schemas"]["TextMessageField"] | components["schemas"]["ListMessageField"] | components["schemas"]["ContactInfoMessageField"];
        /** @description TODO */
        AppMessageCommonProps: {
            explicit_channel_message?: {
                [key: string]: string;
            };
            explicit_channel_omni_message?: {
                [key: string]: components["schemas"]["OmniMessageOverride"];
            };
            channel_specific_message?: {
                [key: string]: components["schemas"]["ChannelSpecificMessage"];
            };
            agent?: components["schemas"]["Agent"];
            /** Reply To */
            reply_to?: {
                message_id: string;
            };
        };
        /**
         * Call
         * @description TODO
         */
        CallMessageField: {
            /** Call Message */
            call_message?: {
                /** @example +15551231234 */
                phone_number: string;
                /** @example Message text */
                title: string;
            };
        };
        /**
         * @description TODO
         * @enum {string}
         */
        CardHeight: "UNSPECIFIED_HEIGHT" | "SHORT" | "MEDIUM" | "TALL";
        /**
         * Card
         * @description TODO
         */
        CardMessageField: {
            card_message?: components["schemas"]["CardMessage"];
        };
        /**
         * Card Message
         * @description TODO
         */
        CardMessage: {
            choices?: components["schemas"]["Choice"][];
            description?: string;
            height?: components["schemas"]["CardHeight"];
            title?: string;
            media_message?: components["schemas"]["MediaProperties"];
            message_properties?: {
                whatsapp_header?: string;
            };
        };
        /**
         * Carousel
         * @description TODO
         */
        CarouselMessageField: {
            /** Carousel Message */
            carousel_message?: {
                cards: components["schemas"]["CardMessage"][];
                choices?: components["schemas"]["Choice"][];
            };
        };
        /**
         * Channel Identity
         * @description TODO
         */
        ChannelIdentity: {
            app_id?: string;
            channel: components["schemas"]["ConversationChannel"];
            identity: string;
        };
        /** @description TODO */
        Choices: {
            choices?: components["schemas"]["Choice"][];
        };
        /**
         * Choice message
         * @description TODO
         */
        Choice: components["schemas"]["ChoiceTypes"] & components["schemas"]["ChoiceCommonProps"];
        /** @description TODO */
        ChoiceTypes: components["schemas"]["CallMessageField"] | components["schemas"]["LocationMessageField"] | components["schemas"]["TextMessageField"] | components["schemas"]["UrlMessageField"] | components["schemas"]["CalendarMessageField"] | components["schemas"]["ShareLocationMessageField"];
        /** @description TODO */
        ChoiceCommonProps: {
            postback_data?: unknown;
            display_mode?: components["schemas"]["DisplayMode"];
        };
        /**
         * @description TODO
         * @enum {string}
         */
        DisplayMode: "DISPLAY_MODE_UNSPECIFIED" | "PERSISTENT";
        /**
         * Choice
         * @description TODO
         */
        ChoiceMessageField: {
            /** Choice Message */
            choice_message?: unknown & WithRequired<components["schemas"]["Choices"], "choices"> & components["schemas"]["TextMessageField"] & components["schemas"]["ChoiceMessagePropertiesField"];
        };
        /**
         * Choice Response
         * @description TODO
         */
        ChoiceResponseMessageField: {
            /** Choice Response Message */
            choice_response_message?: {
                message_id: string;
                postback_data: string;
            };
        };
        /**
         * Agent
         * @description TODO
         */
        Agent: {
            display_name?: string;
            type?: components["schemas"]["AgentType"];
            picture_url?: string;
        };
        /**
         * @description TODO
         * @default UNKNOWN_AGENT_TYPE
         * @enum {string}
         */
        AgentType: "UNKNOWN_AGENT_TYPE" | "HUMAN" | "BOT";
        /**
         * Message originating from a contact
         * @description TODO
         */
        ContactMessage: components["schemas"]["ContactMessageTypes"] & components["schemas"]["ContactMessageCommonProps"];
        /** @description TODO */
        ContactMessageTypes: components["schemas"]["ChannelSpecificContactMessage"] | components["schemas"]["ChoiceResponseMessageField"] | components["schemas"]["FallbackMessageField"] | components["schemas"]["LocationMessageField"] | components["schemas"]["MediaCardMessageField"] | components["schemas"]["MediaMessageField"] | components["schemas"]["ProductResponseMessage"] | components["schemas"]["TextMessageField"];
        /** @description TODO */
        ContactMessageCommonProps: components["schemas"]["ReplyToField"];
        /**
         * Channel Identifier
         * @description TODO
         * @example WHATSAPP
         * @enum {string}
         */
        ConversationChannel: "SMS" | "RCS" | "WHATSAPP" | "MMS" | "KAKAOTALK" | "KAKAOTALKCHAT" | "VIBERBM" | "LINE" | "INSTAGRAM" | "MESSENGER" | "WECHAT" | "TELEGRAM" | "APPLEBC";
        /**
         * @description TODO
         * @enum {string}
         */
        ConversationDirection: "TO_APP" | "TO_CONTACT";
        /**
         * Conversation Message
         * @description TODO
         */
        ConversationMessage: components["schemas"]["ConversationMessageTypes"] & components["schemas"]["ConversationMessageCommonProps"];
        /** @description TODO */
        ConversationMessageTypes: {
            app_message?: components["schemas"]["AppMessage"];
        } | {
            contact_message?: components["schemas"]["ContactMessage"];
        };
        /** @description TODO */
        ConversationMessageCommonProps: {
            /** Format: date-time */
            readonly accept_time?: string;
            channel_identity?: components["schemas"]["ChannelIdentity"];
            contact_id?: string;
            conversation_id?: string;
            direction?: components["schemas"]["ConversationDirection"];
            id?: string;
            metadata?: string;
            readonly injected?: boolean;
            sender_id?: string;
            processing_mode?: components["schemas"]["ProcessingMode"];
        };
        /**
         * Geographic coordinates
         * @description TODO
         */
        Coordinates: {
            /** Format: float */
            latitude: number;
            /** Format: float */
            longitude: number;
        };
        /**
         * Fallback
         * @description TODO
         */
        FallbackMessageField: {
            /** Fallback Message */
            fallback_message?: {
                raw_message?: string;
                reason?: components["schemas"]["Reason"];
            };
        };
        /**
         * Location
         * @description TODO
         */
        LocationMessageField: {
            /** Location Message */
            location_message?: {
                coordinates: components["schemas"]["Coordinates"];
                label?: string;
                title: string;
            };
        };
        /**
         * Media Card
         * @description TODO
         */
        MediaCardMessageField: {
            /** Media Card Message */
            media_card_message?: {
                caption?: string;
                url: string;
            };
        };
        /**
         * Media Message
         * @description TODO
         */
        MediaMessageField: {
            media_message?: components["schemas"]["MediaProperties"];
        };
        /**
         * Media Properties
         * @description TODO
         */
        MediaProperties: {
            thumbnail_url?: string;
            url: string;
            filename_override?: string;
        };
        /**
         * Choice
         * @description TODO
         */
        ChoiceItem: {
            title: string;
            description?: string;
            media?: components["schemas"]["MediaProperties"];
            postback_data?: string;
        };
        /**
         * Product
         * @description TODO
         */
        ProductItem: {
            id: string;
            /** @example FACEBOOK */
            marketplace: string;
            /** Format: int32 */
            quantity?: number;
            /** Format: float */
            item_price?: number;
            currency?: string;
        };
        /**
         * List Item
         * @description TODO
         */
        ListItem: {
            choice: components["schemas"]["ChoiceItem"];
        } | {
            product: components["schemas"]["ProductItem"];
        };
        /**
         * Product Response Message
         * @description TODO
         */
        ProductResponseMessage: {
            product_response_message?: {
                products?: components["schemas"]["ProductItem"][];
                title?: string;
                catalog_id?: string;
            };
        };
        /**
         * List Section
         * @description TODO
         */
        ListSection: {
            title?: string;
            items: components["schemas"]["ListItem"][];
        };
        /**
         * List
         * @description TODO
         */
        ListMessageField: {
            /** List Message */
            list_message?: {
                title: string;
                description?: string;
                media?: components["schemas"]["MediaProperties"];
                sections: components["schemas"]["ListSection"][];
                message_properties?: {
                    catalog_id?: string;
                    menu?: string;
                    whatsapp_header?: string;
                };
            };
        };
        /** @description TODO */
        Reason: {
            code?: components["schemas"]["ReasonCode"];
            description?: string;
            sub_code?: components["schemas"]["ReasonSubCode"];
            channel_code?: string;
        };
        /**
         * @description TODO
         * @enum {string}
         */
        ReasonCode: "UNKNOWN" | "INTERNAL_ERROR" | "RATE_LIMITED" | "RECIPIENT_INVALID_CHANNEL_IDENTITY" | "RECIPIENT_NOT_REACHABLE" | "RECIPIENT_NOT_OPTED_IN" | "OUTSIDE_ALLOWED_SENDING_WINDOW" | "CHANNEL_FAILURE" | "CHANNEL_BAD_CONFIGURATION" | "CHANNEL_CONFIGURATION_MISSING" | "MEDIA_TYPE_UNSUPPORTED" | "MEDIA_TOO_LARGE" | "MEDIA_NOT_REACHABLE" | "NO_CHANNELS_LEFT" | "TEMPLATE_NOT_FOUND" | "TEMPLATE_INSUFFICIENT_PARAMETERS" | "TEMPLATE_NON_EXISTING_LANGUAGE_OR_VERSION" | "DELIVERY_TIMED_OUT" | "DELIVERY_REJECTED_DUE_TO_POLICY" | "CONTACT_NOT_FOUND" | "BAD_REQUEST" | "UNKNOWN_APP" | "NO_CHANNEL_IDENTITY_FOR_CONTACT" | "CHANNEL_REJECT" | "NO_PERMISSION" | "NO_PROFILE_AVAILABLE" | "UNSUPPORTED_OPERATION";
        /**
         * @description TODO
         * @enum {string}
         */
        ReasonSubCode: "UNSPECIFIED_SUB_CODE" | "ATTACHMENT_REJECTED" | "MEDIA_TYPE_UNDETERMINED" | "INACTIVE_SENDER";
        /**
         * Reply To
         * @description TODO
         */
        ReplyToField: {
            /** Reply To */
            reply_to?: {
                message_id: string;
            };
        };
        /**
         * @description TODO
         * @default DISPATCH
         * @enum {string}
         */
        ProcessingMode: "CONVERSATION" | "DISPATCH";
        /**
         * Template Message
         * @description TODO
         */
        TemplateMessageField: {
            /** Template Message */
            template_message?: {
                channel_template?: {
                    [key: string]: components["schemas"]["TemplateReference"];
                };
                omni_template?: components["schemas"]["TemplateReferenceWithVersion"];
            };
        };
        /**
         * Template (Reference)
         * @description TODO
         */
        TemplateReferenceField: {
            template_reference?: components["schemas"]["TemplateReferenceWithVersion"];
        };
        /** @description TODO */
        TemplateReferenceWithVersion: unknown & components["schemas"]["TemplateReference"];
        /**
         * Template reference with concrete parameter values
         * @description TODO
         */
        TemplateReference: {
            version?: string;
            language_code?: string;
            parameters?: {
                [key: string]: string;
            };
            template_id: string;
        };
        /**
         * Text
         * @description TODO
         */
        TextMessageField: {
            /** Text Message */
            text_message?: {
                text: string;
            };
        };
        /**
         * URL
         * @description TODO
         */
        UrlMessageField: {
            /** URL Message */
            url_message?: {
                title: string;
                url: string;
            };
        };
        /**
         * Calendar
         * @description TODO
         */
        CalendarMessageField: {
            /** Calendar message */
            calendar_message?: {
                title: string;
                /**
                 * Format: date-time
                 * @example 2025-11-30T10:00:00Z
                 */
                event_start: string;
                /**
                 * Format: date-time
                 * @example 2025-11-30T11:00:00Z
                 */
                event_end: string;
                event_title: string;
                event_description?: string;
                fallback_url: string;
            };
        };
        /**
         * Request location
         * @description TODO
         */
        ShareLocationMessageField: {
            /** Share Location Message */
            share_location_message?: {
                title: string;
                fallback_url: string;
            };
        };
        /**
         * Properties
         * @description TODO
         */
        ChoiceMessagePropertiesField: {
            message_properties?: {
                whatsapp_footer?: string;
            };
        };
        /**
         * Name of the contact
         * @description TODO
         */
        NameInfo: {
            full_name: string;
            first_name?: string;
            last_name?: string;
            middle_name?: string;
            prefix?: string;
            suffix?: string;
        };
        /**
         * Phone number
         * @description TODO
         */
        PhoneNumberInfo: {
            phone_number: string;
            type?: string;
        };
        /**
         * Address information
         * @description TODO
         */
        AddressInfo: {
            city?: string;
            country?: string;
            state?: string;
            zip?: string;
            type?: string;
            country_code?: string;
        };
        /**
         * Email information
         * @description TODO
         */
        EmailInfo: {
            email_address: string;
            type?: string;
        };
        /**
         * Organization information
         * @description TODO
         */
        OrganizationInfo: {
            company?: string;
            department?: string;
            title?: string;
        };
        /**
         * URL Info
         * @description TODO
         */
        UrlInfo: {
            url: string;
            type?: string;
        };
        /**
         * Contact Info
         * @description TODO
         */
        ContactInfoMessageField: {
            /** Contact Info Message */
            contact_info_message?: {
                name: components["schemas"]["NameInfo"];
                phone_numbers: components["schemas"]["PhoneNumberInfo"][];
                addresses?: components["schemas"]["AddressInfo"][];
                email_addresses?: components["schemas"]["EmailInfo"][];
                organization?: components["schemas"]["OrganizationInfo"];
                urls?: components["schemas"]["UrlInfo"][];
                birthday?: string;
            };
        };
        /** @description TODO */
        OmniMessageOverride: components["schemas"]["TextMessageField"] | components["schemas"]["MediaMessageField"] | components["schemas"]["TemplateReferenceField"] | components["schemas"]["ChoiceMessageField"] | components["schemas"]["CardMessageField"] | components["schemas"]["CarouselMessageField"] | components["schemas"]["LocationMessageField"] | components["schemas"]["ContactInfoMessageField"] | components["schemas"]["ListMessageField"];
        /**
         * Channel specific message
         * @description TODO
         */
        ChannelSpecificMessage: {
            /** @enum {string} */
            message_type: "FLOWS" | "ORDER_DETAILS" | "ORDER_STATUS" | "COMMERCE" | "CAROUSEL_COMMERCE" | "NOTIFICATION_MESSAGE_TEMPLATE";
            message: components["schemas"]["FlowChannelSpecificMessage"] | components["schemas"]["PaymentOrderDetailsChannelSpecificMessage"] | components["schemas"]["PaymentOrderStatusChannelSpecificMessage"] | components["schemas"]["KakaoTalkCommerceChannelSpecificMessage"] | components["schemas"]["KakaoTalkCarouselCommerceChannelSpecificMessage"] | components["schemas"]["LineNotificationMessageTemplateChannelSpecificMessage"];
        };
        /**
         * Channel Specific Message
         * @description TODO
         */
        ChannelSpecificContactMessage: {
            channel_specific_message?: {
                /** @enum {string} */
                message_type?: "nfm_reply";
                message?: components["schemas"]["WhatsAppInteractiveNfmReplyChannelSpecificContactMessage"];
            };
        };
        /** @description TODO */
        ChannelSpecificCommonProps: {
            header?: components["schemas"]["WhatsAppInteractiveTextHeader"] | components["schemas"]["WhatsAppInteractiveImageHeader"] | components["schemas"]["WhatsAppInteractiveDocumentHeader"] | components["schemas"]["WhatsAppInteractiveVideoHeader"];
            body?: components["schemas"]["WhatsAppInteractiveBody"];
            footer?: components["schemas"]["WhatsAppInteractiveFooter"];
        };
        /** @description TODO */
        FlowChannelSpecificMessage: components["schemas"]["ChannelSpecificCommonProps"] & {
            flow_id: string;
            flow_token?: string;
            /**
             * @default published
             * @enum {string}
             */
            flow_mode: "draft" | "published";
            flow_cta: string;
            /**
             * @default navigate
             * @enum {string}
             */
            flow_action: "navigate" | "data_exchange";
            flow_action_payload?: {
                screen?: string;
                data?: Record<string, never>;
            };
        };
        /** @description TODO */
        PaymentOrderDetailsChannelSpecificMessage: components["schemas"]["ChannelSpecificCommonProps"] & {
            payment: {
                /** @enum {string} */
                type: "br" | "sg";
                reference_id: string;
                /** @enum {string} */
                type_of_goods: "digital-goods" | "physical-goods";
                /** @deprecated */
                payment_settings?: components["schemas"]["WhatsAppPaymentSettingsPix"] | components["schemas"]["WhatsAppPaymentSettingsPaymentLink"] | components["schemas"]["WhatsAppPaymentSettingsBoleto"];
                payment_buttons?: components["schemas"]["WhatsAppPaymentButton"][];
                total_amount_value: number;
                order: {
                    catalog_id?: string;
                    expiration_time?: string;
                    expiration_description?: string;
                    subtotal_value: number;
                    tax_value: number;
                    tax_description?: string;
                    shipping_value?: number;
                    shipping_description?: string;
                    discount_value?: number;
                    discount_description?: string;
                    discount_program_name?: string;
                    items: {
                        retailer_id: string;
                        name: string;
                        amount_value: number;
                        quantity: number;
                        sale_amount_value?: number;
                    }[];
                };
            };
        };
        /**
         * @deprecated
         * @description TODO
         */
        WhatsAppPaymentSettingsPix: {
            dynamic_pix: {
                code: string;
                merchant_name: string;
                key: string;
                /** @enum {string} */
                key_type: "CPF" | "CNPJ" | "EMAIL" | "PHONE" | "EVP";
            };
        };
        /**
         * @deprecated
         * @description TODO
         */
        WhatsAppPaymentSettingsPaymentLink: {
            payment_link: {
                uri: string;
            };
        };
        /**
         * @deprecated
         * @description TODO
         */
        WhatsAppPaymentSettingsBoleto: {
            boleto: {
                digitable_line: string;
            };
        };
        /** @description TODO */
        WhatsAppPaymentButton: components["schemas"]["WhatsAppPaymentSettingsButtonPix"] | components["schemas"]["WhatsAppPaymentSettingsButtonPaymentLink"] | components["schemas"]["WhatsAppPaymentSettingsButtonBoleto"];
        /** @description TODO */
        WhatsAppPaymentSettingsButtonPix: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "pix_dynamic_code";
            code: string;
            merchant_name: string;
            key: string;
            /** @enum {string} */
            key_type: "CPF" | "CNPJ" | "EMAIL" | "PHONE" | "EVP";
        };
        /** @description TODO */
        WhatsAppPaymentSettingsButtonPaymentLink: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "payment_link";
            uri: string;
        };
        /** @description TODO */
        WhatsAppPaymentSettingsButtonBoleto: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "boleto";
            digitable_line: string;
        };
        /** @description TODO */
        PaymentOrderStatusChannelSpecificMessage: components["schemas"]["ChannelSpecificCommonProps"] & {
            payment: {
                reference_id: string;
                order: {
                    /** @enum {string} */
                    status: "pending" | "processing" | "partially-shipped" | "shipped" | "completed" | "canceled";
                    description?: string;
                };
            };
        };
        /** @description TODO */
        WhatsAppInteractiveBody: {
            text: string;
        };
        /** @description TODO */
        WhatsAppInteractiveTextHeader: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "text";
            text: string;
        };
        /** @description TODO */
        WhatsAppInteractiveImageHeader: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "image";
            image: components["schemas"]["WhatsAppInteractiveHeaderMedia"];
        };
        /** @description TODO */
        WhatsAppInteractiveDocumentHeader: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "document";
            document: components["schemas"]["WhatsAppInteractiveHeaderMedia"];
        };
        /** @description TODO */
        WhatsAppInteractiveVideoHeader: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "video";
            video: components["schemas"]["WhatsAppInteractiveHeaderMedia"];
        };
        /** @description TODO */
        WhatsAppInteractiveHeaderMedia: {
            link: string;
        };
        /** @description TODO */
        WhatsAppInteractiveFooter: {
            text: string;
        };
        /**
         * WhatsApp Interactive Nfm Reply Channel Specific Contact Message
         * @description TODO
         */
        WhatsAppInteractiveNfmReplyChannelSpecificContactMessage: {
            /**
             * @default nfm_reply
             * @enum {string}
             */
            type: "nfm_reply";
            nfm_reply: components["schemas"]["WhatsAppInteractiveNfmReply"];
        };
        /**
         * Nfm Reply
         * @description TODO
         */
        WhatsAppInteractiveNfmReply: {
            /** @enum {string} */
            name: "flow" | "address_message";
            response_json: string;
            body: string;
        };
        /** @description TODO */
        KakaoTalkButton: {
            type: string;
            name: string;
        };
        /**
         * KakaoTalk Web Link Button
         * @description TODO
         */
        KakaoTalkWebLinkButton: components["schemas"]["KakaoTalkButton"] & {
            /** @enum {unknown} */
            type?: "WL";
            link_mo: string;
            link_pc?: string;
        };
        /**
         * KakaoTalk App Link Button
         * @description TODO
         */
        KakaoTalkAppLinkButton: components["schemas"]["KakaoTalkButton"] & {
            /** @enum {unknown} */
            type?: "AL";
            scheme_ios: string;
            scheme_android: string;
        };
        /**
         * KakaoTalk Bot Keyword Button
         * @description TODO
         */
        KakaoTalkBotKeywordButton: components["schemas"]["KakaoTalkButton"] & {
            /** @enum {unknown} */
            type?: "BK";
        };
        /** @description TODO */
        KakaoTalkChannelSpecificMessage: {
            /** @default true */
            push_alarm: boolean;
            /** @default false */
            adult: boolean;
        };
        /** @description TODO */
        KakaoTalkRegularPriceCommerce: {
            /** @enum {unknown} */
            type: "REGULAR_PRICE_COMMERCE";
            title: string;
            regular_price: number;
        };
        /** @description TODO */
        KakaoTalkDiscountFixedCommerce: components["schemas"]["KakaoTalkRegularPriceCommerce"] & {
            /** @enum {unknown} */
            type?: "FIXED_DISCOUNT_COMMERCE";
            discount_price: number;
            discount_fixed: number;
        };
        /** @description TODO */
        KakaoTalkDiscountRateCommerce: components["schemas"]["KakaoTalkRegularPriceCommerce"] & {
            /** @enum {unknown} */
            type?: "PERCENTAGE_DISCOUNT_COMMERCE";
            discount_price: number;
            discount_rate: number;
        };
        /** @description TODO */
        KakaoTalkCoupon: {
            type: string;
            description?: string;
            link_mo?: string;
            link_pc?: string;
            scheme_android?: string;
            scheme_ios?: string;
        };
        /**
         * KakaoTalk fixed discount coupon
         * @description TODO
         */
        KakaoTalkFixedDiscountCoupon: components["schemas"]["KakaoTalkCoupon"] & {
            /** @enum {unknown} */
            type?: "FIXED_DISCOUNT_COUPON";
            discount_fixed: number;
        };
        /**
         * KakaoTalk discount rate coupon
         * @description TODO
         */
        KakaoTalkDiscountRateCoupon: components["schemas"]["KakaoTalkCoupon"] & {
            /** @enum {unknown} */
            type?: "PERCENTAGE_DISCOUNT_COUPON";
            discount_rate: number;
        };
        /**
         * KakaoTalk shipping discount coupon
         * @description TODO
         */
        KakaoTalkShippingDiscountCoupon: components["schemas"]["KakaoTalkCoupon"] & {
            /** @enum {unknown} */
            type?: "SHIPPING_DISCOUNT_COUPON";
        };
        /**
         * KakaoTalk free coupon
         * @description TODO
         */
        KakaoTalkFreeCoupon: components["schemas"]["KakaoTalkCoupon"] & {
            /** @enum {unknown} */
            type?: "FREE_COUPON";
            title: string;
        };
        /**
         * KakaoTalk UP coupon
         * @description TODO
         */
        KakaoTalkUpCoupon: components["schemas"]["KakaoTalkCoupon"] & {
            /** @enum {unknown} */
            type?: "UP_COUPON";
            title: string;
        };
        /**
         * KakaoTalk commerce message
         * @description TODO
         */
        KakaoTalkCommerceMessage: {
            buttons: (components["schemas"]["KakaoTalkWebLinkButton"] | components["schemas"]["KakaoTalkAppLinkButton"] | components["schemas"]["KakaoTalkBotKeywordButton"])[];
            additional_content?: string;
            image: {
                image_url: string;
                image_link?: string;
            };
            commerce: components["schemas"]["KakaoTalkRegularPriceCommerce"] | components["schemas"]["KakaoTalkDiscountFixedCommerce"] | components["schemas"]["KakaoTalkDiscountRateCommerce"];
            coupon?: components["schemas"]["KakaoTalkFixedDiscountCoupon"] | components["schemas"]["KakaoTalkDiscountRateCoupon"] | components["schemas"]["KakaoTalkShippingDiscountCoupon"] | components["schemas"]["KakaoTalkFreeCoupon"] | components["schemas"]["KakaoTalkUpCoupon"];
        };
        /** @description TODO */
        KakaoTalkCarouselCommerceChannelSpecificMessage: components["schemas"]["KakaoTalkChannelSpecificMessage"] & {
            carousel: {
                head?: {
                    header: string;
                    content: string;
                    image_url: string;
                    link_mo?: string;
                    link_pc?: string;
                    scheme_ios?: string;
                    scheme_android?: string;
                };
                list: components["schemas"]["KakaoTalkCommerceMessage"][];
                tail?: {
                    link_mo: string;
                    link_pc?: string;
                    scheme_ios?: string;
                    scheme_android?: string;
                };
            };
        };
        /** @description TODO */
        KakaoTalkCommerceChannelSpecificMessage: components["schemas"]["KakaoTalkChannelSpecificMessage"] & components["schemas"]["KakaoTalkCommerceMessage"] & Record<string, never>;
        /** @description TODO */
        LineNotificationMessageTemplateEmphasizedItem: {
            item_key: string;
            content: string;
        };
        /** @description TODO */
        LineNotificationMessageTemplateItem: {
            item_key: string;
            content: string;
        };
        /** @description TODO */
        LineNotificationMessageTemplateButton: {
            button_key: string;
            url: string;
        };
        /** @description TODO */
        LineNotificationMessageTemplateBody: {
            emphasized_item?: components["schemas"]["LineNotificationMessageTemplateEmphasizedItem"];
            items?: components["schemas"]["LineNotificationMessageTemplateItem"][];
            buttons?: components["schemas"]["LineNotificationMessageTemplateButton"][];
        };
        /**
         * LINE notification message (template) channel specific message
         * @description TODO
         */
        LineNotificationMessageTemplateChannelSpecificMessage: {
            template_key: string;
            body?: components["schemas"]["LineNotificationMessageTemplateBody"];
        };
        /**
         * Conversation API app
         * @description TODO
         */
        AppCreateRequest: {
            channel_credentials: components["schemas"]["ConversationChannelCredentials"][];
            conversation_metadata_report_view?: components["schemas"]["ConversationMetadataReportView"];
            /** @example Sinch Conversation API Demo App 001 */
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
         * @description TODO
         */
        AppUpdateRequest: {
            channel_credentials?: components["schemas"]["ConversationChannelCredentials"][];
            conversation_metadata_report_view?: components["schemas"]["ConversationMetadataReportView"];
            /** @example Sinch Conversation API Demo App 001 */
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
         * @description TODO
         */
        AppResponse: {
            channel_credentials?: components["schemas"]["ConversationChannelCredentials"][];
            conversation_metadata_report_view?: components["schemas"]["ConversationMetadataReportView"];
            /** @example Sinch Conversation API Demo App 001 */
            display_name?: string;
            /** @example {APP_ID} */
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
         * @description TODO
         */
        BasicAuthCredentials: {
            /** Format: password */
            password: string;
            username: string;
        };
        /**
         * @description TODO
         * @default 0
         */
        CredentialOrdinalNumber: number;
        /** @description TODO */
        ChannelCredentialsTypes: components["schemas"]["StaticBearerCredentialsField"] | components["schemas"]["StaticTokenCredentialsField"] | components["schemas"]["MMSCredentialsField"] | components["schemas"]["KakaoTalkCredentialsField"] | components["schemas"]["TelegramCredentialsField"] | components["schemas"]["LineCredentialsField"] | components["schemas"]["LineEnterpriseCredentialsField"] | components["schemas"]["WeChatCredentialsField"] | components["schemas"]["InstagramCredentialsField"] | components["schemas"]["AppleBcCredentialsField"] | components["schemas"]["KakaoTalkChatCredentialsField"];
        /** @description TODO */
        ChannelCredentialsCommonTypes: {
            /** Format: password */
            callback_secret?: string;
            channel?: components["schemas"]["ConversationChannel"];
            readonly state?: components["schemas"]["ChannelIntegrationState"];
            readonly channel_known_id?: string;
            credential_ordinal_number?: components["schemas"]["CredentialOrdinalNumber"];
        };
        /** @description TODO */
        ConversationChannelCredentials: components["schemas"]["ChannelCredentialsTypes"] & components["schemas"]["ChannelCredentialsCommonTypes"];
        /**
         * @description TODO
         * @default NONE
         * @enum {string}
         */
        ConversationMetadataReportView: "NONE" | "FULL";
        /**
         * KakaoTalk
         * @description TODO
         */
        KakaoTalkCredentialsField: {
            /** KakaoTalk Credentials */
            kakaotalk_credentials?: {
                kakaotalk_plus_friend_id: string;
                kakaotalk_sender_key: string;
            };
        };
        /**
         * MMS
         * @description TODO
         */
        MMSCredentialsField: {
            /** MMS Credentials */
            mms_credentials?: {
                account_id: string;
                api_key: string;
                basic_auth?: components["schemas"]["BasicAuthCredentials"];
            };
        };
        /** @description TODO */
        QueueStats: {
            /** Format: int64 */
            readonly outbound_size?: number;
            /** Format: int64 */
            readonly outbound_limit?: number;
        };
        /** @description TODO */
        RateLimits: {
            /** Format: int64 */
            readonly inbound?: number;
            /** Format: int64 */
            readonly outbound?: number;
            /** Format: int64 */
            readonly webhooks?: number;
        };
        /**
         * Retention policy for messages and conversations
         * @description TODO
         */
        RetentionPolicy: {
            retention_type?: components["schemas"]["RetentionPolicyType"];
            /**
             * Format: int64
             * @default 180
             */
            ttl_days: number;
        };
        /**
         * @description TODO
         * @default MESSAGE_EXPIRE_POLICY
         * @enum {string}
         */
        RetentionPolicyType: "MESSAGE_EXPIRE_POLICY" | "CONVERSATION_EXPIRE_POLICY" | "PERSIST_RETENTION_POLICY";
        /** @description TODO */
        DispatchRetentionPolicy: {
            retention_type?: components["schemas"]["DispatchRetentionPolicyType"];
            /**
             * Format: int64
             * @default 0
             */
            ttl_days: number;
        };
        /**
         * @description TODO
         * @default MESSAGE_EXPIRE_POLICY
         * @enum {string}
         */
        DispatchRetentionPolicyType: "MESSAGE_EXPIRE_POLICY";
        /** @description TODO */
        SmartConversation: {
            /** @default false */
            enabled: boolean;
        };
        /** @description TODO */
        CallbackSettings: {
            /** Format: password */
            secret_for_overridden_callback_urls?: string;
        };
        /** @description TODO */
        DeliveryReportBasedFallback: {
            /** @default false */
            enabled: boolean;
            /** Format: int32 */
            delivery_report_waiting_time?: number;
        };
        /** @description TODO */
        MessageRetrySettings: {
            /**
             * Format: int32
             * @default 3600
             */
            retry_duration: number;
        };
        /**
         * Static Bearer Authentication
         * @description TODO
         */
        StaticBearerCredentialsField: {
            /** Static Bearer Credentials */
            static_bearer?: {
                claimed_identity: string;
                /** Format: password */
                token: string;
            };
        };
        /**
         * Static Token Authentication
         * @description TODO
         */
        StaticTokenCredentialsField: {
            /** Static Token Credentials */
            static_token?: {
                /** Format: password */
                token: string;
            };
        };
        /**
         * Telegram
         * @description TODO
         */
        TelegramCredentialsField: {
            /** Telegram Credentials */
            telegram_credentials?: {
                /**
                 * Format: password
                 * @example {{TELEGRAM_BOT_TOKEN}}
                 */
                token: string;
            };
        };
        /**
         * LINE
         * @description TODO
         */
        LineCredentialsField: {
            /** LINE Credentials */
            line_credentials?: {
                /** @example {{LINE_TOKEN}} */
                token: string;
                /**
                 * Format: password
                 * @example {{LINE_SECRET}}
                 */
                secret: string;
                /** @default false */
                is_default: boolean;
            };
        };
        /**
         * LINE Credentials
         * @description TODO
         */
        LineEnterpriseCredentials: {
            /** @example {{LINE_TOKEN}} */
            token: string;
            /**
             * Format: password
             * @example {{LINE_SECRET}}
             */
            secret: string;
        };
        /**
         * LINE Credentials Japan
         * @description TODO
         */
        LineCredentialsJapanField: {
            line_japan?: components["schemas"]["LineEnterpriseCredentials"];
        };
        /**
         * LINE Credentials Thailand
         * @description TODO
         */
        LineCredentialsThailandField: {
            line_thailand?: components["schemas"]["LineEnterpriseCredentials"];
        };
        /**
         * LINE Enterprise
         * @description TODO
         */
        LineEnterpriseCredentialsField: {
            /** LINE Enterprise Credentials */
            line_enterprise_credentials?: (components["schemas"]["LineCredentialsJapanField"] | components["schemas"]["LineCredentialsThailandField"]) & {
                /** @default false */
                is_default: boolean;
            };
        };
        /**
         * WeChat
         * @description TODO
         */
        WeChatCredentialsField: {
            /** WeChat Credentials */
            wechat_credentials?: {
                /** @example {{WECHAT_APPID}} */
                app_id: string;
                /**
                 * Format: password
                 * @example {{WECHAT_APPSECRET}}
                 */
                app_secret: string;
                /** @example {{WECHAT_TOKEN}} */
                token: string;
                /** @example {{WECHAT_AESKEY}} */
                aes_key: string;
            };
        };
        /**
         * Instagram
         * @description TODO
         */
        InstagramCredentialsField: {
            /** Instagram Credentials */
            instagram_credentials?: {
                /** Format: password */
                token: string;
                business_account_id?: string;
            };
        };
        /**
         * Apple Business Chat
         * @description TODO
         */
        AppleBcCredentialsField: {
            /** Apple Business Chat Credentials */
            applebc_credentials?: {
                business_chat_account_id: string;
                merchant_id?: string;
                apple_pay_certificate_reference?: string;
                /** Format: password */
                apple_pay_certificate_password?: string;
            };
        };
        /**
         * KakaoTalkChat
         * @description TODO
         */
        KakaoTalkChatCredentialsField: {
            /** KakaoTalkChat Credentials */
            kakaotalkchat_credentials?: {
                kakaotalk_plus_friend_id: string;
                api_key?: string;
            };
        };
        /** @description TODO */
        ListAppsResponse: {
            apps?: components["schemas"]["AppResponse"][];
        };
        /**
         * @description TODO
         * @default PENDING
         * @enum {string}
         */
        ChannelIntegrationStatus: "PENDING" | "ACTIVE" | "FAILING";
        /**
         * Channel Integration State
         * @description TODO
         */
        ChannelIntegrationState: {
            status: components["schemas"]["ChannelIntegrationStatus"];
            description?: string;
        };
        /** @description TODO */
        ClientCredentials: {
            client_id: string;
            /** Format: password */
            client_secret: string;
            endpoint: string;
            scope?: string;
            response_type?: string;
            /**
             * @default BASIC
             * @enum {string}
             */
            token_request_type: "BASIC" | "FORM";
        };
        /**
         * Webhook
         * @description TODO
         */
        Webhook: {
            app_id?: string;
            client_credentials?: components["schemas"]["ClientCredentials"];
            readonly id?: string;
            /** Format: password */
            secret?: string;
            target: string;
            target_type?: components["schemas"]["WebhookTargetType"];
            triggers?: components["schemas"]["WebhookTrigger"][];
        };
        /**
         * @description TODO
         * @default DISMISS
         * @enum {string}
         */
        WebhookTargetType: "DISMISS" | "HTTP";
        /**
         * @description TODO
         * @example MESSAGE_DELIVERY
         * @enum {string}
         */
        WebhookTrigger: "UNSPECIFIED_TRIGGER" | "MESSAGE_DELIVERY" | "EVENT_DELIVERY" | "MESSAGE_INBOUND" | "EVENT_INBOUND" | "CONVERSATION_START" | "CONVERSATION_STOP" | "CONTACT_CREATE" | "CONTACT_DELETE" | "CONTACT_MERGE" | "CONTACT_UPDATE" | "UNSUPPORTED" | "OPT_IN" | "OPT_OUT" | "CAPABILITY" | "CONVERSATION_DELETE" | "CONTACT_IDENTITIES_DUPLICATION" | "CHANNEL_EVENT" | "SMART_CONVERSATION" | "MESSAGE_INBOUND_SMART_CONVERSATION_REDACTION" | "RECORD_NOTIFICATION" | "MESSAGE_SUBMIT";
        /** @description TODO */
        WebhookList: {
            webhooks?: components["schemas"]["Webhook"][];
        };
        /**
         * Contact creation request
         * @description TODO
         */
        ContactCreateRequest: {
            channel_identities: components["schemas"]["ChannelIdentity"][];
            channel_priority?: components["schemas"]["ConversationChannel"][];
            display_name?: string;
            email?: string;
            external_id?: string;
            language: components["schemas"]["ContactLanguage"];
            metadata?: string;
        };
        /**
         * Contact
         * @description TODO
         */
        Contact: {
            channel_identities?: components["schemas"]["ChannelIdentity"][];
            channel_priority?: components["schemas"]["ConversationChannel"][];
            display_name?: string;
            email?: string;
            external_id?: string;
            /** @example {CONTACT_ID} */
            id?: string;
            language?: components["schemas"]["ContactLanguage"];
            metadata?: string;
        };
        /**
         * @description TODO
         * @enum {string}
         */
        ContactLanguage: "AF" | "SQ" | "AR" | "AZ" | "BN" | "BG" | "CA" | "ZH" | "ZH_CN" | "ZH_HK" | "ZH_TW" | "HR" | "CS" | "DA" | "NL" | "EN" | "EN_GB" | "EN_US" | "ET" | "FIL" | "FI" | "FR" | "DE" | "EL" | "GU" | "HA" | "HE" | "HI" | "HU" | "ID" | "GA" | "IT" | "JA" | "KN" | "KK" | "KO" | "LO" | "LV" | "LT" | "MK" | "MS" | "ML" | "MR" | "NB" | "FA" | "PL" | "PT" | "PT_BR" | "PT_PT" | "PA" | "RO" | "RU" | "SR" | "SK" | "SL" | "ES" | "ES_AR" | "ES_ES" | "ES_MX" | "SW" | "SV" | "TA" | "TE" | "TH" | "TR" | "UK" | "UR" | "UZ" | "VI" | "ZU";
        /**
         * Channel Identifier
         * @description TODO
         * @example MESSENGER
         * @enum {string}
         */
        GetChannelProfileConversationChannel: "MESSENGER" | "INSTAGRAM" | "VIBER" | "LINE";
        /**
         * @description TODO
         * @default MERGE
         * @enum {string}
         */
        ConversationMergeStrategy: "MERGE";
        /** @description TODO */
        ListContactsResponse: {
            contacts?: components["schemas"]["Contact"][];
            next_page_token?: string;
        };
        /** @description TODO */
        MergeContactRequest: {
            source_id: string;
            strategy?: components["schemas"]["ConversationMergeStrategy"];
        };
        /** @description TODO */
        GetChannelProfileRequest: {
            /** @example {APP_ID} */
            app_id: string;
            recipient: components["schemas"]["Recipient"];
            channel: components["schemas"]["GetChannelProfileConversationChannel"];
        };
        /** @description TODO */
        GetChannelProfileResponse: {
            /** @example John Doe */
            profile_name?: string;
        };
        /**
         * Conversation
         * @description TODO
         */
        ConversationBase: {
            active?: boolean;
            active_channel?: components["schemas"]["ConversationChannel"];
            app_id?: string;
            contact_id?: string;
            /** @deprecated */
            metadata?: string;
            metadata_json?: Record<string, never>;
            correlation_id?: string;
        };
        /**
         * Conversation
         * @description TODO
         */
        Conversation: components["schemas"]["ConversationBase"] & {
            id?: string;
            /** Format: date-time */
            readonly last_received?: string;
        };
        /**
         * Conversation
         * @description TODO
         */
        CreateConversationRequest: WithRequired<components["schemas"]["ConversationBase"], "app_id" | "contact_id">;
        /**
         * Conversation Message Injected
         * @description TODO
         */
        InjectMessageRequest: components["schemas"]["ConversationMessageTypesInject"] & components["schemas"]["InjectMessageCommonProps"];
        /** @description TODO */
        InjectMessageCommonProps: {
            /** Format: date-time */
            accept_time: string;
            channel_identity: components["schemas"]["ChannelIdentity"];
            contact_id: string;
            direction: components["schemas"]["ConversationDirection"];
            conversation_id?: string;
            sender_id?: string;
            processing_mode?: components["schemas"]["ProcessingMode"];
            metadata?: string;
        };
        /** @description TODO */
        ConversationMessageTypesInject: {
            app_message?: components["schemas"]["AppMessage"];
        } | {
            contact_message?: components["schemas"]["ContactMessage"];
        };
        /** @description TODO */
        ListConversationsResponse: {
            readonly conversations?: components["schemas"]["Conversation"][];
            next_page_token?: string;
            /** Format: int32 */
            total_size?: number;
        };
        /**
         * Inject event request
         * @description TODO
         */
        InjectConversationEventRequest: components["schemas"]["ConversationEventBase"];
        /** @description TODO */
        ListRecentConversationsResponse: {
            conversations?: components["schemas"]["ConversationRecentMessage"][];
            next_page_token?: string;
            /** Format: int32 */
            total_size?: number;
        };
        /** @description TODO */
        ConversationRecentMessage: {
            conversation?: components["schemas"]["Conversation"];
            last_message?: components["schemas"]["ConversationMessage"];
        };
        /** @description TODO */
        InjectEventResponse: {
            event_id?: string;
            /** Format: date-time */
            accepted_time?: string;
        };
        /** @description TODO */
        SendEventRequest: {
            app_id: string;
            callback_url?: string;
            channel_priority_order?: components["schemas"]["ConversationChannel"][];
            event: components["schemas"]["AppEventField"];
            event_metadata?: string;
            queue?: components["schemas"]["MessageQueue"];
            recipient: components["schemas"]["RecipientRequest"];
        };
        /** @description TODO */
        SendEventResponse: {
            /** Format: date-time */
            readonly accepted_time?: string;
            readonly event_id?: string;
        };
        /**
         * Conversation Event
         * @description TODO
         */
        ConversationEvent: components["schemas"]["ConversationEventBase"] & {
            direction?: components["schemas"]["ConversationDirection"];
            id: string;
        };
        /** @description TODO */
        ListEventsResponse: {
            readonly events?: components["schemas"]["ConversationEvent"][];
            next_page_token?: string;
        };
        /**
         * @description TODO
         * @enum {string}
         */
        ConsentsListType: "OPT_OUT_ALL" | "OPT_OUT_MARKETING" | "OPT_OUT_NOTIFICATION";
        /**
         * Identity
         * @description TODO
         */
        Identity: {
            identity: string;
        };
        /**
         * AuditRecord
         * @description TODO
         */
        AuditRecord: {
            /** @enum {string} */
            origin: "ORIGIN_API" | "ORIGIN_MO";
            /** @enum {string} */
            operation: "OPERATION_INSERT" | "OPERATION_UPDATE" | "OPERATION_DELETE";
            list_type: unknown & components["schemas"]["ConsentsListType"];
            project_id: string;
            app_id: string;
            /** Format: date-time */
            datetime: string;
        };
        /** @description TODO */
        GetIdentitiesFromConsentResponse: {
            identities?: components["schemas"]["Identity"][];
            next_page_token?: string;
        };
        /** @description TODO */
        GetAuditRecordsFromConsentResponse: {
            identity?: components["schemas"]["Identity"];
            audit_records?: components["schemas"]["AuditRecord"][];
        };
        /** @description TODO */
        QueryCapability: {
            /** @example {APP_ID} */
            app_id: string;
            recipient: components["schemas"]["Recipient"];
            request_id?: string;
        };
        /**
         * Represents an explicit Capability registration
         * @description TODO
         */
        QueryCapabilityResponse: {
            app_id?: string;
            recipient?: components["schemas"]["Recipient"];
            request_id?: string;
        };
        /** @description TODO */
        TranscodeMessageRequest: {
            app_id: string;
            app_message: components["schemas"]["AppMessage"];
            channels: components["schemas"]["ConversationChannel"][];
            from?: string;
            to?: string;
        };
        /** @description TODO */
        TranscodeMessageResponse: {
            readonly transcoded_message?: {
                [key: string]: string;
            };
        };
        /**
         * Project Settings
         * @description TODO
         */
        ProjectSettings: {
            /** @example 56bbb185-c7ea-48fb-ad97-638a0dc5eed7 */
            project_id?: string;
            settings?: {
                contact_settings?: components["schemas"]["ContactSettings"];
            };
        };
        /**
         * Project Settings Request
         * @description TODO
         */
        ProjectSettingsRequest: {
            contact_settings?: components["schemas"]["ContactSettings"];
        };
        /**
         * Contact Settings
         * @description TODO
         */
        ContactSettings: {
            /** @example true */
            unified_contact_id_enabled?: boolean;
        };
        /**
         * App
         * @description TODO
         */
        AppMessageObject: {
            app_message?: components["schemas"]["AppMessage"];
        };
        /**
         * Conversation Deleted Event Type
         * @description TODO
         */
        ConversationDeletedEventField: {
            /** Conversation Deleted Event */
            conversation_deleted_event?: Record<string, never>;
        };
        /**
         * Contact Event Type
         * @description TODO
         */
        ContactEventField: {
            contact_event?: components["schemas"]["ContactEvent"];
        };
        /**
         * Contact Message Event Type
         * @description TODO
         */
        ContactMessageEventField: {
            contact_message_event?: components["schemas"]["ContactMessageEvent"];
        };
        /**
         * Comment Event Type
         * @description TODO
         */
        CommentEventField: {
            comment_event?: components["schemas"]["CommentEvent"];
        };
        /**
         * Payment Status Update Event
         * @description TODO
         */
        PaymentStatusUpdateEvent: {
            reference_id?: string;
            payment_status?: components["schemas"]["PaymentStatus"];
            payment_transaction_status?: components["schemas"]["PaymentTransactionStatus"];
            payment_transaction_id?: string;
        };
        /**
         * @description TODO
         * @default PAYMENT_STATUS_UNKNOWN
         * @enum {string}
         */
        PaymentStatus: "PAYMENT_STATUS_UNKNOWN" | "PAYMENT_STATUS_NEW" | "PAYMENT_STATUS_PENDING" | "PAYMENT_STATUS_CAPTURED" | "PAYMENT_STATUS_CANCELED" | "PAYMENT_STATUS_FAILED";
        /**
         * @description TODO
         * @default PAYMENT_STATUS_TRANSACTION_UNKNOWN
         * @enum {string}
         */
        PaymentTransactionStatus: "PAYMENT_STATUS_TRANSACTION_UNKNOWN" | "PAYMENT_STATUS_TRANSACTION_PENDING" | "PAYMENT_STATUS_TRANSACTION_FAILED" | "PAYMENT_STATUS_TRANSACTION_SUCCESS" | "PAYMENT_STATUS_TRANSACTION_CANCELED";
        /**
         * Inject Event Request
         * @description TODO
         */
        InjectEventRequest: {
            event?: components["schemas"]["InjectConversationEventRequest"];
        };
        /** @description TODO */
        CallbackEventCommon: {
            app_id: string;
            /** Format: date-time */
            accepted_time?: string;
            /** Format: date-time */
            event_time?: string;
            project_id: string;
            message_metadata?: string;
            correlation_id?: string;
        };
        /** @description TODO */
        MessageInboundEvent: components["schemas"]["CallbackEventCommon"] & {
            message?: components["schemas"]["MessageInboundEventItem"];
        };
        /** @description TODO */
        MessageInboundSmartConversationRedactionEvent: components["schemas"]["CallbackEventCommon"] & {
            message_redaction?: components["schemas"]["MessageInboundEventItem"];
        };
        /** @description TODO */
        MessageInboundEventItem: {
            id?: string;
            /** @enum {string} */
            direction?: "TO_APP";
            contact_message?: components["schemas"]["ContactMessage"];
            channel_identity?: components["schemas"]["ChannelIdentity"];
            conversation_id?: string;
            contact_id?: string;
            metadata?: string;
            /** Format: date-time */
            accept_time?: string;
            sender_id?: string;
            processing_mode?: components["schemas"]["ProcessingMode"];
            injected?: boolean;
        };
        /** @description TODO */
        MessageSubmitEvent: components["schemas"]["CallbackEventCommon"] & {
            message_submit_notification?: {
                message_id?: string;
                conversation_id?: string;
                channel_identity?: components["schemas"]["ChannelIdentity"];
                contact_id?: string;
                submitted_message?: components["schemas"]["AppMessage"];
                metadata?: string;
                processing_mode?: components["schemas"]["ProcessingMode"];
            };
        };
        /** @description TODO */
        MessageDeliveryReceiptEvent: components["schemas"]["CallbackEventCommon"] & {
            message_delivery_report?: {
                message_id?: string;
                conversation_id?: string;
                status?: components["schemas"]["DeliveryStatus"];
                channel_identity?: components["schemas"]["ChannelIdentity"];
                contact_id?: string;
                reason?: components["schemas"]["Reason"];
                metadata?: string;
                processing_mode?: components["schemas"]["ProcessingMode"];
            };
        };
        /**
         * @description TODO
         * @enum {string}
         */
        DeliveryStatus: "QUEUED_ON_CHANNEL" | "DELIVERED" | "READ" | "FAILED" | "SWITCHING_CHANNEL";
        /** @description TODO */
        EventInbound: components["schemas"]["CallbackEventCommon"] & {
            event?: {
                id?: string;
                /** @enum {string} */
                direction?: "TO_APP";
                contact_event?: components["schemas"]["ContactEvent"];
                contact_message_event?: components["schemas"]["ContactMessageEvent"];
                channel_identity?: components["schemas"]["ChannelIdentity"];
                contact_id?: string;
                conversation_id?: string;
                /** Format: date-time */
                accept_time?: string;
                processing_mode?: components["schemas"]["ProcessingMode"];
            };
        };
        /**
         * Contact Event
         * @description TODO
         */
        ContactEvent: components["schemas"]["ComposingEventField"] | components["schemas"]["ComposingEndEventField"] | components["schemas"]["ConversationDeletedEventField"] | components["schemas"]["CommentEventField"] | components["schemas"]["GenericEventField"];
        /** @description TODO */
        CommentEvent: {
            id?: string;
            text: string;
            /** @enum {string} */
            comment_type?: "FEED" | "LIVE";
            commented_on?: string;
            user?: string;
        };
        /** @description TODO */
        ShortLinkActivatedEvent: {
            payload?: string;
            title?: string;
            ref?: string;
            source?: string;
            type?: string;
            existing_thread?: boolean;
        };
        /**
         * @description TODO
         * @enum {string}
         */
        ReactionAction: "REACTION_ACTION_UNKNOWN" | "REACTION_ACTION_REACT" | "REACTION_ACTION_UNREACT";
        /** @description TODO */
        ReactionEvent: {
            emoji: string;
            action: components["schemas"]["ReactionAction"];
            message_id: string;
            reaction_category?: string;
        };
        /** @description TODO */
        ContactMessageEvent: {
            payment_status_update_event?: components["schemas"]["PaymentStatusUpdateEvent"];
        } | {
            shortlink_activated_event?: components["schemas"]["ShortLinkActivatedEvent"];
        } | {
            reaction_event?: components["schemas"]["ReactionEvent"];
        };
        /** @description TODO */
        EventDelivery: components["schemas"]["CallbackEventCommon"] & {
            event_delivery_report?: {
                event_id?: string;
                status?: components["schemas"]["DeliveryStatus"];
                channel_identity?: components["schemas"]["ChannelIdentity"];
                contact_id?: string;
                reason?: components["schemas"]["Reason"];
                metadata?: string;
                processing_mode?: components["schemas"]["ProcessingMode"];
            };
        };
        /** @description TODO */
        ConversationStartEvent: components["schemas"]["CallbackEventCommon"] & {
            conversation_start_notification?: components["schemas"]["ConversationNotification"];
        };
        /** @description TODO */
        ConversationStopEvent: components["schemas"]["CallbackEventCommon"] & {
            conversation_stop_notification?: components["schemas"]["ConversationNotification"];
        };
        /** @description TODO */
        ConversationDeleteEvent: components["schemas"]["CallbackEventCommon"] & {
            conversation_delete_notification?: components["schemas"]["ConversationNotification"];
        };
        /** @description TODO */
        ConversationNotification: {
            conversation?: components["schemas"]["Conversation"];
        };
        /** @description TODO */
        ContactCreateEvent: components["schemas"]["CallbackEventCommon"] & {
            contact_create_notification?: components["schemas"]["ContactNotification"];
        };
        /** @description TODO */
        ContactDeleteEvent: components["schemas"]["CallbackEventCommon"] & {
            contact_delete_notification?: components["schemas"]["ContactNotification"];
        };
        /** @description TODO */
        ContactUpdateEvent: components["schemas"]["CallbackEventCommon"] & {
            contact_update_notification?: components["schemas"]["ContactNotification"];
        };
        /** @description TODO */
        ContactNotification: {
            contact?: components["schemas"]["Contact"];
        };
        /** @description TODO */
        ContactMergeEvent: components["schemas"]["CallbackEventCommon"] & {
            contact_merge_notification?: {
                preserved_contact?: components["schemas"]["Contact"];
                deleted_contact?: components["schemas"]["Contact"];
            };
        };
        /** @description TODO */
        ContactIdentitiesDuplicationEvent: components["schemas"]["CallbackEventCommon"] & {
            duplicated_contact_identities_notification?: {
                duplicated_identities?: {
                    channel?: components["schemas"]["ConversationChannel"];
                    contact_ids?: string[];
                }[];
            };
        };
        /** @description TODO */
        CapabilityEvent: components["schemas"]["CallbackEventCommon"] & {
            capability_notification?: {
                request_id?: string;
                contact_id?: string;
                channel?: components["schemas"]["ConversationChannel"];
                identity?: string;
                /** @enum {string} */
                capability_status?: "CAPABILITY_UNKNOWN" | "CAPABILITY_FULL" | "CAPABILITY_PARTIAL" | "NO_CAPABILITY";
                channel_capabilities?: string[];
                reason?: components["schemas"]["Reason"];
            };
        };
        /** @description TODO */
        OptInEvent: components["schemas"]["CallbackEventCommon"] & {
            opt_in_notification?: {
                request_id?: string;
                contact_id?: string;
                channel?: components["schemas"]["ConversationChannel"];
                identity?: string;
                /** @enum {string} */
                status?: "OPT_IN_SUCCEEDED" | "OPT_IN_FAILED" | "OPT_IN_STATUS_UNSPECIFIED";
                error_details?: {
                    description?: string;
                };
                processing_mode?: components["schemas"]["ProcessingMode"];
            };
        };
        /** @description TODO */
        OptOutEvent: components["schemas"]["CallbackEventCommon"] & {
            opt_out_notification?: {
                request_id?: string;
                contact_id?: string;
                channel?: components["schemas"]["ConversationChannel"];
                identity?: string;
                /** @enum {string} */
                status?: "OPT_OUT_SUCCEEDED" | "OPT_OUT_FAILED" | "OPT_OUT_STATUS_UNSPECIFIED";
                error_details?: {
                    description?: string;
                };
                processing_mode?: components["schemas"]["ProcessingMode"];
            };
        };
        /** @description TODO */
        ChannelEvent: components["schemas"]["CallbackEventCommon"] & {
            channel_event_notification?: {
                channel_event?: {
                    channel?: components["schemas"]["ConversationChannel"];
                    event_type?: string;
                    additional_data?: Record<string, never>;
                };
            };
        };
        /** @description TODO */
        UnsupportedCallbackEvent: components["schemas"]["CallbackEventCommon"] & {
            unsupported_callback?: {
                channel?: components["schemas"]["ConversationChannel"];
                payload?: string;
                processing_mode?: components["schemas"]["ProcessingMode"];
                id?: string;
                contact_id?: string;
                conversation_id?: string;
                channel_identity?: components["schemas"]["ChannelIdentity"];
            };
        };
        /** @description TODO */
        SmartConversationsEvent: components["schemas"]["CallbackEventCommon"] & {
            smart_conversation_notification?: {
                contact_id?: string;
                channel_identity?: string;
                channel?: components["schemas"]["ConversationChannel"];
                message_id?: string;
                conversation_id?: string;
                analysis_results?: components["schemas"]["AnalysisResult"];
            };
        };
        /** @description TODO */
        AnalysisResult: {
            ml_sentiment_result?: components["schemas"]["MachineLearningSentimentResult"][];
            ml_nlu_result?: components["schemas"]["MachineLearningNLUResult"][];
            ml_image_recognition_result?: components["schemas"]["MachineLearningImageRecognitionResult"][];
            ml_pii_result?: components["schemas"]["MachineLearningPIIResult"][];
            ml_offensive_analysis_result?: components["schemas"]["MachineLearningOffensiveAnalysisResult"];
        };
        /**
         * @description TODO
         * @enum {string}
         */
        Sentiment: "positive" | "negative" | "neutral";
        /** @description TODO */
        MachineLearningSentimentResult: {
            message?: string;
            results?: components["schemas"]["SentimentResult"][];
        } & components["schemas"]["SentimentResult"];
        /** @description TODO */
        SentimentResult: {
            sentiment?: components["schemas"]["Sentiment"];
            /** Format: float */
            score?: number;
        };
        /** @description TODO */
        MachineLearningNLUResult: {
            message?: string;
            results?: components["schemas"]["IntentResult"][];
        } & components["schemas"]["IntentResult"];
        /** @description TODO */
        IntentResult: {
            intent?: string;
            /** Format: float */
            score?: number;
        };
        /** @description TODO */
        MachineLearningImageRecognitionResult: {
            url?: string;
            document_image_classification?: components["schemas"]["DocumentImageClassification"];
            optical_character_recognition?: components["schemas"]["OpticalCharacterRecognition"];
            document_field_classification?: components["schemas"]["DocumentFieldClassification"];
        };
        /** @description TODO */
        DocumentImageClassification: {
            doc_type?: string;
            /** Format: float */
            confidence?: number;
        };
        /** @description TODO */
        OpticalCharacterRecognition: {
            result?: components["schemas"]["OpticalCharacterRecognitionData"][];
        };
        /** @description TODO */
        OpticalCharacterRecognitionData: {
            data?: string[];
        };
        /** @description TODO */
        DocumentFieldClassification: {
            result?: components["schemas"]["DocumentFieldClassificationData"][];
        };
        /** @description TODO */
        DocumentFieldClassificationData: {
            [key: string]: {
                data?: string[];
            };
        };
        /** @description TODO */
        MachineLearningPIIResult: {
            message?: string;
            masked?: string;
        };
        /** @description TODO */
        MachineLearningOffensiveAnalysisResult: components["schemas"]["OffensiveAnalysis"][];
        /** @description TODO */
        OffensiveAnalysis: {
            message?: string;
            url?: string;
            /** @enum {string} */
            evaluation?: "SAFE" | "UNSAFE";
            /** Format: float */
            score?: number;
        };
        /** @description TODO */
        RecordNotificationEvent: components["schemas"]["CallbackEventCommon"] & {
            record_notification?: {
                entity_id?: string;
                /** @enum {string} */
                record_status?: "RECORD_STATUS_UNSPECIFIED" | "EVENT_RECORD_STORED";
                channel_identity?: components["schemas"]["ChannelIdentity"];
                contact_id?: string;
                conversation_id?: string;
                reason?: components["schemas"]["Reason"];
                processing_mode?: components["schemas"]["ProcessingMode"];
            };
        };
        /** @description TODO */
        ConversationWebhookEvent: components["schemas"]["MessageInboundEvent"] | components["schemas"]["MessageInboundSmartConversationRedactionEvent"] | components["schemas"]["MessageSubmitEvent"] | components["schemas"]["MessageDeliveryReceiptEvent"] | components["schemas"]["EventInbound"] | components["schemas"]["EventDelivery"] | components["schemas"]["ConversationStartEvent"] | components["schemas"]["ConversationStopEvent"] | components["schemas"]["ConversationDeleteEvent"] | components["schemas"]["ContactCreateEvent"] | components["schemas"]["ContactDeleteEvent"] | components["schemas"]["ContactMergeEvent"] | components["schemas"]["ContactUpdateEvent"] | components["schemas"]["ContactIdentitiesDuplicationEvent"] | components["schemas"]["CapabilityEvent"] | components["schemas"]["OptInEvent"] | components["schemas"]["OptOutEvent"] | components["schemas"]["ChannelEvent"] | components["schemas"]["SmartConversationsEvent"] | components["schemas"]["RecordNotificationEvent"] | components["schemas"]["UnsupportedCallbackEvent"];
        /** @description TODO */
        ProtobufAny: {
            type_url?: string;
            /** Format: byte */
            value?: string;
        };
        /** @description TODO */
        Error: {
            error?: {
                /** Format: int32 */
                code?: number;
                details?: components["schemas"]["ProtobufAny"][];
                message?: string;
                status?: string;
            };
        };
        /**
         * App Event Type
         * @description TODO
         */
        AppEventField: {
            /** App Event */
            app_event?: components["schemas"]["ComposingEventField"] | components["schemas"]["ComposingEndEventField"] | components["schemas"]["ReadMessageEventField"] | components["schemas"]["CommentReplyEventField"] | components["schemas"]["AgentJoinedEventField"] | components["schemas"]["AgentLeftEventField"] | components["schemas"]["GenericEventField"];
        };
        /** @description TODO */
        ChannelIdentities: {
            channel_identities: components["schemas"]["ChannelRecipientIdentity"][];
        };
        /** @description TODO */
        ChannelRecipientIdentity: {
            channel: components["schemas"]["ConversationChannel"];
            identity: string;
        };
        /**
         * Comment Reply Event Type
         * @description TODO
         */
        CommentReplyEventField: {
            /** Comment Reply Event */
            comment_reply_event?: {
                text: string;
            };
        };
        /**
         * Composing
         * @description TODO
         */
        ComposingEventField: {
            /** Composing Event Type */
            composing_event?: Record<string, never>;
        };
        /**
         * Composing End Event Type
         * @description TODO
         */
        ComposingEndEventField: {
            /** Composing End Event */
            composing_end_event?: Record<string, never>;
        };
        /**
         * Read Message Event Type
         * @description TODO
         */
        ReadMessageEventField: {
            /** Read Message Event */
            read_message_event?: Record<string, never>;
        };
        /**
         * Agent Joined Event Type
         * @description TODO
         */
        AgentJoinedEventField: {
            /** Agent Joined Event */
            agent_joined_event?: {
                agent: components["schemas"]["Agent"];
            };
        };
        /**
         * Agent Left Event Type
         * @description TODO
         */
        AgentLeftEventField: {
            /** Agent Left Event */
            agent_left_event?: {
                agent: components["schemas"]["Agent"];
            };
        };
        /**
         * Generic Type
         * @description TODO
         */
        GenericEventField: {
            /** Generic Event */
            generic_event?: {
                payload: Record<string, never>;
            };
        };
        /**
         * Contact ID
         * @description TODO
         */
        ContactIDField: {
            /**
             * Contact ID string
             * @example {CONTACT_ID}
             */
            contact_id?: string;
        };
        /**
         * Channel Identities
         * @description TODO
         */
        IdentifiedByField: {
            /** Channel Identity List */
            identified_by?: components["schemas"]["ChannelIdentities"];
        };
        /**
         * @description TODO
         * @default NORMAL_PRIORITY
         * @example NORMAL_PRIORITY
         * @enum {string}
         */
        MessageQueue: "NORMAL_PRIORITY" | "HIGH_PRIORITY";
        /** @description TODO */
        Recipient: components["schemas"]["RecipientBase"];
        /** @description TODO */
        RecipientRequest: components["schemas"]["RecipientBase"];
        /** @description TODO */
        RecipientBase: components["schemas"]["IdentifiedByField"] | components["schemas"]["ContactIDField"];
        /**
         * @description TODO
         * @default REPLACE
         * @enum {string}
         */
        MetadataUpdateStrategy: "REPLACE" | "MERGE_PATCH";
        /**
         * Conversation Event
         * @description TODO
         */
        ConversationEventBase: components["schemas"]["AppEventField"] & {
            conversation_id?: string;
            contact_id?: string;
            channel_identity?: components["schemas"]["ChannelIdentity"];
            /** Format: date-time */
            accept_time?: string;
            processing_mode?: components["schemas"]["ProcessingMode"];
        };
    };
    responses: {
        SendMessageResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["SendMessageResponse"];
            };
        };
        GetMessageResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ConversationMessage"];
            };
        };
        CreateAppResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["AppResponse"];
            };
        };
        GetAppResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["AppResponse"];
            };
        };
        UpdateAppResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["AppResponse"];
            };
        };
        ListAppsResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ListAppsResponse"];
            };
        };
        ListWebhooksResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["WebhookList"];
            };
        };
        CreateContactResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Contact"];
            };
        };
        GetContactResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Contact"];
            };
        };
        UpdateContactResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Contact"];
            };
        };
        ListContactsResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ListContactsResponse"];
            };
        };
        MergeContactResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Contact"];
            };
        };
        GetChannelProfileResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["GetChannelProfileResponse"];
            };
        };
        CreateConversationResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Conversation"];
            };
        };
        GetConversationResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Conversation"];
            };
        };
        ListConversationsResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ListConversationsResponse"];
            };
        };
        ListRecentConversationResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ListRecentConversationsResponse"];
            };
        };
        InjectEventResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["InjectEventResponse"];
            };
        };
        GetEventResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ConversationEvent"];
            };
        };
        ListEventsResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ListEventsResponse"];
            };
        };
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        GetAuditRecordsFromConsentResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["GetAuditRecordsFromConsentResponse"];
            };
        };
        GetIdentitiesFromConsentResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["GetIdentitiesFromConsentResponse"];
            };
        };
        QueryCapabilityResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["QueryCapabilityResponse"];
            };
        };
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": Record<string, never>;
            };
        };
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        InternalServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
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
        MessageId: string;
        QueryConversationId: string;
        MessagesSource: components["schemas"]["MessageSource"];
        OnlyRecipientOriginated: boolean;
        WebhookId: string;
        ContactId: string;
        DestinationId: string;
        ConversationId: string;
        QueryAppId: string;
        EventId: string;
        ListType: components["schemas"]["ConsentsListType"];
        Identity: string;
        Order: "ASC" | "DESC";
        RequestId: string;
        ProjectId: string;
        AppId: string;
        QueryContactId: string;
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
                messages_source?: components["parameters"]["MessagesSource"];
            };
            header?: never;
            path: {
                project_id: components["parameters"]["ProjectId"];
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
                messages_source?: components["parameters"]["MessagesSource"];
            };
            header?: never;
            path: {
                project_id: components["parameters"]["ProjectId"];
                message_id: components["parameters"]["MessageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
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
                messages_source?: components["parameters"]["MessagesSource"];
            };
            header?: never;
            path: {
                project_id: components["parameters"]["ProjectId"];
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
                conversation_id?: components["parameters"]["QueryConversationId"];
                contact_id?: components["parameters"]["QueryContactId"];
                app_id?: string;
                channel_identity?: string;
                start_time?: string;
                end_time?: string;
                page_size?: number;
                page_token?: string;
                view?: components["schemas"]["ConversationMessagesView"];
                messages_source?: components["parameters"]["MessagesSource"];
                only_recipient_originated?: components["parameters"]["OnlyRecipientOriginated"];
                channel?: components["schemas"]["ConversationChannel"];
                direction?: components["schemas"]["ConversationDirection"];
            };
            header?: never;
            path: {
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
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
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["ListMessagesByChannelIdentityRequest"];
        responses: {
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
                project_id: components["parameters"]["ProjectId"];
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
                project_id: components["parameters"]["ProjectId"];
                app_id: components["parameters"]["AppId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
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
                update_mask?: components["parameters"]["UpdateMask"];
            };
            header?: never;
            path: {
                project_id: components["parameters"]["ProjectId"];
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
                project_id: components["parameters"]["ProjectId"];
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
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Webhook"] & Record<string, never>;
            };
        };
        responses: {
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
                project_id: components["parameters"]["ProjectId"];
                webhook_id: components["parameters"]["WebhookId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
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
                project_id: components["parameters"]["ProjectId"];
                webhook_id: components["parameters"]["WebhookId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
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
                update_mask?: components["parameters"]["UpdateMask"];
            };
            header?: never;
            path: {
                project_id: components["parameters"]["ProjectId"];
                webhook_id: components["parameters"]["WebhookId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Webhook"];
            };
        };
        responses: {
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
                page_size?: number;
                page_token?: string;
                external_id?: string;
                channel?: components["schemas"]["ConversationChannel"];
                identity?: string;
            };
            header?: never;
            path: {
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
                project_id: components["parameters"]["ProjectId"];
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
                project_id: components["parameters"]["ProjectId"];
                contact_id: components["parameters"]["ContactId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
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
                update_mask?: components["parameters"]["UpdateMask"];
            };
            header?: never;
            path: {
                project_id: components["parameters"]["ProjectId"];
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
                project_id: components["parameters"]["ProjectId"];
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
                page_size?: number;
                page_token?: string;
            };
            header?: never;
            path: {
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        conflicts?: {
                            identity?: string;
                            channels?: string[];
                            contact_ids?: string[];
                        }[];
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
                app_id?: components["parameters"]["QueryAppId"];
                contact_id?: components["parameters"]["QueryContactId"];
                only_active?: boolean;
                page_size?: number;
                page_token?: string;
                active_channel?: components["schemas"]["ConversationChannel"];
            };
            header?: never;
            path: {
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
                project_id: components["parameters"]["ProjectId"];
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
                project_id: components["parameters"]["ProjectId"];
                conversation_id: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
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
                update_mask?: components["parameters"]["UpdateMask"];
                metadata_update_strategy?: components["schemas"]["MetadataUpdateStrategy"];
            };
            header?: never;
            path: {
                project_id: components["parameters"]["ProjectId"];
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
                app_id: string;
                only_active?: boolean;
                page_size?: number;
                page_token?: string;
                order?: "ASC" | "DESC";
            };
            header?: never;
            path: {
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
                project_id: components["parameters"]["ProjectId"];
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
                project_id: components["parameters"]["ProjectId"];
                conversation_id: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
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
                project_id: components["parameters"]["ProjectId"];
                conversation_id: string;
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["InjectMessageRequest"];
        responses: {
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
                project_id: components["parameters"]["ProjectId"];
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
                project_id: components["parameters"]["ProjectId"];
                event_id: components["parameters"]["EventId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
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
                conversation_id?: string;
                contact_id?: string;
                page_size?: number;
                page_token?: string;
            };
            header?: never;
            path: {
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
                page_size?: number;
                /** @deprecated */
                page_number?: number;
                page_token?: string;
            };
            header?: never;
            path: {
                project_id: components["parameters"]["ProjectId"];
                app_id: components["parameters"]["AppId"];
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
                project_id: components["parameters"]["ProjectId"];
                app_id: components["parameters"]["AppId"];
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
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
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
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
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
}
type WithRequired<T, K extends keyof T> = T & {
    [P in K]-?: T[P];
};
