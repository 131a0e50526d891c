/**
 * People with aktivitetsersättning in Örebro county, October 2019, per kommun × age band × gender:
 * the last appendix (bilaga 6) of seed 000, lines 2462–2560, transcribed row by row with SCB's kommunkoder.
 */
export const AGE_BANDS = ['19', '20-24', '25-29'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export const GENDERS = ['woman', 'man'] as const;
export type Gender = (typeof GENDERS)[number];

export interface CountyTableRow {
  readonly kommunkod: string;
  readonly kommun: string;
  readonly ageBand: AgeBand;
  readonly women: number;
  readonly men: number;
}

/** One cell of the table: how many people of one kommun, age band and gender. */
export interface CountyTableCell {
  readonly kommunkod: string;
  readonly kommun: string;
  readonly ageBand: AgeBand;
  readonly gender: Gender;
  readonly count: number;
}

/** A kommun's "Summa" line as printed in the seed, kept apart from the rows so a test can hold them against each other. */
export interface KommunSubtotal {
  readonly kommunkod: string;
  readonly kommun: string;
  readonly women: number;
  readonly men: number;
  readonly total: number;
}

type Row = readonly [kommunkod: string, kommun: string, ageBand: AgeBand, women: number, men: number];
type Subtotal = readonly [kommunkod: string, kommun: string, women: number, men: number, total: number];

const ROWS: readonly Row[] = [
  ['1814', 'Lekeberg', '19', 1, 0],
  ['1814', 'Lekeberg', '20-24', 4, 6],
  ['1814', 'Lekeberg', '25-29', 7, 5],
  ['1860', 'Laxå', '19', 0, 1],
  ['1860', 'Laxå', '20-24', 3, 3],
  ['1860', 'Laxå', '25-29', 2, 7],
  ['1861', 'Hallsberg', '19', 2, 4],
  ['1861', 'Hallsberg', '20-24', 16, 14],
  ['1861', 'Hallsberg', '25-29', 12, 14],
  ['1862', 'Degerfors', '19', 0, 1],
  ['1862', 'Degerfors', '20-24', 6, 7],
  ['1862', 'Degerfors', '25-29', 9, 14],
  ['1863', 'Hällefors', '19', 1, 0],
  ['1863', 'Hällefors', '20-24', 4, 3],
  ['1863', 'Hällefors', '25-29', 3, 2],
  ['1864', 'Ljusnarsberg', '19', 0, 1],
  ['1864', 'Ljusnarsberg', '20-24', 4, 5],
  ['1864', 'Ljusnarsberg', '25-29', 4, 2],
  ['1880', 'Örebro', '19', 16, 17],
  ['1880', 'Örebro', '20-24', 106, 97],
  ['1880', 'Örebro', '25-29', 95, 116],
  ['1881', 'Kumla', '19', 2, 5],
  ['1881', 'Kumla', '20-24', 17, 19],
  ['1881', 'Kumla', '25-29', 20, 25],
  ['1882', 'Askersund', '19', 0, 1],
  ['1882', 'Askersund', '20-24', 4, 4],
  ['1882', 'Askersund', '25-29', 6, 7],
  ['1883', 'Karlskoga', '19', 5, 5],
  ['1883', 'Karlskoga', '20-24', 26, 23],
  ['1883', 'Karlskoga', '25-29', 20, 31],
  ['1884', 'Nora', '19', 1, 3],
  ['1884', 'Nora', '20-24', 3, 12],
  ['1884', 'Nora', '25-29', 12, 9],
  ['1885', 'Lindesberg', '19', 1, 3],
  ['1885', 'Lindesberg', '20-24', 10, 18],
  ['1885', 'Lindesberg', '25-29', 15, 22],
];

const SUBTOTALS: readonly Subtotal[] = [
  ['1814', 'Lekeberg', 12, 11, 23],
  ['1860', 'Laxå', 5, 11, 16],
  ['1861', 'Hallsberg', 30, 32, 62],
  ['1862', 'Degerfors', 15, 22, 37],
  ['1863', 'Hällefors', 8, 5, 13],
  ['1864', 'Ljusnarsberg', 8, 8, 16],
  ['1880', 'Örebro', 217, 230, 447],
  ['1881', 'Kumla', 39, 49, 88],
  ['1882', 'Askersund', 10, 12, 22],
  ['1883', 'Karlskoga', 51, 59, 110],
  ['1884', 'Nora', 16, 24, 40],
  ['1885', 'Lindesberg', 26, 43, 69],
];

/** "Totalt Örebro län" (seed 000, line 2560). */
export const OREBRO_COUNTY_TOTAL = { women: 437, men: 506, total: 943 } as const;

export const OREBRO_COUNTY_TABLE: readonly CountyTableRow[] = ROWS.map(([kommunkod, kommun, ageBand, women, men]) => ({
  kommunkod,
  kommun,
  ageBand,
  women,
  men,
}));

export const OREBRO_KOMMUN_SUBTOTALS: readonly KommunSubtotal[] = SUBTOTALS.map(
  ([kommunkod, kommun, women, men, total]) => ({
    kommunkod,
    kommun,
    women,
    men,
    total,
  }),
);

/** The table as cells in the seed's order: per row, women before men. */
export function countyTableCells(): CountyTableCell[] {
  return OREBRO_COUNTY_TABLE.flatMap(({ kommunkod, kommun, ageBand, women, men }) => [
    { kommunkod, kommun, ageBand, gender: 'woman' as const, count: women },
    { kommunkod, kommun, ageBand, gender: 'man' as const, count: men },
  ]);
}
