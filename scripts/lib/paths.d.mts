/** The repository root, whatever the working directory. */
export const repoRoot: string;
