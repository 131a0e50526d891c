import { START, comparePositions, type Position } from '@samsyn/event-store';
import type { Projection, ProjectionTables } from '../projection';
import { rebuildSchema, tablesIn, versionSchema } from '../projection-schema';

/** `active`: the version readers are served; `building`: a version built beside it, swapped in once caught up. */
export type TargetRole = 'active' | 'building';

/** What one runner lane writes to: a projection's version, in which role, from which checkpoint. */
export interface ProjectionTarget {
  readonly name: string;
  readonly version: number;
  readonly role: TargetRole;
  /** The version readers are served meanwhile; equals `version` when active or when rebuilding it in place. */
  readonly servedVersion: number;
  readonly checkpoint: Position;
}

export function targetSchema({ name, version, role, servedVersion }: ProjectionTarget): string {
  return role === 'building' && servedVersion === version ? rebuildSchema(name, version) : versionSchema(name, version);
}

export function isAtStart(checkpoint: Position): boolean {
  return comparePositions(checkpoint, START) === 0;
}

export function tablesOfTarget<TableName extends string>(
  projection: Projection<TableName>,
  target: ProjectionTarget,
): ProjectionTables<TableName> {
  return tablesIn(projection, targetSchema(target));
}
