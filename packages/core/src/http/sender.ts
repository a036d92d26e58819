// Web build: everything goes through fetch. The Node build uses sender.node.ts instead.
import { fetchSender } from './fetch-sender.js';
import type { FetchLike, Sender } from './types.js';

export { discard } from './fetch-sender.js';

export function createSender(customFetch: FetchLike | undefined): Sender {
  return fetchSender(customFetch);
}
