import { formatMeasure, formatNumber, goalText, ratioOf, verdictOf } from './format';
import type { RunReport } from './report';

/** The report as plain-text tables, one per section, for a person at a terminal. */
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
    for (const series of section.series ?? [])
      lines.push(
        `   ${series.label} (${series.unit}): ${series.points.map((point) => `${formatNumber(point.x)} → ${formatNumber(point.y)}`).join(', ')}`,
      );
    lines.push('');
  }
  for (const failure of report.failures) lines.push(`!! section ${failure.section} failed: ${failure.error}`);
  lines.push(`total ${report.seconds.toFixed(0)} s`);
  return lines.join('\n');
}
