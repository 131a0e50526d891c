import { Controller, Get, Inject, Param, Query, Req, Res } from '@nestjs/common';
import type { TokenVerifier } from '@samsyn/auth';
import { countyTableCsv, countyTableSvg, reportCsv } from '@samsyn/reporting';
import { authenticate, type RequestLike } from '@samsyn/subgraph';
import { GraphQLError } from 'graphql';
import { continuityRates, endingShares, kommunName, lotsningShares } from '../report-presenters';
import { LOTSNING_MEASURES, ReportingService } from '../reporting.service';
import { httpStatusOf } from './http-status';

export const TOKEN_VERIFIER = Symbol('TOKEN_VERIFIER');

interface Response {
  status(code: number): Response;
  type(type: string): Response;
  setHeader(name: string, value: string): void;
  send(body: string): void;
}

type PeriodQuery = { from?: string; to?: string; area?: string };

/**
 * The reports as files: CSV for each (withheld numbers as `..`) and the county table also as SVG, with
 * the same bearer token, the same views and the same audit as the GraphQL queries.
 */
@Controller('reports')
export class ReportsController {
  constructor(
    private readonly reports: ReportingService,
    @Inject(TOKEN_VERIFIER) private readonly verifier: TokenVerifier,
  ) {}

  @Get('county-table.:format')
  countyTable(
    @Param('format') format: string,
    @Query() query: { date?: string; area?: string },
    @Req() req: RequestLike,
    @Res() res: Response,
  ) {
    return this.answer(req, res, format, ['csv', 'svg'], async (viewer) => {
      const report = await this.reports.countyTable(viewer, req, query.date ?? '', query.area ?? '18');
      return format === 'svg' ? countyTableSvg(report) : countyTableCsv(report);
    });
  }

  @Get('lotsning-outcomes.csv')
  lotsningOutcomes(@Query() query: PeriodQuery, @Req() req: RequestLike, @Res() res: Response) {
    return this.answer(req, res, 'csv', ['csv'], async (viewer) => {
      const report = await this.reports.lotsningOutcomes(viewer, req, query.from ?? '', query.to ?? '', query.area);
      const columns = [...LOTSNING_MEASURES, 'shareAccepted', 'shareReachingOmstallningsmote'] as const;
      const line = (kommunkod: string, kommun: string, counts: (typeof report.rows)[number]['counts']) => {
        const shaped = lotsningShares(counts);
        return [kommunkod, kommun, ...columns.map((column) => shaped[column])];
      };
      return reportCsv(
        ['kommunkod', 'kommun', ...columns],
        [
          ...report.rows.map((row) => line(row.kommunkod, kommunName(row.kommunkod), row.counts)),
          line(report.area ?? 'SE', 'Summa', report.total),
        ],
      );
    });
  }

  @Get('benefit-endings.csv')
  benefitEndings(@Query() query: PeriodQuery, @Req() req: RequestLike, @Res() res: Response) {
    return this.answer(req, res, 'csv', ['csv'], async (viewer) => {
      const report = await this.reports.benefitEndings(viewer, req, query.from ?? '', query.to ?? '', query.area);
      const line = (kommunkod: string, kommun: string, counts: (typeof report.rows)[number]['counts']) => {
        const shaped = endingShares(counts);
        return [kommunkod, kommun, shaped.ended, shaped.movedOn, shaped.shareMovedOn];
      };
      return reportCsv(
        ['kommunkod', 'kommun', 'ended', 'movedOn', 'shareMovedOn'],
        [
          ...report.rows.map((row) => line(row.kommunkod, kommunName(row.kommunkod), row.counts)),
          line(report.area ?? 'SE', 'Summa', report.total),
        ],
      );
    });
  }

  @Get('contact-continuity.csv')
  contactContinuity(@Query() query: PeriodQuery, @Req() req: RequestLike, @Res() res: Response) {
    return this.answer(req, res, 'csv', ['csv'], async (viewer) => {
      const report = await this.reports.contactContinuity(viewer, req, query.from ?? '', query.to ?? '', query.area);
      const line = (
        kommunkod: string,
        kommun: string,
        counts: (typeof report.rows)[number]['counts'],
        personYears: number,
      ) => {
        const shaped = continuityRates(counts, personYears);
        return [
          kommunkod,
          kommun,
          shaped.changes,
          shaped.told,
          String(shaped.personYears),
          shaped.changesPerPersonYear,
          shaped.shareTold,
        ];
      };
      return reportCsv(
        ['kommunkod', 'kommun', 'changes', 'told', 'personYears', 'changesPerPersonYear', 'shareTold'],
        [
          ...report.rows.map((row) =>
            line(row.kommunkod, kommunName(row.kommunkod), row.counts, report.personYears.get(row.kommunkod) ?? 0),
          ),
          line(report.area ?? 'SE', 'Summa', report.total, report.allPersonYears),
        ],
      );
    });
  }

  @Get('insats-durations.csv')
  insatsDurations(@Query() query: PeriodQuery, @Req() req: RequestLike, @Res() res: Response) {
    return this.answer(req, res, 'csv', ['csv'], async (viewer) => {
      const report = await this.reports.insatsDurations(viewer, req, query.from ?? '', query.to ?? '', query.area);
      return reportCsv(
        ['insatsType', 'ended', 'medianDays', 'p90Days', 'cutByBenefitEnd'],
        report.rows.map((row) => [row.insatsType, row.ended, row.medianDays, row.p90Days, row.cutByBenefitEnd]),
      );
    });
  }

  private async answer(
    req: RequestLike,
    res: Response,
    format: string,
    formats: readonly string[],
    render: (viewer: Parameters<ReportingService['viewOf']>[0]) => Promise<string>,
  ): Promise<void> {
    try {
      if (!formats.includes(format))
        throw new GraphQLError(`format must be ${formats.join(' or ')}`, { extensions: { code: 'NOT_FOUND' } });
      const authentication = await authenticate(this.verifier, req);
      if ('error' in authentication) {
        throw new GraphQLError(authentication.error.message, {
          extensions: { code: 'UNAUTHENTICATED', reason: authentication.error.code },
        });
      }
      const body = await render(authentication.viewer);
      res.status(200).type(format === 'svg' ? 'image/svg+xml; charset=utf-8' : 'text/csv; charset=utf-8');
      res.setHeader('cache-control', 'no-store');
      res.send(body);
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error;
      res.status(httpStatusOf(error)).type('application/json');
      res.send(JSON.stringify({ error: { message: error.message, ...error.extensions } }));
    }
  }
}
