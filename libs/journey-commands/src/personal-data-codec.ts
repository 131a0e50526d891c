import { PERSONAL_FIELDS, type JourneyEvent } from '@samsyn/domain';
import type { EventCodec, JsonObject } from '@samsyn/event-store';
import { decryptField, encryptField, isEncrypted } from '@samsyn/personal-data';
import { decodeJourneyEvent } from './decoding/decode-journey-event';
import { currentSchemaVersion } from './decoding/schema-versions';
import { SCHEMA_VERSION_KEY } from './decoding/stored-journey-event';

type Data = Record<string, unknown>;

/**
 * Seals every personal field of a journey event with the journey's data key before it is stored,
 * and opens it on reading. Once the key is erased the fields read as null: the facts of the journey
 * stay, the person's data is gone. Without a key only an event with nothing to seal can be written.
 * Reading goes through `decodeJourneyEvent`, which upcasts an older shape and checks the event's shape.
 */
export function personalDataCodec(journeyId: string, dataKey: Buffer | undefined): EventCodec<JourneyEvent> {
  return {
    encode: (event) =>
      settled(() => {
        const sealed = transform(event, (path, value) => {
          if (!dataKey) throw new Error(`Journey ${journeyId} has no data key: its personal data was erased`);
          return encryptField(dataKey, journeyId, path, JSON.stringify(value));
        });
        return { type: event.type, data: sealed.data, ...schemaVersionMetadata(event) };
      }),
    decode: (stored) =>
      settled(() =>
        transform(decodeJourneyEvent(stored), (path, value) =>
          dataKey && isEncrypted(value) ? JSON.parse(decryptField(dataKey, journeyId, path, value)) : null,
        ),
      ),
  };
}

/** The port is asynchronous, the work here is not: a throw becomes a rejection, as from an async function. */
const settled = <T>(work: () => T): Promise<T> => new Promise((resolve) => resolve(work()));

/** Version 1 is implied by its absence, so that only a type whose shape has changed carries it. */
function schemaVersionMetadata(event: JourneyEvent): { metadata?: JsonObject } {
  const version = currentSchemaVersion(event.type);
  return version === 1 ? {} : { metadata: { [SCHEMA_VERSION_KEY]: version } };
}

/**
 * A copy of the event with each personal field changed: the same fields, so the same type. An event of
 * a type without personal fields is handed back as it is: decoding made it afresh, and most events are so.
 */
function transform<Event extends JourneyEvent>(event: Event, change: (path: string, value: unknown) => unknown): Event {
  if ((PERSONAL_FIELDS[event.type] as readonly string[]).length === 0) return event;
  const changed = structuredClone(event);
  const data: Data = changed.data;
  for (const path of PERSONAL_FIELDS[event.type] as readonly string[]) {
    const [field, inner] = path.split('.') as [string, string | undefined];
    const holder = inner === undefined ? data : (data[field] as Data | null | undefined);
    const key = inner ?? field;
    if (holder && typeof holder === 'object' && holder[key] !== undefined && holder[key] !== null) {
      holder[key] = change(path, holder[key]);
    }
  }
  return changed;
}
