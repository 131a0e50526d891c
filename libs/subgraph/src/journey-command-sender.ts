import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { type Command, CommandBus } from '@nestjs/cqrs';
import type { AuditTrail } from '@samsyn/audit';
import type { Viewer } from '@samsyn/auth';
import { DOMAIN_ERROR_KINDS, DomainError, type JourneyCommandOfType } from '@samsyn/domain';
import { asStoreUnavailable } from '@samsyn/event-store';
import type { JourneyCommandResult } from '@samsyn/journey-commands';
import type { Clock } from '@samsyn/runtime';
import { AUDIT_TRAIL, CLOCK } from './tokens';
import {
  JOURNEY_COMMAND_MESSAGES,
  OpenJourneyMessage,
  type RecordingCommandType,
} from './commands/journey-command.messages';
import { CommandReceipt } from './command-receipt.type';

/** The audit action of a command's mutation: `Mutation.grantDecision`. */
export const mutationAction = (type: string): string => `Mutation.${type.charAt(0).toLowerCase()}${type.slice(1)}`;

/** Records a write refused as forbidden (the policy's or a domain rule's) in the audit trail, then lets it go on. */
export async function auditRefusedWrite(
  audit: AuditTrail,
  error: unknown,
  writer: Viewer,
  action: string,
  journeyId: string | null,
): Promise<void> {
  if (error instanceof DomainError && DOMAIN_ERROR_KINDS[error.code] === 'forbidden') {
    await audit.recordRefusedWrite(writer, action, journeyId, error.code.toLowerCase());
  }
}

/**
 * Turns a mutation into a domain command (author, clock, command id) and puts it on the command bus, written by
 * the organisation the viewer acts for; a refused write is recorded in the audit trail before it is answered.
 */
@Injectable()
export class JourneyCommandSender {
  constructor(
    private readonly bus: CommandBus,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(AUDIT_TRAIL) private readonly audit: AuditTrail,
  ) {}

  async open(data: JourneyCommandOfType<'OpenJourney'>['data'], writer: Viewer, commandId?: string) {
    const command = { type: 'OpenJourney' as const, data, metadata: this.metadata(writer, commandId) };
    return this.execute(new OpenJourneyMessage(command, writer), command.type, writer, null);
  }

  async send<T extends RecordingCommandType>(
    type: T,
    journeyId: string,
    data: JourneyCommandOfType<RecordingCommandType>['data'],
    writer: Viewer,
    commandId?: string,
  ): Promise<CommandReceipt> {
    const metadata = this.metadata(writer, commandId);
    const command = { type, data, metadata } as JourneyCommandOfType<T>;
    const Message = JOURNEY_COMMAND_MESSAGES[type];
    return this.execute(new Message(journeyId, command, writer), type, writer, journeyId);
  }

  /** A database that cannot be reached is reported with the command id: resending it is how the client retries safely. */
  private async execute(
    message: Command<JourneyCommandResult> & { command: { metadata: { commandId: string } } },
    type: string,
    writer: Viewer,
    journeyId: string | null,
  ): Promise<CommandReceipt> {
    try {
      return CommandReceipt.of(await this.bus.execute(message));
    } catch (error) {
      await auditRefusedWrite(this.audit, error, writer, mutationAction(type), journeyId);
      throw asStoreUnavailable(error)?.forCommand(message.command.metadata.commandId) ?? error;
    }
  }

  private metadata(writer: Viewer, commandId: string | undefined) {
    return { now: this.clock.now(), author: writer.organisation, commandId: commandId ?? randomUUID() };
  }
}
