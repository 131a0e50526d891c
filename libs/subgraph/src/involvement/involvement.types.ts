import { Directive, Field, Int, ObjectType } from '@nestjs/graphql';
import type { ContactRole, InsatsType } from '@samsyn/domain';
import { ContactRoleEnum, InsatsTypeEnum } from '../enums';

@Directive('@shareable')
@ObjectType({ description: 'An insats an organisation provides or ordered' })
export class Insats {
  @Field()
  insatsId!: string;

  @Field(() => InsatsTypeEnum)
  insatsType!: InsatsType;

  @Field()
  provider!: string;

  @Field({ description: 'The organisation that ordered it (beställare)' })
  orderedBy!: string;

  @Field()
  kommun!: string;

  @Field(() => Int)
  extentPercent!: number;

  @Field()
  startDate!: string;

  @Field(() => String, { nullable: true })
  plannedEnd!: string | null;

  @Field(() => String, { nullable: true })
  endDate!: string | null;

  @Field({ description: 'running, paused or ended' })
  status!: string;
}

@Directive('@shareable')
@ObjectType({
  description: 'A contact-person role an organisation holds for the person (the name is in the person’s own view)',
})
export class ContactAssignment {
  @Field()
  organisation!: string;

  @Field(() => ContactRoleEnum)
  role!: ContactRole;

  @Field({ description: 'Since when the current contact person holds the role' })
  since!: string;

  @Field(() => Int, { description: 'How often the contact person changed' })
  changes!: number;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether the person was told of the latest change; null if none',
  })
  lastChangeTold!: boolean | null;
}
