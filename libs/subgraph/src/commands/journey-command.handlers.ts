import { Inject, type Type } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { JourneyCommandService, type JourneyCommandResult } from '@samsyn/journey-commands';
import {
  JOURNEY_COMMAND_MESSAGES,
  OpenJourneyMessage,
  RECORDING_COMMAND_TYPES,
  type JourneyCommandMessage,
  type RecordingCommandType,
} from './journey-command.messages';

/** Claims the person's index entry and data key, then records JourneyOpened. */
@CommandHandler(OpenJourneyMessage)
export class OpenJourneyHandler implements ICommandHandler<OpenJourneyMessage, JourneyCommandResult> {
  constructor(@Inject(JourneyCommandService) private readonly journeys: JourneyCommandService) {}

  execute(message: OpenJourneyMessage): Promise<JourneyCommandResult> {
    return this.journeys.open(message.command, message.writer);
  }
}

/**
 * The handler for one command type: loads the journey's stream, decides, appends at the revision it read,
 * re-reads and re-decides after losing a race (JourneyCommandService → handleCommand).
 */
function handlerFor<T extends RecordingCommandType>(type: T): Type<ICommandHandler> {
  @CommandHandler(JOURNEY_COMMAND_MESSAGES[type])
  class Handler implements ICommandHandler<JourneyCommandMessage<T>, JourneyCommandResult> {
    constructor(@Inject(JourneyCommandService) private readonly journeys: JourneyCommandService) {}

    execute(message: JourneyCommandMessage<T>): Promise<JourneyCommandResult> {
      return this.journeys.execute(message.journeyId, message.command, message.writer);
    }
  }
  Object.defineProperty(Handler, 'name', { value: `${type}Handler` });
  return Handler;
}

export const JOURNEY_COMMAND_HANDLERS: Type<ICommandHandler>[] = [
  OpenJourneyHandler,
  ...RECORDING_COMMAND_TYPES.map((type) => handlerFor(type)),
];
