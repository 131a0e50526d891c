import type { Position } from '@samsyn/event-store';
import { ProjectionReader, type Projection, type ProjectionLag, type ProjectionTables } from '@samsyn/projections';

/** What resolvers need from the read models: a projection's served tables, and freshness. */
export interface ProjectionReading {
  tables<Name extends string>(projection: Projection<Name>): Promise<ProjectionTables<Name>>;
  /** Resolves once `projection` has applied the event at `position`; a typed error when the wait runs out. */
  waitFor(projection: string, position: Position): Promise<void>;
  /** How far a read model is behind the journey events. */
  lag(projection: string): Promise<ProjectionLag>;
}

/** How long a query waits for a read model to reach the position it asks for. */
export const READ_YOUR_WRITES_TIMEOUT_MS = 5_000;

export function projectionReading(
  reader: ProjectionReader,
  timeoutMs = READ_YOUR_WRITES_TIMEOUT_MS,
): ProjectionReading {
  return {
    tables: (projection) => reader.tables(projection),
    waitFor: (projection, position) => reader.waitFor(projection, position, timeoutMs),
    lag: (projection) => reader.lag(projection),
  };
}
