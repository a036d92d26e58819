// The server for client benchmarks, run as its own process so it does not share the client's thread.
// Answers a Conversation "list webhooks" (~1 KB of JSON) and an OAuth2 token endpoint. 127.0.0.1 only.
import { createServer } from 'node:http';

const webhooks = Array.from({ length: 4 }, (_, i) => ({
  id: `01EB37HMH1M6SV18ASNS3G13${i}J`,
  app_id: '01EB37HMH1M6SV18ASNS3G135H',
  target: `https://hooks.example.com/sinch/conversation/${i}`,
  target_type: 'HTTP',
  triggers: ['MESSAGE_INBOUND', 'MESSAGE_DELIVERY', 'EVENT_INBOUND'],
  secret: 'x'.repeat(32),
}));
const list = JSON.stringify({ webhooks });
const token = JSON.stringify({ access_token: 'bench-token', token_type: 'bearer', expires_in: 3600 });

const server = createServer((req, res) => {
  const body = req.url?.startsWith('/oauth2/token') ? token : list;
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  res.end(body);
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => process.send?.({ port: server.address().port, bytes: Buffer.byteLength(list) }));
process.on('disconnect', () => process.exit(0));
