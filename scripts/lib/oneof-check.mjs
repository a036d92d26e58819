// Every `oneOf` must be unambiguous: a valid body matches exactly one alternative. Each
// alternative must carry at least one realistic example (`examples` on the alternative or on the
// schema it references); every example is validated strictly (Ajv, JSON Schema 2020-12, formats
// on) against every alternative of its oneOf, and must match its own alternative and no other.
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { escapeToken, lookup } from './json-pointer.mjs';

const DOCUMENT_ID = 'https://sinchkit.invalid/spec.json';

/** Every oneOf in the document, with the JSON pointer of each alternative. */
function findOneOfs(document) {
  const found = [];
  const walk = (node, at) => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const [index, item] of node.entries()) walk(item, `${at}/${index}`);
      return;
    }
    if (Array.isArray(node.oneOf)) found.push({ at, alternatives: node.oneOf.map((_, i) => `${at}/oneOf/${i}`) });
    for (const [key, value] of Object.entries(node)) {
      // Examples are data, not schemas.
      if (key === 'examples' || key === 'example') continue;
      walk(value, `${at}/${escapeToken(key)}`);
    }
  };
  walk(document, '#');
  return found;
}

/** The examples of an alternative: its own, or those of the schema it references. */
function examplesOf(document, pointer) {
  let node = lookup(document, pointer);
  const found = [];
  const seen = new Set();
  while (node && typeof node === 'object') {
    if (Array.isArray(node.examples)) found.push(...node.examples);
    if (node.example !== undefined) found.push(node.example);
    if (typeof node.$ref !== 'string' || seen.has(node.$ref)) break;
    seen.add(node.$ref);
    node = lookup(document, node.$ref);
  }
  return found;
}

/**
 * @returns {{ oneOfs: number, examples: number, problems: string[] }} problems: alternatives with
 *   no example, examples that fail their own alternative, examples that match another one.
 */
export function checkOneOfs(document) {
  const ajv = new Ajv2020({ strict: false, allErrors: false, validateFormats: true });
  addFormats(ajv);
  ajv.addSchema(document, DOCUMENT_ID);
  const validators = new Map();
  const validator = (pointer) => {
    let validate = validators.get(pointer);
    if (!validate) {
      validate = ajv.compile({ $ref: `${DOCUMENT_ID}${pointer}` });
      validators.set(pointer, validate);
    }
    return validate;
  };

  const problems = [];
  let examples = 0;
  const oneOfs = findOneOfs(document);
  for (const { at, alternatives } of oneOfs) {
    alternatives.forEach((pointer, own) => {
      const list = examplesOf(document, pointer);
      if (list.length === 0) problems.push(`${pointer}: no example (add a realistic one to prove it is unambiguous)`);
      for (const [index, example] of list.entries()) {
        examples++;
        const matches = alternatives.map((p, i) => (validator(p)(example) ? i : -1)).filter((i) => i >= 0);
        const label = `${pointer} example ${index + 1}`;
        if (!matches.includes(own)) {
          const errors = validator(pointer).errors ?? [];
          problems.push(`${label}: does not match its own alternative (${ajv.errorsText(errors)})`);
        }
        const others = matches.filter((i) => i !== own);
        if (others.length)
          problems.push(
            `${label}: also matches ${others.map((i) => alternatives[i]).join(', ')} of the oneOf at ${at}`,
          );
      }
    });
  }
  return { oneOfs: oneOfs.length, examples, problems };
}
