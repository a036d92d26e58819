// pnpm check:pack: a dry run of publishing. Packs each package and checks what would ship: only
// dist/, README, LICENSE and CHANGELOG; no source maps; every exports target present; no workspace:
// or catalog: version left in the published package.json.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packAll } from './lib/pack.mjs';

const ALLOWED = [/^package\.json$/, /^README\.md$/, /^LICENSE$/, /^CHANGELOG\.md$/, /^dist\/.+\.(c?js|d\.c?ts)$/];

function exportTargets(value, found = []) {
  if (typeof value === 'string') found.push(value.replace(/^\.\//, ''));
  else if (value && typeof value === 'object') for (const v of Object.values(value)) exportTargets(v, found);
  return found;
}

const destination = mkdtempSync(join(tmpdir(), 'sinchkit-pack-'));
const problems = [];
try {
  for (const { name, files, manifest } of await packAll(destination)) {
    for (const file of files) if (!ALLOWED.some((re) => re.test(file))) problems.push(`${name}: ships ${file}`);
    for (const required of ['README.md', 'LICENSE', 'package.json'])
      if (!files.includes(required)) problems.push(`${name}: missing ${required}`);
    const targets = [...exportTargets(manifest.exports), manifest.main, manifest.module, manifest.types].filter(
      Boolean,
    );
    for (const target of new Set(targets)) {
      if (target !== 'package.json' && !files.includes(target.replace(/^\.\//, '')))
        problems.push(`${name}: exports ${target}, which is not packed`);
    }
    for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies']) {
      for (const [dep, range] of Object.entries(manifest[field] ?? {})) {
        if (/^(workspace|catalog):/.test(range)) problems.push(`${name}: ${field}.${dep} is still ${range}`);
      }
    }
    const kb = (files.length === 0 ? 0 : files.length).toString().padStart(2);
    console.log(`${name.padEnd(26)} ${kb} files: ${files.join(', ')}`);
  }
} finally {
  rmSync(destination, { recursive: true, force: true });
}
if (problems.length > 0) {
  console.error(`\nWould publish the wrong thing:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('\npack check: every package ships only dist, README, LICENSE (and CHANGELOG once versioned)');
