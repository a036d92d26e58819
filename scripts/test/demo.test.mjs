// The README's first command ends in `node scripts/demo.mjs`: it must walk the whole job and exit 0.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { repoRoot } from '../lib/paths.mjs';

it('the demo runs every step against the Prism mocks, rejects the tampered callback and exits 0', async () => {
  const { stdout } = await promisify(execFile)(process.execPath, [join(repoRoot, 'scripts/demo.mjs')], {
    timeout: 120_000,
  });
  for (const line of [
    'registered:',
    'page 2:',
    'updated (update_mask=triggers)',
    'current hmacSecret',
    'verified: MESSAGE_INBOUND',
    'tampered body rejected: signature_mismatch',
    'Mocks stopped.',
  ]) {
    expect(stdout).toContain(line);
  }
});
