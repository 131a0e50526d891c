import type { BenchRow, Measure } from '../section';

export function formatNumber(value: number | null | undefined, unit = ''): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  const text = value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
  return unit ? `${text} ${unit}` : text;
}

export function formatMeasure(measure: Measure | undefined): string {
  if (!measure) return '';
  const detail = Object.entries(measure.detail ?? {})
    .map(([name, value]) => `${name.replace(/Ms$/, '')} ${formatNumber(value)}${name.endsWith('Ms') ? ' ms' : ''}`)
    .join(', ');
  return `${formatNumber(measure.value, measure.unit)}${detail ? ` (${detail})` : ''}`;
}

/** A finite ratio, or null (NaN and infinities are not figures). */
export function ratioOf(row: BenchRow): number | null {
  return row.ratio !== undefined && row.ratio !== null && Number.isFinite(row.ratio) ? row.ratio : null;
}

export type Verdict = 'met' | 'missed' | 'no goal' | 'not measured';

export function verdictOf(row: BenchRow): Verdict {
  if (!row.goal) return 'no goal';
  const ratio = ratioOf(row);
  if (ratio === null) return 'not measured';
  return (row.goal.comparison === 'at least' ? ratio >= row.goal.ratio : ratio <= row.goal.ratio) ? 'met' : 'missed';
}

export function goalText(row: BenchRow): string {
  return row.goal ? `${row.goal.comparison === 'at least' ? '≥' : '≤'} ${row.goal.ratio}` : '';
}
