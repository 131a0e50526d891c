import { type DynamicModule, Module, type Type } from '@nestjs/common';
import { Args, Context, Parent, Query, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import type { OrganisationRef } from '@samsyn/domain';
import { contactsOf, insatserOf, involvementProjection, participantsOf } from '@samsyn/read-models';
import { Caller, ConsistentWithArg, type RequestLike } from '@samsyn/subgraph';
import { personStub } from '../person-stub';
import { ReadModels } from '../read-models.service';
import { subgraphAppModule } from '../subgraph-app.module';
import type { SubgraphContext } from '../subgraph-core.module';
import { ContactAssignment, Insats } from './involvement.types';

export interface InvolvementSubgraphSpec {
  /** Field prefix and subgraph name: `kommun` gives `kommunParticipants`, `Person.kommunInsatser`, … */
  prefix: string;
  /** The argument naming which organisation of the kind: `kommunkod`, `regionkod`, `forbundId`. */
  codeArgument: string;
  codeDescription: string;
  organisation(code: string): OrganisationRef;
  /** Resolvers the subgraph has besides the shared ones. */
  extraResolvers?: (person: Type, registerIn: () => Type) => Type[];
}

/**
 * A subgraph for an organisation kind that follows the people it works with (kommun, region,
 * samordningsförbund): its participants, and on Person its insatser and contact-person roles.
 */
export function involvementSubgraph(spec: InvolvementSubgraphSpec) {
  @Module({})
  class InvolvementModule {}
  const registerIn = () => InvolvementModule;

  const Person = personStub(registerIn);
  type Person = InstanceType<typeof Person>;
  const { prefix, codeArgument } = spec;
  const CodeArg = () => Args(codeArgument, { description: spec.codeDescription });

  @Resolver(() => Person)
  class InvolvementResolver {
    constructor(readonly reads: ReadModels) {}

    @Query(() => [Person], { name: `${prefix}Participants`, description: 'The people whose journeys this organisation takes part in' })
    async participants(
      @CodeArg() code: string,
      @Caller() _caller: OrganisationRef,
      @Context('req') req: RequestLike,
      @ConsistentWithArg() consistentWith?: string,
    ): Promise<Person[]> {
      const tables = await this.reads.tables(involvementProjection, req, consistentWith);
      return (await participantsOf(this.reads.sql, tables, spec.organisation(code))).map((row) => ({ id: row.journeyId }));
    }

    @ResolveReference()
    resolveReference(reference: { id: string }): Person {
      return { id: reference.id };
    }

    @ResolveField(() => [Insats], { name: `${prefix}Insatser`, description: 'Insatser this organisation provides or ordered for the person' })
    async insatser(@Parent() person: Person, @CodeArg() code: string, @Context('req') req: RequestLike): Promise<Insats[]> {
      const tables = await this.reads.tables(involvementProjection, req);
      return insatserOf(this.reads.sql, tables, { organisation: spec.organisation(code), journeyId: person.id });
    }

    @ResolveField(() => [ContactAssignment], { name: `${prefix}Contacts`, description: 'Contact-person roles this organisation holds for the person' })
    async contacts(@Parent() person: Person, @CodeArg() code: string, @Context('req') req: RequestLike): Promise<ContactAssignment[]> {
      const tables = await this.reads.tables(involvementProjection, req);
      return contactsOf(this.reads.sql, tables, { organisation: spec.organisation(code), journeyId: person.id });
    }
  }

  const feature: DynamicModule = {
    module: InvolvementModule,
    providers: [InvolvementResolver, ...(spec.extraResolvers?.(Person, registerIn) ?? [])],
  };

  return {
    Person,
    appModule: (context: SubgraphContext): DynamicModule => subgraphAppModule(context, feature, [Person]),
  };
}
