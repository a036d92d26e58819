import { defineConfig } from 'vitest/config';

// Tests of the repository tooling in scripts/ (the packages have their own configs).
export default defineConfig({ test: { include: ['scripts/test/**/*.test.mjs'], testTimeout: 30_000 } });
