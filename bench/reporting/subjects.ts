import type { SqlClient } from '@samsyn/event-store';
import type { ProjectionReader, ProjectionTables } from '@samsyn/projections';
import { activeDecisionCells, reportingProjection, type ReportingTable } from '@samsyn/read-models';
import { countyTableReport, type ReportView } from '@samsyn/reporting';
import { rawCountyCells } from './baseline';
import { requestCountyTable } from './county-request';
import { activeIn, type KommunShare } from './population';
import type { ReportAuth } from './report-auth';

/**
 * Where a county-table request is answered, and in which view: through the gateway over HTTP, straight to
 * the reporting subgraph over HTTP, the service's part in process (table lookup, SQL, report and view,
 * without token, audit insert and GraphQL), the service's SQL alone (activeDecisionCells), and the
 * baseline: one plain GROUP BY.
 */
export const SUBJECT_KEYS = [
  'gateway.exact',
  'gateway.public',
  'subgraph.exact',
  'subgraph.public',
  'service.exact',
  'service.public',
  'cells-sql',
  'raw-sql',
] as const;
export type SubjectKey = (typeof SUBJECT_KEYS)[number];

export const SUBJECT_LABELS: Readonly<Record<SubjectKey, string>> = {
  'gateway.exact': 'countyTable through the gateway, statistician (exact)',
  'gateway.public': 'countyTable through the gateway, public view (suppression by LP)',
  'subgraph.exact': 'countyTable straight to the reporting subgraph, exact',
  'subgraph.public': 'countyTable straight to the reporting subgraph, public view',
  'service.exact': 'in process: served tables + activeDecisionCells + countyTableReport, exact',
  'service.public': 'in process: served tables + activeDecisionCells + countyTableReport, public view',
  'cells-sql': 'in process: activeDecisionCells alone (the service’s SQL)',
  'raw-sql': 'plain SELECT kommun, age band, gender, count(*) … GROUP BY',
};

export interface SubjectsSetup {
  readonly gatewayUrl: string;
  readonly subgraphUrl: string;
  readonly sql: SqlClient;
  readonly reader: ProjectionReader;
  readonly tables: ProjectionTables<ReportingTable>;
  readonly auth: ReportAuth;
  readonly date: string;
  readonly shares: readonly KommunShare[];
}

/** What a public answer withheld, kept from the last request of each subject. */
export interface Answers {
  withheld?: number;
  published?: number;
}

interface Table {
  readonly view: string;
  readonly withheld: number;
  readonly rows: readonly unknown[];
  readonly kommunTotals: readonly { kommunkod: string; total: number | null }[];
  readonly total: { readonly total: number | null };
}

/**
 * One request of `key` for `area`; resolves once the answer is checked: the view asked for, the exact
 * total and every kommun's total equal to the people inserted, a public total (when published) too.
 */
export function subjectCall(
  key: SubjectKey,
  area: string,
  setup: SubjectsSetup,
  answers: Answers,
): () => Promise<void> {
  const expected = activeIn(setup.shares, area);
  const perKommun = new Map(
    setup.shares.filter((share) => share.kommun.startsWith(area)).map((share) => [share.kommun, share.active]),
  );
  const view: ReportView = key.endsWith('.public') ? 'public' : 'exact';
  const check = (table: Table): void => {
    if (table.view !== view) throw new Error(`${key}: asked for the ${view} view, got ${table.view}`);
    if (view === 'exact') {
      if (table.total.total !== expected)
        throw new Error(`${key}: exact total ${table.total.total} for ${area}, ${expected} people inserted`);
      for (const row of table.kommunTotals) {
        if (row.total !== perKommun.get(row.kommunkod))
          throw new Error(`${key}: ${row.kommunkod} counted ${row.total}, ${perKommun.get(row.kommunkod)} inserted`);
      }
    } else {
      if (table.total.total !== null && table.total.total !== expected)
        throw new Error(`${key}: public total ${table.total.total}, ${expected} inserted`);
      answers.withheld = table.withheld;
      answers.published = table.rows.length * 2 + table.kommunTotals.length * 3 + 3;
    }
  };
  const counted = (total: number, what: string): void => {
    if (total !== expected) throw new Error(`${what}: ${total} for ${area}, ${expected} people inserted`);
  };
  const token = setup.auth.readerToken(view === 'exact' ? 'statistician' : 'public');
  switch (key) {
    case 'gateway.exact':
    case 'gateway.public':
      return async () => check(await requestCountyTable(setup.gatewayUrl, await token, setup.date, area));
    case 'subgraph.exact':
    case 'subgraph.public':
      return async () => check(await requestCountyTable(setup.subgraphUrl, await token, setup.date, area));
    case 'service.exact':
    case 'service.public':
      return async () => {
        // ReportingService.countyTable less the token check, the audit insert and GraphQL.
        const tables = await setup.reader.tables(reportingProjection);
        const counts = await activeDecisionCells(setup.sql, tables, setup.date, area);
        check(countyTableReport(counts, { date: setup.date, area, view }));
      };
    case 'cells-sql':
      return async () =>
        counted(
          (await activeDecisionCells(setup.sql, setup.tables, setup.date, area)).reduce(
            (sum, cell) => sum + cell.count,
            0,
          ),
          key,
        );
    case 'raw-sql':
      return async () =>
        counted(
          (await rawCountyCells(setup.sql, setup.tables, setup.date, area)).reduce((sum, cell) => sum + cell.count, 0),
          key,
        );
  }
}

/** The baseline's cells equal the service's, cell for cell (both exact); resolves to the number of non-empty cells. */
export async function checkSameCells(setup: SubjectsSetup, area: string): Promise<number> {
  const key = (cell: { kommun: string; ageBand: string; gender: string | null; count: number }) =>
    `${cell.kommun}|${cell.ageBand}|${cell.gender}|${cell.count}`;
  const served = (await activeDecisionCells(setup.sql, setup.tables, setup.date, area)).map(key).sort();
  const raw = (await rawCountyCells(setup.sql, setup.tables, setup.date, area)).map(key).sort();
  if (served.length !== raw.length || served.some((entry, index) => entry !== raw[index])) {
    throw new Error(
      `For ${area} the plain GROUP BY and activeDecisionCells differ: ${served.length} against ${raw.length} cells`,
    );
  }
  return served.length;
}
