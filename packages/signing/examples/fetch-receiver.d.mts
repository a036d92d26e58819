export function createHandler(options: { secret: string | readonly string[] }): (request: Request) => Promise<Response>;
