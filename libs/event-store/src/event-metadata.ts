import type { JsonValue } from './json';

/** Who wrote an event: the organisation code (e.g. `FK`, `KOMMUN:1880`), and optionally its unit and user. */
export interface EventAuthor {
  organisation: string;
  unit?: string;
  user?: string;
}

/**
 * Metadata stored beside every event. `occurredAt` is when it happened in the world (ISO 8601);
 * the store adds `recordedAt` itself.
 */
export interface EventMetadata {
  author: EventAuthor;
  commandId: string;
  correlationId: string;
  causationId?: string;
  occurredAt: string;
  [extension: string]: JsonValue | EventAuthor | undefined;
}
