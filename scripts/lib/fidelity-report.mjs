// Finding the reference document of a spec, and printing a fidelity report.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from './paths.mjs';

/** `<api>-<version>.yaml` in the reference folder, or undefined. */
export async function referenceFor(referenceDir, api, version) {
  const name = `${api}-${version}.yaml`;
  const files = await readdir(referenceDir).catch(() => []);
  if (!files.includes(name)) return undefined;
  const file = join(referenceDir, name);
  return { file, document: parse(await readFile(file, 'utf8')) };
}

const percent = (ratio) => `${(Math.floor(ratio * 1000) / 10).toFixed(1)} %`;

function section(title, lines, { limit, only }) {
  const shown = only ? lines.filter((line) => line.includes(only)) : lines;
  if (shown.length === 0) return [];
  const head = shown.slice(0, limit);
  const more = shown.length > head.length ? [`    … and ${shown.length - head.length} more (--verbose)`] : [];
  return [`  ${title} (${shown.length}):`, ...head.map((line) => `    - ${line}`), ...more];
}

export function formatReport(pkg, referenceFile, report, options) {
  const { facts, operations, callbacks } = report;
  const limit = options.verbose ? Number.POSITIVE_INFINITY : 15;
  const lines = [
    `${options.ok ? 'ok  ' : 'FAIL'} ${pkg.name}: specs/${pkg.api}/${pkg.specVersion} against ${relative(repoRoot, referenceFile)}`,
    `  operations ${operations.covered}/${operations.total}` +
      (callbacks.total ? `, callbacks ${callbacks.covered}/${callbacks.total}` : '') +
      `, facts ${facts.covered + facts.excused}/${facts.total} = ${percent(report.coverage)}` +
      ` (minimum ${percent(options.minCoverage)}), contradictions ${facts.contradicted}` +
      `, deviations ${report.deviations.length} excusing ${facts.excused} facts, uncovered ${facts.uncovered}`,
    ...section('contradictions', report.contradictions, { limit: Number.POSITIVE_INFINITY, only: options.only }),
    ...section('uncovered', report.uncovered, { limit, only: options.only }),
  ];
  const deviations = report.deviations.map(
    ({ reason, differences }) =>
      `${reason}\n        ${differences.slice(0, options.verbose ? undefined : 3).join('\n        ')}${!options.verbose && differences.length > 3 ? `\n        … ${differences.length - 3} more` : ''}`,
  );
  lines.push(...section('deviations (x-sinchkit-deviation)', deviations, { limit, only: options.only }));
  if (options.verbose) lines.push(...section('additions', report.additions, { limit, only: options.only }));
  return lines.join('\n');
}
