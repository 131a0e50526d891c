import type { Position, SqlTransaction } from '@samsyn/event-store';
import { applyEvents, type ProjectedEvent } from '../projection';
import { isSliced, journeysOf, withParts, type LoadedRows } from '../sliced/sliced-projection-engine';
import { moveCheckpoints } from '../state/projection-state';
import { tablesOfTarget } from '../state/projection-target';
import type { LaneMember } from './lane-member';

/**
 * Applies a batch to every member in the caller's transaction with as few statements as there are
 * steps: one read of the rows of every sliced member, their folds in memory, one write of all their
 * changes, then the per-event members one by one, then one move of every checkpoint.
 */
export async function applyTogether(
  tx: SqlTransaction,
  members: readonly LaneMember[],
  events: readonly ProjectedEvent[],
  to: Position,
): Promise<void> {
  const sliced = members.flatMap(({ projection, target }) =>
    isSliced(projection) ? [{ steps: projection.sliced, tables: tablesOfTarget(projection, target) }] : [],
  );
  if (sliced.length > 0) {
    const alias = (member: number) => (table: string) => `m${member}_${table}`;
    const columns = sliced.flatMap(({ steps, tables }, i) => steps.loadColumns(tables, alias(i)));
    const [loaded] = await tx.query<LoadedRows>(`select ${columns.join(', ')}`, [journeysOf(events)]);
    const params: string[] = [];
    const parts = sliced.flatMap(({ steps, tables }, i) =>
      steps.writeParts(
        tables,
        steps.fold((table) => loaded?.[alias(i)(table)] ?? [], events),
        params,
      ),
    );
    if (parts.length > 0) await tx.query(withParts(parts), params);
  }
  for (const { projection, target } of members.filter((member) => !isSliced(member.projection))) {
    await applyEvents(tx, projection, tablesOfTarget(projection, target), events);
  }
  await moveCheckpoints(
    tx,
    members.map((member) => member.target),
    to,
  );
}
