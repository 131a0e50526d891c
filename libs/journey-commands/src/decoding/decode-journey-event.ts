import { PERSONAL_FIELDS, type JourneyEvent, type JourneyEventType } from '@samsyn/domain';
import { JourneyEventDecodingError } from './journey-event-decoding-error';
import { requiredFieldsOf } from './required-fields';
import { currentSchemaVersion } from './schema-versions';
import { SCHEMA_VERSION_KEY, type StoredJourneyEvent } from './stored-journey-event';
import type { StoredData } from './upcaster';
import { UPCASTERS } from './upcasters';

const NO_ID = '(no id)';

/**
 * The one way a stored journey event becomes a `JourneyEvent`: its type must be one of the domain's, its data an
 * object; an older shape is upcast to today's; then the fields the read side keys rows by must be there.
 * Personal fields are still sealed here: opening them is the codec's job.
 */
export function decodeJourneyEvent(stored: StoredJourneyEvent): JourneyEvent {
  const id = stored.id ?? NO_ID;
  const { type } = stored;
  if (!isJourneyEventType(type)) {
    throw new JourneyEventDecodingError(id, type, 'UNKNOWN_TYPE', 'not a journey event type');
  }
  if (!isDataObject(stored.data)) {
    throw new JourneyEventDecodingError(id, type, 'DATA_NOT_AN_OBJECT', `data is ${describe(stored.data)}`);
  }
  const event = {
    type,
    data: upcast(id, type, schemaVersionOf(id, type, stored.metadata?.[SCHEMA_VERSION_KEY]), stored.data),
  };
  if (!hasRequiredFields(event)) {
    const missing = requiredFieldsOf(type).filter((field) => event.data[field] === undefined);
    throw new JourneyEventDecodingError(id, type, 'MISSING_FIELD', `no ${missing.join(', ')}`);
  }
  return event;
}

function isJourneyEventType(type: string): type is JourneyEventType {
  return Object.hasOwn(PERSONAL_FIELDS, type);
}

function isDataObject(data: unknown): data is StoredData {
  return typeof data === 'object' && data !== null && !Array.isArray(data);
}

/** The light structural check that vouches for the type: the fields it requires are present. */
function hasRequiredFields(event: { type: JourneyEventType; data: StoredData }): event is JourneyEvent {
  return requiredFieldsOf(event.type).every((field) => event.data[field] !== undefined);
}

function schemaVersionOf(id: string, type: JourneyEventType, written: unknown): number {
  const version = written ?? 1;
  const current = currentSchemaVersion(type);
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1 || version > current) {
    throw new JourneyEventDecodingError(
      id,
      type,
      'UNKNOWN_SCHEMA_VERSION',
      `schema version ${JSON.stringify(version)}; this code reads versions 1 to ${current}`,
    );
  }
  return version;
}

function upcast(id: string, type: JourneyEventType, from: number, data: StoredData): StoredData {
  let upcast = data;
  for (let version = from; version < currentSchemaVersion(type); version += 1) {
    const upcaster = UPCASTERS[type]?.[version];
    if (!upcaster) throw new JourneyEventDecodingError(id, type, 'NO_UPCASTER', `none from version ${version}`);
    upcast = upcaster(upcast);
  }
  return upcast;
}

function describe(data: unknown): string {
  if (data === null) return 'null';
  return Array.isArray(data) ? 'an array' : `a ${typeof data}`;
}
