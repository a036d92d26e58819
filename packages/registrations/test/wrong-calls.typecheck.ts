// Compile-only: `pnpm typecheck` fails if any call marked @ts-expect-error starts to compile.
import {
  createRegistrationsClient,
  type RegistrationsClient,
  type RegistrationsProjectClient,
  type RegistrationsWebhooks,
} from '../src/index.js';

declare const client: RegistrationsClient;
const path = '/v1/projects/{projectId}/callback-configuration';

// A missing required body field.
// @ts-expect-error hmacSecret is required
client.PUT(path, { params: { path: { projectId: 'p' } }, body: {} });

// A body field of the wrong type.
// @ts-expect-error hmacSecret is a string
client.PUT(path, { params: { path: { projectId: 'p' } }, body: { hmacSecret: 42 } });

// A method the path does not have.
// @ts-expect-error no DELETE on callback-configuration
client.DELETE(path, { params: { path: { projectId: 'p' } } });

// An unknown path.
// @ts-expect-error no such path
client.GET('/v1/projects/{projectId}/registrations', { params: { path: { projectId: 'p' } } });

// The callback's signature header is typed from the spec's webhooks section.
type CallbackHeaders = RegistrationsWebhooks['registrationStatusCallback']['post']['parameters']['header'];
const headers: CallbackHeaders = { 'X-Sinch-Signature': 'abc' };
// @ts-expect-error the signature header is required
const missing: CallbackHeaders = {};

client.PUT(path, { params: { path: { projectId: 'p' } }, body: { hmacSecret: 'new' } });

// projectId once.
const bound: RegistrationsProjectClient = createRegistrationsClient({ projectId: 'p' });
bound.GET(path);
bound.PUT(path, { body: { hmacSecret: 'new' } });
// @ts-expect-error without a projectId on the client, the call names its project
client.GET(path);

export { headers, missing };
