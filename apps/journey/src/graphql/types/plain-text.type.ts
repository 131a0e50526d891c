import { Field, ObjectType } from '@nestjs/graphql';
import { JourneyModule } from '../../journey.tokens';

@ObjectType({ description: 'The same words in Swedish and English', registerIn: () => JourneyModule })
export class PlainText {
  @Field()
  sv!: string;

  @Field()
  en!: string;
}
