// Generated from specs/registrations/1.0.0/openapi.yaml by scripts/generate.mjs — do not edit.
// Run `pnpm generate` after changing the spec.

// Imported as './generated/schema.cjs' by the package's source and by both of its builds'
// declarations, which ship this file once as dist/generated/schema.d.cts.

export interface paths {
  "/v1/projects/{projectId}/callback-configuration": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The project's unique ID.
         * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
         */
        projectId: string;
      };
      cookie?: never;
    };
    /**
     * Get the callback configuration
     * @description Returns the project's callback configuration, including its current HMAC secret.
     */
    get: operations["getCallbackConfiguration"];
    /**
     * Update the callback configuration
     * @description Sets the project's HMAC secret. Callbacks sent after this call are signed with the new
     *     secret, so accept both secrets in your receiver while you roll it out.
     */
    put: operations["updateCallbackConfiguration"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export interface webhooks {
  registrationStatusCallback: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Registration status changed
     * @description Sent to your callback URL when a registration's status changes. Verify `X-Sinch-Signature`
     *     against the raw body before trusting the content. Sinch's documentation does not publish
     *     the body's fields, so this document types it as an open JSON object.
     */
    post: operations["callbackRegistrationStatus"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export interface components {
  schemas: {
    /** @description How the project's registration callbacks are signed. */
    CallbackConfiguration: {
      /**
       * @description The secret that keys the HMAC-SHA1 in the `X-Sinch-Signature` header.
       * @example d1c7ccbf-919d-462f-8587-dec95a1b11ee
       */
      hmacSecret: string;
      /**
       * @description The project the configuration belongs to.
       * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
       */
      projectId: string;
    };
    /** @description The new callback configuration. */
    CallbackConfigurationUpdate: {
      /** @description The new HMAC secret for the project. */
      hmacSecret: string;
    };
    /** @description A registration status event. Sinch does not document its fields. */
    RegistrationCallbackEvent: {
      [key: string]: unknown;
    };
    /** @description What went wrong. */
    Error: {
      error: {
        /** @description The HTTP status code. */
        code?: number;
        /** @description A human-readable explanation. */
        message?: string;
        /** @description A machine-readable status such as `NOT_FOUND`. */
        status?: string;
        details?: {
          /** @description Names the kind of detail, e.g. `type.googleapis.com/google.rpc.BadRequest`. */
          type_url?: string;
          value?: string;
        }[];
      };
    };
  };
  responses: {
    /** @description The callback configuration. */
    CallbackConfigurationOk: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["CallbackConfiguration"];
      };
    };
    /** @description The project does not exist. */
    NotFound: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["Error"];
      };
    };
    /** @description Sinch failed to handle the request; typically a server bug. */
    InternalServerError: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["Error"];
      };
    };
  };
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  getCallbackConfiguration: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The project's unique ID.
         * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
         */
        projectId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components["responses"]["CallbackConfigurationOk"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["InternalServerError"];
    };
  };
  updateCallbackConfiguration: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The project's unique ID.
         * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
         */
        projectId: string;
      };
      cookie?: never;
    };
    /** @description The new configuration. */
    requestBody: {
      content: {
        "application/json": components["schemas"]["CallbackConfigurationUpdate"];
      };
    };
    responses: {
      200: components["responses"]["CallbackConfigurationOk"];
      /** @description The project failed validation. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      404: components["responses"]["NotFound"];
      500: components["responses"]["InternalServerError"];
    };
  };
  callbackRegistrationStatus: {
    parameters: {
      query?: never;
      header: {
        /**
         * @description Lowercase hex HMAC-SHA1 of the raw request body, keyed with `hmacSecret`.
         * @example 5d41402abc4b2a76b9719d911017c592ae1b3c70
         */
        "X-Sinch-Signature": string;
      };
      path?: never;
      cookie?: never;
    };
    /** @description The event. Its fields are not documented by Sinch. */
    requestBody: {
      content: {
        "application/json": components["schemas"]["RegistrationCallbackEvent"];
      };
    };
    responses: {
      /** @description Acknowledge the event. Any other status makes Sinch retry it later. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
}
