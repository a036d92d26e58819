// Runs vectors.json against a build of @sinchkit/signing. Plain JS with no imports, so the same file
// runs under vitest (node and web builds) and inside workerd (the edge test).

/** @returns {Promise<{ name: string, expect: string, outcome: string }[]>} */
export async function runVectors(api, vectors) {
  const results = [];
  for (const vector of vectors) {
    const verify = vector.scheme === 'conversation' ? api.verifyConversationWebhook : api.verifyRegistrationsWebhook;
    const now = () => vector.now * 1000;
    const nonceStore = new api.MemoryNonceStore({ now });
    const body = vector.bodyAsObject ? JSON.parse(vector.body) : vector.body;
    let outcome = 'not run';
    for (let delivery = 0; delivery < (vector.deliveries ?? 1); delivery++) {
      try {
        await verify({ body, headers: vector.headers, secret: vector.secret, now, nonceStore });
        outcome = 'valid';
      } catch (error) {
        outcome = error instanceof api.WebhookVerificationError ? error.code : `unexpected ${error}`;
      }
    }
    results.push({ name: vector.name, expect: vector.expect, outcome });
  }
  return results;
}

/** Signs each valid single-secret vector again and reports whether the headers match openssl's. */
export async function resignVectors(api, vectors) {
  const results = [];
  for (const vector of vectors) {
    if (vector.expect !== 'valid' || typeof vector.secret !== 'string') continue;
    const lower = Object.fromEntries(Object.entries(vector.headers).map(([k, v]) => [k.toLowerCase(), v]));
    const signed =
      vector.scheme === 'conversation'
        ? await api.signConversationWebhook({
            body: vector.body,
            secret: vector.secret,
            nonce: lower['x-sinch-webhook-signature-nonce'],
            timestamp: Number(lower['x-sinch-webhook-signature-timestamp']),
          })
        : await api.signRegistrationsWebhook({ body: vector.body, secret: vector.secret });
    results.push({ name: vector.name, same: JSON.stringify(signed) === JSON.stringify(sortLike(signed, lower)) });
  }
  return results;
}

function sortLike(signed, headers) {
  return Object.fromEntries(Object.keys(signed).map((k) => [k, headers[k]]));
}
