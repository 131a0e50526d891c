export type JourneyEventDecodingFault =
  'UNKNOWN_TYPE' | 'DATA_NOT_AN_OBJECT' | 'MISSING_FIELD' | 'UNKNOWN_SCHEMA_VERSION' | 'NO_UPCASTER';

/** A stored event that cannot be read as a journey event: names the event and what is wrong with it. */
export class JourneyEventDecodingError extends Error {
  constructor(
    readonly eventId: string,
    readonly eventType: string,
    readonly fault: JourneyEventDecodingFault,
    detail: string,
  ) {
    super(`Stored event ${eventId} (${eventType}) cannot be decoded: ${fault} — ${detail}`);
    this.name = 'JourneyEventDecodingError';
  }
}
