// Generated from specs/conversation/1.0/openapi.yaml by scripts/generate.mjs — do not edit.
// Run `pnpm generate` after changing the spec.

/** Which spec this package was generated from. */
export const spec = {
  "api": "conversation",
  "version": "1.0",
  "path": "specs/conversation/1.0/openapi.yaml",
  "title": "Sinch Conversation API"
} as const;

/** The servers the spec declares, first one is the default. */
export const servers = [
  {
    "url": "https://{region}.conversation.api.sinch.com",
    "variables": {
      "region": {
        "default": "us",
        "enum": [
          "us",
          "eu",
          "br"
        ]
      }
    }
  }
] as const;
