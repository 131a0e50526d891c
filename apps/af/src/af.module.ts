import { type DynamicModule, Module } from '@nestjs/common';
import { SubgraphCoreModule, type SubgraphContext } from '@samsyn/journey-graphql';
import { SubgraphGraphQLModule } from '@samsyn/subgraph';
import { AF_COMMAND_MUTATIONS } from './graphql/af-command.mutations';
import { AfPerson } from './graphql/af-person';
import { AfResolver } from './graphql/af.resolver';

/** Arbetsförmedlingen's resolvers: referrals, meetings with their brief, job seekers, and its commands. */
@Module({})
export class AfModule {
  static with(): DynamicModule {
    return { module: AfModule, providers: [AfResolver, ...AF_COMMAND_MUTATIONS] };
  }
}

@Module({})
export class AfAppModule {
  static with(context: SubgraphContext): DynamicModule {
    return {
      module: AfAppModule,
      imports: [
        SubgraphCoreModule.with(context),
        AfModule.with(),
        SubgraphGraphQLModule.forSubgraph({ development: context.development, include: [AfModule], orphanedTypes: [AfPerson] }),
      ],
    };
  }
}
