import { type DynamicModule, Module, type Type } from '@nestjs/common';
import { Args, Context, Parent, Query, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import type { DataCategory, OrganisationRef } from '@samsyn/domain';
import {
  contactsOf,
  insatserOf,
  involvementProjection,
  participantsOf,
  type ContactRow,
  type InsatsRow,
} from '@samsyn/read-models';
import type { RequestLike } from '../caller';
import { ConsistentWithArg } from '../command-args';
import { AccessService } from '../access/access.service';
import { PersonalData, Served } from '../personal-data-serving/personal-data.decorator';
import { ServedField } from '../personal-data-serving/served-field';
import { personStub } from '../person-stub';
import { ReadModels } from '../read-models.service';
import { subgraphAppModule } from '../subgraph-app.module';
import type { SubgraphContext } from '../subgraph-core.module';
import { ContactAssignment, Insats } from './involvement.types';

/** Care a region gives is health data, whoever ordered it. */
const insatsCategory = (row: InsatsRow): DataCategory => (row.provider.startsWith('REGION:') ? 'health' : 'insats');
const insatsInvolvement = (row: InsatsRow) => ({ author: row.orderedBy, participants: [row.provider, row.orderedBy] });

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
    constructor(
      readonly reads: ReadModels,
      readonly access: AccessService,
    ) {}

    @Query(() => [Person], {
      name: `${prefix}Participants`,
      description: 'The people whose journeys this organisation takes part in',
    })
    @PersonalData()
    async participants(
      @CodeArg() code: string,
      @Served() served: ServedField,
      @Context('req') req: RequestLike,
      @ConsistentWithArg() consistentWith?: string,
    ): Promise<Person[]> {
      const organisation = spec.organisation(code);
      this.access.requireOrganisation(
        served.viewer,
        (own) => own === organisation,
        `the participants of ${organisation}`,
      );
      const tables = await this.reads.tables(involvementProjection, req, consistentWith);
      const rows = await participantsOf(this.reads.sql, tables, organisation);
      const participation = () => ({ participants: [organisation] });
      const visible = await served.rows(rows, 'identity', participation);
      return visible.map((row) => ({ id: row.journeyId }));
    }

    @ResolveReference()
    resolveReference(reference: { id: string }): Person {
      return { id: reference.id };
    }

    @ResolveField(() => [Insats], {
      name: `${prefix}Insatser`,
      description: 'Insatser this organisation provides or ordered for the person',
    })
    @PersonalData()
    async insatser(
      @Parent() person: Person,
      @CodeArg() code: string,
      @Served() served: ServedField,
      @Context('req') req: RequestLike,
    ): Promise<Insats[]> {
      const tables = await this.reads.tables(involvementProjection, req);
      const rows = await insatserOf(this.reads.sql, tables, {
        organisation: spec.organisation(code),
        journeyId: person.id,
      });
      return served.rows(rows, insatsCategory, insatsInvolvement);
    }

    @ResolveField(() => [ContactAssignment], {
      name: `${prefix}Contacts`,
      description: 'Contact-person roles this organisation holds for the person',
    })
    @PersonalData()
    async contacts(
      @Parent() person: Person,
      @CodeArg() code: string,
      @Served() served: ServedField,
      @Context('req') req: RequestLike,
    ): Promise<ContactAssignment[]> {
      const tables = await this.reads.tables(involvementProjection, req);
      const rows = await contactsOf(this.reads.sql, tables, {
        organisation: spec.organisation(code),
        journeyId: person.id,
      });
      const byOrganisation = (row: ContactRow) => ({ author: row.organisation, participants: [row.organisation] });
      return served.rows(rows, 'contact', byOrganisation);
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
