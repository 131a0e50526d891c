import type { EventMetadata } from './event-metadata';
import type { JsonObject } from './json';
import type { Position } from './position';

export interface NewEvent {
  /** A UUID. Appending the same ids again is a no-op, which makes retries safe. */
  id: string;
  type: string;
  data: JsonObject;
  metadata: EventMetadata;
}

export interface RecordedEvent {
  id: string;
  type: string;
  streamId: string;
  /** 0-based place in its stream. */
  revision: number;
  position: Position;
  data: JsonObject;
  metadata: EventMetadata;
  recordedAt: Date;
}

export interface AppendResult {
  /** Revision of the last event now in the stream: the expected revision of the next append. */
  nextExpectedRevision: number;
  /** Position of the last appended event in `$all`. */
  position: Position;
}
