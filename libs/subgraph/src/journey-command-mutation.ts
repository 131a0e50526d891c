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
type AnyCommandData = DataOf<RecordingCommandType>;

/** The commands that carry no data: their mutation takes no input. */
type DatalessCommandType = {
  [T in RecordingCommandType]: Record<string, never> extends DataOf<T> ? T : never;
}[RecordingCommandType];

interface MutationBasics<T extends RecordingCommandType> {
  type: T;
  description: string;
}

/** A command without data: `acceptSupport(journeyId)`. */
export interface DatalessMutationSpec<T extends DatalessCommandType> extends MutationBasics<T> {
  input?: undefined;
  toData?: undefined;
}

/** An input class whose fields are the command's data as they are: the compiler checks the class against it. */
export interface InputAsDataMutationSpec<T extends RecordingCommandType> extends MutationBasics<T> {
  input: Type<DataOf<T>>;
  toData?: undefined;
}

/** An input class that differs from the command's data (a field left out means null): `toData` maps it. */
export interface MappedInputMutationSpec<
  T extends RecordingCommandType,
  Input extends object,
> extends MutationBasics<T> {
  input: Type<Input>;
  toData: (input: Input) => DataOf<T>;
}

export type CommandMutationSpec<T extends RecordingCommandType, Input extends object> =
  | (T extends DatalessCommandType ? DatalessMutationSpec<T> : never)
  | MappedInputMutationSpec<T, Input>
  | InputAsDataMutationSpec<T>;

const mutationName = (type: string) => type.charAt(0).toLowerCase() + type.slice(1);
const NO_DATA: AnyCommandData = {};

/**
 * The mutation for one journey command: `grantDecision(journeyId, input, commandId): CommandReceipt`,
 * written by the organisation the request acts for. Every command's mutation has this one shape.
 * An input class must either be assignable to its command's data or come with `toData`; nothing is cast.
 */
export function journeyCommandMutation<T extends RecordingCommandType, Input extends object>(
  spec: CommandMutationSpec<T, Input>,
): Type {
  if (spec.toData) return commandMutationResolver(spec, spec.input, spec.toData);
  if (spec.input) return commandMutationResolver(spec, spec.input, (input: DataOf<T>) => input);
  return commandMutationResolver(spec, undefined, () => NO_DATA);
}

function commandMutationResolver<X extends object>(
  spec: MutationBasics<RecordingCommandType>,
  inputClass: Type<X> | undefined,
  toData: (input: X) => AnyCommandData,
): Type {
  const InputArg = inputClass
    ? Args('input', { type: () => inputClass }, inputValidationPipe(inputClass))
    : () => undefined;

  @Resolver()
  class CommandMutation {
    constructor(readonly commands: JourneyCommandSender) {}

    @Mutation(() => CommandReceipt, { name: mutationName(spec.type), description: spec.description })
    record(
      @JourneyIdArg() journeyId: string,
      @InputArg input: X | undefined,
      @CurrentViewer() viewer: Viewer,
      @CommandIdArg() commandId?: string,
    ): Promise<CommandReceipt> {
      const data = input ? toData(input) : NO_DATA;
      return this.commands.send(spec.type, journeyId, data, viewer, commandId);
    }
  }
  Object.defineProperty(CommandMutation, 'name', { value: `${spec.type}Mutation` });
  return CommandMutation;
}
