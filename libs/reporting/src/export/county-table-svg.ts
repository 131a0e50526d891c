import type { CountyTableReport, Published } from '../reports/county-table';

const ROW = 26;
const LEFT = 150;
const WIDTH = 760;
const COLOURS = { woman: '#8e24aa', man: '#00897b', withheld: '#bdbdbd' };

/**
 * The county table as a picture a person can read: one pair of bars per kommun (women, men), labelled
 * with the numbers; a withheld number is a grey bar marked "withheld". Drawn by hand: a bar chart is a
 * few dozen lines of SVG, where a charting library would bring a browser DOM.
 */
export function countyTableSvg(report: CountyTableReport): string {
  const totals = report.kommunTotals;
  const largest = Math.max(1, ...totals.flatMap((row) => [row.women ?? 0, row.men ?? 0]));
  const scale = (value: number) => (value / largest) * (WIDTH - LEFT - 90);
  const height = 70 + totals.length * (2 * ROW + 8) + 30;
  const title = `People with aktivitetsersättning ${report.date}, ${report.area} (${report.view === 'exact' ? 'exact counts' : 'counts under 5 withheld'})`;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="sans-serif" font-size="13" role="img" aria-label="${escape(title)}">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    `<text x="10" y="24" font-size="16" font-weight="bold">${escape(title)}</text>`,
    `<text x="${LEFT}" y="48" fill="${COLOURS.woman}">■ women</text><text x="${LEFT + 80}" y="48" fill="${COLOURS.man}">■ men</text><text x="${LEFT + 150}" y="48" fill="#757575">■ withheld</text>`,
  ];
  totals.forEach((row, index) => {
    const top = 64 + index * (2 * ROW + 8);
    parts.push(`<text x="${LEFT - 8}" y="${top + ROW}" text-anchor="end">${escape(row.kommun)}</text>`);
    parts.push(bar(top, row.women, COLOURS.woman, scale), bar(top + ROW, row.men, COLOURS.man, scale));
  });
  const total = report.total;
  parts.push(
    `<text x="10" y="${height - 12}">Total: women ${shown(total.women)}, men ${shown(total.men)}, all ${shown(total.total)}</text>`,
    '</svg>',
  );
  return `${parts.join('\n')}\n`;
}

function bar(top: number, value: Published, colour: string, scale: (value: number) => number): string {
  const width = value === null ? 24 : Math.max(1, scale(value));
  return (
    `<rect x="${LEFT}" y="${top + 4}" width="${width.toFixed(1)}" height="${ROW - 8}" fill="${value === null ? COLOURS.withheld : colour}"/>` +
    `<text x="${LEFT + width + 6}" y="${top + ROW - 8}">${shown(value)}</text>`
  );
}

const shown = (value: Published) => (value === null ? 'withheld' : String(value));

function escape(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}
