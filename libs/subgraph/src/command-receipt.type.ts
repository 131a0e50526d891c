import { Directive, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { formatPosition } from '@samsyn/event-store';
import type { JourneyCommandResult } from '@samsyn/journey-commands';

@Directive('@shareable')
@ObjectType({ description: 'What a command wrote: pass `position` to a query to read at least this fresh' })
export class CommandReceipt {
  @Field(() => ID)
  journeyId!: string;

  @Field(() => Int, { description: 'The journey stream’s revision after the command' })
  revision!: number;

  @Field(() => String, {
    nullable: true,
    description: 'Global position ("commit/prepare") of the last event written; null when the command wrote nothing',
  })
  position!: string | null;

  @Field({ description: 'True when this commandId had been handled before: nothing was written twice' })
  alreadyHandled!: boolean;

  @Field(() => [String], { description: 'The types of the events the command led to' })
  events!: string[];

  static of(outcome: JourneyCommandResult): CommandReceipt {
    const { result } = outcome;
    return Object.assign(new CommandReceipt(), {
      journeyId: outcome.journeyId,
      revision: outcome.revision,
      position: result.position ? formatPosition(result.position) : null,
      alreadyHandled: result.alreadyHandled,
      events: result.events.map((event) => event.type),
    });
  }
}
