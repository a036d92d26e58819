// Contract tests against a Prism mock of a package's spec. Prism validates every request against
// the spec (a wrong body, a missing parameter or an unknown one gets a 4xx with `sl-violations`),
// so a 2xx answer proves the typed call produced a request the API accepts.
//
// - describeOperations: for every operation, a typed call with only the required parameters and one
//   with every parameter (checked against the spec: each query/header parameter and each top-level
//   body field is sent).
// - describeErrorStatuses: for every documented error status, Prism's example of it parsed by
//   orThrow into the right SinchApiError subclass, with the body and (Provisioning) error code.
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { deref } from '../lib/json-pointer.mjs';
import { repoRoot } from '../lib/paths.mjs';
import { loadSpec } from '../lib/spec-bundle.mjs';

export interface CallResult {
  response: Response;
  data?: unknown;
  error?: unknown;
}

/** A typed call of one operation, with only the required parameters and with all of them. */
export interface OperationCase<Client> {
  required(client: Client): Promise<CallResult>;
  all(client: Client): Promise<CallResult>;
}

/** One case per operation id: `satisfies OperationCases<Client, ApiOperationId<operations>>` makes it complete. */
export type OperationCases<Client, Ids extends PropertyKey> = { [K in Ids]: OperationCase<Client> };

/** The ids of a spec's API operations: every operation but the callbacks (named `callback…`). */
export type ApiOperationId<Operations> = Exclude<keyof Operations, `callback${string}`>;

// biome-ignore lint/suspicious/noExplicitAny: an OpenAPI document, walked generically
type Doc = any;
const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

export interface SpecOperation {
  id: string;
  method: (typeof METHODS)[number];
  path: string;
  operation: Doc;
  parameters: Doc[];
}

/** The operations of a spec (its bundled document), with their parameters resolved. */
export async function specOperations(
  api: string,
  version: string,
): Promise<{ document: Doc; operations: SpecOperation[] }> {
  const document = await loadSpec(join(repoRoot, 'specs', api, version, 'openapi.yaml'));
  const operations: SpecOperation[] = [];
  for (const [path, item] of Object.entries<Doc>(document.paths))
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const parameters = [...(item.parameters ?? []), ...(operation.parameters ?? [])].map((p) => deref(document, p));
      operations.push({ id: operation.operationId, method, path, operation, parameters });
    }
  return { document, operations };
}

/** Top-level fields of a body schema (allOf merged); undefined for a choice (oneOf/anyOf). */
function bodyFields(document: Doc, schema: Doc): string[] | undefined {
  const node = deref(document, schema);
  if (!node || node.oneOf || node.anyOf) return undefined;
  // Read-only fields are answers, not something a request sends.
  const fields = new Set(
    Object.entries<Doc>(node.properties ?? {})
      .filter(([, property]) => !deref(document, property)?.readOnly && !property.readOnly)
      .map(([name]) => name),
  );
  for (const part of node.allOf ?? []) {
    const inner = bodyFields(document, part);
    if (inner === undefined) return undefined;
    for (const f of inner) fields.add(f);
  }
  return [...fields];
}

type Sent = { url: URL; headers: Headers; body: unknown };
type Capturing<Client> = { client: Client; last(): Sent | undefined };

/**
 * Runs every case against Prism. `makeClient(baseUrl, capture)` must create the package's client and
 * register `capture` as middleware, so the test can check what was sent.
 */
export function describeOperations<Client>(
  spec: { api: string; version: string },
  cases: Record<string, OperationCase<Client>>,
  makeClient: (baseUrl: string, capture: { onRequest(options: { request: Request }): Promise<undefined> }) => Client,
): void {
  let operations: SpecOperation[] = [];
  let document: Doc;
  let capturing: Capturing<Client>;
  beforeAll(async () => {
    ({ document, operations } = await specOperations(spec.api, spec.version));
    let sent: Sent | undefined;
    const capture = {
      async onRequest({ request }: { request: Request }) {
        const text = await request.clone().text();
        sent = { url: new URL(request.url), headers: request.headers, body: text ? JSON.parse(text) : undefined };
        return undefined;
      },
    };
    capturing = { client: makeClient(inject('prismUrl'), capture), last: () => sent };
  });

  it('has a case for every operation of the spec, and none for another', () => {
    expect(Object.keys(cases).sort()).toEqual(operations.map((o) => o.id).sort());
  });

  const accepted = async (result: CallResult) => {
    // Warnings (e.g. a deprecated parameter was sent) are not refusals; errors are.
    const violations = JSON.parse(result.response.headers.get('sl-violations') ?? '[]') as { severity: string }[];
    const errors = violations.filter((v) => v.severity === 'Error');
    expect(errors, `Prism refused the request: ${JSON.stringify(errors)}`).toEqual([]);
    expect(result.response.ok, `status ${result.response.status}: ${JSON.stringify(result.error)}`).toBe(true);
  };

  describe.each(Object.keys(cases))('%s', (id) => {
    it('with only the required parameters, Prism accepts the request and answers with success', async () => {
      const operation = operations.find((o) => o.id === id);
      const result = await (cases[id] as OperationCase<Client>).required(capturing.client);
      await accepted(result);
      const sent = capturing.last();
      // Nothing optional was sent: only required query parameters.
      const required = new Set(operation?.parameters.filter((p) => p.in === 'query' && p.required).map((p) => p.name));
      for (const name of sent?.url.searchParams.keys() ?? [])
        expect(required, `optional query ${name} sent`).toContain(name);
    });

    it('with every parameter, Prism accepts the request and answers with success', async () => {
      const operation = operations.find((o) => o.id === id) as SpecOperation;
      const result = await (cases[id] as OperationCase<Client>).all(capturing.client);
      await accepted(result);
      const sent = capturing.last() as Sent;
      for (const p of operation.parameters) {
        if (p.in === 'query') expect(sent.url.searchParams.has(p.name), `query ${p.name} not sent`).toBe(true);
        if (p.in === 'header') expect(sent.headers.has(p.name), `header ${p.name} not sent`).toBe(true);
      }
      const schema = operation.operation.requestBody
        ? deref(document, operation.operation.requestBody).content?.['application/json']?.schema
        : undefined;
      const fields = schema ? bodyFields(document, schema) : undefined;
      for (const field of fields ?? []) expect(sent.body, `body field ${field} not sent`).toHaveProperty([field]);
    });
  });
}

/** The first example of a media type: its `example`, or its first named `examples` value. */
export function firstExample(document: Doc, media: Doc): unknown {
  if (media?.example !== undefined) return media.example;
  const first = Object.values<Doc>(media?.examples ?? {})[0];
  return first === undefined ? undefined : deref(document, first).value;
}

function exampleValue(document: Doc, parameter: Doc): unknown {
  if (parameter.example !== undefined) return parameter.example;
  const first = Object.values<Doc>(parameter.examples ?? {})[0];
  if (first !== undefined) return deref(document, first).value;
  const schema = deref(document, parameter.schema) ?? {};
  if (schema.examples?.length) return schema.examples[0];
  if (schema.example !== undefined) return schema.example;
  if (schema.enum?.length) return schema.enum[0];
  if (schema.type === 'integer' || schema.type === 'number') return schema.minimum ?? 1;
  return 'example';
}

/** A valid request for an operation, built from the spec's examples. */
export function exampleRequest(
  document: Doc,
  operation: SpecOperation,
): {
  params: { path: Record<string, unknown>; query: Record<string, unknown> };
  body?: unknown;
} {
  const path: Record<string, unknown> = {};
  const query: Record<string, unknown> = {};
  for (const p of operation.parameters) {
    if (p.in === 'path') path[p.name] = exampleValue(document, p);
    if (p.in === 'query' && p.required) query[p.name] = exampleValue(document, p);
  }
  const body = operation.operation.requestBody
    ? firstExample(document, deref(document, operation.operation.requestBody).content?.['application/json'])
    : undefined;
  return body === undefined ? { params: { path, query } } : { params: { path, query }, body };
}

/** The subclass orThrow must raise for a status. */
export type ErrorClassOf = (status: number) => abstract new (...args: never[]) => Error;

/**
 * For every documented error status of every operation: Prism's example of it, through `orThrow`,
 * is the status's SinchApiError subclass carrying that example as its body.
 */
export function describeErrorStatuses<Client extends { request: (...args: never[]) => Promise<CallResult> }>(
  spec: { api: string; version: string },
  makeClient: (baseUrl: string) => Client,
  expected: {
    orThrow: (result: Promise<CallResult>) => Promise<unknown>;
    classOf: ErrorClassOf;
  },
): void {
  let loaded: Awaited<ReturnType<typeof specOperations>>;
  let client: Client;
  beforeAll(async () => {
    loaded = await specOperations(spec.api, spec.version);
    client = makeClient(inject('prismUrl'));
  });

  it('documents at least one error status on every operation', () => {
    for (const operation of loaded.operations) {
      const statuses = Object.keys(operation.operation.responses).filter((s) => /^[45]/.test(s));
      expect(statuses.length, `${operation.id} documents no error`).toBeGreaterThan(0);
    }
  });

  it('parses every documented error status of every operation into its typed error', async () => {
    let checked = 0;
    for (const operation of loaded.operations) {
      for (const [status, response] of Object.entries<Doc>(operation.operation.responses)) {
        if (!/^[45]\d\d$/.test(status)) continue;
        const media = deref(loaded.document, response).content?.['application/json'];
        const request = exampleRequest(loaded.document, operation);
        const call = (client.request as unknown as (m: string, p: string, i: unknown) => Promise<CallResult>)(
          operation.method,
          operation.path,
          { ...request, headers: { Prefer: `code=${status}` } },
        );
        const error = (await expected.orThrow(call).then(
          () => undefined,
          (e: unknown) => e,
        )) as { status?: number; body?: unknown; code?: string } | undefined;
        const where = `${operation.id} ${status}`;
        expect(error, `${where}: no error thrown`).toBeInstanceOf(expected.classOf(Number(status)));
        expect(error?.status, where).toBe(Number(status));
        if (media) {
          expect(error?.body, `${where}: body`).toEqual(firstExample(loaded.document, media));
          const codes: string[] | undefined = media['x-error-codes'];
          if (codes) expect(codes, `${where}: error code`).toContain(error?.code);
        }
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
    // Hundreds of sequential calls through Prism: about 5 s alone, 12–15 s when the whole suite
    // shares two cores, so the suite's 15 s would make it flaky.
  }, 60_000);
}

const CLASS_BY_STATUS: Record<number, string> = {
  400: 'SinchBadRequestError',
  401: 'SinchAuthenticationError',
  403: 'SinchPermissionDeniedError',
  404: 'SinchNotFoundError',
  409: 'SinchConflictError',
  429: 'SinchRateLimitError',
};

/** The error class a package exports for each status (what orThrow must raise). */
export function errorClassesOf(sdk: Record<string, unknown>): ErrorClassOf {
  return (status) =>
    sdk[
      CLASS_BY_STATUS[status] ?? (status >= 500 ? 'SinchInternalServerError' : 'SinchApiError')
    ] as ReturnType<ErrorClassOf>;
}
