import { type DynamicModule, Module } from '@nestjs/common';
import { SubgraphCoreModule, type SubgraphContext } from '@samsyn/journey-graphql';
import { SubgraphGraphQLModule } from '@samsyn/subgraph';
import { FK_COMMAND_MUTATIONS } from './graphql/fk-command.mutations';
import { FkPerson } from './graphql/fk-person';
import { FkResolver } from './graphql/fk.resolver';

/** Försäkringskassan's resolvers: its working lists, its fields on Person, its commands. */
@Module({})
export class FkModule {
  static with(): DynamicModule {
    return { module: FkModule, providers: [FkResolver, ...FK_COMMAND_MUTATIONS] };
  }
}

@Module({})
export class FkAppModule {
  static with(context: SubgraphContext): DynamicModule {
    return {
      module: FkAppModule,
      imports: [
        SubgraphCoreModule.with(context),
        FkModule.with(),
        SubgraphGraphQLModule.forSubgraph({ development: context.development, include: [FkModule], orphanedTypes: [FkPerson] }),
      ],
    };
  }
}
