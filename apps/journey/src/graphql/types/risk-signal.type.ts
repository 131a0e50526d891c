import { Field, ObjectType } from '@nestjs/graphql';
import { JourneyModule } from '../../journey.tokens';
import { Person } from './person.type';

@ObjectType({
  description: 'Something in a journey that needs a look before it goes wrong',
  registerIn: () => JourneyModule,
})
export class RiskSignal {
  @Field(() => Person)
  person!: Person;

  @Field({ description: 'insats_outlasts_benefit, contact_changed_uninformed or no_contact_after_avslag' })
  kind!: string;

  @Field({ description: 'The day the risk arose' })
  since!: string;

  @Field({ description: 'What it is about' })
  subject!: string;
}
