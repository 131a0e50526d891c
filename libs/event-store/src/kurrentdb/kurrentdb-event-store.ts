import {
  ANY,
  BACKWARDS,
  END,
  FORWARDS,
  KurrentDBClient,
  NO_STREAM,
  START as KURRENT_START,
  STREAM_EXISTS,
  StreamDeletedError as KurrentStreamDeletedError,
  StreamNotFoundError,
  StreamTombstonedError,
  WrongExpectedVersionError,
  eventTypeFilter,
  streamNameFilter,
  type AllStreamResolvedEvent,
  type AppendStreamState,
  type Filter,
  type ResolvedEvent,
} from '@kurrent/kurrentdb-client';
import { IdempotencyConflictError, StreamDeletedError, WrongExpectedRevisionError } from '../errors';
import type {
  AllEventsFilter,
  EventStore,
  ReadAllOptions,
  ReadStreamOptions,
  SubscribeOptions,
  Subscription,
} from '../event-store.port';
import type { EventMetadata } from '../event-metadata';
import type { AppendResult, NewEvent, RecordedEvent } from '../events';
import type { ExpectedRevision } from '../expected-revision';
import type { JsonObject } from '../json';
import { comparePositions, START, type Position } from '../position';
import { validateAppend } from '../validate-append';

const DEFAULT_PAGE = 500;

/**
 * KurrentDB (formerly EventStoreDB). The server enforces expected revisions, idempotency by event
 * id and the global order itself; this adapter maps its types onto the port. KurrentDB treats a
 * repeated event id as a retry without comparing content, so a retry is read back and compared.
 */
export class KurrentDbEventStore implements EventStore {
  constructor(private readonly client: KurrentDBClient) {}

  static connect(connectionString: string): KurrentDbEventStore {
    return new KurrentDbEventStore(KurrentDBClient.connectionString(connectionString));
  }

  async append(streamId: string, events: readonly NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    validateAppend(streamId, events, expected);
    try {
      const result = await this.client.appendToStream(
        streamId,
        events.map((event) => ({
          id: event.id,
          contentType: 'application/json' as const,
          type: event.type,
          data: event.data,
          metadata: event.metadata as unknown as JsonObject,
        })),
        { streamState: toStreamState(expected) },
      );
      await this.assertStoredAsSent(streamId, events, Number(result.nextExpectedRevision));
      return {
        nextExpectedRevision: Number(result.nextExpectedRevision),
        position: result.position ?? (await this.positionOf(streamId, Number(result.nextExpectedRevision))),
      };
    } catch (error) {
      throw toStoreError(error, streamId, expected);
    }
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const backwards = options.direction === 'backwards';
    const events: RecordedEvent[] = [];
    try {
      for await (const resolved of this.client.readStream(streamId, {
        direction: backwards ? BACKWARDS : FORWARDS,
        fromRevision:
          options.fromRevision === undefined ? (backwards ? END : KURRENT_START) : BigInt(options.fromRevision),
        ...(options.maxCount === undefined ? {} : { maxCount: options.maxCount }),
      })) {
        const event = toRecordedEvent(resolved);
        if (event) events.push(event);
      }
    } catch (error) {
      if (error instanceof StreamNotFoundError) return [];
      throw toStoreError(error, streamId, 'any');
    }
    return events;
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const after = options.after ?? START;
    const maxCount = options.maxCount ?? DEFAULT_PAGE;
    const events: RecordedEvent[] = [];
    // fromPosition is inclusive in KurrentDB: read one more and drop the checkpoint itself.
    for await (const resolved of this.client.readAll({
      direction: FORWARDS,
      fromPosition: comparePositions(after, START) === 0 ? KURRENT_START : after,
      maxCount: maxCount + 1,
      ...serverFilter(options.filter),
    })) {
      const event = toRecordedEvent(resolved);
      if (!event || comparePositions(event.position, after) <= 0 || !matches(event, options.filter)) continue;
      events.push(event);
      if (events.length === maxCount) break;
    }
    return events;
  }

  subscribeToAll(options: SubscribeOptions = {}): Subscription {
    const after = options.after ?? START;
    const subscription = this.client.subscribeToAll({
      fromPosition: comparePositions(after, START) === 0 ? KURRENT_START : after,
      ...serverFilter(options.filter),
    });
    const filter = options.filter;
    return {
      async *[Symbol.asyncIterator]() {
        for await (const resolved of subscription as AsyncIterable<AllStreamResolvedEvent>) {
          const event = toRecordedEvent(resolved);
          if (event && matches(event, filter)) yield event;
        }
      },
      stop: () => subscription.unsubscribe(),
    };
  }

  async deleteStream(streamId: string, expected: ExpectedRevision): Promise<void> {
    try {
      await this.client.tombstoneStream(streamId, { expectedRevision: toDeleteState(expected) });
    } catch (error) {
      throw toStoreError(error, streamId, expected);
    }
  }

  close(): Promise<void> {
    return this.client.dispose();
  }

  private async assertStoredAsSent(streamId: string, events: readonly NewEvent[], lastRevision: number): Promise<void> {
    const stored = await this.readStream(streamId, {
      direction: 'backwards',
      fromRevision: lastRevision,
      maxCount: events.length,
    });
    stored.reverse();
    events.forEach((event, index) => {
      const found = stored[index];
      if (!found || found.id !== event.id) return; // the append wrote new events after all
      if (found.type !== event.type || JSON.stringify(found.data) !== JSON.stringify(event.data)) {
        throw new IdempotencyConflictError(event.id);
      }
    });
  }

  private async positionOf(streamId: string, revision: number): Promise<Position> {
    const [event] = await this.readStream(streamId, { fromRevision: revision, maxCount: 1 });
    if (!event) throw new Error(`Event ${revision} of ${streamId} is not readable after its append`);
    return event.position;
  }
}

function toStreamState(expected: ExpectedRevision): AppendStreamState {
  switch (expected) {
    case 'any':
      return ANY;
    case 'no_stream':
      return NO_STREAM;
    case 'stream_exists':
      return STREAM_EXISTS;
    default:
      return BigInt(expected);
  }
}

function toDeleteState(expected: ExpectedRevision): typeof ANY | typeof NO_STREAM | bigint {
  // KurrentDB's delete knows no `stream_exists`; `any` is the nearest it accepts.
  return expected === 'stream_exists' ? ANY : (toStreamState(expected) as typeof ANY | typeof NO_STREAM | bigint);
}

function serverFilter(filter: AllEventsFilter | undefined): { filter?: Filter } {
  if (filter?.eventTypes) return { filter: eventTypeFilter({ prefixes: [...filter.eventTypes] }) };
  if (filter?.streamPrefixes) return { filter: streamNameFilter({ prefixes: [...filter.streamPrefixes] }) };
  return {};
}

/** The server filters on one criterion and by prefix; the exact match is made here. */
function matches(event: RecordedEvent, filter: AllEventsFilter | undefined): boolean {
  if (filter?.eventTypes && !filter.eventTypes.includes(event.type)) return false;
  if (filter?.streamPrefixes && !filter.streamPrefixes.some((prefix) => event.streamId.startsWith(prefix))) {
    return false;
  }
  return true;
}

function toRecordedEvent(resolved: ResolvedEvent | AllStreamResolvedEvent): RecordedEvent | undefined {
  const event = resolved.event;
  if (!event || !event.isJson || event.type.startsWith('$') || event.streamId.startsWith('$')) return undefined;
  if (!event.position) return undefined;
  return {
    id: event.id,
    type: event.type,
    streamId: event.streamId,
    revision: Number(event.revision),
    position: { commit: event.position.commit, prepare: event.position.prepare },
    data: event.data as JsonObject,
    metadata: event.metadata as unknown as EventMetadata,
    recordedAt: event.created,
  };
}

function toStoreError(error: unknown, streamId: string, expected: ExpectedRevision): unknown {
  if (error instanceof WrongExpectedVersionError) {
    const actual = error.actualState;
    return new WrongExpectedRevisionError(streamId, expected, typeof actual === 'bigint' ? Number(actual) : -1);
  }
  if (error instanceof KurrentStreamDeletedError || error instanceof StreamTombstonedError) {
    return new StreamDeletedError(streamId);
  }
  return error;
}
