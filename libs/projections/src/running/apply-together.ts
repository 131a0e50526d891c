import type { Position, SqlTransaction } from '@samsyn/event-store';
import { applyEvents, type ProjectedEvent } from '../projection';
import { applySlices, isSliced } from '../sliced/sliced-projection-engine';
import { moveCheckpoints } from '../state/projection-state';
import { tablesOfTarget } from '../state/projection-target';
import type { LaneMember } from './lane-member';

/**
 * Applies a batch to every member in the caller's transaction with as few statements as there are
 * steps: the sliced members together (one read of their rows, one write of their changes), then the
 * per-event members one by one, then one move of every checkpoint.
 */
export async function applyTogether(
  tx: SqlTransaction,
  members: readonly LaneMember[],
  events: readonly ProjectedEvent[],
  to: Position,
): Promise<void> {
  await applySlices(
    tx,
    members.flatMap(({ projection, target }) =>
      isSliced(projection) ? [{ steps: projection.sliced, tables: tablesOfTarget(projection, target) }] : [],
    ),
    events,
  );
  for (const { projection, target } of members.filter((member) => !isSliced(member.projection))) {
    await applyEvents(tx, projection, tablesOfTarget(projection, target), events);
  }
  await moveCheckpoints(
    tx,
    members.map((member) => member.target),
    to,
  );
}
