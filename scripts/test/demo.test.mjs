// The README's first command ends in `node scripts/demo.mjs`: it must walk the whole job and exit 0.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { repoRoot } from '../lib/paths.mjs';

it('the demo runs every step against the Prism mocks (templates and messages page by page, both callbacks narrowed), rejects the tampered callback and exits 0', async () => {
  const { stdout } = await promisify(execFile)(process.execPath, [join(repoRoot, 'scripts/demo.mjs')], {
    timeout: 120_000,
  });
  for (const line of [
    'registered:',
    'created (a mock answers with its example)',
    'templates page 2:',
    'template approved: ',
    'text sent: ',
    'template sent: ',
    'messages page 2:',
    'updated (update_mask=triggers)',
    'inbound message: +12025550143 on WHATSAPP said "Hi! Where is my order?"',
    'tampered body rejected: signature_mismatch',
    'current hmacSecret',
    'verified: {"registrationId":"r-1","status":"APPROVED"}',
    'Mocks stopped.',
  ]) {
    expect(stdout).toContain(line);
  }
});
