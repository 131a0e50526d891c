import { Field, Int, ObjectType } from '@nestjs/graphql';
import { JourneyModule } from '../journey.tokens';
import { formatPosition } from '@samsyn/event-store';
import { swedishLocalTime } from '@samsyn/domain';
import type { JourneyHistoryEntry } from '@samsyn/journey-commands';
import { GraphQLJSONObject } from 'graphql-scalars';

@ObjectType({ description: 'One event of a journey, as recorded', registerIn: () => JourneyModule })
export class JourneyEventRecord {
  @Field(() => Int)
  revision!: number;

  @Field({ description: 'Global position, "commit/prepare"' })
  position!: string;

  @Field()
  type!: string;

  @Field(() => GraphQLJSONObject, {
    description:
      'The event’s data; personal fields are null once erased, and a meeting’s preMeetingBrief while no consent valid today covers you',
  })
  data!: Record<string, unknown>;

  @Field({ description: 'The organisation that wrote it' })
  author!: string;

  @Field({ description: 'When it happened (ISO 8601)' })
  occurredAt!: string;

  @Field({ description: 'When the store recorded it (ISO 8601)' })
  recordedAt!: string;

  static of({ event, recorded }: JourneyHistoryEntry): JourneyEventRecord {
    return Object.assign(new JourneyEventRecord(), {
      revision: recorded.revision,
      position: formatPosition(recorded.position),
      type: event.type,
      data: event.data,
      author: recorded.metadata.author.organisation,
      occurredAt: swedishLocalTime(recorded.metadata.occurredAt, 'occurredAt'),
      recordedAt: swedishLocalTime(recorded.recordedAt.toISOString(), 'recordedAt'),
    });
  }
}
