import { defineConfig } from 'vitest/config';

// Every test runs twice: with the Node sender (undici) and with the fetch sender (web build).
const nodeSender = { find: /^(\.\.?\/.*)\/sender\.js$/, replacement: '$1/sender.node.ts' };

export default defineConfig({
  test: {
    testTimeout: 20_000,
    projects: [
      {
        extends: true,
        resolve: { alias: [nodeSender] },
        test: { name: 'node-undici', include: ['test/**/*.test.ts'] },
      },
      { extends: true, test: { name: 'web-fetch', include: ['test/**/*.test.ts'] } },
    ],
  },
});
