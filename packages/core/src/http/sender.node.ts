// Node sender: undici's request API, about 2× the throughput of global fetch on loopback and
// without Request/Response construction (bench: scripts/bench/client-throughput.mjs).
// undici is imported on first use: importing it costs ~100 ms, which cold starts should not pay.

import { fetchSender } from './fetch-sender.js';
import { LightResponse } from './light-response.js';
import type { FetchLike, OutgoingRequest, Sender } from './types.js';

export { discard } from './fetch-sender.js';

type UndiciRequest = typeof import('undici').request;
let undiciRequest: UndiciRequest | Promise<UndiciRequest> | undefined;

function loadUndici(): UndiciRequest | Promise<UndiciRequest> {
  undiciRequest ??= import('undici').then((undici) => {
    undiciRequest = undici.request;
    return undici.request;
  });
  return undiciRequest;
}

async function undiciSend(request: OutgoingRequest): Promise<Response> {
  const send = loadUndici();
  const requestFn = typeof send === 'function' ? send : await send;
  const answer = await requestFn(request.url, {
    method: request.method as 'GET',
    headers: request.headers,
    body: request.body,
    signal: request.signal,
  });
  // Read the whole body here so a timeout covers it, and the response is reusable.
  const body = Buffer.from(await answer.body.arrayBuffer());
  return new LightResponse(answer.statusCode, answer.headers, body, request.url) as unknown as Response;
}

export function createSender(customFetch: FetchLike | undefined): Sender {
  return customFetch ? fetchSender(customFetch) : undiciSend;
}
