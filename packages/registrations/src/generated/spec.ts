// Generated from specs/registrations/1.0.0/openapi.yaml by scripts/generate.mjs — do not edit.
// Run `pnpm generate` after changing the spec.

/** Which spec this package was generated from. */
export const spec = {
  "api": "registrations",
  "version": "1.0.0",
  "path": "specs/registrations/1.0.0/openapi.yaml",
  "title": "Sinch Sender ID Registrations API — callback configuration"
} as const;

/** The servers the spec declares, first one is the default. */
export const servers = [
  {
    "url": "https://senderid.registrations.api.sinch.com",
    "variables": {}
  }
] as const;
