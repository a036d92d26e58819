import { defineConfig } from 'tsup';
import { nodeAndWebBuilds } from '../../tsup.base';

// crypto/backend.node.ts (node:crypto) replaces crypto/backend.ts (Web Crypto) in the Node build.
// The client packages' event types are inlined into the declarations, so @sinchkit/signing has no
// runtime dependencies.
export default defineConfig(
  nodeAndWebBuilds({
    only: true,
    resolve: ['@sinchkit/conversation', '@sinchkit/provisioning', '@sinchkit/registrations'],
  }),
);
