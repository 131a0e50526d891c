import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { JourneyCommandOfType, OrganisationRef } from '@samsyn/domain';
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
    return CommandReceipt.of(await this.bus.execute(new OpenJourneyMessage(command)));
  }

  async send<T extends RecordingCommandType>(
    type: T,
    journeyId: string,
    data: JourneyCommandOfType<RecordingCommandType>['data'],
    author: OrganisationRef,
    commandId?: string,
  ): Promise<CommandReceipt> {
    const command = { type, data, metadata: this.metadata(author, commandId) } as JourneyCommandOfType<T>;
    const Message = JOURNEY_COMMAND_MESSAGES[type];
    return CommandReceipt.of(await this.bus.execute(new Message(journeyId, command)));
  }

  private metadata(author: OrganisationRef, commandId: string | undefined) {
    return { now: this.clock.now(), author, commandId: commandId ?? randomUUID() };
  }
}
