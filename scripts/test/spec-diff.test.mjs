import { describe, expect, it } from 'vitest';
import { diffSpecs, summariseDiff } from '../lib/spec-diff.mjs';

const webhook = (extra = {}) => ({
  type: 'object',
  required: ['target', 'triggers'],
  properties: {
    target: { type: 'string' },
    secret: { type: 'string' },
    triggers: { type: 'array', items: { $ref: '#/components/schemas/Trigger' } },
  },
  ...extra,
});
function spec({ paths, trigger = ['ALL', 'BUNDLE_DONE'], schema = webhook(), query = [] } = {}) {
  return {
    openapi: '3.1.0',
    info: { title: 't', version: '1' },
    paths: paths ?? {
      '/webhooks': {
        get: {
          parameters: query,
          responses: {
            200: {
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    properties: { webhooks: { type: 'array', items: { $ref: '#/components/schemas/Webhook' } } },
                  },
                },
              },
            },
          },
        },
        post: {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Webhook' } } },
          },
          responses: { 201: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Webhook' } } } } },
        },
      },
    },
    components: { schemas: { Webhook: schema, Trigger: { type: 'string', enum: trigger } } },
  };
}

describe('diffSpecs', () => {
  it('reports nothing and proposes a patch for identical documents', () => {
    expect(diffSpecs(spec(), spec())).toEqual({ breaking: [], additive: [], bump: 'patch' });
  });

  it('a removed operation is breaking', () => {
    const after = spec();
    delete after.paths['/webhooks'].post;
    expect(diffSpecs(spec(), after)).toMatchObject({ breaking: ['POST /webhooks: operation removed'], bump: 'major' });
  });

  it('a new operation is additive', () => {
    const after = spec();
    after.paths['/webhooks/{id}'] = { delete: { responses: { 204: { description: 'gone' } } } };
    expect(diffSpecs(spec(), after)).toMatchObject({
      breaking: [],
      additive: ['DELETE /webhooks/{id}: new operation'],
      bump: 'minor',
    });
  });

  it('a newly required request field is breaking; a new optional one is additive', () => {
    const required = diffSpecs(spec(), spec({ schema: webhook({ required: ['target', 'triggers', 'secret'] }) }));
    expect(required.breaking).toContain('POST /webhooks body.secret: now required');
    expect(required.bump).toBe('major');
    const optional = spec({ schema: webhook() });
    optional.components.schemas.Webhook.properties.label = { type: 'string' };
    expect(diffSpecs(spec(), optional)).toMatchObject({ breaking: [], bump: 'minor' });
    expect(diffSpecs(spec(), optional).additive).toContain('POST /webhooks body.label: new optional field');
  });

  it('a removed field is breaking', () => {
    const after = spec();
    delete after.components.schemas.Webhook.properties.secret;
    expect(diffSpecs(spec(), after).breaking).toContain('POST /webhooks body.secret: removed');
  });

  it('a narrowed enum is breaking; a widened one is additive', () => {
    expect(diffSpecs(spec(), spec({ trigger: ['ALL'] })).breaking).toContain(
      'POST /webhooks body.triggers[]: enum narrowed, removed BUNDLE_DONE',
    );
    const widened = diffSpecs(spec(), spec({ trigger: ['ALL', 'BUNDLE_DONE', 'RCS_ACCOUNT_COMMENT_ADDED'] }));
    expect(widened).toMatchObject({ breaking: [], bump: 'minor' });
    expect(widened.additive).toContain('POST /webhooks body.triggers[]: enum widened with RCS_ACCOUNT_COMMENT_ADDED');
  });

  it('a changed type is breaking', () => {
    const after = spec({ schema: webhook() });
    after.components.schemas.Webhook.properties.target = { type: 'integer' };
    expect(diffSpecs(spec(), after).breaking).toContain(
      'POST /webhooks body.target: type changed from string to integer',
    );
  });

  it('a new required query parameter is breaking; a new optional one is additive', () => {
    const before = spec();
    expect(
      diffSpecs(
        before,
        spec({ query: [{ in: 'query', name: 'pageSize', required: true, schema: { type: 'integer' } }] }),
      ).bump,
    ).toBe('major');
    expect(
      diffSpecs(before, spec({ query: [{ in: 'query', name: 'pageSize', schema: { type: 'integer' } }] })),
    ).toMatchObject({
      additive: ['GET /webhooks: new optional parameter query pageSize'],
      bump: 'minor',
    });
  });

  it('a response field that may now be missing is breaking', () => {
    const after = spec({ schema: webhook({ required: ['triggers'] }) });
    expect(diffSpecs(spec(), after).breaking).toContain('POST /webhooks 201.target: no longer always returned');
  });

  it('integer → number widens a request parameter but loosens what a response promises', () => {
    const before = spec({ query: [{ name: 'size', in: 'query', schema: { type: 'integer' } }] });
    const after = spec({ query: [{ name: 'size', in: 'query', schema: { type: 'number' } }] });
    const diff = diffSpecs(before, after);
    expect(diff.additive).toContain('GET /webhooks parameter query size: type changed from integer to number');
    expect(diff.breaking).toEqual([]);
  });
});

describe('summariseDiff', () => {
  it('lists every breaking change, counts new operations by tag and folds a change repeated at many places', () => {
    const text = summariseDiff(
      {
        breaking: ['POST /a body.secret: now required'],
        additive: [
          'GET /b: new operation (Bundles)',
          'GET /c: new operation (Bundles)',
          'POST /d: new operation (SMS Apps)',
          'GET /a 200.triggers[]: enum widened with X',
          'POST /a body.triggers[]: enum widened with X',
          'GET /a 200.name: new field',
        ],
        bump: 'major',
      },
      { from: '1.0', to: '2.0' },
    );
    expect(text).toBe(
      [
        'Spec diff 1.0 → 2.0: 1 breaking, 6 additive; proposed bump: major.',
        '',
        'Breaking:',
        '- POST /a body.secret: now required',
        '',
        'Additive:',
        '- 3 new operations: Bundles (2), SMS Apps (1)',
        '- enum widened with X, at 2 places (GET /a 200.triggers[], …)',
        '- GET /a 200.name: new field',
      ].join('\n'),
    );
  });
});
