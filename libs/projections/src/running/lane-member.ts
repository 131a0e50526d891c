import type { Projection } from '../projection';
import type { ProjectionTarget } from '../state/projection-target';

/** One projection applied in a lane, and where it writes. */
export interface LaneMember {
  readonly projection: Projection;
  readonly target: ProjectionTarget;
}
