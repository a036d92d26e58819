// biome-ignore lint/suspicious/noExplicitAny: an OpenAPI document
type Document = any;
/** The whole document: the root with every part merged in. */
export function loadSpec(rootFile: string): Promise<Document>;
/** The files a spec is made of: the root first, then its parts. */
export function specFiles(rootFile: string): Promise<string[]>;
/** SHA-256 over every file of the spec. */
export function specHash(rootFile: string): Promise<string>;
/** Writes the bundled document as JSON and returns its path. */
export function writeBundle(rootFile: string, options?: { forMock?: boolean }): Promise<string>;
