// Types for json-pointer.mjs, for the TypeScript tests that walk specs.
export function escapeToken(token: unknown): string;
export function pointer(tokens: unknown[]): string;
// biome-ignore lint/suspicious/noExplicitAny: an OpenAPI document, walked generically
export function lookup(document: any, ref: string): any;
// biome-ignore lint/suspicious/noExplicitAny: an OpenAPI document, walked generically
export function deref(document: any, node: any): any;
