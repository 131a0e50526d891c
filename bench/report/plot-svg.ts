import type { BenchRow, SectionResult } from '../section';
import { formatNumber, ratioOf, verdictOf } from './format';
import type { RunReport } from './report';

const WIDTH = 900;
const BAR_HEIGHT = 22;
const LABEL_WIDTH = 380;
const CHART_HEIGHT = 220;
const COLOURS = {
  met: '#2e7d32',
  missed: '#c62828',
  other: '#607d8b',
  series: ['#1565c0', '#ef6c00', '#6a1b9a', '#00838f'],
};

/**
 * The plot of a run, as SVG text: every ratio that has a goal as a bar with the goal marked, then one
 * line chart per section with series (timeline latency over store size, soak p99 and memory over time).
 * Hand-drawn: a bar and a line chart are a few dozen lines, where a charting library would bring a DOM.
 */
export function plotSvg(report: RunReport): string {
  const goalRows = report.sections.flatMap((section) =>
    section.rows.filter((row) => row.goal).map((row) => ({ section, row })),
  );
  const charts = report.sections.flatMap(chartsOf);
  const barsHeight = 40 + goalRows.length * (BAR_HEIGHT + 6);
  const height = barsHeight + charts.length * (CHART_HEIGHT + 60) + 20;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="sans-serif" font-size="12">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    `<text x="10" y="20" font-size="15" font-weight="bold">Samsyn against its baselines (${report.quick ? 'quick' : 'full'} run, ${escape(report.startedAt)})</text>`,
    ...ratioBars(goalRows, 36),
  ];
  charts.forEach((chart, index) => parts.push(...lineChart(chart, barsHeight + index * (CHART_HEIGHT + 60))));
  parts.push('</svg>');
  return parts.join('\n');
}

function ratioBars(rows: readonly { section: SectionResult; row: BenchRow }[], top: number): string[] {
  const max = Math.max(2, ...rows.map(({ row }) => Math.max(ratioOf(row) ?? 0, row.goal?.ratio ?? 0))) * 1.1;
  const scale = (value: number) => LABEL_WIDTH + (value / max) * (WIDTH - LABEL_WIDTH - 80);
  const parts = [
    `<line x1="${scale(1)}" y1="${top}" x2="${scale(1)}" y2="${top + rows.length * (BAR_HEIGHT + 6)}" stroke="#999" stroke-dasharray="3 3"/>`,
  ];
  rows.forEach(({ section, row }, index) => {
    const y = top + index * (BAR_HEIGHT + 6);
    const ratio = ratioOf(row);
    const verdict = verdictOf(row);
    const colour = verdict === 'met' ? COLOURS.met : verdict === 'missed' ? COLOURS.missed : COLOURS.other;
    parts.push(
      `<text x="${LABEL_WIDTH - 6}" y="${y + 15}" text-anchor="end">${escape(`${section.id}: ${row.subject.label}`.slice(0, 62))}</text>`,
    );
    if (ratio !== null)
      parts.push(
        `<rect x="${LABEL_WIDTH}" y="${y}" width="${Math.max(1, scale(ratio) - LABEL_WIDTH)}" height="${BAR_HEIGHT}" fill="${colour}"/>`,
      );
    parts.push(
      `<text x="${scale(ratio ?? 0) + 4}" y="${y + 15}">${ratio === null ? 'not measured' : formatNumber(ratio)}</text>`,
    );
    if (row.goal) {
      const x = scale(row.goal.ratio);
      parts.push(
        `<line x1="${x}" y1="${y - 2}" x2="${x}" y2="${y + BAR_HEIGHT + 2}" stroke="black" stroke-width="2"/>`,
      );
    }
  });
  return parts;
}

interface Chart {
  readonly title: string;
  readonly series: NonNullable<SectionResult['series']>;
}

/** One chart per unit of a section's series: milliseconds and mebibytes do not share an axis. */
function chartsOf(section: SectionResult): Chart[] {
  const units = [...new Set((section.series ?? []).map((line) => line.unit))];
  return units.map((unit) => ({
    title: `${section.title} (${unit})`,
    series: (section.series ?? []).filter((line) => line.unit === unit),
  }));
}

function lineChart(chart: Chart, top: number): string[] {
  const series = chart.series;
  const points = series.flatMap((line) => line.points.filter((point) => point.y !== null));
  const xs = points.map((point) => point.x);
  const ys = points.map((point) => point.y ?? 0);
  const [minX, maxX] = [Math.min(...xs), Math.max(...xs)];
  const logX = minX > 0 && maxX / minX >= 20;
  const maxY = Math.max(...ys, 0) * 1.15 || 1;
  const left = 70;
  const right = WIDTH - 200;
  const bottom = top + 30 + CHART_HEIGHT;
  const x = (value: number) =>
    logX
      ? left + ((Math.log10(value) - Math.log10(minX)) / (Math.log10(maxX) - Math.log10(minX) || 1)) * (right - left)
      : left + ((value - minX) / (maxX - minX || 1)) * (right - left);
  const y = (value: number) => bottom - (value / maxY) * CHART_HEIGHT;
  const parts = [
    `<text x="10" y="${top + 20}" font-size="14" font-weight="bold">${escape(chart.title)}</text>`,
    `<line x1="${left}" y1="${bottom}" x2="${right}" y2="${bottom}" stroke="black"/>`,
    `<line x1="${left}" y1="${bottom}" x2="${left}" y2="${top + 30}" stroke="black"/>`,
    `<text x="${left - 6}" y="${y(maxY / 1.15) + 4}" text-anchor="end">${formatNumber(maxY / 1.15)}</text>`,
    `<text x="${left - 6}" y="${bottom + 4}" text-anchor="end">0</text>`,
  ];
  for (const tick of [...new Set(xs)])
    parts.push(`<text x="${x(tick)}" y="${bottom + 16}" text-anchor="middle">${formatNumber(tick)}</text>`);
  series.forEach((line, index) => {
    const colour = COLOURS.series[index % COLOURS.series.length];
    const drawn = line.points
      .filter((point) => point.y !== null)
      .map((point) => `${x(point.x).toFixed(1)},${y(point.y ?? 0).toFixed(1)}`);
    parts.push(`<polyline points="${drawn.join(' ')}" fill="none" stroke="${colour}" stroke-width="2"/>`);
    for (const point of drawn)
      parts.push(`<circle cx="${point.split(',')[0]}" cy="${point.split(',')[1]}" r="3" fill="${colour}"/>`);
    parts.push(
      `<text x="${right + 12}" y="${top + 50 + index * 18}" fill="${colour}">${escape(`${line.label} (${line.unit})`)}</text>`,
    );
  });
  return parts;
}

function escape(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}
