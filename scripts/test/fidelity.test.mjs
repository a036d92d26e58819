import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareSpecs } from '../lib/fidelity.mjs';
import { repoRoot } from '../lib/paths.mjs';
import { loadSpec } from '../lib/spec-bundle.mjs';

// A small reference in OpenAPI 3.0 style: nullable, boolean exclusive bounds, a oneOf, an enum.
function reference() {
  return {
    openapi: '3.0.2',
    info: { title: 'ref', version: '1' },
    security: [{ Basic: [] }],
    paths: {
      '/items': {
        parameters: [{ name: 'page_size', in: 'query', schema: { type: 'integer', maximum: 50 } }],
        get: {
          responses: {
            200: { content: { 'application/json': { schema: { $ref: '#/components/schemas/ItemList' } } } },
            404: {
              content: {
                'application/json': { schema: { $ref: '#/components/schemas/Error' }, 'x-error-codes': ['not_found'] },
              },
            },
          },
        },
        post: {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Item' } } },
          },
          responses: { 200: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Item' } } } } },
        },
      },
    },
    components: {
      securitySchemes: { Basic: { type: 'http', scheme: 'basic' } },
      schemas: {
        ItemList: {
          type: 'object',
          properties: { items: { type: 'array', items: { $ref: '#/components/schemas/Item' } } },
        },
        Item: {
          type: 'object',
          required: ['name'],
          properties: {
            name: { type: 'string', maxLength: 10 },
            colour: { type: 'string', enum: ['RED', 'GREEN'] },
            weight: { type: 'number', minimum: 0, exclusiveMinimum: true, nullable: true },
            content: { $ref: '#/components/schemas/Content' },
          },
        },
        Content: {
          type: 'object',
          oneOf: [
            { type: 'object', properties: { text: { type: 'string' } } },
            { type: 'object', properties: { image_url: { type: 'string' } } },
          ],
        },
        Error: { type: 'object', properties: { errorCode: { type: 'string' } } },
      },
    },
  };
}

// The same API as we would write it: 3.1, other schema names, alternatives in another order,
// the Content oneOf inlined.
function ours() {
  return {
    openapi: '3.1.0',
    info: { title: 'ours', version: '1' },
    security: [{ basicAuth: [] }],
    paths: {
      '/items': {
        parameters: [{ name: 'page_size', in: 'query', schema: { type: 'integer', maximum: 50 } }],
        get: {
          responses: {
            200: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Page' } } } },
            404: {
              content: {
                'application/json': {
                  schema: { $ref: '#/components/schemas/Problem' },
                  'x-error-codes': ['not_found'],
                },
              },
            },
          },
        },
        post: {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } },
          },
          responses: { 200: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } } } },
        },
      },
    },
    components: {
      securitySchemes: { basicAuth: { type: 'http', scheme: 'basic' } },
      schemas: {
        Page: {
          type: 'object',
          properties: { items: { type: 'array', items: { $ref: '#/components/schemas/Thing' } } },
        },
        Thing: {
          type: 'object',
          required: ['name'],
          properties: {
            name: { type: 'string', maxLength: 10, description: 'Our own words.' },
            colour: { type: 'string', enum: ['GREEN', 'RED'] },
            weight: { type: ['number', 'null'], exclusiveMinimum: 0 },
            content: {
              oneOf: [
                { type: 'object', title: 'Image', properties: { image_url: { type: 'string' } } },
                { type: 'object', title: 'Text', properties: { text: { type: 'string' } } },
              ],
            },
          },
        },
        Problem: { type: 'object', properties: { errorCode: { type: 'string' } } },
      },
    },
  };
}

describe('compareSpecs', () => {
  it('finds every fact of the reference in a spec that states the same structure under other names', () => {
    const report = compareSpecs(reference(), ours());
    expect(report.contradictions).toEqual([]);
    expect(report.uncovered).toEqual([]);
    expect(report.coverage).toBe(1);
    expect(report.operations).toEqual({ total: 2, covered: 2 });
    expect(report.facts.total).toBeGreaterThan(30);
  });

  it('catches a deleted operation as missing coverage', () => {
    const mine = ours();
    delete mine.paths['/items'].post;
    const report = compareSpecs(reference(), mine);
    expect(report.operations).toEqual({ total: 2, covered: 1 });
    expect(report.uncovered).toContain('POST /items: operation missing');
    expect(report.coverage).toBeLessThan(1);
  });

  it('catches a dropped enum value as a contradiction', () => {
    const mine = ours();
    mine.components.schemas.Thing.properties.colour.enum = ['GREEN'];
    expect(compareSpecs(reference(), mine).contradictions).toContain(
      'GET /items → 200.items[].colour: enum lacks "RED"',
    );
  });

  it('catches a required field made optional as a contradiction', () => {
    const mine = ours();
    mine.components.schemas.Thing.required = [];
    expect(compareSpecs(reference(), mine).contradictions).toContain(
      'GET /items → 200.items[]: name is optional, reference requires it',
    );
  });

  it('catches a changed type as a contradiction', () => {
    const mine = ours();
    mine.components.schemas.Thing.properties.name = { type: 'integer', maxLength: 10 };
    expect(compareSpecs(reference(), mine).contradictions).toContain(
      'GET /items → 200.items[].name: type is integer, reference says string',
    );
  });

  it('catches a changed limit, a missing oneOf alternative and a missing error code', () => {
    const mine = ours();
    mine.paths['/items'].parameters[0].schema.maximum = 100;
    mine.components.schemas.Thing.properties.content.oneOf.pop();
    mine.paths['/items'].get.responses[404].content['application/json']['x-error-codes'] = [];
    const report = compareSpecs(reference(), mine);
    expect(report.contradictions).toContain('GET /items parameter query page_size: maximum is 100, reference says 50');
    expect(report.uncovered.some((line) => line.includes('alternative missing (props:text)'))).toBe(true);
    expect(report.uncovered).toContain('GET /items → 404: error code not_found not listed');
  });

  it('excuses and lists the differences below a node marked x-sinchkit-deviation', () => {
    const mine = ours();
    const content = mine.components.schemas.Thing.properties.content;
    content.oneOf[0].required = ['image_url'];
    content.oneOf[0]['x-sinchkit-deviation'] = 'required added so that exactly one alternative matches';
    const report = compareSpecs(reference(), mine);
    expect(report.contradictions).toEqual([]);
    expect(report.facts.excused).toBe(1);
    expect(report.deviations).toEqual([
      {
        reason: 'required added so that exactly one alternative matches',
        differences: ['GET /items → 200.items[].content<oneOf 1>: image_url is required, reference has it optional'],
      },
    ]);
  });

  it('lists a property renamed below a marked node as a deviation, and an added `not` as a contradiction', () => {
    const renamed = ours();
    const { colour, ...rest } = renamed.components.schemas.Thing.properties;
    renamed.components.schemas.Thing.properties = { ...rest, color: colour };
    expect(compareSpecs(reference(), renamed).uncovered).toContain('GET /items → 200.items[].colour: property missing');
    renamed.components.schemas.Thing['x-sinchkit-deviation'] = 'the wire name is color';
    const report = compareSpecs(reference(), renamed);
    expect(report.uncovered).toEqual([]);
    expect(report.deviations[0]?.differences).toContain('GET /items → 200.items[].colour: property missing');

    const negated = ours();
    negated.components.schemas.Thing.not = { required: ['id'] };
    expect(compareSpecs(reference(), negated).contradictions).toContain(
      'GET /items → 200.items[]: a `not` constraint added; the reference has none',
    );
  });

  it('reports a security option that is not offered, unless the deviation beside it explains why', () => {
    const mine = ours();
    mine.security = [{ bearer: [] }];
    mine.components.securitySchemes.bearer = { type: 'http', scheme: 'bearer' };
    expect(compareSpecs(reference(), mine).contradictions).toContain(
      'global security: security option "http basic" is not offered',
    );
    mine['x-sinchkit-security-deviation'] = 'a test';
    expect(compareSpecs(reference(), mine).contradictions).toEqual([]);
  });
});

describe('compareSpecs on a whole spec of ours', () => {
  let spec;
  beforeAll(async () => {
    spec = await loadSpec(join(repoRoot, 'specs', 'conversation', '1.0', 'openapi.yaml'));
  });
  const copy = () => structuredClone(spec);

  it('a spec compared with itself is fully covered, without contradictions', () => {
    const report = compareSpecs(copy(), copy());
    expect(report.coverage).toBe(1);
    expect(report.contradictions).toEqual([]);
    expect(report.operations.covered).toBe(report.operations.total);
  });

  it('every kind of mutation of the real spec is caught', () => {
    const mutated = copy();
    const [firstPath] = Object.keys(mutated.paths);
    const methods = Object.keys(mutated.paths[firstPath]).filter((key) => key !== 'parameters');
    delete mutated.paths[firstPath][methods[0]];
    const report = compareSpecs(copy(), mutated);
    expect(report.uncovered).toContain(`${methods[0].toUpperCase()} ${firstPath}: operation missing`);

    // Drop one value of every enum of the component schemas, and make every required field optional.
    const loose = copy();
    let enums = 0;
    let required = 0;
    const visit = (node) => {
      if (!node || typeof node !== 'object') return;
      if (Array.isArray(node.enum) && node.enum.length > 1) {
        node.enum = node.enum.slice(1);
        enums++;
      }
      if (Array.isArray(node.required) && node.required.length) {
        required += node.required.length;
        node.required = [];
      }
      for (const value of Object.values(node)) visit(value);
    };
    visit(loose.components.schemas);
    const looseReport = compareSpecs(copy(), loose);
    expect(enums).toBeGreaterThan(0);
    expect(required).toBeGreaterThan(0);
    expect(looseReport.contradictions.filter((c) => c.includes('enum lacks')).length).toBeGreaterThan(0);
    expect(looseReport.contradictions.filter((c) => c.includes('reference requires it')).length).toBeGreaterThan(0);
  });
});
