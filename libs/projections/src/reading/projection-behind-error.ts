import { formatPosition, type Position } from '@samsyn/event-store';
import { ProjectionError } from '../projection-errors';
import type { ProjectionLag } from './projection-lag';

/** A read-your-writes wait ran out: the projection has not reached the position the caller wrote at. */
export class ProjectionBehindError extends ProjectionError {
  readonly code = 'PROJECTION_BEHIND' as const;
  constructor(
    readonly position: Position,
    readonly lag: ProjectionLag,
    readonly waitedMs: number,
  ) {
    super(
      `Projection ${lag.projection} did not reach position ${formatPosition(position)} within ${waitedMs} ms ` +
        `(${lag.eventsBehind} events, ${lag.secondsBehind.toFixed(1)} s behind)`,
    );
    this.name = 'ProjectionBehindError';
  }
}
