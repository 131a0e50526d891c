import { Inject, Injectable } from '@nestjs/common';
import type { Viewer } from '@samsyn/auth';
import type { AuditTrail } from '@samsyn/audit';
import { AUDIT_TRAIL, ReadModels, unknownRoleError, type RequestLike } from '@samsyn/subgraph';
import { viewerKindOf, type DataCategory } from '@samsyn/domain';
import {
  activeDecisionCells,
  benefitEndings,
  contactContinuity,
  insatsDurations,
  lotsningOutcomes,
  reportingProjection,
  type ReportArea,
  type ReportingTable,
} from '@samsyn/read-models';
import type { SqlClient } from '@samsyn/event-store';
import type { ProjectionTables } from '@samsyn/projections';
import { countyTableReport, perKommunCounts, type CountyTableReport, type ReportView } from '@samsyn/reporting';
import { GraphQLError } from 'graphql';
import { checkArea, checkDate, checkPeriod } from './report-request';

/** Small numbers are withheld in statistics on fewer people than this. */
const SMALL = 5;

export const LOTSNING_MEASURES = [
  'avslag',
  'offered',
  'accepted',
  'declined',
  'unreachable',
  'referred',
  'contactEstablished',
  'omstallningsmote',
] as const;
export type LotsningMeasure = (typeof LOTSNING_MEASURES)[number];

/**
 * Builds each report from the reporting projection, decides the view (exact counts for a statistician,
 * small cells withheld for everyone else) and records the read in the audit trail before answering.
 */
@Injectable()
export class ReportingService {
  constructor(
    private readonly reads: ReadModels,
    @Inject(AUDIT_TRAIL) private readonly audit: AuditTrail,
  ) {}

  viewOf(viewer: Viewer): ReportView {
    const kind = viewerKindOf(viewer).kind;
    if (kind === 'statistician') return 'exact';
    if (kind === 'unknown') throw unknownRoleError(viewer);
    if (kind === 'person' || kind === 'representative') {
      throw new GraphQLError('Reports are for agencies, statisticians and auditors', {
        extensions: { code: 'FORBIDDEN' },
      });
    }
    return 'public';
  }

  async countyTable(
    viewer: Viewer,
    request: RequestLike | undefined,
    date: string,
    area: string,
  ): Promise<CountyTableReport> {
    const view = this.viewOf(viewer);
    const day = checkDate(date, 'date');
    const covered = checkArea(area) ?? '';
    const tables = await this.reads.tables(reportingProjection, request);
    const counts = await activeDecisionCells(this.reads.sql, tables, day, covered);
    await this.audited(viewer, 'Query.countyTable', ['identity', 'benefit'], view, `date ${day}, area ${covered}`);
    return countyTableReport(counts, { date: day, area: covered, view });
  }

  async lotsningOutcomes(
    viewer: Viewer,
    request: RequestLike | undefined,
    from: string,
    to: string,
    area: string | null | undefined,
  ) {
    const { rows, ...report } = await this.periodRows(
      viewer,
      request,
      { from, to, area },
      'Query.lotsningOutcomes',
      ['benefit', 'lotsning', 'meeting'],
      lotsningOutcomes,
    );
    const counts = perKommunCounts(
      rows.map(({ kommun, ...measures }) => ({ kommunkod: kommun, counts: measures })),
      LOTSNING_MEASURES,
      report.view,
    );
    return { ...report, ...counts };
  }

  async benefitEndings(
    viewer: Viewer,
    request: RequestLike | undefined,
    from: string,
    to: string,
    area: string | null | undefined,
  ) {
    const { rows, ...report } = await this.periodRows(
      viewer,
      request,
      { from, to, area },
      'Query.benefitEndings',
      ['benefit', 'plan'],
      benefitEndings,
    );
    const counts = perKommunCounts(
      rows.map(({ kommun, ended, movedOn }) => ({ kommunkod: kommun, counts: { ended, movedOn } })),
      ['ended', 'movedOn'] as const,
      report.view,
    );
    return { ...report, ...counts };
  }

  async contactContinuity(
    viewer: Viewer,
    request: RequestLike | undefined,
    from: string,
    to: string,
    area: string | null | undefined,
  ) {
    const { rows, ...report } = await this.periodRows(
      viewer,
      request,
      { from, to, area },
      'Query.contactContinuity',
      ['contact'],
      contactContinuity,
    );
    const counts = perKommunCounts(
      rows.map(({ kommun, changes, told }) => ({ kommunkod: kommun, counts: { changes, told } })),
      ['changes', 'told'] as const,
      report.view,
    );
    const personYears = new Map(rows.map((row) => [row.kommun, row.personYears]));
    const allPersonYears = rows.reduce((sum, row) => sum + row.personYears, 0);
    return { ...report, ...counts, personYears, allPersonYears };
  }

  async insatsDurations(
    viewer: Viewer,
    request: RequestLike | undefined,
    from: string,
    to: string,
    area: string | null | undefined,
  ) {
    const { rows, ...report } = await this.periodRows(
      viewer,
      request,
      { from, to, area },
      'Query.insatsDurations',
      ['insats'],
      insatsDurations,
    );
    // Types are not added up, so withholding the small numbers themselves gives nothing away through a total.
    const shown = (count: number) => (report.view === 'exact' || count >= SMALL ? count : null);
    return {
      ...report,
      rows: rows.map((row) => ({
        insatsType: row.insatsType,
        ended: shown(row.ended),
        medianDays: shown(row.ended) === null ? null : row.medianDays,
        p90Days: shown(row.ended) === null ? null : row.p90Days,
        cutByBenefitEnd: shown(row.cutByBenefitEnd),
      })),
    };
  }

  /** A period report's rows from the projection, its parameters checked and the read audited first. */
  private async periodRows<Row>(
    viewer: Viewer,
    request: RequestLike | undefined,
    asked: { from: string; to: string; area: string | null | undefined },
    action: string,
    categories: readonly DataCategory[],
    query: (
      sql: SqlClient,
      tables: ProjectionTables<ReportingTable>,
      from: string,
      to: string,
      area: ReportArea,
    ) => Promise<Row[]>,
  ) {
    const view = this.viewOf(viewer);
    const period = checkPeriod(asked.from, asked.to);
    const area = checkArea(asked.area);
    const rows = await query(
      this.reads.sql,
      await this.reads.tables(reportingProjection, request),
      period.from,
      period.to,
      area,
    );
    await this.audited(viewer, action, categories, view, describe(period, area));
    return { ...period, area, view, rows };
  }

  private audited(
    viewer: Viewer,
    action: string,
    categories: readonly DataCategory[],
    view: ReportView,
    what: string,
  ): Promise<void> {
    return this.audit.recordReport(
      viewer,
      action,
      categories,
      `${view === 'exact' ? 'exact counts' : 'public view'}: ${what}`,
    );
  }
}

function describe(period: { from: string; to: string }, area: ReportArea): string {
  return `${period.from}–${period.to}, area ${area ?? 'Sweden'}`;
}
