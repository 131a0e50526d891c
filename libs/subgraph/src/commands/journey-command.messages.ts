import { Command } from '@nestjs/cqrs';
import {
  COMMAND_AUTHORS,
  type JourneyCommandOfType,
  type JourneyCommandType,
  type OpenJourney,
  type Viewer,
} from '@samsyn/domain';
import type { JourneyCommandResult } from '@samsyn/journey-commands';

/**
 * The commands sent as generic mutations. Not OpenJourney (it claims the index entry and key first), nor
 * ErasePersonalData (it deletes the key after: `erasePersonalData(journeyId)` in the journey subgraph).
 */
export type RecordingCommandType = Exclude<JourneyCommandType, 'OpenJourney' | 'ErasePersonalData'>;
const NOT_RECORDING: readonly JourneyCommandType[] = ['OpenJourney', 'ErasePersonalData'];

/** The message on the command bus for one domain command type, addressed to one journey. */
export abstract class JourneyCommandMessage<T extends RecordingCommandType> extends Command<JourneyCommandResult> {
  constructor(
    readonly journeyId: string,
    readonly command: JourneyCommandOfType<T>,
    /** Who sends it: the write policy judges organisation, role and journey before anything is read. */
    readonly writer: Viewer,
  ) {
    super();
  }
}

export class OpenJourneyMessage extends Command<JourneyCommandResult> {
  constructor(
    readonly command: OpenJourney,
    readonly writer: Viewer,
  ) {
    super();
  }
}

export type JourneyCommandMessageClass<T extends RecordingCommandType> = new (
  journeyId: string,
  command: JourneyCommandOfType<T>,
  writer: Viewer,
) => JourneyCommandMessage<T>;

function messageClass<T extends RecordingCommandType>(type: T): JourneyCommandMessageClass<T> {
  const named = { [`${type}Message`]: class extends JourneyCommandMessage<T> {} };
  return named[`${type}Message`] as JourneyCommandMessageClass<T>;
}

export const RECORDING_COMMAND_TYPES = (Object.keys(COMMAND_AUTHORS) as JourneyCommandType[]).filter(
  (type): type is RecordingCommandType => !NOT_RECORDING.includes(type),
);

/**
 * One message class per command type, so that the command bus routes each to a handler of its own:
 * the domain's decide() already holds each command's rules, so the classes are made, not written out.
 */
export const JOURNEY_COMMAND_MESSAGES = Object.fromEntries(
  RECORDING_COMMAND_TYPES.map((type) => [type, messageClass(type)]),
) as { readonly [T in RecordingCommandType]: JourneyCommandMessageClass<T> };
