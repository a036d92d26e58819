// Generated from specs/provisioning/1.2.117/openapi.yaml by scripts/generate.mjs — do not edit.
// Run `pnpm generate` after changing the spec.

/** Which spec this package was generated from. */
export const spec = {
  "api": "provisioning",
  "version": "1.2.117",
  "path": "specs/provisioning/1.2.117/openapi.yaml",
  "title": "Sinch Provisioning API"
} as const;

/** The servers the spec declares, first one is the default. */
export const servers = [
  {
    "url": "https://provisioning.api.sinch.com",
    "variables": {}
  }
] as const;
