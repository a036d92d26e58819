// Generated from specs/registrations/1.0.0/openapi.yaml by scripts/generate.mjs — do not edit.
// Run `pnpm generate` after changing the spec.

// The part of the registrations spec (1.0.0) that its callbacks use: #/webhooks,
// and every component reached from there. Imported as './generated/registrations-callbacks.cjs'; shipped once.

export type paths = Record<string, never>;
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
    /** @description A registration status event. Sinch does not document its fields. */
    RegistrationCallbackEvent: {
      [key: string]: unknown;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
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
