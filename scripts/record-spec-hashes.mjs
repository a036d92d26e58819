// Part of `pnpm version-packages`: the specs just released become the new baseline.
import { recordSpecHashes } from './lib/spec-changesets.mjs';

await recordSpecHashes();
console.log('recorded the released spec hashes in each client package.json');
