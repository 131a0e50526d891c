import type { EventMetadata } from '../event-metadata';
import type { RecordedEvent } from '../events';
import type { JsonObject } from '../json';

/** Columns as every read selects them: numbers as text so that `pg` and PGlite map them alike. */
export const EVENT_COLUMNS = `e.event_id::text as event_id, e.type, e.stream_id, e.stream_revision::text as stream_revision,
  e.tx_id::text as tx_id, e.seq::text as seq, e.data, e.metadata, e.recorded_at`;

export interface EventRow {
  event_id: string;
  type: string;
  stream_id: string;
  stream_revision: string;
  tx_id: string;
  seq: string;
  data: JsonObject;
  metadata: EventMetadata;
  recorded_at: Date | string;
}

export function toRecordedEvent(row: EventRow): RecordedEvent {
  return {
    id: row.event_id,
    type: row.type,
    streamId: row.stream_id,
    revision: Number(row.stream_revision),
    position: { commit: BigInt(row.tx_id), prepare: BigInt(row.seq) },
    data: row.data,
    metadata: row.metadata,
    recordedAt: row.recorded_at instanceof Date ? row.recorded_at : new Date(row.recorded_at),
  };
}
