// Small statistics and text-table helpers shared by the benchmark scripts.

export function median(values) {
  const sorted = values.toSorted((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** (max − min) ÷ median, as a whole percentage: how much the rounds disagreed. */
export function spreadPercent(values) {
  return `${Math.round(((Math.max(...values) - Math.min(...values)) / median(values)) * 100)} %`;
}

/** a ÷ b with two decimals, or `n/a` when either side is missing. */
export function ratioText(a, b) {
  const ratio = a / b;
  return Number.isFinite(ratio) ? ratio.toFixed(2) : 'n/a';
}

/** Prints rows of cells: the first column left-aligned to `first`, the rest right-aligned to `rest`. */
export function printRows(rows, { first = 36, rest = 11 } = {}) {
  for (const cells of rows) {
    console.log(cells.map((cell, i) => (i === 0 ? String(cell).padEnd(first) : String(cell).padStart(rest))).join(''));
  }
}

export const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
export const ms = (value) => (Number.isFinite(value) ? `${value.toFixed(1)} ms` : 'n/a');
