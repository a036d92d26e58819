import { defineConfig } from 'vitest/config';

// Unit tests run twice, once per HMAC backend; tests of the built bundles run once.
const nodeBackend = { find: /^(\.\.?\/.*)crypto\/backend\.js$/, replacement: '$1crypto/backend.node.ts' };

export default defineConfig({
  test: {
    testTimeout: 60_000,
    projects: [
      {
        extends: true,
        resolve: { alias: [nodeBackend] },
        test: { name: 'node-crypto', include: ['test/unit/**/*.test.ts'] },
      },
      { extends: true, test: { name: 'web-crypto', include: ['test/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'built', include: ['test/built/**/*.test.ts'] } },
    ],
  },
});
