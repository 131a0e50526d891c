import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import type { Viewer } from '@samsyn/auth';
import { CurrentViewer, NotPersonal, type RequestLike } from '@samsyn/subgraph';
import { continuityRates, endingShares, lotsningShares, perKommun } from '../report-presenters';
import { ReportingService } from '../reporting.service';
import { CountyTable } from './county-table.types';
import { BenefitEndings, ContactContinuity, InsatsDurations, LotsningOutcomes } from './period-report.types';

const PERIOD = { from: { description: 'First day (YYYY-MM-DD)' }, to: { description: 'Last day, included' } } as const;
const AREA = {
  nullable: true,
  description: 'A län (2 digits) or kommunkod (4 digits); all of Sweden when left out',
} as const;

const AGGREGATES = 'aggregates with small cells suppressed (ADR 0011), audited by the reporting service';

/** Aggregates only: no query of this subgraph returns a journey or a person. */
@Resolver()
export class ReportingResolver {
  constructor(private readonly reports: ReportingService) {}

  @Query(() => CountyTable, {
    description: 'The county table: people with aktivitetsersättning per kommun × age band × gender on a date',
  })
  @NotPersonal(AGGREGATES)
  async countyTable(
    @CurrentViewer() viewer: Viewer,
    @Context('req') req: RequestLike,
    @Args('date', { description: 'The day counted (YYYY-MM-DD)' }) date: string,
    @Args('area', { defaultValue: '18', description: 'A län (2 digits, default 18: Örebro) or one kommun (4 digits)' })
    area: string,
  ): Promise<CountyTable> {
    const report = await this.reports.countyTable(viewer, req, date, area);
    return { ...report, rows: [...report.rows], kommunTotals: [...report.kommunTotals] };
  }

  @Query(() => LotsningOutcomes, {
    description:
      'Avslag in a period and how lotsning went: offered, accepted, declined, unreachable, referred, contact established, omställningsmöte',
  })
  @NotPersonal(AGGREGATES)
  async lotsningOutcomes(
    @CurrentViewer() viewer: Viewer,
    @Context('req') req: RequestLike,
    @Args('from', PERIOD.from) from: string,
    @Args('to', PERIOD.to) to: string,
    @Args('area', AREA) area?: string,
  ): Promise<LotsningOutcomes> {
    const report = await this.reports.lotsningOutcomes(viewer, req, from, to, area);
    return { ...report, rows: perKommun(report.rows, lotsningShares), total: lotsningShares(report.total) };
  }

  @Query(() => BenefitEndings, {
    description: 'Benefits that ended in a period and the share who moved on to work or studies',
  })
  @NotPersonal(AGGREGATES)
  async benefitEndings(
    @CurrentViewer() viewer: Viewer,
    @Context('req') req: RequestLike,
    @Args('from', PERIOD.from) from: string,
    @Args('to', PERIOD.to) to: string,
    @Args('area', AREA) area?: string,
  ): Promise<BenefitEndings> {
    const report = await this.reports.benefitEndings(viewer, req, from, to, area);
    return { ...report, rows: perKommun(report.rows, endingShares), total: endingShares(report.total) };
  }

  @Query(() => ContactContinuity, {
    description: 'Contact-person changes per person-year and the share the person was told of',
  })
  @NotPersonal(AGGREGATES)
  async contactContinuity(
    @CurrentViewer() viewer: Viewer,
    @Context('req') req: RequestLike,
    @Args('from', PERIOD.from) from: string,
    @Args('to', PERIOD.to) to: string,
    @Args('area', AREA) area?: string,
  ): Promise<ContactContinuity> {
    const report = await this.reports.contactContinuity(viewer, req, from, to, area);
    return {
      ...report,
      rows: perKommun(report.rows, (counts, kommunkod) =>
        continuityRates(counts, report.personYears.get(kommunkod) ?? 0),
      ),
      total: continuityRates(report.total, report.allPersonYears),
    };
  }

  @Query(() => InsatsDurations, {
    description: 'Time in insatser that ended in a period, by type, and how many a benefit’s end cut off',
  })
  @NotPersonal(AGGREGATES)
  insatsDurations(
    @CurrentViewer() viewer: Viewer,
    @Context('req') req: RequestLike,
    @Args('from', PERIOD.from) from: string,
    @Args('to', PERIOD.to) to: string,
    @Args('area', AREA) area?: string,
  ): Promise<InsatsDurations> {
    return this.reports.insatsDurations(viewer, req, from, to, area);
  }
}
