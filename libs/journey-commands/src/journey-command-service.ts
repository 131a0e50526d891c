import { randomUUID } from 'node:crypto';
import {
  canWrite,
  decide,
  DomainError,
  evolve,
  initialState,
  Personnummer,
  representativeMayWrite,
  requireWrite,
  swedishDate,
  type Viewer,
  type JourneyCommand,
  type JourneyEvent,
  type JourneyState,
  type OpenJourney,
} from '@samsyn/domain';
import { handleCommand, type CommandResult, type Decider, type EventStore } from '@samsyn/event-store';
import type { JourneyKeyStore } from '@samsyn/personal-data';
import { journeyStreamId } from './journey-stream-id';
import type { PersonIndex } from './person-index';
import { personalDataCodec } from './personal-data-codec';

export interface JourneyCommandResult {
  journeyId: string;
  revision: number;
  result: CommandResult<JourneyEvent>;
}

/** The journey's decider, refusing a representative who is no longer appointed before any of the domain's rules. */
function deciderFor(writer: Viewer): Decider<JourneyCommand, JourneyEvent, JourneyState> {
  return {
    decide(command, state) {
      const representatives = state.status === 'active' ? state.representatives : null;
      requireWrite(representativeMayWrite(writer, representatives), command.type, describe(writer));
      return decide(command, state);
    },
    evolve,
    initialState,
  };
}

const describe = (writer: Viewer): string => `${writer.organisation} (${writer.role})`;

/** The events' author is the writer's organisation: a command that says otherwise is a programming error. */
function requireAuthorIsWriter(command: JourneyCommand, writer: Viewer): void {
  if (command.metadata.author !== writer.organisation) {
    throw new Error(
      `Command author ${command.metadata.author} is not the writer's organisation ${writer.organisation}`,
    );
  }
}

/** Runs journey commands against the store: the one place that knows streams, keys and the person index. */
export class JourneyCommandService {
  constructor(
    private readonly store: EventStore,
    private readonly keys: JourneyKeyStore,
    private readonly index: PersonIndex,
  ) {}

  /** Opens a journey for a personnummer, or answers for the journey that a retry of this command opened. */
  async open(command: OpenJourney, writer: Viewer): Promise<JourneyCommandResult> {
    requireWrite(canWrite(writer, { action: command.type, data: command.data }), command.type, describe(writer));
    requireAuthorIsWriter(command, writer);
    decide(command, initialState()); // every input fault is refused before anything is written
    const today = swedishDate(command.metadata.now, 'metadata.now');
    const personnummer = Personnummer.parse(command.data.personnummer, { today }).canonical;
    const journeyId = await this.index.claim(personnummer, randomUUID());
    if (!(await this.keys.find(journeyId))) await this.keys.create(journeyId);
    return this.record(journeyId, command, writer);
  }

  /**
   * The write policy is judged first, before anything of the journey is read; then, for a representative, whether
   * they are still appointed (a journey that is not there answers the same, so its existence does not leak).
   */
  async execute(journeyId: string, command: JourneyCommand, writer: Viewer): Promise<JourneyCommandResult> {
    requireWrite(
      canWrite(writer, { action: command.type, data: command.data, journeyId }),
      command.type,
      describe(writer),
    );
    requireAuthorIsWriter(command, writer);
    return this.record(journeyId, command, writer);
  }

  private async record(journeyId: string, command: JourneyCommand, writer: Viewer): Promise<JourneyCommandResult> {
    const dataKey = await this.keys.find(journeyId);
    // Erasure needs no key (its event seals nothing): a journey whose key went first still gets its event, and the
    // stream alone says whether the journey exists (JOURNEY_NOT_FOUND) or was erased before.
    if (!dataKey && command.type !== 'ErasePersonalData') {
      requireWrite(representativeMayWrite(writer, null), command.type, describe(writer));
      throw new DomainError('JOURNEY_NOT_FOUND', 'journeyId', `No journey ${journeyId}`);
    }
    const result = await handleCommand({
      store: this.store,
      streamId: journeyStreamId(journeyId),
      decider: deciderFor(writer),
      codec: personalDataCodec(journeyId, dataKey),
      command,
      commandId: command.metadata.commandId,
      metadata: {
        author: { organisation: command.metadata.author },
        correlationId: command.metadata.commandId,
        occurredAt: command.metadata.now,
      },
    });
    return { journeyId, revision: result.revision, result };
  }
}
