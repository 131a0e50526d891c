import { type DynamicModule, Module, type Type } from '@nestjs/common';
import { SubgraphGraphQLModule } from './subgraph-graphql.module';
import { SubgraphCoreModule, type SubgraphContext } from './subgraph-core.module';

/**
 * A subgraph application: the shared core (command bus, store, read models), the subgraph's own resolver
 * module, and a Federation 2 endpoint whose schema holds only that module's types.
 */
export function subgraphAppModule(
  context: SubgraphContext,
  feature: DynamicModule,
  orphanedTypes: Type[] = [],
): DynamicModule {
  @Module({})
  class SubgraphAppModule {}

  return {
    module: SubgraphAppModule,
    imports: [
      SubgraphCoreModule.with(context),
      feature,
      SubgraphGraphQLModule.forSubgraph({
        development: context.development,
        verifier: context.verifier,
        include: [feature.module],
        orphanedTypes,
      }),
    ],
  };
}
