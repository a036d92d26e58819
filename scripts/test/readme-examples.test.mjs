// README examples that call an API run here, as written, against Prism mocks of the specs. A ```ts
// block right after the line `<!-- runs against the Prism mocks -->` is one: it uses a
// project-bound client it declares (`declare const conversation: ConversationProjectClient;`, the
// same for `provisioning` and `registrations`), which this test creates on a mock. A mock serves
// the spec's examples, so once a page token is sent it is asked for the `lastPage` example, as a
// real server's last page. The example passes when it finishes, every answer it got was a 2xx
// and it printed something. (pnpm check:docs typechecks the same blocks.) One README's examples:
// `npx vitest run scripts/test/readme-examples.test.mjs -t packages/conversation/README.md`.
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { transform } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../lib/paths.mjs';
import { startPrism } from '../lib/prism.mjs';
import { writeBundle } from '../lib/spec-bundle.mjs';

const MARKER = '<!-- runs against the Prism mocks -->';
const workDir = join(repoRoot, 'node_modules', '.cache', `readme-examples-${process.pid}`);

/** `{ readme, line, code }` of every marked block of every README. */
async function markedExamples() {
  const readmes = [
    join(repoRoot, 'README.md'),
    ...(await readdir(join(repoRoot, 'packages'))).sort().map((dir) => join(repoRoot, 'packages', dir, 'README.md')),
  ];
  const examples = [];
  for (const readme of readmes) {
    const text = await readFile(readme, 'utf8').catch(() => '');
    for (const match of text.matchAll(new RegExp(`${MARKER}\n\`\`\`ts\n([\\s\\S]*?)\`\`\``, 'g'))) {
      const line = text.slice(0, match.index).split('\n').length + 2;
      examples.push({ readme: relative(repoRoot, readme), line, code: match[1] });
    }
  }
  return examples;
}

const clients = {
  conversation: { module: '@sinchkit/conversation', create: 'createConversationClient', pageToken: 'page_token' },
  provisioning: { module: '@sinchkit/provisioning', create: 'createProvisioningClient', pageToken: 'pageToken' },
  registrations: { module: '@sinchkit/registrations', create: 'createRegistrationsClient', pageToken: 'pageToken' },
};
const PROJECT_ID = '5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e';

const mocks = new Map();
afterAll(async () => {
  await Promise.all([...mocks.values()].map(async (mock) => (await mock).stop()));
  await rm(workDir, { recursive: true, force: true });
});

/** A project-bound client on a (shared) mock of the API; `failures` collects non-2xx answers. */
async function clientOn(name, failures) {
  const { module, create, pageToken } = clients[name];
  const api = await import(module);
  if (!mocks.has(name)) mocks.set(name, writeBundle(join(repoRoot, api.spec.path), { forMock: true }).then(startPrism));
  const mock = await mocks.get(name);
  const client = api[create]({
    baseUrl: mock.baseUrl,
    projectId: PROJECT_ID,
    credentials: { type: 'bearer', token: 'readme-token' }, // every spec accepts a bearer token (OAuth2)
  });
  client.use({
    onRequest({ request }) {
      if (new URL(request.url).searchParams.has(pageToken)) request.headers.set('Prefer', 'example=lastPage');
    },
    onResponse({ request, response }) {
      if (!response.ok) failures.push(`${request.method} ${new URL(request.url).pathname} → ${response.status}`);
    },
  });
  return client;
}

const examples = await markedExamples();

describe('README examples against the Prism mocks', () => {
  it('there are examples to run', () => {
    expect(examples.length).toBeGreaterThan(0);
  });

  for (const [index, { readme, line, code }] of examples.entries()) {
    it(`${readme}:${line} runs as written`, { timeout: 60_000 }, async () => {
      const failures = [];
      const used = Object.keys(clients).filter((name) => new RegExp(`declare const ${name}\\b`).test(code));
      for (const name of used) globalThis[name] = await clientOn(name, failures);
      const { code: js } = await transform(code, { loader: 'ts', format: 'esm', target: 'node20' });
      await mkdir(workDir, { recursive: true });
      const file = join(workDir, `example-${index}.mjs`);
      await writeFile(file, js);
      const printed = [];
      const log = console.log;
      console.log = (...values) => printed.push(values.join(' '));
      try {
        await import(pathToFileURL(file).href);
      } finally {
        console.log = log;
        for (const name of used) delete globalThis[name];
      }
      expect(failures).toEqual([]);
      expect(printed.length).toBeGreaterThan(0);
    });
  }
});
