import type { AppendResult, NewEvent, RecordedEvent } from './events';
import type { ExpectedRevision } from './expected-revision';
import type { Position } from './position';

export interface AllEventsFilter {
  eventTypes?: readonly string[];
  streamPrefixes?: readonly string[];
}

export interface ReadStreamOptions {
  direction?: 'forwards' | 'backwards';
  /** First revision to return; default: the start (forwards) or the end (backwards). */
  fromRevision?: number;
  maxCount?: number;
}

export interface ReadAllOptions {
  /** Exclusive: events after this position. Default: the start. */
  after?: Position;
  maxCount?: number;
  filter?: AllEventsFilter;
}

export interface SubscribeOptions {
  /** Exclusive: the checkpoint of the last event handled. Default: the start. */
  after?: Position;
  filter?: AllEventsFilter;
}

/** Catch-up subscription: yields stored events from the checkpoint on, then live ones, until stopped. */
export interface Subscription extends AsyncIterable<RecordedEvent> {
  stop(): Promise<void>;
}

/**
 * The event store every adapter (PGlite, PostgreSQL, KurrentDB) implements, with the guarantees
 * the contract suite proves: expected revisions enforced by the database, idempotent appends by
 * event id, and one global order that readers never skip through.
 */
export interface EventStore {
  append(streamId: string, events: readonly NewEvent[], expected: ExpectedRevision): Promise<AppendResult>;
  /** Events of one stream; an empty array when the stream does not exist. */
  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  readAll(options?: ReadAllOptions): Promise<RecordedEvent[]>;
  subscribeToAll(options?: SubscribeOptions): Subscription;
  /** Tombstones the stream: it can never be read or written again. */
  deleteStream(streamId: string, expected: ExpectedRevision): Promise<void>;
  close(): Promise<void>;
}
