import { resolve } from 'node:path';
import type { Plugin } from 'esbuild';
import { defineConfig } from 'tsup';
import base from '../../tsup.base';

// The Node build swaps the Web Crypto backend for node:crypto; the API is identical.
const nodeCryptoBackend: Plugin = {
  name: 'node-crypto-backend',
  setup(build) {
    build.onResolve({ filter: /\/crypto\/backend\.js$/ }, (args) => ({
      path: resolve(args.resolveDir, args.path.replace(/backend\.js$/, 'backend.node.ts')),
    }));
  },
};

const shared = { ...base, dts: false, clean: false } as const;

export default defineConfig([
  { ...shared, outDir: 'dist/web', platform: 'neutral' },
  { ...shared, outDir: 'dist/node', platform: 'node', esbuildPlugins: [nodeCryptoBackend] },
  // One set of declarations for both builds, with the client packages' event types inlined so
  // that @sinchkit/signing has no runtime dependencies.
  {
    entry: ['src/index.ts'],
    format: ['esm', 'cjs'],
    outDir: 'dist',
    clean: false,
    dts: { only: true, resolve: ['@sinchkit/conversation', '@sinchkit/registrations'] },
  },
]);
