import { Directive, Field, ID, ObjectType } from '@nestjs/graphql';
import { JourneyModule } from '../../journey.tokens';

@ObjectType({
  description:
    'A young person’s journey; `id` is the journey id, never anything personal. Each agency subgraph adds its fields',
  registerIn: () => JourneyModule,
})
@Directive('@key(fields: "id")')
export class Person {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'SCB kommunkod of the home municipality' })
  homeKommun!: string;

  @Field({ description: 'When the journey was opened in Samsyn (YYYY-MM-DD)' })
  openedOn!: string;

  @Field({ description: 'When its latest event happened (ISO 8601)' })
  lastEventAt!: string;
}
