import { defineConfig } from 'tsup';

// One build for every package: ESM + CJS + declarations, no source maps to ship.
export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  target: 'es2022',
  treeshake: true,
  sourcemap: false,
});
