import { type DynamicModule, Module } from '@nestjs/common';
import { subgraphAppModule, type SubgraphContext } from '@samsyn/subgraph';
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

export const AfAppModule = {
  with: (context: SubgraphContext): DynamicModule => subgraphAppModule(context, AfModule.with(), [AfPerson]),
};
