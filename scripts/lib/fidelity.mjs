// Structural fidelity: how much of a reference OpenAPI document (Sinch's published spec, prose
// removed) our spec states, and where the two disagree. Comparison is by structure, never by
// schema names: operations by method and path, parameters by location and name, responses by
// status, properties by name, oneOf/anyOf alternatives by the properties they carry.
//
// Every statement the reference makes is a *fact* (an operation exists, a parameter is required, a
// field is an integer, an enum includes a value, a limit is 64, …). Each fact is
//   covered      our spec states the same thing,
//   uncovered    our spec does not state it (a missing operation, field, enum, limit),
//   contradicted our spec states something else (another type, a dropped enum value, a required
//                field made optional, an extra constraint),
//   excused      contradicted, but at or below a node of ours marked `x-sinchkit-deviation: <why>`.
// Coverage is (covered + excused) / all facts. Additions (fields, operations, statuses the
// reference lacks) are listed but are not contradictions.

import { escapeToken, lookup, pointer } from './json-pointer.mjs';

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];
const DEVIATION = 'x-sinchkit-deviation';
const SECURITY_DEVIATION = 'x-sinchkit-security-deviation';
const LIMITS = [
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minItems',
  'maxItems',
  'minProperties',
  'maxProperties',
  'multipleOf',
  'pattern',
  'uniqueItems',
];
// Keywords that restrict values: one of ours the reference lacks is a contradiction.
const RESTRICTING = new Set(LIMITS.filter((k) => k !== 'uniqueItems'));
const RANK = { contradicted: 3, excused: 2, covered: 1, uncovered: 0 };

/** Follows $refs; returns the node, where it lives, and the deviation reason met on the way. */
function deref(document, node, where) {
  let deviation = node?.[DEVIATION];
  const seen = new Set();
  while (node && typeof node === 'object' && typeof node.$ref === 'string') {
    if (seen.has(node.$ref)) break;
    seen.add(node.$ref);
    where = node.$ref;
    node = lookup(document, node.$ref);
    deviation ??= node?.[DEVIATION];
  }
  return { node: node ?? {}, where, deviation };
}

/** A schema reduced to what can be compared: allOf merged, nullability and const normalised. */
function normalise(document, schema, where) {
  const { node, where: at, deviation } = deref(document, schema, where);
  const out = {
    where: at,
    deviation,
    types: undefined,
    nullable: node.nullable === true,
    format: node.format,
    enum: undefined,
    default: node.default ?? schema?.default,
    properties: {},
    required: new Set(),
    items: undefined,
    additionalProperties: undefined,
    limits: {},
    alternatives: [],
    discriminator: node.discriminator,
    not: undefined,
    hasAllOfParts: false,
  };
  absorb(document, out, node, at, new Set());
  // OpenAPI 3.1 lets keywords sit beside a $ref (e.g. a default for a referenced enum).
  if (schema && typeof schema === 'object' && typeof schema.$ref === 'string') {
    const { $ref, ...siblings } = schema;
    if (Object.keys(siblings).length) absorb(document, out, siblings, at, new Set());
  }
  if (!out.types) {
    if (Object.keys(out.properties).length) out.types = ['object'];
    else if (out.items) out.types = ['array'];
    // A choice between objects is an object, whether or not `type: object` is written beside it.
    else if (out.alternatives.length && out.alternatives.every((a) => isObject(document, a.schema)))
      out.types = ['object'];
  }
  return out;
}

function isObject(document, schema) {
  const { node } = deref(document, schema, '');
  return (
    node.type === 'object' || Boolean(node.properties) || (node.allOf ?? []).some((part) => isObject(document, part))
  );
}

function absorb(document, out, node, at, seen) {
  if (node.type !== undefined) {
    const list = [node.type].flat();
    if (list.includes('null')) out.nullable = true;
    const types = list.filter((t) => t !== 'null').sort();
    if (types.length) out.types = types;
  }
  if (node.nullable === true) out.nullable = true;
  let values = node.enum ?? (node.const !== undefined ? [node.const] : undefined);
  // A published quirk writes an enum as a { Name: VALUE } mapping; its values are the enum.
  if (values && !Array.isArray(values)) values = Object.values(values);
  if (values) {
    if (values.includes(null)) out.nullable = true;
    out.enum = values.filter((v) => v !== null);
  }
  out.format ??= node.format;
  if (node.not !== undefined) out.not = node.not;
  for (const key of LIMITS) if (node[key] !== undefined) out.limits[key] = node[key];
  // `uniqueItems: false` is the default (the published Provisioning document writes it 1,578 times).
  if (out.limits.uniqueItems === false) delete out.limits.uniqueItems;
  // OpenAPI 3.0 boolean exclusive bounds become 3.1 numbers.
  for (const [flag, bound] of [
    ['exclusiveMinimum', 'minimum'],
    ['exclusiveMaximum', 'maximum'],
  ]) {
    if (out.limits[flag] === true) {
      out.limits[flag] = out.limits[bound];
      delete out.limits[bound];
    } else if (out.limits[flag] === false) delete out.limits[flag];
  }
  for (const [name, child] of Object.entries(node.properties ?? {}))
    out.properties[name] = { schema: child, where: `${at}/properties/${escapeToken(name)}` };
  for (const name of node.required ?? []) out.required.add(name);
  if (node.items) out.items = { schema: node.items, where: `${at}/items` };
  if (node.additionalProperties !== undefined)
    out.additionalProperties = { schema: node.additionalProperties, where: `${at}/additionalProperties` };
  for (const kind of ['oneOf', 'anyOf']) {
    // A choice of one is that one schema: compare it as if it were written directly.
    if (node[kind]?.length === 1) {
      const only = deref(document, node[kind][0], `${at}/${kind}/0`);
      if (!seen.has(only.where)) {
        seen.add(only.where);
        out.deviation ??= only.deviation;
        absorb(document, out, only.node, only.where, seen);
      }
      continue;
    }
    (node[kind] ?? []).forEach((alternative, index) => {
      out.alternatives.push({ kind, schema: alternative, where: `${at}/${kind}/${index}` });
    });
  }
  (node.allOf ?? []).forEach((part, index) => {
    const resolved = deref(document, part, `${at}/allOf/${index}`);
    if (seen.has(resolved.where)) return;
    seen.add(resolved.where);
    out.hasAllOfParts = true;
    out.deviation ??= resolved.deviation;
    absorb(document, out, resolved.node, resolved.where, seen);
  });
}

/** What identifies a oneOf/anyOf alternative regardless of its name: the properties it carries. */
function signature(document, alternative) {
  const n = normalise(document, alternative.schema, alternative.where);
  const names = Object.keys(n.properties).sort();
  // Properties fixed to one value (e.g. `type: COPY_CODE`) tell alternatives apart too.
  const fixed = names
    .map((name) => [name, normalise(document, n.properties[name].schema, n.properties[name].where).enum])
    .filter(([, values]) => values?.length === 1)
    .map(([name, values]) => `${name}=${describeValue(values[0])}`)
    .join(',');
  if (names.length) return { key: `props:${names.join(',')}`, names: new Set(names), fixed };
  if (n.alternatives.length) {
    const inner = n.alternatives.map((a) => signature(document, a).key).sort();
    return { key: `alts:${inner.join('|')}`, names: new Set(inner) };
  }
  return { key: `type:${(n.types ?? ['any']).join('|')}${n.enum ? `:${n.enum.join('|')}` : ''}`, names: new Set() };
}

function jaccard(a, b) {
  if (a.size === 0 && b.size === 0) return 0;
  let both = 0;
  for (const x of a) if (b.has(x)) both++;
  return both / (a.size + b.size - both);
}

/** Pairs each reference alternative with one of ours: same signature first, else the closest. */
function pairAlternatives(ref, refAlternatives, ours, ourAlternatives) {
  const mine = ourAlternatives.map((a) => ({ ...a, sig: signature(ours, a), used: false }));
  const pairs = [];
  const theirs = refAlternatives.map((a) => ({ ...a, sig: signature(ref, a) }));
  for (const alternative of theirs) {
    const exact = mine.find((m) => !m.used && m.sig.key === alternative.sig.key);
    if (exact) {
      exact.used = true;
      pairs.push([alternative, exact]);
    } else pairs.push([alternative, undefined]);
  }
  // Then by a shared fixed value (the same `type` const, with a renamed field beside it)…
  for (const pair of pairs) {
    if (pair[1] || !pair[0].sig.fixed) continue;
    const match = mine.find((m) => !m.used && m.sig.fixed === pair[0].sig.fixed);
    if (match) {
      match.used = true;
      pair[1] = match;
    }
  }
  // …then by the most properties in common.
  for (const pair of pairs) {
    if (pair[1]) continue;
    let best;
    let bestScore = 0.5;
    for (const m of mine) {
      if (m.used) continue;
      const score = jaccard(pair[0].sig.names, m.sig.names);
      if (score >= bestScore) [best, bestScore] = [m, score];
    }
    if (best) {
      best.used = true;
      pair[1] = best;
    }
  }
  return pairs;
}

function describeValue(value) {
  return JSON.stringify(value);
}

export function compareSpecs(reference, ours) {
  const facts = new Map(); // key → { status, where, message, deviation }
  const additions = [];
  const pairsDone = new Set();
  const refOnlyDone = new Set();

  function record(key, status, where, message, deviation) {
    if (status === 'contradicted' && deviation) status = 'excused';
    const previous = facts.get(key);
    if (previous && RANK[previous.status] >= RANK[status]) return;
    facts.set(key, { status, where, message, deviation });
  }
  const covered = (key, where) => record(key, 'covered', where);
  // Below a node marked as a deviation, what we leave out is excused (and listed) too.
  const uncovered = (key, where, message, deviation) =>
    record(key, deviation ? 'excused' : 'uncovered', where, message, deviation);

  /** Counts every fact below a reference node we have no counterpart for. */
  function missingSchema(schema, where, path, deviation) {
    const n = normalise(reference, schema, where);
    if (refOnlyDone.has(n.where)) return;
    refOnlyDone.add(n.where);
    const id = n.where;
    const missing = (fact, message) => uncovered(`${id}#${fact}`, path, message, deviation);
    if (n.types) missing('type', `${path}: type ${n.types.join('|')}`);
    if (n.nullable) missing('nullable', `${path}: nullable`);
    if (n.format) missing('format', `${path}: format ${n.format}`);
    for (const value of n.enum ?? [])
      missing(`enum:${describeValue(value)}`, `${path}: enum value ${describeValue(value)}`);
    if (n.default !== undefined) missing('default', `${path}: default ${describeValue(n.default)}`);
    for (const [key, value] of Object.entries(n.limits)) missing(key, `${path}: ${key} ${describeValue(value)}`);
    for (const name of n.required) missing(`required:${name}`, `${path}: ${name} required`);
    if (n.discriminator) missing('discriminator', `${path}: discriminator ${n.discriminator.propertyName}`);
    for (const [name, child] of Object.entries(n.properties)) {
      missing(`property:${name}`, `${path}.${name}: property`);
      missingSchema(child.schema, child.where, `${path}.${name}`, deviation);
    }
    if (n.items) missingSchema(n.items.schema, n.items.where, `${path}[]`, deviation);
    if (n.additionalProperties && typeof n.additionalProperties.schema === 'object')
      missingSchema(n.additionalProperties.schema, n.additionalProperties.where, `${path}{}`, deviation);
    else if (n.additionalProperties) missing('additionalProperties', `${path}: additionalProperties`);
    n.alternatives.forEach((alternative, index) => {
      missing(`alternative:${index}`, `${path}: ${alternative.kind} alternative ${index}`);
      missingSchema(alternative.schema, alternative.where, `${path}<${alternative.kind} ${index}>`, deviation);
    });
  }

  function compareSchema(refSchema, refWhere, ourSchema, ourWhere, path, inherited) {
    const r = normalise(reference, refSchema, refWhere);
    const o = normalise(ours, ourSchema, ourWhere);
    const deviation = o.deviation ?? inherited;
    const pairKey = `${r.where} ${o.where}`;
    if (pairsDone.has(pairKey)) return;
    pairsDone.add(pairKey);
    const id = r.where;
    const fact = (name) => `${id}#${name}`;
    const differ = (name, message) => record(fact(name), 'contradicted', path, `${path}: ${message}`, deviation);

    if (r.types) {
      if (!o.types) uncovered(fact('type'), path, `${path}: type ${r.types.join('|')} not stated`, deviation);
      else if (r.types.join('|') !== o.types.join('|'))
        differ('type', `type is ${o.types.join('|')}, reference says ${r.types.join('|')}`);
      else covered(fact('type'), path);
    } else if (o.types) differ('type', `type ${o.types.join('|')} added where the reference allows any type`);

    if (r.nullable) {
      if (o.nullable) covered(fact('nullable'), path);
      else differ('nullable', 'not nullable, reference allows null');
    } else if (o.nullable) differ('nullable+', 'allows null; the reference does not');
    if (r.format) {
      if (o.format === r.format) covered(fact('format'), path);
      else if (o.format) differ('format', `format ${o.format}, reference says ${r.format}`);
      else uncovered(fact('format'), path, `${path}: format ${r.format} not stated`, deviation);
    }
    if (r.default !== undefined) {
      if (describeValue(o.default) === describeValue(r.default)) covered(fact('default'), path);
      else if (o.default !== undefined)
        differ('default', `default ${describeValue(o.default)}, reference says ${describeValue(r.default)}`);
      else uncovered(fact('default'), path, `${path}: default ${describeValue(r.default)} not stated`, deviation);
    }

    if (r.enum) {
      const mine = new Set((o.enum ?? []).map(describeValue));
      for (const value of r.enum) {
        const key = fact(`enum:${describeValue(value)}`);
        if (!o.enum) uncovered(key, path, `${path}: enum value ${describeValue(value)} not stated`, deviation);
        else if (mine.has(describeValue(value))) covered(key, path);
        else differ(`enum:${describeValue(value)}`, `enum lacks ${describeValue(value)}`);
      }
      const theirs = new Set(r.enum.map(describeValue));
      for (const value of o.enum ?? [])
        if (!theirs.has(describeValue(value)))
          differ(`enum+:${describeValue(value)}`, `enum value ${describeValue(value)} is not in the reference`);
    } else if (o.enum)
      differ('enum', `restricted to ${o.enum.map(describeValue).join(', ')}; the reference has no enum`);

    for (const [key, value] of Object.entries(r.limits)) {
      if (o.limits[key] === undefined)
        uncovered(fact(key), path, `${path}: ${key} ${describeValue(value)} not stated`, deviation);
      else if (describeValue(o.limits[key]) === describeValue(value)) covered(fact(key), path);
      else differ(key, `${key} is ${describeValue(o.limits[key])}, reference says ${describeValue(value)}`);
    }
    for (const [key, value] of Object.entries(o.limits))
      if (r.limits[key] === undefined && RESTRICTING.has(key))
        differ(`${key}+`, `${key} ${describeValue(value)} added; the reference has none`);

    for (const name of r.required) {
      if (o.required.has(name)) covered(fact(`required:${name}`), path);
      else if (name in o.properties || !(name in r.properties))
        differ(`required:${name}`, `${name} is optional, reference requires it`);
      else uncovered(fact(`required:${name}`), path, `${path}: required ${name} not stated`, deviation);
    }
    for (const name of o.required)
      if (!r.required.has(name)) differ(`required+:${name}`, `${name} is required, reference has it optional`);

    // `not` excludes values: one of ours the reference lacks is an added constraint.
    if (o.not !== undefined && r.not === undefined) differ('not+', 'a `not` constraint added; the reference has none');
    if (r.discriminator) {
      if (o.discriminator?.propertyName === r.discriminator.propertyName) covered(fact('discriminator'), path);
      else if (o.discriminator)
        differ(
          'discriminator',
          `discriminator ${o.discriminator.propertyName}, reference says ${r.discriminator.propertyName}`,
        );
      else
        uncovered(
          fact('discriminator'),
          path,
          `${path}: discriminator ${r.discriminator.propertyName} not stated`,
          deviation,
        );
    }

    for (const [name, child] of Object.entries(r.properties)) {
      const mine = o.properties[name];
      if (!mine) {
        uncovered(fact(`property:${name}`), path, `${path}.${name}: property missing`, deviation);
        missingSchema(child.schema, child.where, `${path}.${name}`, deviation);
        continue;
      }
      covered(fact(`property:${name}`), path);
      compareSchema(child.schema, child.where, mine.schema, mine.where, `${path}.${name}`, deviation);
    }
    for (const name of Object.keys(o.properties))
      if (!(name in r.properties) && Object.keys(r.properties).length) additions.push(`${path}.${name}: property`);

    if (r.items) {
      if (o.items) compareSchema(r.items.schema, r.items.where, o.items.schema, o.items.where, `${path}[]`, deviation);
      else missingSchema(r.items.schema, r.items.where, `${path}[]`, deviation);
    }
    if (r.additionalProperties !== undefined) {
      const theirs = r.additionalProperties.schema;
      const mine = o.additionalProperties?.schema;
      if (typeof theirs === 'object') {
        if (typeof mine === 'object')
          compareSchema(
            theirs,
            r.additionalProperties.where,
            mine,
            o.additionalProperties.where,
            `${path}{}`,
            deviation,
          );
        else missingSchema(theirs, r.additionalProperties.where, `${path}{}`, deviation);
      } else if (mine === theirs) covered(fact('additionalProperties'), path);
      else if (mine === undefined)
        uncovered(fact('additionalProperties'), path, `${path}: additionalProperties ${theirs} not stated`, deviation);
      else differ('additionalProperties', `additionalProperties ${describeValue(mine)}, reference says ${theirs}`);
    } else if (o.additionalProperties?.schema === false)
      differ('additionalProperties+', 'closed with additionalProperties: false; the reference is open');

    if (r.alternatives.length) {
      const pairs = pairAlternatives(reference, r.alternatives, ours, o.alternatives);
      pairs.forEach(([theirs, mine], index) => {
        const key = fact(`alternative:${index}`);
        const where = `${path}<${theirs.kind} ${index}>`;
        if (!mine) {
          uncovered(key, path, `${where}: alternative missing (${theirs.sig.key})`, deviation);
          missingSchema(theirs.schema, theirs.where, where, deviation);
          return;
        }
        if (mine.kind === theirs.kind) covered(key, path);
        else record(key, 'contradicted', path, `${where}: is ${mine.kind}, reference says ${theirs.kind}`, deviation);
        compareSchema(theirs.schema, theirs.where, mine.schema, mine.where, where, deviation);
      });
    }
  }

  // ---- operations -------------------------------------------------------------------------
  function parametersOf(document, item, operation, where) {
    const found = new Map();
    const list = [
      ...(item.parameters ?? []).map((p, i) => [p, `${where.item}/parameters/${i}`]),
      ...(operation.parameters ?? []).map((p, i) => [p, `${where.operation}/parameters/${i}`]),
    ];
    for (const [parameter, at] of list) {
      const { node, where: resolvedAt, deviation } = deref(document, parameter, at);
      found.set(`${node.in} ${node.name}`, { node, where: resolvedAt, deviation });
    }
    return found;
  }

  function compareContent(refContent, refWhere, ourContent, ourWhere, path, deviation) {
    for (const [type, media] of Object.entries(refContent ?? {})) {
      const key = `${refWhere}/content/${escapeToken(type)}#media`;
      const mine = ourContent?.[type];
      if (!mine) {
        uncovered(key, path, `${path}: ${type} content missing`);
        if (media.schema)
          missingSchema(media.schema, `${refWhere}/content/${escapeToken(type)}/schema`, `${path} ${type}`);
        continue;
      }
      covered(key, path);
      const mediaDeviation = mine[DEVIATION] ?? deviation;
      for (const code of media['x-error-codes'] ?? []) {
        const codeKey = `${refWhere}/content/${escapeToken(type)}#error-code:${code}`;
        if ((mine['x-error-codes'] ?? []).includes(code)) covered(codeKey, path);
        else uncovered(codeKey, path, `${path}: error code ${code} not listed`);
      }
      if (media.schema) {
        if (mine.schema)
          compareSchema(
            media.schema,
            `${refWhere}/content/${escapeToken(type)}/schema`,
            mine.schema,
            `${ourWhere}/content/${escapeToken(type)}/schema`,
            path,
            mediaDeviation,
          );
        else missingSchema(media.schema, `${refWhere}/content/${escapeToken(type)}/schema`, path);
      }
    }
  }

  function compareOperation(refItem, refOp, refWhere, ourItem, ourOp, ourWhere, label, inherited) {
    const deviation = ourOp[DEVIATION] ?? inherited;
    const theirParams = parametersOf(reference, refItem, refOp, refWhere);
    const myParams = parametersOf(ours, ourItem, ourOp, ourWhere);
    for (const [name, parameter] of theirParams) {
      const key = `${refWhere.operation}#parameter:${name}`;
      const mine = myParams.get(name);
      const path = `${label} parameter ${name}`;
      if (!mine) {
        uncovered(key, path, `${path}: missing`);
        if (parameter.node.schema) missingSchema(parameter.node.schema, `${parameter.where}/schema`, path);
        continue;
      }
      covered(key, path);
      const paramDeviation = mine.deviation ?? deviation;
      if (parameter.node.required === true) {
        if (mine.node.required === true) covered(`${key}:required`, path);
        else
          record(`${key}:required`, 'contradicted', path, `${path}: optional, reference requires it`, paramDeviation);
      } else if (mine.node.required === true)
        record(
          `${key}:required+`,
          'contradicted',
          path,
          `${path}: required, reference has it optional`,
          paramDeviation,
        );
      for (const keyword of ['style', 'explode']) {
        if (parameter.node[keyword] === undefined) continue;
        if (mine.node[keyword] === parameter.node[keyword]) covered(`${key}:${keyword}`, path);
        else if (mine.node[keyword] === undefined)
          uncovered(`${key}:${keyword}`, path, `${path}: ${keyword} not stated`);
        else record(`${key}:${keyword}`, 'contradicted', path, `${path}: ${keyword} differs`, paramDeviation);
      }
      if (parameter.node.schema)
        compareSchema(
          parameter.node.schema,
          `${parameter.where}/schema`,
          mine.node.schema ?? {},
          `${mine.where}/schema`,
          path,
          paramDeviation,
        );
    }
    for (const name of myParams.keys()) if (!theirParams.has(name)) additions.push(`${label}: parameter ${name}`);

    if (refOp.requestBody) {
      const theirs = deref(reference, refOp.requestBody, `${refWhere.operation}/requestBody`);
      const key = `${refWhere.operation}#requestBody`;
      if (!ourOp.requestBody) {
        uncovered(key, label, `${label}: request body missing`);
        for (const [type, media] of Object.entries(theirs.node.content ?? {}))
          if (media.schema)
            missingSchema(media.schema, `${theirs.where}/content/${escapeToken(type)}/schema`, `${label} body`);
      } else {
        covered(key, label);
        const mine = deref(ours, ourOp.requestBody, `${ourWhere.operation}/requestBody`);
        const bodyDeviation = mine.deviation ?? deviation;
        if (theirs.node.required === true) {
          if (mine.node.required === true) covered(`${key}:required`, label);
          else
            record(
              `${key}:required`,
              'contradicted',
              label,
              `${label}: body optional, reference requires it`,
              bodyDeviation,
            );
        }
        compareContent(
          theirs.node.content,
          theirs.where,
          mine.node.content,
          mine.where,
          `${label} body`,
          bodyDeviation,
        );
      }
    }

    for (const [status, response] of Object.entries(refOp.responses ?? {})) {
      const key = `${refWhere.operation}#response:${status}`;
      const path = `${label} → ${status}`;
      const theirs = deref(reference, response, `${refWhere.operation}/responses/${status}`);
      const mineRaw = ourOp.responses?.[status];
      if (!mineRaw) {
        uncovered(key, path, `${path}: response missing`);
        for (const [type, media] of Object.entries(theirs.node.content ?? {}))
          if (media.schema) missingSchema(media.schema, `${theirs.where}/content/${escapeToken(type)}/schema`, path);
        continue;
      }
      covered(key, path);
      const mine = deref(ours, mineRaw, `${ourWhere.operation}/responses/${status}`);
      compareContent(
        theirs.node.content,
        theirs.where,
        mine.node.content,
        mine.where,
        path,
        mine.deviation ?? deviation,
      );
    }
    for (const status of Object.keys(ourOp.responses ?? {}))
      if (!(status in (refOp.responses ?? {}))) additions.push(`${label}: response ${status}`);

    if (refOp.security)
      compareSecurity(refOp.security, ourOp.security ?? ours.security ?? [], refWhere.operation, label, deviation);

    for (const [name, callback] of Object.entries(refOp.callbacks ?? {})) {
      const mineCallback =
        ourOp.callbacks?.[name] &&
        deref(ours, ourOp.callbacks[name], `${ourWhere.operation}/callbacks/${escapeToken(name)}`);
      for (const [expression, item] of Object.entries(callback)) {
        const itemWhere = `${refWhere.operation}/callbacks/${escapeToken(name)}/${escapeToken(expression)}`;
        const mineItem = mineCallback?.node?.[expression];
        const myItemWhere = `${mineCallback?.where}/${escapeToken(expression)}`;
        for (const method of METHODS) {
          if (!item[method]) continue;
          const cbLabel = `${label} callback ${name} ${method.toUpperCase()}`;
          const where = { item: itemWhere, operation: `${itemWhere}/${method}` };
          const key = `${where.operation}#callback`;
          if (!mineItem?.[method]) {
            uncovered(key, cbLabel, `${cbLabel}: missing`);
            missingOperation(item, item[method], where, cbLabel);
            continue;
          }
          covered(key, cbLabel);
          compareOperation(
            item,
            item[method],
            where,
            mineItem,
            mineItem[method],
            { item: myItemWhere, operation: `${myItemWhere}/${method}` },
            cbLabel,
            mineCallback.deviation ?? deviation,
          );
        }
      }
    }
  }

  function missingOperation(item, operation, where, label) {
    for (const [name, parameter] of parametersOf(reference, item, operation, where)) {
      uncovered(`${where.operation}#parameter:${name}`, label, `${label}: parameter ${name} missing`);
      if (parameter.node.schema)
        missingSchema(parameter.node.schema, `${parameter.where}/schema`, `${label} parameter ${name}`);
    }
    if (operation.requestBody) {
      const body = deref(reference, operation.requestBody, `${where.operation}/requestBody`);
      uncovered(`${where.operation}#requestBody`, label, `${label}: request body missing`);
      for (const [type, media] of Object.entries(body.node.content ?? {}))
        if (media.schema)
          missingSchema(media.schema, `${body.where}/content/${escapeToken(type)}/schema`, `${label} body`);
    }
    for (const [status, response] of Object.entries(operation.responses ?? {})) {
      uncovered(`${where.operation}#response:${status}`, label, `${label}: response ${status} missing`);
      const resolved = deref(reference, response, `${where.operation}/responses/${status}`);
      for (const [type, media] of Object.entries(resolved.node.content ?? {})) {
        for (const code of media['x-error-codes'] ?? [])
          uncovered(
            `${resolved.where}/content/${escapeToken(type)}#error-code:${code}`,
            label,
            `${label}: error code ${code}`,
          );
        if (media.schema)
          missingSchema(media.schema, `${resolved.where}/content/${escapeToken(type)}/schema`, `${label} → ${status}`);
      }
    }
    for (const [name, callback] of Object.entries(operation.callbacks ?? {}))
      for (const [expression, item] of Object.entries(callback))
        for (const method of METHODS) {
          if (!item[method]) continue;
          const itemWhere = `${where.operation}/callbacks/${escapeToken(name)}/${escapeToken(expression)}`;
          const inner = { item: itemWhere, operation: `${itemWhere}/${method}` };
          uncovered(`${inner.operation}#callback`, label, `${label} callback ${name}: missing`);
          missingOperation(item, item[method], inner, `${label} callback ${name}`);
        }
  }

  function schemeKind(document, name) {
    const scheme = deref(document, document.components?.securitySchemes?.[name] ?? {}, name).node;
    return [scheme.type, scheme.scheme, scheme.flows?.clientCredentials?.tokenUrl].filter(Boolean).join(' ');
  }
  function compareSecurity(theirs, mine, where, label, deviation) {
    const described = (document, requirement) =>
      Object.keys(requirement)
        .map((name) => schemeKind(document, name))
        .sort()
        .join(' + ');
    const myOptions = new Set(mine.map((requirement) => described(ours, requirement)));
    for (const requirement of theirs) {
      const text = described(reference, requirement);
      const key = `${where}#security:${text}`;
      if (myOptions.has(text)) covered(key, label);
      else record(key, 'contradicted', label, `${label}: security option "${text}" is not offered`, deviation);
    }
  }

  // ---- whole documents ----------------------------------------------------------------------
  for (const [path, refItem] of Object.entries(reference.paths ?? {})) {
    const ourItemRaw = ours.paths?.[path];
    const ourItem = ourItemRaw ? deref(ours, ourItemRaw, pointer(['paths', path])).node : undefined;
    for (const method of METHODS) {
      const refOp = refItem[method];
      if (!refOp) continue;
      const label = `${method.toUpperCase()} ${path}`;
      const refWhere = { item: pointer(['paths', path]), operation: pointer(['paths', path, method]) };
      const key = `${refWhere.operation}#operation`;
      const ourOp = ourItem?.[method];
      if (!ourOp) {
        uncovered(key, label, `${label}: operation missing`);
        missingOperation(refItem, refOp, refWhere, label);
        continue;
      }
      covered(key, label);
      const ourWhere = { item: pointer(['paths', path]), operation: pointer(['paths', path, method]) };
      compareOperation(refItem, refOp, refWhere, ourItem, ourOp, ourWhere, label, ourItem[DEVIATION]);
    }
  }
  for (const [path, item] of Object.entries(ours.paths ?? {}))
    for (const method of METHODS)
      if (item?.[method] && !reference.paths?.[path]?.[method])
        additions.push(`${method.toUpperCase()} ${path}: operation`);

  // A list cannot carry an x- key, so a deviation of the global security sits beside it.
  compareSecurity(
    reference.security ?? [],
    ours.security ?? [],
    '#/security',
    'global security',
    ours[SECURITY_DEVIATION],
  );

  (reference.servers ?? []).forEach((server, index) => {
    const mine = (ours.servers ?? []).find((s) => s.url === server.url);
    const key = `#/servers/${index}`;
    if (!mine) {
      uncovered(`${key}#url`, 'servers', `server ${server.url} missing`);
      return;
    }
    covered(`${key}#url`, 'servers');
    for (const [name, variable] of Object.entries(server.variables ?? {})) {
      for (const value of variable.enum ?? []) {
        const factKey = `${key}/variables/${name}#enum:${value}`;
        if (mine.variables?.[name]?.enum?.includes(value)) covered(factKey, 'servers');
        else uncovered(factKey, 'servers', `server variable ${name}: ${value} missing`);
      }
    }
  });

  // Component schemas no operation reaches (e.g. Conversation's callback events) are compared
  // with the schema of ours that carries the most similar set of properties.
  const reachable = reachableSchemas(reference);
  const unreached = Object.keys(reference.components?.schemas ?? {}).filter((name) => !reachable.has(name));
  const reachedFromUnreached = new Set();
  for (const name of unreached)
    for (const inner of reachableFrom(reference, reference.components.schemas[name]))
      if (inner !== name) reachedFromUnreached.add(inner);
  const candidates = ourSchemaCandidates(ours);
  for (const name of unreached.filter((n) => !reachedFromUnreached.has(n))) {
    const where = pointer(['components', 'schemas', name]);
    const theirs = signature(reference, { schema: { $ref: where }, where });
    let best;
    let bestScore = 0;
    for (const candidate of candidates) {
      const score = theirs.key === candidate.sig.key ? 1 : jaccard(theirs.names, candidate.sig.names);
      if (score >= 0.5 && score > bestScore) [best, bestScore] = [candidate, score];
    }
    const label = `schema ${name} (no operation uses it)`;
    if (!best) {
      uncovered(`${where}#root`, label, `${label}: no schema of ours matches it`);
      missingSchema({ $ref: where }, where, label);
      continue;
    }
    covered(`${where}#root`, label);
    compareSchema({ $ref: where }, where, best.schema, best.where, `${label} ~ ${best.where}`, undefined);
  }

  return summarise(facts, additions, reference);
}

function reachableFrom(document, node, found = new Set()) {
  const stack = [node];
  while (stack.length) {
    const current = stack.pop();
    if (!current || typeof current !== 'object') continue;
    if (typeof current.$ref === 'string') {
      const match = /^#\/components\/schemas\/([^/]+)$/.exec(current.$ref);
      const name = match?.[1]?.replaceAll('~1', '/').replaceAll('~0', '~');
      if (name && !found.has(name)) {
        found.add(name);
        stack.push(document.components.schemas[name]);
      } else if (!name) stack.push(lookup(document, current.$ref));
      continue;
    }
    for (const value of Object.values(current)) stack.push(value);
  }
  return found;
}

function reachableSchemas(document) {
  const roots = { paths: document.paths, webhooks: document.webhooks };
  return reachableFrom(document, roots);
}

function ourSchemaCandidates(document) {
  const list = [];
  for (const name of Object.keys(document.components?.schemas ?? {})) {
    const where = pointer(['components', 'schemas', name]);
    list.push({ schema: { $ref: where }, where });
  }
  for (const [name, item] of Object.entries(document.webhooks ?? {}))
    for (const method of METHODS) {
      const schema = item?.[method]?.requestBody?.content?.['application/json']?.schema;
      if (schema)
        list.push({
          schema,
          where: pointer(['webhooks', name, method, 'requestBody', 'content', 'application/json', 'schema']),
        });
    }
  return list.map((candidate) => ({ ...candidate, sig: signature(document, candidate) }));
}

function summarise(facts, additions, reference) {
  const counts = { covered: 0, excused: 0, uncovered: 0, contradicted: 0 };
  const contradictions = [];
  const uncovered = [];
  const deviations = new Map();
  for (const fact of facts.values()) {
    counts[fact.status]++;
    if (fact.status === 'contradicted') contradictions.push(fact.message);
    if (fact.status === 'uncovered') uncovered.push(fact.message);
    if (fact.status === 'excused') {
      const list = deviations.get(fact.deviation) ?? [];
      list.push(fact.message);
      deviations.set(fact.deviation, list);
    }
  }
  let operations = 0;
  let operationsCovered = 0;
  let callbacks = 0;
  let callbacksCovered = 0;
  for (const [key, fact] of facts) {
    if (key.endsWith('#operation')) {
      operations++;
      if (fact.status !== 'uncovered') operationsCovered++;
    }
    if (key.endsWith('#callback')) {
      callbacks++;
      if (fact.status !== 'uncovered') callbacksCovered++;
    }
  }
  const total = facts.size;
  return {
    title: reference.info?.title,
    version: reference.info?.version,
    operations: { total: operations, covered: operationsCovered },
    callbacks: { total: callbacks, covered: callbacksCovered },
    facts: { total, ...counts },
    coverage: total === 0 ? 1 : (counts.covered + counts.excused) / total,
    contradictions: contradictions.sort(),
    uncovered: uncovered.sort(),
    deviations: [...deviations].map(([reason, differences]) => ({ reason, differences: differences.sort() })),
    additions: additions.sort(),
  };
}
