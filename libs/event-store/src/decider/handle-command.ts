import { WrongExpectedRevisionError } from '../errors';
import type { EventMetadata } from '../event-metadata';
import type { EventStore } from '../event-store.port';
import type { RecordedEvent } from '../events';
import type { JsonObject } from '../json';
import type { Position } from '../position';
import type { Decider, EventCodec } from './decider';
import { eventIdFor } from './event-ids';

export interface HandleCommandOptions<Command, Event, State> {
  store: EventStore;
  streamId: string;
  decider: Decider<Command, Event, State>;
  codec: EventCodec<Event>;
  command: Command;
  /** Chosen by the client: a retried request with the same id writes nothing twice. */
  commandId: string;
  metadata: Pick<EventMetadata, 'author' | 'correlationId' | 'causationId' | 'occurredAt'>;
  /** How often to re-read and re-decide after losing a race to another writer. */
  maxAttempts?: number;
}

export interface CommandResult<Event> {
  events: readonly Event[];
  /** Revision of the stream's last event after the command; -1 for a stream that does not exist. */
  revision: number;
  /** Where the command's last event stands in `$all`; undefined when it wrote nothing. */
  position?: Position;
  /** True when this command id had already been handled: nothing was written now. */
  alreadyHandled: boolean;
}

export class TooManyConflictsError extends Error {
  readonly code = 'CONFLICT' as const;
  constructor(
    readonly streamId: string,
    attempts: number,
  ) {
    super(`Stream ${streamId} kept changing: gave up after ${attempts} attempts`);
    this.name = 'TooManyConflictsError';
  }
}

/** Load the stream, decide, append at the revision read; on a conflict re-read and re-decide. */
export async function handleCommand<Command, Event, State>(
  options: HandleCommandOptions<Command, Event, State>,
): Promise<CommandResult<Event>> {
  const maxAttempts = options.maxAttempts ?? 5;
  for (let attempt = 1; ; attempt++) {
    const stored = await options.store.readStream(options.streamId);
    const handled = await previousOutcome(stored, options);
    if (handled) return handled;
    try {
      return await decideAndAppend(stored, options);
    } catch (error) {
      if (!(error instanceof WrongExpectedRevisionError)) throw error;
      if (attempt >= maxAttempts) throw new TooManyConflictsError(options.streamId, attempt);
    }
  }
}

async function decideAndAppend<Command, Event, State>(
  stored: readonly RecordedEvent[],
  options: HandleCommandOptions<Command, Event, State>,
): Promise<CommandResult<Event>> {
  const { decider, codec } = options;
  let state = decider.initialState();
  for (const event of stored) state = decider.evolve(state, await codec.decode(event));
  const revision = stored.at(-1)?.revision ?? -1;
  const events = decider.decide(options.command, state);
  if (events.length === 0) return { events, revision, alreadyHandled: false };
  const metadata: EventMetadata = { ...options.metadata, commandId: options.commandId };
  const toAppend = await Promise.all(
    events.map(async (event, index) => {
      const encoded = await codec.encode(event);
      return {
        id: eventIdFor(options.commandId, index),
        type: encoded.type,
        data: encoded.data as JsonObject,
        metadata: { ...encoded.metadata, ...metadata },
      };
    }),
  );
  const result = await options.store.append(options.streamId, toAppend, revision < 0 ? 'no_stream' : revision);
  return { events, revision: result.nextExpectedRevision, position: result.position, alreadyHandled: false };
}

async function previousOutcome<Command, Event, State>(
  stored: readonly RecordedEvent[],
  options: HandleCommandOptions<Command, Event, State>,
): Promise<CommandResult<Event> | undefined> {
  const firstId = eventIdFor(options.commandId, 0);
  const written = stored.filter((event) => event.metadata.commandId === options.commandId);
  if (!written.some((event) => event.id === firstId)) return undefined;
  const last = written.at(-1);
  return {
    events: await Promise.all(written.map((event) => options.codec.decode(event))),
    revision: last?.revision ?? -1,
    ...(last ? { position: last.position } : {}),
    alreadyHandled: true,
  };
}
