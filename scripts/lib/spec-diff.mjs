// Compares two versions of an OpenAPI document and classifies what changed for a client:
// breaking (removed operation, removed or newly-required field, narrowed enum, changed type) or
// additive (new operation, optional field, wider enum). Proposes the semver bump.

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];

function resolver(document) {
  return function resolve(node, seen = new Set()) {
    if (!node || typeof node !== 'object' || typeof node.$ref !== 'string') return node;
    if (seen.has(node.$ref)) return {};
    seen.add(node.$ref);
    const target = node.$ref
      .replace(/^#\//, '')
      .split('/')
      .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
      .reduce((value, key) => value?.[key], document);
    return resolve(target ?? {}, seen);
  };
}

/** Flattens allOf so properties and required lists can be compared. */
function flatten(schema, resolve) {
  const s = resolve(schema) ?? {};
  if (!Array.isArray(s.allOf)) return s;
  const merged = { ...s, properties: { ...(s.properties ?? {}) }, required: [...(s.required ?? [])] };
  delete merged.allOf;
  for (const part of s.allOf.map((p) => flatten(p, resolve))) {
    merged.type ??= part.type;
    Object.assign(merged.properties, part.properties ?? {});
    merged.required.push(...(part.required ?? []));
  }
  return merged;
}

function typeOf(schema) {
  if (schema.type) return [schema.type].flat().sort().join('|');
  if (schema.properties) return 'object';
  if (schema.items) return 'array';
  return undefined;
}

/**
 * @param {'request' | 'response'} direction what the client sends, or what it receives
 */
function compareSchemas(oldSchema, newSchema, where, direction, ctx, depth = 0) {
  if (depth > 20) return;
  const a = flatten(oldSchema, ctx.resolveOld);
  const b = flatten(newSchema, ctx.resolveNew);
  const [typeA, typeB] = [typeOf(a), typeOf(b)];
  if (typeA && typeB && typeA !== typeB) {
    // integer → number accepts more in a request (and promises less in a response); the reverse narrows.
    const widened = typeA === 'integer' && typeB === 'number';
    const narrowed = typeA === 'number' && typeB === 'integer';
    const additive = (widened && direction === 'request') || (narrowed && direction === 'response');
    return (additive ? ctx.additive : ctx.breaking).push(`${where}: type changed from ${typeA} to ${typeB}`);
  }

  if (Array.isArray(a.enum) || Array.isArray(b.enum)) {
    const before = new Set(a.enum ?? []);
    const after = new Set(b.enum ?? []);
    const removed = [...before].filter((v) => !after.has(v));
    const added = [...after].filter((v) => !before.has(v));
    if (!Array.isArray(a.enum)) ctx.breaking.push(`${where}: now restricted to ${[...after].join(', ')}`);
    else if (!Array.isArray(b.enum)) ctx.additive.push(`${where}: no longer restricted to an enum`);
    else {
      if (removed.length) ctx.breaking.push(`${where}: enum narrowed, removed ${removed.join(', ')}`);
      if (added.length) ctx.additive.push(`${where}: enum widened with ${added.join(', ')}`);
    }
  }

  const propsA = a.properties ?? {};
  const propsB = b.properties ?? {};
  const reqA = new Set(a.required ?? []);
  const reqB = new Set(b.required ?? []);
  for (const name of Object.keys(propsA)) {
    if (!(name in propsB)) {
      ctx.breaking.push(`${where}.${name}: removed`);
      continue;
    }
    if (direction === 'request' && !reqA.has(name) && reqB.has(name))
      ctx.breaking.push(`${where}.${name}: now required`);
    if (direction === 'response' && reqA.has(name) && !reqB.has(name))
      ctx.breaking.push(`${where}.${name}: no longer always returned`);
    compareSchemas(propsA[name], propsB[name], `${where}.${name}`, direction, ctx, depth + 1);
  }
  for (const name of Object.keys(propsB)) {
    if (name in propsA) continue;
    if (direction === 'request' && reqB.has(name)) ctx.breaking.push(`${where}.${name}: new required field`);
    else ctx.additive.push(`${where}.${name}: new ${direction === 'request' ? 'optional ' : ''}field`);
  }
  if (a.items || b.items) compareSchemas(a.items ?? {}, b.items ?? {}, `${where}[]`, direction, ctx, depth + 1);
}

function operations(document) {
  const found = new Map();
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const method of METHODS)
      if (item?.[method]) found.set(`${method.toUpperCase()} ${path}`, { item, operation: item[method] });
  }
  return found;
}

function parameters({ item, operation }, resolve) {
  const all = [...(item.parameters ?? []), ...(operation.parameters ?? [])].map((p) => resolve(p));
  return new Map(all.map((p) => [`${p.in} ${p.name}`, p]));
}

function jsonSchema(content, resolve) {
  const resolved = resolve(content);
  return resolved?.content?.['application/json']?.schema;
}

/** @returns {{ breaking: string[], additive: string[], bump: 'major' | 'minor' | 'patch' }} */
export function diffSpecs(oldDocument, newDocument) {
  const ctx = { breaking: [], additive: [], resolveOld: resolver(oldDocument), resolveNew: resolver(newDocument) };
  const before = operations(oldDocument);
  const after = operations(newDocument);
  for (const [key, oldOp] of before) {
    const newOp = after.get(key);
    if (!newOp) {
      ctx.breaking.push(`${key}: operation removed`);
      continue;
    }
    const paramsA = parameters(oldOp, ctx.resolveOld);
    const paramsB = parameters(newOp, ctx.resolveNew);
    for (const [name, p] of paramsA) {
      const q = paramsB.get(name);
      if (!q) ctx.breaking.push(`${key}: parameter ${name} removed`);
      else {
        if (!p.required && q.required) ctx.breaking.push(`${key}: parameter ${name} now required`);
        compareSchemas(p.schema ?? {}, q.schema ?? {}, `${key} parameter ${name}`, 'request', ctx);
      }
    }
    for (const [name, q] of paramsB) {
      if (!paramsA.has(name))
        (q.required ? ctx.breaking : ctx.additive).push(
          `${key}: new ${q.required ? 'required' : 'optional'} parameter ${name}`,
        );
    }
    const bodyA = jsonSchema(oldOp.operation.requestBody, ctx.resolveOld);
    const bodyB = jsonSchema(newOp.operation.requestBody, ctx.resolveNew);
    if (bodyA && bodyB) compareSchemas(bodyA, bodyB, `${key} body`, 'request', ctx);
    else if (!bodyA && bodyB && ctx.resolveNew(newOp.operation.requestBody)?.required)
      ctx.breaking.push(`${key}: now requires a body`);
    for (const [status, response] of Object.entries(oldOp.operation.responses ?? {})) {
      const next = newOp.operation.responses?.[status];
      if (!next) {
        if (status.startsWith('2')) ctx.breaking.push(`${key}: response ${status} removed`);
        continue;
      }
      const a = jsonSchema(response, ctx.resolveOld);
      const b = jsonSchema(next, ctx.resolveNew);
      if (a && b) compareSchemas(a, b, `${key} ${status}`, 'response', ctx);
    }
  }
  for (const [key, { operation }] of after)
    if (!before.has(key))
      ctx.additive.push(`${key}: new operation${operation.tags?.[0] ? ` (${operation.tags[0]})` : ''}`);
  const bump = ctx.breaking.length ? 'major' : ctx.additive.length ? 'minor' : 'patch';
  return { breaking: ctx.breaking, additive: ctx.additive, bump };
}

/**
 * A report that stays readable for a diff of hundreds of changes: every breaking change listed, new
 * operations counted by tag, and an additive change seen at many places (an enum widened on every
 * operation that uses it) written once with its count.
 */
export function summariseDiff({ breaking, additive, bump }, { from, to } = {}) {
  const lines = [
    `Spec diff${from && to ? ` ${from} → ${to}` : ''}: ${breaking.length} breaking, ${additive.length} additive; proposed bump: ${bump}.`,
  ];
  if (breaking.length) lines.push('', 'Breaking:', ...breaking.map((change) => `- ${change}`));
  const newOperations = new Map();
  const others = new Map();
  for (const change of additive) {
    const operation = /^(\S+ \S+): new operation(?: \((.+)\))?$/.exec(change);
    if (operation) {
      const tag = operation[2] ?? 'untagged';
      newOperations.set(tag, [...(newOperations.get(tag) ?? []), operation[1]]);
      continue;
    }
    const what = change.slice(change.indexOf(': ') + 2);
    others.set(what, [...(others.get(what) ?? []), change.slice(0, change.indexOf(': '))]);
  }
  if (additive.length) lines.push('', 'Additive:');
  const total = [...newOperations.values()].reduce((sum, list) => sum + list.length, 0);
  if (total)
    lines.push(
      `- ${total} new operations: ${[...newOperations].map(([tag, list]) => `${tag} (${list.length})`).join(', ')}`,
    );
  for (const [what, where] of others)
    lines.push(where.length === 1 ? `- ${where[0]}: ${what}` : `- ${what}, at ${where.length} places (${where[0]}, …)`);
  return lines.join('\n');
}
