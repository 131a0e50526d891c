import { Inject, type Type } from '@nestjs/common';
import { Args, Context, Field, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import {
  AccessService,
  CLOCK,
  ConsistentWithArg,
  PersonalData,
  ReadModels,
  Served,
  ServedField,
  type RequestLike,
} from '@samsyn/subgraph';
import { involvementProjection, needingCertificate } from '@samsyn/read-models';
import { today, type Clock } from '@samsyn/runtime';

/** The region's list of people who need a läkarutlåtande before their decision ends. */
export function regionCertificateResolvers(Person: Type, registerIn: () => Type): Type[] {
  @ObjectType({ description: 'Someone whose decision ends soon with no läkarutlåtande since it began', registerIn })
  class CertificateNeed {
    @Field(() => Person)
    person!: { id: string };

    @Field()
    decisionEnds!: string;

    @Field(() => String, { nullable: true })
    lastCertificateOn!: string | null;
  }

  @Resolver()
  class RegionCertificatesResolver {
    constructor(
      readonly reads: ReadModels,
      readonly access: AccessService,
      @Inject(CLOCK) readonly clock: Clock,
    ) {}

    @Query(() => [CertificateNeed], {
      description: 'Who needs a läkarutlåtande before their decision ends within `months` (default 6)',
    })
    @PersonalData()
    async regionCertificatesNeeded(
      @Served() served: ServedField,
      @Context('req') req: RequestLike,
      @Args('months', { type: () => Int, defaultValue: 6 }) months: number,
      @ConsistentWithArg() consistentWith?: string,
    ): Promise<CertificateNeed[]> {
      this.access.requireOrganisation(
        served.viewer,
        (organisation) => organisation.startsWith('REGION:'),
        'who needs a läkarutlåtande',
      );
      const tables = await this.reads.tables(involvementProjection, req, consistentWith);
      const rows = await needingCertificate(this.reads.sql, tables, today(this.clock), months);
      // A decision's end is FK's benefit data: the region sees it under the person's consent.
      const visible = await served.rows(rows, 'benefit', () => ({ author: 'FK' }));
      return visible.map((row) => ({ ...row, person: { id: row.journeyId } }));
    }
  }
  return [RegionCertificatesResolver];
}
