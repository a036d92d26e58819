// Web build: everything goes through fetch. The Node build uses sender.node.ts instead.
import { fetchSender } from './fetch-sender.js';
import type { FetchLike, Sender } from './types.js';

export interface SenderOptions {
  fetch: FetchLike | undefined;
  maxConnections: number;
}

export function createSender(options: SenderOptions): Sender {
  return fetchSender(options.fetch);
}
