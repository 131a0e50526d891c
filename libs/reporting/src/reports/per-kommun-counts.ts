import { protectTable } from '../disclosure/protect-table';
import { crossTable, entriesOf } from '../disclosure/statistical-table';
import type { Published } from './county-table';
import type { ReportView } from './report-view';

/** Counts of several measures per kommun, with a total row: e.g. avslag, offered, accepted, … */
export interface PerKommunCounts<Measure extends string> {
  readonly rows: readonly { kommunkod: string; counts: Record<Measure, Published> }[];
  readonly total: Record<Measure, Published>;
  readonly withheld: number;
}

/**
 * Publishes per-kommun counts and their totals per measure, the small ones (and those that would give
 * them away through the totals) withheld in the public view. Measures are not added to each other.
 */
export function perKommunCounts<Measure extends string>(
  rows: readonly { kommunkod: string; counts: Record<Measure, number> }[],
  measures: readonly Measure[],
  view: ReportView,
): PerKommunCounts<Measure> {
  const table = crossTable(
    rows.flatMap((row) =>
      measures.map((measure) => ({ coordinates: [row.kommunkod, measure], count: row.counts[measure] })),
    ),
    [[0]],
  );
  const values = view === 'public' ? protectTable(table).values : entriesOf(table);
  const countsOf = (kommun: string) =>
    Object.fromEntries(measures.map((measure) => [measure, values.get(`${kommun}|${measure}`) ?? null])) as Record<
      Measure,
      Published
    >;
  return {
    rows: rows.map((row) => ({ kommunkod: row.kommunkod, counts: countsOf(row.kommunkod) })),
    total:
      rows.length === 0
        ? (Object.fromEntries(measures.map((measure) => [measure, view === 'public' ? null : 0])) as Record<
            Measure,
            Published
          >)
        : countsOf('*'),
    withheld: [...values.values()].filter((value) => value === null).length,
  };
}

/** A share of published counts; null when either is withheld or the whole is 0. */
export function shareOf(part: Published, whole: Published): number | null {
  return part === null || whole === null || whole === 0 ? null : Math.round((part / whole) * 1000) / 1000;
}
