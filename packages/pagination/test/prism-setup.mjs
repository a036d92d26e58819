// vitest globalSetup: a Prism mock of the Conversation and of the Provisioning spec, so every
// paged list of both APIs can be walked page by page.
import { join } from 'node:path';
import { repoRoot } from '../../../scripts/lib/paths.mjs';
import { startPrism } from '../../../scripts/lib/prism.mjs';
import { writeBundle } from '../../../scripts/lib/spec-bundle.mjs';

export default async function setup(project) {
  const started = await Promise.all(
    ['conversation/1.0', 'provisioning/1.2.117'].map(async (spec) =>
      startPrism(await writeBundle(join(repoRoot, 'specs', spec, 'openapi.yaml'), { forMock: true })),
    ),
  );
  project.provide('conversationUrl', started[0].baseUrl);
  project.provide('provisioningUrl', started[1].baseUrl);
  return () => Promise.all(started.map((prism) => prism.stop()));
}
