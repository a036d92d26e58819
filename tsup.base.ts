import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'esbuild';
import { defineConfig, type Options } from 'tsup';

// One build for every package: ESM + CJS + declarations, no source maps to ship.
export const base = {
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  target: 'es2022',
  treeshake: true,
  sourcemap: false,
} satisfies Options;

export default defineConfig({ ...base, dts: true, clean: true });

/**
 * Generated types (src/generated/*.d.cts, declarations only) stay separate files that both
 * declaration builds import, shipped once by scripts/ship-generated-types.mjs.
 */
const generatedTypes = /\/generated\/[\w-]+\.cjs$/;

/** A generated client package. */
export const clientBuild = defineConfig({ ...base, dts: true, clean: true, external: [generatedTypes] });

/** In a Node build, `./x.js` resolves to a sibling `./x.node.ts` when one exists. */
const nodeVariants: Plugin = {
  name: 'node-variants',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\/.*\.js$/ }, (args) => {
      const variant = resolve(args.resolveDir, args.path.replace(/\.js$/, '.node.ts'));
      return existsSync(variant) ? { path: variant } : undefined;
    });
  },
};

/**
 * Two builds for packages with runtime-specific modules: dist/node (picked by the "node" export
 * condition) and dist/web (everything else), sharing one set of declarations in dist/.
 */
export function nodeAndWebBuilds(
  declarations: Options['dts'] = { only: true },
  entry: string[] = base.entry,
): Options[] {
  // The three builds run at once and share dist/, so none may clean it: it is emptied here, once,
  // when the config loads (stale chunks from earlier builds would otherwise be published).
  rmSync('dist', { recursive: true, force: true });
  const shared = { ...base, entry, dts: false, clean: false } as const;
  return [
    { ...shared, outDir: 'dist/web', platform: 'neutral' },
    { ...shared, outDir: 'dist/node', platform: 'node', esbuildPlugins: [nodeVariants] },
    { entry, format: ['esm', 'cjs'], outDir: 'dist', clean: false, dts: declarations, external: [generatedTypes] },
  ];
}
