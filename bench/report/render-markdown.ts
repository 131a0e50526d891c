import { formatMeasure, formatNumber, goalText, ratioOf, verdictOf } from './format';
import type { RunReport } from './report';

/** The figures of a run as Markdown: a table of every figure against its baseline and goal, then each section's method. */
export function renderMarkdown(report: RunReport, plotFile: string): string {
  const lines = [
    `Run ${report.startedAt} (${report.quick ? '`--quick`' : 'full'}, ${report.seconds.toFixed(0)} s) on ${report.machine}.`,
    '',
    `![ratios against their goals, and latency over store size](${plotFile})`,
    '',
    '| section | figure | measured | baseline (same run) | ratio | goal | |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const section of report.sections) {
    for (const row of section.rows) {
      const verdict = verdictOf(row);
      lines.push(
        `| ${section.id} | ${row.subject.label} | ${formatMeasure(row.subject)} | ${row.baseline ? `${row.baseline.label}: ${formatMeasure(row.baseline)}` : ''} | ` +
          `${formatNumber(ratioOf(row))} | ${goalText(row)} | ${verdict === 'no goal' ? '' : verdict} |`,
      );
    }
  }
  lines.push('');
  for (const section of report.sections) {
    lines.push(`**${section.title}** — ${section.method}`);
    const notes = section.rows.filter((row) => row.note).map((row) => `${row.subject.label}: ${row.note}`);
    for (const note of notes) lines.push(`- ${note}`);
    for (const series of section.series ?? [])
      lines.push(
        `- ${series.label} (${series.unit}): ${series.points.map((point) => `${formatNumber(point.x)} → ${formatNumber(point.y)}`).join(', ')}`,
      );
    lines.push('');
  }
  for (const failure of report.failures) lines.push(`**Section ${failure.section} failed**: ${failure.error}`, '');
  return lines.join('\n');
}
