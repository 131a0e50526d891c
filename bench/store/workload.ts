import { randomUUID } from 'node:crypto';
import type { ExpectedRevision, NewEvent } from '../../libs/event-store/src';

/** One append: its events and the revision its stream is known to have before it. */
export interface AppendPlan {
  readonly streamIndex: number;
  readonly streamId: string;
  /** Revision of the stream's last event before this append; -1 while the stream does not exist. */
  readonly revisionBefore: number;
  readonly events: readonly NewEvent[];
}

export function expectedRevision(plan: AppendPlan): ExpectedRevision {
  return plan.revisionBefore < 0 ? 'no_stream' : plan.revisionBefore;
}

/**
 * `appends` appends of `eventsPerAppend` events each, round-robin over `streams` streams, each
 * carrying the exact revision its stream has by then. The events are made here, before any timing.
 */
export function planAppends(prefix: string, streams: number, appends: number, eventsPerAppend: number): AppendPlan[] {
  const revisions = new Array<number>(streams).fill(-1);
  return Array.from({ length: appends }, (_, index) => {
    const streamIndex = index % streams;
    const streamId = `${prefix}-${streamIndex}`;
    const revisionBefore = revisions[streamIndex] ?? -1;
    revisions[streamIndex] = revisionBefore + eventsPerAppend;
    const events = Array.from({ length: eventsPerAppend }, (_, offset) =>
      benchEvent(streamId, revisionBefore + 1 + offset),
    );
    return { streamIndex, streamId, revisionBefore, events };
  });
}

/**
 * Hands each writer the appends of the streams it owns (stream index modulo writer count), in
 * order, so that concurrent writers never race on a stream and every expected revision holds.
 */
export function splitByWriter(plans: readonly AppendPlan[], writers: number): AppendPlan[][] {
  const perWriter = Array.from({ length: writers }, (): AppendPlan[] => []);
  for (const plan of plans) perWriter[plan.streamIndex % writers]?.push(plan);
  return perWriter;
}

const OCCURRED_AT = '2025-01-15T09:30:00.000Z';
const NOTE = 'Samordnat planeringsmöte hållet; nästa steg överenskomna med vårdnadshavare och skola.';

/** An event of about the size and shape the application writes (~400 bytes of JSON). */
function benchEvent(streamId: string, revision: number): NewEvent {
  return {
    id: randomUUID(),
    type: 'BenchNoteRecorded',
    data: { journeyId: streamId, revision, note: NOTE, tags: ['bench', 'samordning'] },
    metadata: {
      author: { organisation: 'KOMMUN:1880', unit: 'socialtjansten', user: 'bench' },
      commandId: randomUUID(),
      correlationId: randomUUID(),
      occurredAt: OCCURRED_AT,
    },
  };
}
