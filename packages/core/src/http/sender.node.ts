// Node build: our own HTTP/1.1 client (http/node/), unless the caller brings a fetch.
import { fetchSender } from './fetch-sender.js';
import { http1Sender } from './node/http1.js';
import type { SenderOptions } from './sender.js';
import type { Sender } from './types.js';

// Servers commonly close idle keep-alive connections after 5 s; we let go first.
const IDLE_TIMEOUT_MS = 4_000;

export function createSender(options: SenderOptions): Sender {
  if (options.fetch) return fetchSender(options.fetch);
  return http1Sender({ maxConnections: options.maxConnections, idleTimeoutMs: IDLE_TIMEOUT_MS });
}
