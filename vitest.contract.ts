import { defineConfig } from 'vitest/config';

// Client packages: unit tests plus contract tests against a Prism mock of the package's spec.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['../../scripts/testing/prism-global-setup.mjs'],
    testTimeout: 15_000,
  },
});
