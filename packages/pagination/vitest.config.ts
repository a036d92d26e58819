import { defineConfig } from 'vitest/config';

// Unit tests against scripted servers, and every paged list of both specs against Prism mocks.
export default defineConfig({
  test: { include: ['test/**/*.test.ts'], testTimeout: 60_000, globalSetup: ['test/prism-setup.mjs'] },
});
