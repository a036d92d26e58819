// Options are checked when a client is created, so a NaN from `Number(process.env.UNSET)` fails
// loudly at startup instead of silently turning a limit off.

/** A finite number ≥ 0 (an integer when asked), or the default when left out. */
export function nonNegative(
  value: unknown,
  name: string,
  fallback: number,
  { integer = false }: { integer?: boolean } = {},
): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || (integer && !Number.isInteger(value))) {
    throw new TypeError(
      `sinchkit: ${name} must be a finite ${integer ? 'integer' : 'number'} ≥ 0, got ${describe(value)}`,
    );
  }
  return value;
}

/** A function, or undefined when left out. */
export function optionalFunction<F>(value: unknown, name: string): F | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'function') throw new TypeError(`sinchkit: ${name} must be a function, got ${describe(value)}`);
  return value as F;
}

/** A non-empty string without surrounding whitespace, or undefined when left out. */
export function optionalId(value: unknown, name: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.trim() === '' || value.trim() !== value)
    throw new TypeError(
      `sinchkit: ${name} must be a non-empty string without surrounding spaces, got ${describe(value)}`,
    );
  return value;
}

/** How a bad value reads in an error: its type and, for numbers, its value. Never a whole object. */
export function describe(value: unknown): string {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return `a string (${JSON.stringify(value.slice(0, 40))})`;
  if (value === null) return 'null';
  return typeof value === 'object' ? 'an object' : typeof value;
}
