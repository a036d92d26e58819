export { authorizationFor, base64Utf8, type Credentials } from './credentials.js';
export { createTransport, type FetchLike, type TransportOptions } from './transport.js';
