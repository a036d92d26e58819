// Types for clients created with default path parameters (the project id): every operation whose
// path has one of those parameters takes it as optional; calls still may pass their own value.

type Optional<T, K extends PropertyKey> = Omit<T, K> & Partial<Pick<T, Extract<keyof T, K>>>;
// biome-ignore lint/complexity/noBannedTypes: `{} extends Pick<T, P>` is how TypeScript tells an optional key.
type RequiredKeys<T> = { [P in keyof T]-?: {} extends Pick<T, P> ? never : P }[keyof T];

// When nothing in `path` stays required, `path` itself (and so `params`, and the whole init of a
// call) becomes optional, as openapi-fetch decides from required keys.
type WithOptionalPath<Parameters, K extends PropertyKey> = Parameters extends { path: infer Path }
  ? Path extends object
    ? [RequiredKeys<Optional<Path, K>>] extends [never]
      ? Omit<Parameters, 'path'> & { path?: Optional<Path, K> }
      : Omit<Parameters, 'path'> & { path: Optional<Path, K> }
    : Parameters
  : Parameters;

type WithOptionalPathInOperation<Operation, K extends PropertyKey> = Operation extends { parameters: infer Parameters }
  ? Omit<Operation, 'parameters'> & { parameters: WithOptionalPath<Parameters, K> }
  : Operation;

/** `Paths` with the path parameters named `K` optional in every operation. */
export type WithPathDefaults<Paths, K extends PropertyKey> = {
  [Path in keyof Paths]: {
    [Method in keyof Paths[Path]]: Method extends 'parameters'
      ? WithOptionalPath<Paths[Path][Method], K>
      : WithOptionalPathInOperation<Paths[Path][Method], K>;
  };
};
