import { randomUUID } from 'node:crypto';
import {
  decide,
  evolve,
  initialState,
  type JourneyCommand,
  type JourneyEvent,
  type JourneyState,
  type OpenJourney,
} from '@samsyn/domain';
import {
  eventIdFor,
  WrongExpectedRevisionError,
  type EncodedEvent,
  type EventStore,
  type JsonObject,
  type NewEvent,
  type Position,
} from '@samsyn/event-store';
import type { JourneyKeyStore } from '@samsyn/personal-data';
import { journeyStreamId } from './journey-stream-id';
import type { PersonIndex } from './person-index';
import { personalDataCodec } from './personal-data-codec';

export interface JourneyImportDependencies {
  readonly store: EventStore;
  readonly keys: JourneyKeyStore;
  readonly personIndex: PersonIndex;
}

/** A whole journey: the command that opens it and every later command, in order. */
export interface JourneyToImport {
  readonly open: OpenJourney;
  readonly commands: readonly JourneyCommand[];
}

export interface JourneyImportResult {
  readonly journeyId: string;
  /** Events written now: 0 when the journey was already there. */
  readonly eventsWritten: number;
  /** Revision of the stream's last event. */
  readonly revision: number;
  /** Where the last event written stands in `$all`; undefined when nothing was written. */
  readonly position?: Position;
  readonly alreadyImported: boolean;
}

interface DecidedEvent {
  readonly event: JourneyEvent;
  readonly command: JourneyCommand;
  /** The event's place among its command's events. */
  readonly index: number;
}

/**
 * Records a whole journey in one append: every command is decided in memory first (a refused command writes
 * nothing), then the person is claimed in the index, the journey's data key made, and all events appended with
 * the ids and metadata that running the commands one by one through JourneyCommandService would have given them.
 * A person who already has a journey stream is left as they are.
 */
export async function importJourney(
  dependencies: JourneyImportDependencies,
  journey: JourneyToImport,
): Promise<JourneyImportResult> {
  const decided = decideAll([journey.open, ...journey.commands]);
  const personnummer = openedPersonnummer(decided);
  const { store, keys, personIndex } = dependencies;
  const candidate = randomUUID();
  const journeyId = await personIndex.claim(personnummer, candidate);
  const streamId = journeyStreamId(journeyId);
  const claimedNow = journeyId === candidate; // else the person was claimed before, perhaps by an import cut short
  const existing = claimedNow ? undefined : await lastRevision(store, streamId);
  if (existing !== undefined) return { journeyId, eventsWritten: 0, revision: existing, alreadyImported: true };

  const dataKey = claimedNow
    ? await keys.create(journeyId)
    : ((await keys.find(journeyId)) ?? (await keys.create(journeyId)));
  const codec = personalDataCodec(journeyId, dataKey);
  const events = await Promise.all(
    decided.map(async (decision) => toNewEvent(decision, await codec.encode(decision.event))),
  );
  try {
    const { nextExpectedRevision, position } = await store.append(streamId, events, 'no_stream');
    return {
      journeyId,
      eventsWritten: events.length,
      revision: nextExpectedRevision,
      position,
      alreadyImported: false,
    };
  } catch (error) {
    if (!(error instanceof WrongExpectedRevisionError)) throw error;
    return { journeyId, eventsWritten: 0, revision: error.actual, alreadyImported: true }; // another writer was first
  }
}

function decideAll(commands: readonly JourneyCommand[]): DecidedEvent[] {
  let state: JourneyState = initialState();
  const decided: DecidedEvent[] = [];
  for (const command of commands) {
    decide(command, state).forEach((event, index) => {
      decided.push({ event, command, index });
      state = evolve(state, event);
    });
  }
  return decided;
}

function openedPersonnummer(decided: readonly DecidedEvent[]): string {
  const opened = decided[0]?.event;
  if (opened?.type !== 'JourneyOpened') throw new Error('A journey to import must begin by opening it');
  // Just decided, not read back: nothing of it has been erased.
  if (opened.data.personnummer === null) throw new Error('A journey to import must name its personnummer');
  return opened.data.personnummer;
}

async function lastRevision(store: EventStore, streamId: string): Promise<number | undefined> {
  const [last] = await store.readStream(streamId, { direction: 'backwards', maxCount: 1 });
  return last?.revision;
}

function toNewEvent({ command, index }: DecidedEvent, encoded: EncodedEvent): NewEvent {
  const { commandId, author, now } = command.metadata;
  return {
    id: eventIdFor(commandId, index),
    type: encoded.type,
    data: encoded.data as JsonObject,
    metadata: {
      ...encoded.metadata,
      author: { organisation: author },
      commandId,
      correlationId: commandId,
      occurredAt: now,
    },
  };
}
