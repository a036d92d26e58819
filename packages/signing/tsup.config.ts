import { defineConfig } from 'tsup';
import { nodeAndWebBuilds } from '../../tsup.base';

// crypto/backend.node.ts (node:crypto) replaces crypto/backend.ts (Web Crypto) in the Node build.
// The callback types come from src/generated/ (the callbacks' part of each spec), so
// @sinchkit/signing has no dependencies at all.
export default defineConfig(nodeAndWebBuilds());
