// What a user sees on hover comes from the spec's prose. This lists what is missing: a summary
// and description on every operation (callbacks and webhooks included), a description on every
// tag and component schema, an example on every response body, a description on fields whose name
// cannot say it all (ids, times, formats, limits), and any TODO left behind.
import { escapeToken } from './json-pointer.mjs';

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];
const LIMITS = [
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minItems',
  'maxItems',
  'pattern',
];
// Names that need a word on units, kind or format: ids, times, durations, sizes, counts.
const NEEDS_WORDS =
  /(^id$|Id$|_id$|Ids$|_ids$|[Tt]ime$|_at$|At$|[Tt]tl|Seconds$|_seconds$|[Ss]ize$|[Cc]ount$|[Dd]ate$|[Uu]rl$|_url$)/;

const blank = (text) => typeof text !== 'string' || text.trim() === '' || text.trim() === 'TODO';

function checkOperation(operation, where, problems, { api = false } = {}) {
  if (blank(operation.summary)) problems.push(`${where}: summary missing`);
  if (api && !Object.keys(operation.responses ?? {}).some((status) => /^4(\d\d|XX)$/.test(status)))
    problems.push(`${where}: no 4xx response documented`);
  if (blank(operation.description)) problems.push(`${where}: description missing`);
  for (const [status, response] of Object.entries(operation.responses ?? {})) {
    if (response.$ref) continue;
    for (const [type, media] of Object.entries(response.content ?? {}))
      if (media.example === undefined && media.examples === undefined)
        problems.push(`${where} → ${status} ${type}: no example`);
  }
  for (const [name, callback] of Object.entries(operation.callbacks ?? {})) {
    if (callback.$ref) continue;
    for (const [expression, item] of Object.entries(callback))
      for (const method of METHODS)
        if (item[method]) checkOperation(item[method], `${where} callback ${name} ${expression} ${method}`, problems);
  }
}

function checkProperties(schema, where, problems, seen) {
  if (!schema || typeof schema !== 'object' || seen.has(schema)) return;
  seen.add(schema);
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    if (!property || typeof property !== 'object') continue;
    const worded = !blank(property.description) || !blank(property.title);
    const needs = NEEDS_WORDS.test(name) || property.format || LIMITS.some((k) => property[k] !== undefined);
    if (needs && !worded && !property.$ref)
      problems.push(`${where}.${name}: needs a description (an id, time, format or limit)`);
    checkProperties(property, `${where}.${name}`, problems, seen);
  }
  for (const key of ['items', 'additionalProperties']) checkProperties(schema[key], `${where}[]`, problems, seen);
  for (const key of ['allOf', 'oneOf', 'anyOf'])
    for (const [index, part] of (schema[key] ?? []).entries())
      checkProperties(part, `${where}<${key} ${index}>`, problems, seen);
}

function findTodos(node, where, problems) {
  if (typeof node === 'string') {
    if (/\bTODO\b/.test(node)) problems.push(`${where}: TODO left`);
    return;
  }
  if (!node || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) findTodos(value, `${where}/${escapeToken(key)}`, problems);
}

/** @returns {string[]} one line per missing piece of prose */
export function findMissingProse(document) {
  const problems = [];
  for (const tag of document.tags ?? [])
    if (blank(tag.description)) problems.push(`tag ${tag.name}: description missing`);
  for (const section of ['paths', 'webhooks'])
    for (const [path, item] of Object.entries(document[section] ?? {}))
      for (const method of METHODS)
        if (item?.[method]) checkOperation(item[method], `${method.toUpperCase()} ${path}`, problems);
  for (const [name, callback] of Object.entries(document.components?.callbacks ?? {}))
    for (const [expression, item] of Object.entries(callback))
      for (const method of METHODS)
        if (item[method]) checkOperation(item[method], `callback ${name} ${expression} ${method}`, problems);
  for (const [name, response] of Object.entries(document.components?.responses ?? {}))
    for (const [type, media] of Object.entries(response.content ?? {}))
      if (media.example === undefined && media.examples === undefined)
        problems.push(`response ${name} ${type}: no example`);
  const seen = new Set();
  for (const [name, schema] of Object.entries(document.components?.schemas ?? {})) {
    if (blank(schema.description)) problems.push(`schema ${name}: description missing`);
    checkProperties(schema, `schema ${name}`, problems, seen);
  }
  findTodos(document, '#', problems);
  return problems;
}
