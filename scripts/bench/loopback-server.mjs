// The server for client benchmarks, run as its own process (fork it) so it never shares the
// client's thread. 127.0.0.1 only, a free port, keep-alive. Tells its parent `{ port, listBytes }`
// over IPC once listening, and exits when the parent goes away.
//
//   POST /oauth2/token                     an OAuth2 client-credentials token
//   GET  /v1/projects/p/apps/a/webhooks    a Conversation "list webhooks" (~1 KB of JSON)
//   POST /v1/projects/p/messages:send      reads the whole body, answers a `messages:send` result
//
// Any request with header `x-bench-stall: headers` never gets an answer; with `x-bench-stall: body`
// it gets its headers and half its body, then nothing (to measure client timeouts).
//
// With `--poll` the server never sleeps: its event loop spins (setImmediate) instead of waiting in
// epoll. On loopback, waking a sleeping server is work done inside the client's write() calls and
// billed to the client's CPU; a server on another machine never costs the client that. The
// client benchmarks use the sleeping server; scripts/bench/flatness.mjs compares the two.
import { createServer } from 'node:http';

const STALL_LIMIT_MS = 30_000;

const webhooks = Array.from({ length: 4 }, (_, i) => ({
  id: `01EB37HMH1M6SV18ASNS3G13${i}J`,
  app_id: '01EB37HMH1M6SV18ASNS3G135H',
  target: `https://hooks.example.com/sinch/conversation/${i}`,
  target_type: 'HTTP',
  triggers: ['MESSAGE_INBOUND', 'MESSAGE_DELIVERY', 'EVENT_INBOUND'],
  secret: 'x'.repeat(32),
}));
const sent = { accepted_time: '2024-03-12T08:41:07.512Z', message_id: '01EB37HMH1M6SV18ASNS3G13BW' };
const token = { access_token: 'bench-token', token_type: 'bearer', expires_in: 3600 };

/** A JSON answer built once: the body bytes and its headers. */
function jsonAnswer(value, status = 200) {
  const body = Buffer.from(JSON.stringify(value));
  return { status, body, headers: { 'content-type': 'application/json', 'content-length': body.length } };
}

const answers = {
  list: jsonAnswer({ webhooks }),
  sent: jsonAnswer(sent),
  token: jsonAnswer(token),
  emptyBody: jsonAnswer({ error: { code: 400, message: 'empty or truncated JSON body' } }, 400),
  notFound: jsonAnswer({ error: { code: 404, message: 'no such route' } }, 404),
};

const routes = {
  'POST /oauth2/token': () => answers.token,
  'GET /v1/projects/p/apps/a/webhooks': () => answers.list,
  'POST /v1/projects/p/messages:send': jsonBodyAnswer,
};

/** Answers `sent` when the body looks like whole JSON (non-empty, ends with `}`). */
function jsonBodyAnswer(body) {
  return body.length > 0 && body[body.length - 1] === 0x7d ? answers.sent : answers.emptyBody;
}

function send(res, { status, headers, body }) {
  res.writeHead(status, headers);
  res.end(body);
}

/** Leaves the response hanging (after its headers and half its body, for `body`). */
function stall(res, kind) {
  if (kind === 'body') {
    const { headers, body } = answers.list;
    res.writeHead(200, headers);
    res.write(body.subarray(0, body.length >> 1));
  }
  const limit = setTimeout(() => res.destroy(), STALL_LIMIT_MS);
  res.once('close', () => clearTimeout(limit));
}

const server = createServer((req, res) => {
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', () => {
    const stallKind = req.headers['x-bench-stall'];
    if (stallKind) return stall(res, stallKind);
    const route = routes[`${req.method} ${req.url?.split('?')[0]}`];
    send(res, route ? route(Buffer.concat(chunks)) : answers.notFound);
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  process.send?.({ port: server.address().port, listBytes: answers.list.body.length });
});
process.on('disconnect', () => process.exit(0));
if (process.argv.includes('--poll')) {
  const spin = () => setImmediate(spin);
  spin();
}
