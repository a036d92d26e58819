import type * as Signing from '../../src/index.js';

export interface Vector {
  name: string;
  scheme: string;
  secret: string | string[];
  body: string;
  headers: Record<string, string | undefined>;
  now: number;
  expect: string;
  deliveries?: number;
  bodyAsObject?: boolean;
}
export function runVectors(
  api: typeof Signing,
  vectors: Vector[],
): Promise<{ name: string; expect: string; outcome: string }[]>;
export function resignVectors(api: typeof Signing, vectors: Vector[]): Promise<{ name: string; same: boolean }[]>;
