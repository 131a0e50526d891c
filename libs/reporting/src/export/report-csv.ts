import { stringify } from 'csv-stringify/sync';
import type { CountyTableReport, Published } from '../reports/county-table';

/** How a withheld number is written in a CSV: SCB's sign for "too uncertain or confidential to publish". */
export const WITHHELD = '..';

const cell = (value: Published | string) => (value === null ? WITHHELD : String(value));

/** Rows of a report as CSV with a header line; withheld numbers as `..`. */
export function reportCsv(columns: readonly string[], rows: readonly (readonly (Published | string)[])[]): string {
  return stringify(
    rows.map((row) => row.map(cell)),
    { header: true, columns: [...columns] },
  );
}

/** The county table as seed 000 prints it: one line per kommun and age band, then each kommun's "Summa", then the area's. */
export function countyTableCsv(report: CountyTableReport): string {
  const rows: (Published | string)[][] = [];
  for (const total of report.kommunTotals) {
    for (const row of report.rows.filter((candidate) => candidate.kommunkod === total.kommunkod)) {
      const sum = row.women === null || row.men === null ? null : row.women + row.men;
      rows.push([row.kommunkod, row.kommun, row.ageBand, row.women, row.men, report.view === 'exact' ? sum : null]);
    }
    rows.push([total.kommunkod, total.kommun, 'Summa', total.women, total.men, total.total]);
  }
  rows.push([report.area, 'Summa', 'Summa', report.total.women, report.total.men, report.total.total]);
  return reportCsv(['kommunkod', 'kommun', 'age_band', 'women', 'men', 'total'], rows);
}
