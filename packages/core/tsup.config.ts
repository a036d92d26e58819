import { defineConfig } from 'tsup';
import { nodeAndWebBuilds } from '../../tsup.base';

// http/sender.node.ts (undici, light Response) replaces http/sender.ts (fetch) in the Node build.
export default defineConfig(nodeAndWebBuilds());
