/**
 * A journey event as the store hands it back, before anything vouches for its shape: the id names it in an
 * error, `metadata.schemaVersion` says which shape of its type the data has (absent: version 1).
 */
export interface StoredJourneyEvent {
  readonly id?: string;
  readonly type: string;
  readonly data: unknown;
  readonly metadata?: { readonly [key: string]: unknown };
}

/** Where a stored event's shape version is kept in its metadata. */
export const SCHEMA_VERSION_KEY = 'schemaVersion';
