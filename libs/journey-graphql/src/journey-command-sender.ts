import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { type Command, CommandBus } from '@nestjs/cqrs';
import type { JourneyCommandOfType, OrganisationRef } from '@samsyn/domain';
import { asStoreUnavailable } from '@samsyn/event-store';
import type { JourneyCommandResult } from '@samsyn/journey-commands';
import type { Clock } from '@samsyn/runtime';
import { CLOCK } from './tokens';
import { JOURNEY_COMMAND_MESSAGES, OpenJourneyMessage, type RecordingCommandType } from './commands/journey-command.messages';
import { CommandReceipt } from './command-receipt.type';

/** Turns a mutation into a domain command (author, clock, command id) and puts it on the command bus. */
@Injectable()
export class JourneyCommandSender {
  constructor(
    private readonly bus: CommandBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async open(data: JourneyCommandOfType<'OpenJourney'>['data'], author: OrganisationRef, commandId?: string) {
    const command = { type: 'OpenJourney' as const, data, metadata: this.metadata(author, commandId) };
    return this.execute(new OpenJourneyMessage(command), command.metadata.commandId);
  }

  async send<T extends RecordingCommandType>(
    type: T,
    journeyId: string,
    data: JourneyCommandOfType<RecordingCommandType>['data'],
    author: OrganisationRef,
    commandId?: string,
  ): Promise<CommandReceipt> {
    const metadata = this.metadata(author, commandId);
    const command = { type, data, metadata } as JourneyCommandOfType<T>;
    const Message = JOURNEY_COMMAND_MESSAGES[type];
    return this.execute(new Message(journeyId, command), metadata.commandId);
  }

  /** A database that cannot be reached is reported with the command id: resending it is how the client retries safely. */
  private async execute(message: Command<JourneyCommandResult>, commandId: string): Promise<CommandReceipt> {
    try {
      return CommandReceipt.of(await this.bus.execute(message));
    } catch (error) {
      throw asStoreUnavailable(error)?.forCommand(commandId) ?? error;
    }
  }

  private metadata(author: OrganisationRef, commandId: string | undefined) {
    return { now: this.clock.now(), author, commandId: commandId ?? randomUUID() };
  }
}
