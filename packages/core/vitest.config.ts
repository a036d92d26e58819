import { defineConfig } from 'vitest/config';

// Every test runs twice: with the Node sender (our HTTP/1.1 client, and the Headers that read its
// parsed header pairs) and with the fetch sender (web build). test/node/ holds what only the Node
// sender has (its parser, its connection pool).
const nodeSender = { find: /^(\.\.?\/.*)\/(sender|pair-headers)\.js$/, replacement: '$1/$2.node.ts' };

export default defineConfig({
  test: {
    testTimeout: 20_000,
    projects: [
      {
        extends: true,
        resolve: { alias: [nodeSender] },
        test: { name: 'node', include: ['test/**/*.test.ts'] },
      },
      { extends: true, test: { name: 'web-fetch', include: ['test/**/*.test.ts'], exclude: ['test/node/**'] } },
    ],
  },
});
