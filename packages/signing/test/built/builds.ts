// The two built bundles, typed by the source they were built from.
import type * as Signing from '../../src/index.js';

const load = (path: string): Promise<typeof Signing> => import(path);
export const nodeBuild = await load('../../dist/node/index.js');
export const webBuild = await load('../../dist/web/index.js');
