import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BenchRow, Measure, RunReport, Series } from './harness';

export function formatNumber(value: number | null | undefined, unit = ''): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  const text = value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
  return unit ? `${text} ${unit}` : text;
}

function formatMeasure(measure: Measure): string {
  const detail = Object.entries(measure.detail ?? {})
    .map(([name, value]) => `${name.replace(/Ms$/, '')} ${formatNumber(value)}${name.endsWith('Ms') ? ' ms' : ''}`)
    .join(', ');
  return `${formatNumber(measure.value, measure.unit)}${detail ? ` (${detail})` : ''}`;
}

export function ratioOf(row: BenchRow): number | null {
  return row.ratio !== undefined && row.ratio !== null && Number.isFinite(row.ratio) ? row.ratio : null;
}

export function verdictOf(row: BenchRow): 'met' | 'missed' | 'no goal' | 'not measured' {
  const ratio = ratioOf(row);
  if (!row.goal) return 'no goal';
  if (ratio === null) return 'not measured';
  return (row.goal.comparison === 'at least' ? ratio >= row.goal.ratio : ratio <= row.goal.ratio) ? 'met' : 'missed';
}

const goalText = (row: BenchRow) =>
  row.goal ? `${row.goal.comparison === 'at least' ? '≥' : '≤'} ${row.goal.ratio}` : '';
const seriesText = (series: Series) =>
  `${series.label} (${series.unit}): ${series.points.map(({ x, y }) => `${formatNumber(x)} → ${formatNumber(y)}`).join(', ')}`;

export function renderText(report: RunReport): string {
  const lines = [`Samsyn bench (${report.quick ? 'quick' : 'full'}), ${report.machine}, ${report.startedAt}`, ''];
  for (const section of report.sections) {
    lines.push(`## ${section.title} (${section.seconds.toFixed(0)} s)`, `   ${section.method}`);
    for (const row of section.rows) {
      const ratio = ratioOf(row);
      lines.push(`   ${row.subject.label}: ${formatMeasure(row.subject)}`);
      if (row.baseline) lines.push(`     vs ${row.baseline.label}: ${formatMeasure(row.baseline)}`);
      if (ratio !== null || row.goal)
        lines.push(`     ratio ${formatNumber(ratio)}${row.goal ? `, goal ${goalText(row)}: ${verdictOf(row)}` : ''}`);
      if (row.note) lines.push(`     note: ${row.note}`);
    }
    for (const series of section.series ?? []) lines.push(`   ${seriesText(series)}`);
    lines.push('');
  }
  for (const failure of report.failures) lines.push(`!! section ${failure.section} failed: ${failure.error}`);
  lines.push(`total ${report.seconds.toFixed(0)} s`);
  return lines.join('\n');
}

export function renderMarkdown(report: RunReport, plotFile: string): string {
  const lines = [
    `Run ${report.startedAt} (${report.quick ? '`--quick`' : 'full'}, ${report.seconds.toFixed(0)} s) on ${report.machine}.\n`,
    `![ratios against their goals, and latency over store size](${plotFile})\n`,
    '| section | figure | measured | baseline (same run) | ratio | goal | |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const section of report.sections)
    for (const row of section.rows) {
      const verdict = verdictOf(row);
      const baseline = row.baseline ? `${row.baseline.label}: ${formatMeasure(row.baseline)}` : '';
      lines.push(
        `| ${section.id} | ${row.subject.label} | ${formatMeasure(row.subject)} | ${baseline} | ` +
          `${formatNumber(ratioOf(row))} | ${goalText(row)} | ${verdict === 'no goal' ? '' : verdict} |`,
      );
    }
  lines.push('');
  for (const section of report.sections) {
    lines.push(`**${section.title}** — ${section.method}`);
    for (const row of section.rows.filter(({ note }) => note)) lines.push(`- ${row.subject.label}: ${row.note}`);
    for (const series of section.series ?? []) lines.push(`- ${seriesText(series)}`);
    lines.push('');
  }
  for (const failure of report.failures) lines.push(`**Section ${failure.section} failed**: ${failure.error}`, '');
  return lines.join('\n');
}

const BEGIN = '<!-- bench:begin (written by npm run bench; edit outside these markers) -->';
const END = '<!-- bench:end -->';
const PLOT_FILE = 'performance.svg';

// Writes the figures into `<dir>/PERFORMANCE.md` between the markers (keeping what was written around them
// by hand), the plot, and the report as JSON (not committed; `--json` prints the same). Returns the paths.
export async function writeResults(dir: string, report: RunReport, plot: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const [markdownPath, plotPath, jsonPath] = ['PERFORMANCE.md', PLOT_FILE, 'performance.json'].map((f) => join(dir, f));
  if (!markdownPath || !plotPath || !jsonPath) return [];
  const existing = existsSync(markdownPath)
    ? await readFile(markdownPath, 'utf8')
    : `# Performance\n\n${BEGIN}\n${END}\n`;
  const begin = existing.indexOf(BEGIN);
  const end = existing.indexOf(END, begin);
  const before = begin < 0 ? `${existing.trimEnd()}\n\n` : existing.slice(0, begin);
  const after = begin < 0 || end < 0 ? '\n' : existing.slice(end + END.length);
  await writeFile(markdownPath, `${before}${BEGIN}\n${renderMarkdown(report, PLOT_FILE)}\n${END}${after}`);
  await writeFile(plotPath, `${plot}\n`);
  await writeFile(jsonPath, `${JSON.stringify(report, null, 1)}\n`);
  return [markdownPath, plotPath, jsonPath];
}
