// JSON pointers into an OpenAPI document (`#/components/schemas/Name`).

/** One reference token, escaped (`~` → `~0`, `/` → `~1`). */
export function escapeToken(token) {
  return String(token).replaceAll('~', '~0').replaceAll('/', '~1');
}

/** `#/a/b` from ['a', 'b']. */
export function pointer(tokens) {
  return `#/${tokens.map(escapeToken).join('/')}`;
}

/** The node a local `#/…` reference points to, or undefined. */
export function lookup(document, ref) {
  if (!ref.startsWith('#/')) throw new Error(`only local $refs are supported: ${ref}`);
  return ref
    .slice(2)
    .split('/')
    .map((token) => token.replaceAll('~1', '/').replaceAll('~0', '~'))
    .reduce((node, key) => node?.[key], document);
}

/** `node` itself, or what its `$ref` (chain) points to. */
export function deref(document, node) {
  let at = node;
  while (at && typeof at.$ref === 'string') at = lookup(document, at.$ref);
  return at;
}
