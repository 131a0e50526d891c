import { Field, ObjectType } from '@nestjs/graphql';
import type { RiskKind } from '@samsyn/read-models';
import { JourneyModule } from '../../journey.tokens';
import { Person } from './person.type';
import { RiskKindEnum } from './risk-kind.enum';

@ObjectType({
  description: 'Something in a journey that needs a look before it goes wrong',
  registerIn: () => JourneyModule,
})
export class RiskSignal {
  @Field(() => Person)
  person!: Person;

  @Field(() => RiskKindEnum)
  kind!: RiskKind;

  @Field({ description: 'The day the risk arose' })
  since!: string;

  @Field({ description: 'What it is about' })
  subject!: string;
}
