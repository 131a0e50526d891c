import { InvalidAppendError } from './errors';
import type { NewEvent } from './events';
import type { ExpectedRevision } from './expected-revision';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What every adapter refuses before it touches the database. */
export function validateAppend(streamId: string, events: readonly NewEvent[], expected: ExpectedRevision): void {
  if (streamId.length === 0) throw new InvalidAppendError('The stream id is empty');
  if (streamId.startsWith('$')) throw new InvalidAppendError(`Stream ids starting with $ are reserved: ${streamId}`);
  if (events.length === 0) throw new InvalidAppendError('An append needs at least one event');
  if (typeof expected === 'number' && (!Number.isSafeInteger(expected) || expected < 0)) {
    throw new InvalidAppendError(`An expected revision is a whole number from 0: ${expected}`);
  }
  const ids = new Set<string>();
  for (const event of events) {
    if (!UUID.test(event.id)) throw new InvalidAppendError(`An event id is not a UUID: ${event.id}`);
    if (event.type.length === 0) throw new InvalidAppendError(`Event ${event.id} has no type`);
    if (ids.has(event.id.toLowerCase()))
      throw new InvalidAppendError(`Event id ${event.id} appears twice in one append`);
    ids.add(event.id.toLowerCase());
  }
}
