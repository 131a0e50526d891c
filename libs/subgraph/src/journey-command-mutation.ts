import type { Viewer } from '@samsyn/auth';
import type { Type } from '@nestjs/common';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import type { JourneyCommandOfType } from '@samsyn/domain';
import { CurrentViewer } from './caller';
import { CommandIdArg, JourneyIdArg } from './command-args';
import { inputValidationPipe } from './input-validation.pipe';
import type { RecordingCommandType } from './commands/journey-command.messages';
import { CommandReceipt } from './command-receipt.type';
import { JourneyCommandSender } from './journey-command-sender';

type DataOf<T extends RecordingCommandType> = JourneyCommandOfType<T>['data'];

export interface CommandMutationSpec<T extends RecordingCommandType, Input extends object> {
  type: T;
  description: string;
  /** The input class; absent for commands that carry no data. */
  input?: Type<Input>;
  /** From the validated input to the command's data; by default the input's fields as they are. */
  toData?: (input: Input) => DataOf<T>;
}

const mutationName = (type: string) => type.charAt(0).toLowerCase() + type.slice(1);

/**
 * The mutation for one journey command: `grantDecision(journeyId, input, commandId): CommandReceipt`,
 * written by the organisation the request acts for. Every command's mutation has this one shape.
 */
export function journeyCommandMutation<T extends RecordingCommandType, Input extends object>(
  spec: CommandMutationSpec<T, Input>,
): Type {
  const toData = spec.toData ?? ((input: Input) => ({ ...input }) as unknown as DataOf<T>);
  const InputArg = spec.input
    ? Args('input', { type: () => spec.input as Type<Input> }, inputValidationPipe(spec.input))
    : () => undefined;

  @Resolver()
  class CommandMutation {
    constructor(readonly commands: JourneyCommandSender) {}

    @Mutation(() => CommandReceipt, { name: mutationName(spec.type), description: spec.description })
    record(
      @JourneyIdArg() journeyId: string,
      @InputArg input: Input | undefined,
      @CurrentViewer() viewer: Viewer,
      @CommandIdArg() commandId?: string,
    ): Promise<CommandReceipt> {
      const data = input ? toData(input) : ({} as DataOf<T>);
      return this.commands.send(spec.type, journeyId, data, viewer, commandId);
    }
  }
  Object.defineProperty(CommandMutation, 'name', { value: `${spec.type}Mutation` });
  return CommandMutation;
}
