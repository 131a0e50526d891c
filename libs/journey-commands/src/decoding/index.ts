export { decodeJourneyEvent } from './decode-journey-event';
export { JourneyEventDecodingError, type JourneyEventDecodingFault } from './journey-event-decoding-error';
export { CURRENT_SCHEMA_VERSIONS, currentSchemaVersion } from './schema-versions';
export { SCHEMA_VERSION_KEY, type StoredJourneyEvent } from './stored-journey-event';
export { UPCASTERS } from './upcasters';
export type { StoredData, Upcaster } from './upcaster';
