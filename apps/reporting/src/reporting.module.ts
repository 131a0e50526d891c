import { subgraphAppModule, type SubgraphApp } from '@samsyn/subgraph';
import { ReportingResolver } from './graphql/reporting.resolver';
import { ReportsController, TOKEN_VERIFIER } from './http/reports.controller';
import { ReportingModule } from './reporting.tokens';
import { ReportingService } from './reporting.service';

/** Reports for statisticians, auditors and agencies: aggregates only, over GraphQL and as CSV/SVG files. */
export const reportingSubgraph: SubgraphApp = {
  name: 'reporting',
  defaultPort: 4007,
  module: (context) =>
    subgraphAppModule(context, {
      module: ReportingModule,
      providers: [ReportingService, ReportingResolver, { provide: TOKEN_VERIFIER, useValue: context.verifier }],
      controllers: [ReportsController],
    }),
};
