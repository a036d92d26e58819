import { SinchApiError } from './errors.js';
import { operationOf } from './transport.js';

/** The success variant's data of an openapi-fetch result (distributes over the result union). */
export type SuccessData<R> = R extends { error?: never; data?: infer D } ? D : never;
/** The error variant's body of an openapi-fetch result. */
export type ErrorBody<R> = R extends { data?: never; error: infer E } ? E : never;

/**
 * For callers who prefer exceptions: the data of a successful call, or a SinchApiError subclass
 * (by status) with the typed error body.
 *
 *   const page = await orThrow(client.GET('/v1/projects/{projectId}/webhooks', { params }));
 */
export async function orThrow<R extends { data?: unknown; error?: unknown; response: Response }>(
  result: R | Promise<R>,
): Promise<SuccessData<R>> {
  const { data, error, response } = await result;
  if (error !== undefined || !response.ok) {
    throw SinchApiError.from<ErrorBody<R>>({
      status: response.status,
      headers: response.headers,
      body: error,
      operation: operationOf(response),
    });
  }
  return data as SuccessData<R>;
}
