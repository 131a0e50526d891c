import { randomUUID } from 'node:crypto';
import {
  decide,
  DomainError,
  evolve,
  initialState,
  Personnummer,
  type ErasePersonalData,
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

const journeyDecider: Decider<JourneyCommand, JourneyEvent, JourneyState> = { decide, evolve, initialState };

/** Runs journey commands against the store: the one place that knows streams, keys and the person index. */
export class JourneyCommandService {
  constructor(
    private readonly store: EventStore,
    private readonly keys: JourneyKeyStore,
    private readonly index: PersonIndex,
  ) {}

  /** Opens a journey for a personnummer, or answers for the journey that a retry of this command opened. */
  async open(command: OpenJourney): Promise<JourneyCommandResult> {
    decide(command, initialState()); // every input fault is refused before anything is written
    const today = command.metadata.now.slice(0, 10);
    const personnummer = Personnummer.parse(command.data.personnummer, { today }).canonical;
    const journeyId = await this.index.claim(personnummer, randomUUID());
    if (!(await this.keys.find(journeyId))) await this.keys.create(journeyId);
    return this.execute(journeyId, command);
  }

  async execute(journeyId: string, command: JourneyCommand): Promise<JourneyCommandResult> {
    const dataKey = await this.keys.find(journeyId);
    if (!dataKey) throw new DomainError('JOURNEY_NOT_FOUND', 'journeyId', `No journey ${journeyId}`);
    return this.handle(journeyId, command, dataKey);
  }

  /**
   * Records PersonalDataErased. Unlike every other command it needs no data key (the event seals nothing):
   * a journey whose key went before erasure was an event still gets it, and the stream alone says
   * whether the journey exists (JOURNEY_NOT_FOUND) or was erased before (PERSONAL_DATA_ALREADY_ERASED).
   */
  async recordErasure(journeyId: string, command: ErasePersonalData): Promise<JourneyCommandResult> {
    return this.handle(journeyId, command, await this.keys.find(journeyId));
  }

  private async handle(journeyId: string, command: JourneyCommand, dataKey: Buffer | undefined): Promise<JourneyCommandResult> {
    const result = await handleCommand({
      store: this.store,
      streamId: journeyStreamId(journeyId),
      decider: journeyDecider,
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
