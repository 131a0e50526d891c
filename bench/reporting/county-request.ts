import { graphqlRequest } from '@samsyn/testing';

/** The county table of a län, every field, as a partner system asks for it (test/reporting.spec.ts). */
export const COUNTY_TABLE_QUERY = `query County($date: String!, $area: String!) { countyTable(date: $date, area: $area) {
  date area view withheld rows { kommunkod kommun ageBand women men } kommunTotals { kommunkod kommun women men total } total { women men total } } }`;

export interface CountyTableAnswer {
  readonly view: string;
  readonly withheld: number;
  readonly rows: readonly { kommunkod: string; ageBand: string; women: number | null; men: number | null }[];
  readonly kommunTotals: readonly {
    kommunkod: string;
    women: number | null;
    men: number | null;
    total: number | null;
  }[];
  readonly total: { readonly women: number | null; readonly men: number | null; readonly total: number | null };
}

/** One county-table request over HTTP; throws on any error in the answer. */
export async function requestCountyTable(
  url: string,
  token: string,
  date: string,
  area: string,
): Promise<CountyTableAnswer> {
  const answer = await graphqlRequest<{ countyTable: CountyTableAnswer }>(
    url,
    COUNTY_TABLE_QUERY,
    { date, area },
    { authorization: `Bearer ${token}` },
  );
  if (answer.errors?.length) {
    const [first] = answer.errors;
    throw new Error(
      `The county table query failed: ${String(first?.extensions?.['code'] ?? '')} ${first?.message ?? ''}`.trim(),
    );
  }
  const table = answer.data?.countyTable;
  if (!table) throw new Error('The county table query answered no table');
  return table;
}
