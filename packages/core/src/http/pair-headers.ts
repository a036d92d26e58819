// Header pairs as Fetch Headers. Off Node, responses come from fetch with Headers of their own and
// no pairs reach this; the Node build replaces this module with pair-headers.node.ts, whose Headers
// read the pairs our HTTP/1.1 client parsed without filling Fetch's structure first.

/** Header pairs in wire order: names lowercase, values already checked as Fetch would take them. */
export type HeaderPairs = readonly (readonly [string, string])[];

/** Real `Headers` holding `pairs`. */
export function pairHeaders(pairs: HeaderPairs): Headers {
  return new Headers(pairs as [string, string][]);
}
