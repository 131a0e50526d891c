import { PERSONAL_FIELDS, type JourneyEvent } from '@samsyn/domain';
import type { EventCodec } from '@samsyn/event-store';
import { decryptField, encryptField, isEncrypted } from '@samsyn/personal-data';

type Data = Record<string, unknown>;

/**
 * Seals every personal field of a journey event with the journey's data key before it is stored,
 * and opens it on reading. Once the key is erased the fields read as null: the facts of the journey
 * stay, the person's data is gone. Without a key only an event with nothing to seal can be written.
 */
export function personalDataCodec(journeyId: string, dataKey: Buffer | undefined): EventCodec<JourneyEvent> {
  return {
    async encode(event) {
      const data = transform(event, (path, value) => {
        if (!dataKey) throw new Error(`Journey ${journeyId} has no data key: its personal data was erased`);
        return encryptField(dataKey, journeyId, path, JSON.stringify(value));
      });
      return { type: event.type, data };
    },
    async decode(stored) {
      const event = { type: stored.type, data: stored.data } as unknown as JourneyEvent;
      const data = transform(event, (path, value) =>
        dataKey && isEncrypted(value) ? JSON.parse(decryptField(dataKey, journeyId, path, value)) : null,
      );
      return { type: event.type, data } as unknown as JourneyEvent;
    },
  };
}

function transform(event: JourneyEvent, change: (path: string, value: unknown) => unknown): Data {
  const data = structuredClone(event.data) as Data;
  for (const path of PERSONAL_FIELDS[event.type] as readonly string[]) {
    const [field, inner] = path.split('.') as [string, string | undefined];
    const holder = inner === undefined ? data : (data[field] as Data | null | undefined);
    const key = inner ?? field;
    if (holder && typeof holder === 'object' && holder[key] !== undefined && holder[key] !== null) {
      holder[key] = change(path, holder[key]);
    }
  }
  return data;
}
