import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { JourneyModule } from '../../journey.tokens';

@ObjectType({ description: 'How far a read model is behind the journey events', registerIn: () => JourneyModule })
export class ReadModelStatus {
  @Field()
  name!: string;

  @Field(() => Int)
  version!: number;

  @Field({ description: 'The position of the last event applied ("commit/prepare")' })
  checkpoint!: string;

  @Field(() => Int)
  eventsBehind!: number;

  @Field(() => Float, { description: 'Age of the oldest event not yet applied; 0 when caught up' })
  secondsBehind!: number;
}
