import { type DynamicModule, Module } from '@nestjs/common';
import { subgraphAppModule, type SubgraphContext } from '@samsyn/subgraph';
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

export const FkAppModule = {
  with: (context: SubgraphContext): DynamicModule => subgraphAppModule(context, FkModule.with(), [FkPerson]),
};
