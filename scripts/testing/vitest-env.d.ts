// Values the Prism global setup provides to tests.
declare module 'vitest' {
  export interface ProvidedContext {
    prismUrl: string;
  }
}

export {};
