import { defineConfig } from 'tsup';
import { nodeAndWebBuilds } from '../../tsup.base';

// http/sender.node.ts (our HTTP/1.1 client) replaces http/sender.ts (fetch) in the Node build.
// Two entries: the public API, and ./internal for sinchkit's own client packages.
export default defineConfig(nodeAndWebBuilds(undefined, ['src/index.ts', 'src/internal.ts']));
