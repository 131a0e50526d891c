import { Field, ObjectType } from '@nestjs/graphql';
import type { DataCategory } from '@samsyn/domain';
import { formatPosition } from '@samsyn/event-store';
import type { ErasureResult } from '@samsyn/journey-commands';
import { DataCategoryEnum } from '@samsyn/subgraph';
import { JourneyModule } from '../../journey.tokens';

@ObjectType({ description: 'One look at (or refusal of) a person’s data', registerIn: () => JourneyModule })
export class AuditEntry {
  @Field({ description: 'When (ISO 8601)' })
  at!: string;

  @Field(() => String, { nullable: true, description: 'Whose journey; null for a report, which counts many people' })
  journeyId!: string | null;

  @Field({ description: 'Who: the user id from their token' })
  subject!: string;

  @Field()
  organisation!: string;

  @Field()
  role!: string;

  @Field({ description: 'What for, as the token says' })
  purpose!: string;

  @Field({ description: 'Which query or field read, e.g. Person.timeline' })
  action!: string;

  @Field({ description: 'read, refused or erased' })
  outcome!: string;

  @Field(() => [DataCategoryEnum], { description: 'Which kinds of data were seen' })
  categories!: DataCategory[];

  @Field(() => String, { nullable: true })
  reason!: string | null;
}

@ObjectType({ registerIn: () => JourneyModule })
export class ErasureReceipt {
  @Field()
  journeyId!: string;

  @Field({ description: 'False when the personal data had already been erased' })
  erased!: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      'Global position of the PersonalDataErased event this call recorded: pass it to read after the read models forgot; null when it was recorded before',
  })
  position!: string | null;

  static of({ journeyId, erased, position }: ErasureResult): ErasureReceipt {
    return Object.assign(new ErasureReceipt(), {
      journeyId,
      erased,
      position: position ? formatPosition(position) : null,
    });
  }
}
