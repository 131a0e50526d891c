import { Field, Int, ObjectType } from '@nestjs/graphql';
import { JourneyModule } from '../../journey.tokens';
import type { DataCategory } from '@samsyn/domain';
import { DataCategoryEnum } from '@samsyn/subgraph';
import { PlainText } from './plain-text.type';

@ObjectType({ description: 'One line of the shared timeline', registerIn: () => JourneyModule })
export class TimelineEntry {
  @Field(() => Int)
  revision!: number;

  @Field()
  position!: string;

  @Field()
  occurredAt!: string;

  @Field()
  type!: string;

  @Field({ description: 'The organisation that wrote it' })
  author!: string;

  @Field(() => DataCategoryEnum, {
    description: 'What the event tells about the person (access is granted per category)',
  })
  category!: DataCategory;

  @Field(() => PlainText)
  label!: PlainText;
}
