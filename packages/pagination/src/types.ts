import type { Client, ClientPathsWithMethod, MaybeOptionalInit, MethodResponse } from 'openapi-fetch';

/** Paths of a client that have a GET operation. */
export type GetPath<Paths extends {}> = ClientPathsWithMethod<Client<Paths>, 'get'>;
/** What a successful GET on `Path` returns: one page. */
export type PageData<Paths extends {}, Path extends GetPath<Paths>> = MethodResponse<Client<Paths>, 'get', Path>;
/** The request options of a GET on `Path`, as the client takes them. */
export type GetInit<Paths extends {}, Path extends GetPath<Paths>> = Paths[Path] extends infer Operations extends
  Record<'get', unknown>
  ? MaybeOptionalInit<Operations, 'get'>
  : never;

/** Field names of a page that hold an array (the candidates for `items`). */
export type ArrayField<Page> = {
  [K in keyof Page]-?: NonNullable<Page[K]> extends readonly unknown[] ? K : never;
}[keyof Page] &
  string;
/** The element type of the array in `Page[K]`. */
export type ItemOf<Page, K extends keyof Page> = NonNullable<Page[K]> extends readonly (infer Item)[] ? Item : never;
