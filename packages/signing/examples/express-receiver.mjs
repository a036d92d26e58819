// A Conversation API webhook receiver in Express.
// Run: SINCH_WEBHOOK_SECRET=... PORT=3000 node examples/express-receiver.mjs
import { MemoryNonceStore, verifyConversationWebhook, WebhookVerificationError } from '@sinchkit/signing';
import express from 'express';

const secret = process.env.SINCH_WEBHOOK_SECRET;
if (!secret) throw new Error('Set SINCH_WEBHOOK_SECRET to the secret of your Conversation API webhook.');
const nonceStore = new MemoryNonceStore(); // one per process; use a shared store with several instances

const app = express();
// The signature covers the exact bytes Sinch sent, so this route keeps the body raw (a Buffer).
app.post('/sinch/conversation', express.raw({ type: 'application/json' }), async (req, res) => {
  try {
    const event = await verifyConversationWebhook({ body: req.body, headers: req.headers, secret, nonceStore });
    // An UNKNOWN trigger (newer than this package) keeps the whole body under `event.body`.
    const appId = event.trigger === 'UNKNOWN' ? event.body.app_id : event.app_id;
    console.log(`verified ${event.trigger} for app ${appId}`);
    res.status(200).json({ received: event.trigger });
  } catch (error) {
    if (!(error instanceof WebhookVerificationError)) throw error;
    res.status(401).json({ error: error.code });
  }
});

const server = app.listen(Number(process.env.PORT ?? 3000), '127.0.0.1', () => {
  console.log(`listening on http://127.0.0.1:${server.address().port}/sinch/conversation`);
});
