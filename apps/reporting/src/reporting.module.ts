import { type DynamicModule, Module } from '@nestjs/common';
import { subgraphAppModule, type SubgraphContext } from '@samsyn/subgraph';
import { ReportingResolver } from './graphql/reporting.resolver';
import { ReportsController, TOKEN_VERIFIER } from './http/reports.controller';
import { ReportingService } from './reporting.service';

/** Reports for statisticians, auditors and agencies: aggregates only, over GraphQL and as CSV/SVG files. */
@Module({})
export class ReportingModule {
  static with(context: SubgraphContext): DynamicModule {
    return {
      module: ReportingModule,
      providers: [ReportingService, ReportingResolver, { provide: TOKEN_VERIFIER, useValue: context.verifier }],
      controllers: [ReportsController],
    };
  }
}

export const ReportingAppModule = {
  with: (context: SubgraphContext): DynamicModule => subgraphAppModule(context, ReportingModule.with(context)),
};
