import { comparePositions, type Position } from '@samsyn/event-store';
import type { LaneMember } from './lane-member';
import { ProjectionLane, type LaneOptions } from './projection-lane';

export interface JoinedGroup {
  readonly members: LaneMember[];
  /** Set when this group's catch-up failed: it goes on alone, as after a failed batch. */
  readonly failure?: unknown;
}

/**
 * Stops the lanes (each lets its batch commit), lets the members behind apply the bounded range up to the
 * one furthest ahead, and gives them back as one group standing at one checkpoint. A member whose catch-up
 * fails comes back in a group of its own with the error. Restarting from a checkpoint is what every lane
 * does after a failure, so nothing is applied twice or skipped (docs/adr/0002's order of positions).
 */
export async function joinLanes(lanes: readonly ProjectionLane[], options: LaneOptions): Promise<JoinedGroup[]> {
  await Promise.all(lanes.map((lane) => lane.stop()));
  const members = lanes.flatMap((lane) => [...lane.memberList()]);
  const head = members.map((member) => member.target.checkpoint).reduce(later);
  const groups = byCheckpoint(members);
  const caughtUp = await Promise.all(
    groups.map(async (group): Promise<JoinedGroup> => {
      const at = group[0]?.target.checkpoint;
      if (!at || comparePositions(at, head) === 0) return { members: group };
      const catchUp = ProjectionLane.start(
        { ...options, mode: 'until-position', upTo: head, onSplit: undefined },
        group,
      );
      try {
        await catchUp.finished();
        return { members: catchUp.memberList().map((member) => ({ ...member })) };
      } catch (failure) {
        return { members: catchUp.memberList().map((member) => ({ ...member })), failure };
      }
    }),
  );
  const joined = caughtUp.filter((group) => group.failure === undefined).flatMap((group) => group.members);
  const atHead = byCheckpoint(joined).map((group): JoinedGroup => ({ members: group }));
  return [...atHead, ...caughtUp.filter((group) => group.failure !== undefined)];
}

/** Members at equal checkpoints, in groups, in the order they first appear. */
export function byCheckpoint(members: readonly LaneMember[]): LaneMember[][] {
  const groups: LaneMember[][] = [];
  for (const member of members) {
    const group = groups.find(
      ([first]) => first && comparePositions(first.target.checkpoint, member.target.checkpoint) === 0,
    );
    if (group) group.push(member);
    else groups.push([member]);
  }
  return groups;
}

function later(a: Position, b: Position): Position {
  return comparePositions(a, b) >= 0 ? a : b;
}
