import { KOMMUNER } from '@samsyn/domain';
import { protectTable, type ProtectedTable } from '../disclosure/protect-table';
import { crossTable, entriesOf } from '../disclosure/statistical-table';
import type { ReportGender, ReportView } from './report-view';

export const COUNTY_AGE_BANDS = ['19', '20-24', '25-29'] as const;
export type CountyAgeBand = (typeof COUNTY_AGE_BANDS)[number];

export interface CountyCount {
  readonly kommun: string;
  readonly ageBand: CountyAgeBand;
  readonly gender: ReportGender;
  readonly count: number;
}

/** A count as published: null when withheld. */
export type Published = number | null;

export interface CountyTableReport {
  readonly date: string;
  /** The län (2 digits) or kommun (4 digits) the table covers. */
  readonly area: string;
  readonly view: ReportView;
  readonly rows: readonly {
    kommunkod: string;
    kommun: string;
    ageBand: CountyAgeBand;
    women: Published;
    men: Published;
  }[];
  readonly kommunTotals: readonly {
    kommunkod: string;
    kommun: string;
    women: Published;
    men: Published;
    total: Published;
  }[];
  readonly total: { readonly women: Published; readonly men: Published; readonly total: Published };
  /** How many published numbers were withheld (0 in the exact view). */
  readonly withheld: number;
}

/** Published margins: each kommun per gender and in all, the area per gender and in all (no age-band totals; see docs/adr/0011). */
const COUNTY_MARGINS = [[1], [1, 2], [0, 1], [0, 1, 2]] as const;

/** The kommuner of an area in SCB order: a län's by its two digits, or one kommun. */
export function kommunerIn(area: string): (readonly [code: string, name: string])[] {
  return KOMMUNER.filter(([code]) => code.startsWith(area));
}

/**
 * People with aktivitetsersättning per kommun × age band × gender, laid out like seed 000's table
 * (every kommun of the area, zeros included), with kommun and area totals; withheld as the view says.
 */
export function countyTableReport(
  counts: readonly CountyCount[],
  options: { date: string; area: string; view: ReportView },
): CountyTableReport {
  const kommuner = kommunerIn(options.area);
  const countOf = new Map(counts.map((entry) => [`${entry.kommun}|${entry.ageBand}|${entry.gender}`, entry.count]));
  const cells = kommuner.flatMap(([kommun]) =>
    COUNTY_AGE_BANDS.flatMap((ageBand) =>
      (['woman', 'man'] as const).map((gender) => ({
        coordinates: [kommun, ageBand, gender],
        count: countOf.get(`${kommun}|${ageBand}|${gender}`) ?? 0,
      })),
    ),
  );
  const table = crossTable(cells, COUNTY_MARGINS);
  const published: ProtectedTable['values'] = options.view === 'public' ? protectTable(table).values : entriesOf(table);
  const value = (key: string): Published => published.get(key) ?? null;
  return {
    ...options,
    rows: kommuner.flatMap(([kommunkod, kommun]) =>
      COUNTY_AGE_BANDS.map((ageBand) => ({
        kommunkod,
        kommun,
        ageBand,
        women: value(`${kommunkod}|${ageBand}|woman`),
        men: value(`${kommunkod}|${ageBand}|man`),
      })),
    ),
    kommunTotals: kommuner.map(([kommunkod, kommun]) => ({
      kommunkod,
      kommun,
      women: value(`${kommunkod}|*|woman`),
      men: value(`${kommunkod}|*|man`),
      total: value(`${kommunkod}|*|*`),
    })),
    total: { women: value('*|*|woman'), men: value('*|*|man'), total: value('*|*|*') },
    withheld: [...published.values()].filter((entry) => entry === null).length,
  };
}
