// The README's receivers, run for real: the Express one as its own process on a free loopback port.
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandler } from '../../examples/fetch-receiver.mjs';
import { nodeBuild } from './builds.js';

const secret = 'example-secret';
const body = JSON.stringify({ app_id: 'app-1', project_id: 'p', message: { id: 'm1' } });

describe('Express receiver (examples/express-receiver.mjs)', () => {
  let child: ChildProcess;
  let url: string;

  beforeAll(async () => {
    child = spawn(process.execPath, [fileURLToPath(new URL('../../examples/express-receiver.mjs', import.meta.url))], {
      env: { ...process.env, SINCH_WEBHOOK_SECRET: secret, PORT: '0' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('example did not start')), 15_000);
      child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
        const match = /listening on (\S+)/.exec(chunk);
        if (match?.[1]) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      });
      child.once('exit', (code) => reject(new Error(`example exited with ${code}`)));
    });
  });
  afterAll(() => {
    child.kill();
  });

  it('answers 200 to a signed callback', async () => {
    const headers = await nodeBuild.signConversationWebhook({ body, secret });
    const response = await fetch(url, {
      method: 'POST',
      body,
      headers: { ...headers, 'content-type': 'application/json' },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ received: 'MESSAGE_INBOUND' });
  });

  it('answers 401 with the reason to a tampered body and to a replay', async () => {
    const headers = {
      ...(await nodeBuild.signConversationWebhook({ body, secret })),
      'content-type': 'application/json',
    };
    const tampered = await fetch(url, { method: 'POST', body: body.replace('m1', 'm2'), headers });
    expect([tampered.status, await tampered.json()]).toEqual([401, { error: 'signature_mismatch' }]);
    expect((await fetch(url, { method: 'POST', body, headers })).status).toBe(200);
    const replay = await fetch(url, { method: 'POST', body, headers });
    expect([replay.status, await replay.json()]).toEqual([401, { error: 'replayed_nonce' }]);
  });
});

describe('Fetch-API receiver (examples/fetch-receiver.mjs)', () => {
  const handler = createHandler({ secret });
  const post = async (payload: string) =>
    handler(
      new Request('https://receiver.test/', {
        method: 'POST',
        body: payload,
        headers: await nodeBuild.signConversationWebhook({ body, secret }),
      }),
    );

  it('answers 200 to a signed callback and 401 to a tampered one', async () => {
    const ok = await post(body);
    expect([ok.status, await ok.json()]).toEqual([200, { received: 'MESSAGE_INBOUND', app: 'app-1' }]);
    const bad = await post(body.replace('app-1', 'app-2'));
    expect([bad.status, await bad.json()]).toEqual([401, { error: 'signature_mismatch' }]);
  });
});
