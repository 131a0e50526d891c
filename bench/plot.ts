import type { BenchRow, RunReport, SectionResult, Series } from './harness';
import { formatNumber, ratioOf, verdictOf } from './report';

const [WIDTH, BAR, LABEL_WIDTH, CHART_HEIGHT] = [900, 22, 380, 220];
const ENTITIES = { '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' };
const COLOURS = { met: '#2e7d32', missed: '#c62828', series: ['#1565c0', '#ef6c00', '#6a1b9a', '#00838f'] };

function tag(name: string, attributes: Record<string, string | number>, text?: string): string {
  const written = Object.entries(attributes).map(([key, value]) => `${key}="${value}"`);
  const escaped = text?.replace(/[&<>"]/g, (char) => `&${ENTITIES[char as keyof typeof ENTITIES]};`);
  return `<${name} ${written.join(' ')}${escaped === undefined ? '/>' : `>${escaped}</${name}>`}`;
}

// The plot as SVG: each ratio with a goal as a bar, then a line chart per section and unit of its series.
// Hand-drawn: a bar and a line chart are a few dozen lines, where a charting library would bring a DOM.
export function plotSvg(report: RunReport): string {
  const goalRows = report.sections.flatMap((section) =>
    section.rows.filter((row) => row.goal).map((row) => ({ section, row })),
  );
  // Milliseconds and mebibytes do not share an axis.
  const charts = report.sections.flatMap((section) =>
    [...new Set(section.series?.map((line) => line.unit))].map((unit) => ({
      title: `${section.title} (${unit})`,
      series: (section.series ?? []).filter((line) => line.unit === unit),
    })),
  );
  const barsHeight = 40 + goalRows.length * (BAR + 6);
  const height = barsHeight + charts.length * (CHART_HEIGHT + 60) + 20;
  const title = `Samsyn against its baselines (${report.quick ? 'quick' : 'full'} run, ${report.startedAt})`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="sans-serif" font-size="12">`,
    tag('rect', { width: '100%', height: '100%', fill: 'white' }),
    tag('text', { x: 10, y: 20, 'font-size': 15, 'font-weight': 'bold' }, title),
    ...ratioBars(goalRows, 36),
    ...charts.flatMap((chart, index) => lineChart(chart.title, chart.series, barsHeight + index * (CHART_HEIGHT + 60))),
    '</svg>',
  ].join('\n');
}

function ratioBars(rows: readonly { section: SectionResult; row: BenchRow }[], top: number): string[] {
  const max = Math.max(2, ...rows.map(({ row }) => Math.max(ratioOf(row) ?? 0, row.goal?.ratio ?? 0))) * 1.1;
  const scale = (value: number) => LABEL_WIDTH + (value / max) * (WIDTH - LABEL_WIDTH - 80);
  const dashed = { stroke: '#999', 'stroke-dasharray': '3 3' };
  const parts = [tag('line', { x1: scale(1), y1: top, x2: scale(1), y2: top + rows.length * (BAR + 6), ...dashed })];
  rows.forEach(({ section, row }, index) => {
    const y = top + index * (BAR + 6);
    const ratio = ratioOf(row);
    const verdict = verdictOf(row);
    const fill = verdict === 'met' ? COLOURS.met : verdict === 'missed' ? COLOURS.missed : '#607d8b';
    const label = `${section.id}: ${row.subject.label}`.slice(0, 62);
    parts.push(tag('text', { x: LABEL_WIDTH - 6, y: y + 15, 'text-anchor': 'end' }, label));
    const width = Math.max(1, scale(ratio ?? 0) - LABEL_WIDTH);
    if (ratio !== null) parts.push(tag('rect', { x: LABEL_WIDTH, y, width, height: BAR, fill }));
    parts.push(
      tag('text', { x: scale(ratio ?? 0) + 4, y: y + 15 }, ratio === null ? 'not measured' : formatNumber(ratio)),
    );
    const goal = row.goal && scale(row.goal.ratio);
    if (goal)
      parts.push(tag('line', { x1: goal, y1: y - 2, x2: goal, y2: y + BAR + 2, stroke: 'black', 'stroke-width': 2 }));
  });
  return parts;
}

function lineChart(title: string, series: readonly Series[], top: number): string[] {
  const xs = series.flatMap((line) => line.points.filter((point) => point.y !== null).map((point) => point.x));
  const ys = series.flatMap((line) => line.points.map((point) => point.y ?? 0));
  const [minX, maxX] = [Math.min(...xs), Math.max(...xs)];
  const logX = minX > 0 && maxX / minX >= 20;
  const maxY = Math.max(...ys, 0) * 1.15 || 1;
  const [left, right, bottom] = [70, WIDTH - 200, top + 30 + CHART_HEIGHT];
  const x = (value: number) =>
    logX
      ? left + ((Math.log10(value) - Math.log10(minX)) / (Math.log10(maxX) - Math.log10(minX) || 1)) * (right - left)
      : left + ((value - minX) / (maxX - minX || 1)) * (right - left);
  const y = (value: number) => bottom - (value / maxY) * CHART_HEIGHT;
  const parts = [
    tag('text', { x: 10, y: top + 20, 'font-size': 14, 'font-weight': 'bold' }, title),
    tag('line', { x1: left, y1: bottom, x2: right, y2: bottom, stroke: 'black' }),
    tag('line', { x1: left, y1: bottom, x2: left, y2: top + 30, stroke: 'black' }),
    tag('text', { x: left - 6, y: y(maxY / 1.15) + 4, 'text-anchor': 'end' }, formatNumber(maxY / 1.15)),
    tag('text', { x: left - 6, y: bottom + 4, 'text-anchor': 'end' }, '0'),
    ...[...new Set(xs)].map((tick) =>
      tag('text', { x: x(tick), y: bottom + 16, 'text-anchor': 'middle' }, formatNumber(tick)),
    ),
  ];
  series.forEach((line, index) => {
    const colour = COLOURS.series[index % COLOURS.series.length] ?? 'black';
    const drawn = line.points.flatMap((point) => (point.y === null ? [] : [[x(point.x), y(point.y)] as const]));
    const points = drawn.map(([px, py]) => `${px.toFixed(1)},${py.toFixed(1)}`).join(' ');
    parts.push(tag('polyline', { points, fill: 'none', stroke: colour, 'stroke-width': 2 }));
    for (const [cx, cy] of drawn)
      parts.push(tag('circle', { cx: cx.toFixed(1), cy: cy.toFixed(1), r: 3, fill: colour }));
    parts.push(tag('text', { x: right + 12, y: top + 50 + index * 18, fill: colour }, `${line.label} (${line.unit})`));
  });
  return parts;
}
