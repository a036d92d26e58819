import 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    conversationUrl: string;
    provisioningUrl: string;
  }
}
