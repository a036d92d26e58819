// Generated from specs/provisioning/1.2.117/openapi.yaml by scripts/generate.mjs — do not edit.
// Run `pnpm generate` after changing the spec.

export interface paths {
    "/v1/projects/{projectId}/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The project's unique ID, shown on the Sinch dashboard.
                 * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
                 */
                projectId: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        /**
         * List webhooks
         * @description Returns the project's webhooks one page at a time, in alphabetical order. Without a page
         *     token the first page is returned; a project never has more than 15 webhooks.
         */
        get: operations["listWebhooks"];
        put?: never;
        /**
         * Register a webhook
         * @description Registers a new webhook for the project. Each target URL may be registered once per project,
         *     and a project holds at most 15 webhooks.
         */
        post: operations["createWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/webhooks/{webhookId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The project's unique ID, shown on the Sinch dashboard.
                 * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
                 */
                projectId: components["parameters"]["ProjectId"];
                /**
                 * @description The webhook's unique ID, as returned when it was created.
                 * @example 01J8ZQ5C3D6E8G0H2J4K6L8M0N
                 */
                webhookId: components["parameters"]["WebhookId"];
            };
            cookie?: never;
        };
        /**
         * Get a webhook
         * @description Returns one registered webhook.
         */
        get: operations["getWebhook"];
        /**
         * Replace a webhook
         * @description Replaces every field of a registered webhook with the ones sent.
         */
        put: operations["replaceWebhook"];
        post?: never;
        /**
         * Delete a webhook
         * @description Removes a webhook; Sinch stops sending notifications to its target.
         */
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        /**
         * Update a webhook
         * @description Changes only the fields that are sent; the others keep their value.
         */
        patch: operations["updateWebhook"];
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description An event a webhook can be notified about. `ALL` subscribes to every event, including ones
         *     added later.
         * @enum {string}
         */
        WebhookTrigger: "ALL" | "BUNDLE_DONE" | "WHATSAPP_SENDER_ACTIVE" | "WHATSAPP_SENDER_COMMENT_ADDED" | "WHATSAPP_SENDER_DAILY_LIMIT_CHANGED" | "WHATSAPP_SENDER_ERROR" | "WHATSAPP_SENDER_INACTIVE" | "WHATSAPP_SENDER_PENDING_VERIFICATION" | "WHATSAPP_SENDER_QUALITY_RATING_CHANGED" | "WHATSAPP_SENDER_REJECTED" | "WHATSAPP_TEMPLATE_APPROVED" | "WHATSAPP_TEMPLATE_CATEGORY_FUTURE_UPDATE" | "WHATSAPP_TEMPLATE_CATEGORY_UPDATED" | "WHATSAPP_TEMPLATE_COMMENT_ADDED" | "WHATSAPP_TEMPLATE_DELETED" | "WHATSAPP_TEMPLATE_QUALITY_SCORE_UPDATED" | "WHATSAPP_TEMPLATE_REJECTED" | "WHATSAPP_TEMPLATE_STATUS_UPDATED" | "WHATSAPP_ACCOUNT_COMMENT_ADDED" | "WHATSAPP_ACCOUNT_DAILY_LIMIT_CHANGED" | "WHATSAPP_ACCOUNT_ONBOARDED" | "WHATSAPP_ACCOUNT_PENDING_VERIFICATION" | "WHATSAPP_ACCOUNT_REJECTED" | "WHATSAPP_WABA_ACCOUNT_CHANGED" | "RCS_ACCOUNT_COMMENT_ADDED" | "RCS_BRAND_REGISTRATION_PROCESS_STATUS_UPDATED" | "RCS_SENDER_COMMENT_ADDED" | "RCS_SENDER_OPERATOR_STATUS_UPDATED" | "RCS_SENDER_STATUS_UPDATED" | "KAKAOTALK_SENDER_ACTIVE" | "KAKAOTALK_SENDER_COMMENT_ADDED" | "KAKAOTALK_SENDER_INACTIVE" | "KAKAOTALK_SENDER_REJECTED" | "KAKAOTALK_TEMPLATE_APPROVED" | "KAKAOTALK_TEMPLATE_COMMENT_ADDED" | "KAKAOTALK_TEMPLATE_REJECTED";
        /**
         * Format: uri
         * @description The URL Sinch sends notifications to. Unique within a project.
         * @example https://hooks.example.com/sinch/provisioning
         */
        WebhookTarget: string;
        /**
         * Format: password
         * @description Sinch signs the notifications it sends with this secret. Choose a long random value; it is
         *     never returned by the API.
         */
        WebhookSecret: string;
        /** @description The events this webhook is notified about. */
        WebhookTriggers: components["schemas"]["WebhookTrigger"][];
        /** @description A webhook as sent when registering or replacing it. */
        WebhookRequest: {
            target: components["schemas"]["WebhookTarget"];
            secret?: components["schemas"]["WebhookSecret"];
            triggers: components["schemas"]["WebhookTriggers"];
        };
        /** @description The fields of a webhook to change; the ones left out keep their value. */
        WebhookUpdate: {
            target?: components["schemas"]["WebhookTarget"];
            secret?: components["schemas"]["WebhookSecret"];
            triggers?: components["schemas"]["WebhookTriggers"];
        };
        /** @description A registered webhook. The secret is never included. */
        Webhook: {
            /**
             * @description The webhook's unique ID.
             * @example 01J8ZQ5C3D6E8G0H2J4K6L8M0N
             */
            id: string;
            /**
             * @description The project the webhook belongs to.
             * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
             */
            projectId: string;
            target: components["schemas"]["WebhookTarget"];
            triggers: components["schemas"]["WebhookTriggers"];
        };
        /** @description One page of a project's webhooks. */
        WebhookList: {
            /** @description Token for the page before this one; empty on the first page. */
            previousPageToken?: string;
            /** @description Token for the page after this one; empty on the last page. */
            nextPageToken?: string;
            /** @description The number of webhooks on this page. */
            pageSize?: number;
            /** @description The number of webhooks in the project across all pages. */
            totalSize?: number;
            webhooks: components["schemas"]["Webhook"][];
        };
        /** @description What went wrong and how to fix it. */
        Error: {
            /**
             * @description A stable, machine-readable code. Documented values: `invalid_page_size`,
             *     `invalid_page_token`, `invalid_input`, `invalid_payload`, `webhook_invalid_id` (400),
             *     `unauthorized_error` (401), `webhook_not_found` (404), `webhook_exists` (409),
             *     `webhook_limit_reached` (424), `internal_error` (500).
             */
            errorCode: string;
            /** @description A human-readable explanation. */
            message: string;
            /** @description What to change for the request to succeed. */
            resolution: string;
            /** @description Extra details that depend on the error. */
            additionalInformation?: {
                [key: string]: unknown;
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
        /** @description The paging parameters are not valid. */
        BadRequestList: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The request body is not valid. */
        BadRequestPayload: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The webhook ID is not valid. */
        BadRequestId: {
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
        /** @description No webhook with this ID exists in the project. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Another webhook of the project already uses this target. */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The project already has 15 webhooks. */
        LimitReached: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Sinch failed to handle the request. */
        InternalServerError: {
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
         * @description The webhook's unique ID, as returned when it was created.
         * @example 01J8ZQ5C3D6E8G0H2J4K6L8M0N
         */
        WebhookId: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listWebhooks: {
        parameters: {
            query?: {
                /** @description Token from a previous response's `nextPageToken` or `previousPageToken`. */
                pageToken?: string;
                /** @description How many webhooks to return on one page. */
                pageSize?: number;
            };
            header?: never;
            path: {
                /**
                 * @description The project's unique ID, shown on the Sinch dashboard.
                 * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
                 */
                projectId: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of webhooks. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookList"];
                };
            };
            400: components["responses"]["BadRequestList"];
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["InternalServerError"];
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
                projectId: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        /** @description The webhook to register. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookRequest"];
            };
        };
        responses: {
            /** @description The webhook was registered. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            400: components["responses"]["BadRequestPayload"];
            401: components["responses"]["Unauthorized"];
            409: components["responses"]["Conflict"];
            424: components["responses"]["LimitReached"];
            500: components["responses"]["InternalServerError"];
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
                projectId: components["parameters"]["ProjectId"];
                /**
                 * @description The webhook's unique ID, as returned when it was created.
                 * @example 01J8ZQ5C3D6E8G0H2J4K6L8M0N
                 */
                webhookId: components["parameters"]["WebhookId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["WebhookOk"];
            400: components["responses"]["BadRequestId"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    replaceWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The project's unique ID, shown on the Sinch dashboard.
                 * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
                 */
                projectId: components["parameters"]["ProjectId"];
                /**
                 * @description The webhook's unique ID, as returned when it was created.
                 * @example 01J8ZQ5C3D6E8G0H2J4K6L8M0N
                 */
                webhookId: components["parameters"]["WebhookId"];
            };
            cookie?: never;
        };
        /** @description The full new state of the webhook. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookRequest"];
            };
        };
        responses: {
            200: components["responses"]["WebhookOk"];
            400: components["responses"]["BadRequestPayload"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
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
                projectId: components["parameters"]["ProjectId"];
                /**
                 * @description The webhook's unique ID, as returned when it was created.
                 * @example 01J8ZQ5C3D6E8G0H2J4K6L8M0N
                 */
                webhookId: components["parameters"]["WebhookId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The webhook was removed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequestId"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    updateWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The project's unique ID, shown on the Sinch dashboard.
                 * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
                 */
                projectId: components["parameters"]["ProjectId"];
                /**
                 * @description The webhook's unique ID, as returned when it was created.
                 * @example 01J8ZQ5C3D6E8G0H2J4K6L8M0N
                 */
                webhookId: components["parameters"]["WebhookId"];
            };
            cookie?: never;
        };
        /** @description The fields to change. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookUpdate"];
            };
        };
        responses: {
            200: components["responses"]["WebhookOk"];
            400: components["responses"]["BadRequestPayload"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
        };
    };
}
