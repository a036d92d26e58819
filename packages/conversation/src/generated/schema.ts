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
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
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
}
