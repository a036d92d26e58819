// A Conversation API webhook receiver for Fetch-API runtimes (Cloudflare Workers, Deno, Bun, Next.js).
// The same handler runs everywhere: `export default { fetch: handler }` in a Worker, Deno.serve(handler), …
import { conversationScheme, verifyRequest, WebhookVerificationError } from '@sinchkit/signing';

export function createHandler({ secret }) {
  return async (request) => {
    try {
      const { event } = await verifyRequest(request, conversationScheme, { secret });
      const app = event.trigger === 'UNKNOWN' ? event.body.app_id : event.app_id; // UNKNOWN: a newer trigger
      return Response.json({ received: event.trigger, app });
    } catch (error) {
      if (!(error instanceof WebhookVerificationError)) throw error;
      return Response.json({ error: error.code }, { status: 401 });
    }
  };
}
