// Both callback-configuration operations, through the typed client, against a Prism mock: with only
// the required parameters and with all of them; then every documented error status, typed.
import {
  type ApiOperationId,
  describeErrorStatuses,
  describeOperations,
  errorClassesOf,
  type OperationCases,
} from '../../../../scripts/testing/contract.js';
import * as sdk from '../../src/index.js';

const projectId = '5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e';
const path = '/v1/projects/{projectId}/callback-configuration';

function makeClient(baseUrl: string, capture?: Parameters<sdk.RegistrationsProjectClient['use']>[0]) {
  const client = sdk.createRegistrationsClient({
    baseUrl,
    projectId,
    credentials: { type: 'bearer', token: 'access-token' },
    retry: { maxRetries: 0 }, // wire-format tests; retries are tested in @sinchkit/core
  });
  if (capture) client.use(capture);
  return client;
}
type Client = ReturnType<typeof makeClient>;

const cases = {
  getCallbackConfiguration: {
    required: (c) => c.GET(path),
    all: (c) => c.GET(path, { params: { path: { projectId } } }),
  },
  updateCallbackConfiguration: {
    required: (c) => c.PUT(path, { body: { hmacSecret: 'rotated-secret' } }),
    all: (c) => c.PUT(path, { params: { path: { projectId } }, body: { hmacSecret: 'rotated-secret' } }),
  },
} satisfies OperationCases<Client, ApiOperationId<sdk.operations>>;

const spec = { api: sdk.spec.api, version: sdk.spec.version };
describeOperations(spec, cases, makeClient);
describeErrorStatuses(spec, (url) => makeClient(url), { orThrow: sdk.orThrow, classOf: errorClassesOf(sdk) });
