import { describe, expect, it } from 'vitest';
import { MemoryNonceStore } from '../../src/index.js';

describe('MemoryNonceStore', () => {
  it('reports a key as new once, then as a replay until its TTL ends', () => {
    let now = 0;
    const store = new MemoryNonceStore({ now: () => now });
    expect(store.remember('a', 10)).toBe(true);
    expect(store.remember('a', 10)).toBe(false);
    now = 9_999;
    expect(store.remember('a', 10)).toBe(false);
    now = 10_000;
    expect(store.remember('a', 10)).toBe(true);
  });

  it('forgets expired keys as it goes, so memory stays bounded by the TTL window', () => {
    let now = 0;
    const store = new MemoryNonceStore({ now: () => now });
    for (let i = 0; i < 1_000; i++) store.remember(`k${i}`, 1);
    expect(store.size).toBe(1_000);
    now = 1_000;
    store.remember('fresh', 1);
    expect(store.size).toBe(1);
  });

  it('never holds more than maxEntries, dropping the oldest', () => {
    const store = new MemoryNonceStore({ maxEntries: 3, now: () => 0 });
    for (const key of ['a', 'b', 'c', 'd']) store.remember(key, 60);
    expect(store.size).toBe(3);
    expect(store.remember('a', 60)).toBe(true);
    expect(store.remember('d', 60)).toBe(false);
  });
});
