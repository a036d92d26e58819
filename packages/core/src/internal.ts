// For sinchkit's own client packages: how a create…Client is built. Not part of the public API
// and not covered by semver; import from '@sinchkit/core' instead.
export { type ApiClientOptions, createApiClient, projectPath } from './client.js';
export type { WithPathDefaults } from './path-defaults.js';
